"""The made-up content of the training demo: packages, role requirements, coaching notes,
outcomes and job opportunities of Esimerkkiyhdistys ry."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.domain.training import (
    CoachingKind,
    CoachingMode,
    Funder,
    JobOpportunity,
    OutcomeKind,
    PackageKind,
    TrainingPackage,
)

COACH = "Anu Kettunen"
ORGANISATION = "Kuhina-hanke"

#: key → (package, code of the certificate type it grants or None)
PACKAGES: dict[str, tuple[TrainingPackage, str | None]] = {
    "induction": (TrainingPackage(
        title="Kierrätyskeskuksen perehdytys", kind=PackageKind.INDUCTION,
        funder=Funder.ASSOCIATION, provider="Esimerkkiyhdistys ry", planned_hours=Decimal(16),
        modules="Työturvallisuus ja pelastautuminen\nLajittelu ja hinnoittelu\n"
                "Asiakaspalvelu ja kassa\nTyöyhteisön pelisäännöt"), None),
    "safety_card": (TrainingPackage(
        title="Työturvallisuuskorttikoulutus", kind=PackageKind.COURSE,
        funder=Funder.KUHINA_ESR, provider="Turvakoulutus Karjala Oy", planned_hours=Decimal(8),
        cost_cents=9500, modules="Työturvallisuuskortti-koulutus (1 päivä) ja koe"),
        "tyoturvallisuuskortti"),
    "hygiene": (TrainingPackage(
        title="Hygieniapassikoulutus", kind=PackageKind.COURSE, funder=Funder.KUHINA_ESR,
        provider="Koulutuspalvelu Pielinen Oy", planned_hours=Decimal(6), cost_cents=6000,
        modules="Elintarvikehygienian perusteet\nHygieniaosaamistesti"), "hygieniapassi"),
    "first_aid": (TrainingPackage(
        title="Ensiapukurssi EA1", kind=PackageKind.COURSE, funder=Funder.ASSOCIATION,
        provider="Suomen Punainen Risti", planned_hours=Decimal(16), cost_cents=14000),
        "ea1"),
    "qualification": (TrainingPackage(
        title="Asiakaspalvelu työssä oppien (opinnollistaminen)",
        kind=PackageKind.QUALIFICATION_UNIT, funder=Funder.KUHINA_ESR,
        provider="Esimerkkiyhdistys ry ja ammattiopisto", planned_hours=Decimal(150),
        qualification_unit="Liiketoiminnan perustutkinto: Asiakaspalvelussa toimiminen",
        modules="Työssä oppiminen myymälässä\nOsaamisen tunnistaminen\nNäyttö työpaikalla"),
        None),
    "employer": (TrainingPackage(
        title="Kahvilatyön työnantajakohtainen koulutus", kind=PackageKind.EMPLOYER_SPECIFIC,
        funder=Funder.KUHINA_ESR, provider="Kuhina-hanke", planned_hours=Decimal(40),
        modules="Kahvilan tehtävät\nKassa ja asiakaspalvelu\nPuhtaanapito"), None),
}

REQUIREMENTS = (("keittiö", "hygieniapassi"), ("kahvila", "hygieniapassi"),
                ("kierrätys", "tyoturvallisuuskortti"))

_NOTES = {
    CoachingKind.START_SUPPORT: (
        "Työn aloituksen tuki: käytiin läpi työtehtävät, työajat ja perehdytyssuunnitelma.",
        "Sovittiin perehdyttäjästä ja ensimmäisten viikkojen tehtävistä."),
    CoachingKind.INDIVIDUAL: (
        "Käytiin läpi työssä opittuja asioita ja jatkon tavoitteita. Työnhaun asiakirjat "
        "päivitettiin.",
        "Työntekijä hakee kahta avointa paikkaa; valmentaja lähettää vinkit."),
    CoachingKind.TASK_TAILORING: (
        "Tehtäviä räätälöitiin: lisätään kassatyötä ja vähennetään raskasta nostamista.",
        "Työnjohtaja päivittää työvuorolistan ensi viikosta."),
    CoachingKind.FOLLOW_UP: (
        "Seurantakäynti: työ sujuu, tavoitteet ovat edenneet suunnitellusti.",
        "Jatketaan sovitulla tavalla; seuraava tapaaminen kuukauden päästä."),
}
_ROUND = (CoachingKind.INDIVIDUAL, CoachingKind.TASK_TAILORING, CoachingKind.INDIVIDUAL,
          CoachingKind.FOLLOW_UP)
_MODES = (CoachingMode.ON_SITE, CoachingMode.PHONE, CoachingMode.ON_SITE, CoachingMode.REMOTE)


def coaching_plan(person_index: int, earliest: date, today: date
                  ) -> list[tuple[date, CoachingKind, CoachingMode, int, str, str]]:
    """Start-of-employment support, then a meeting every six to eight weeks until today."""
    entries = []
    day = earliest + timedelta(days=2)
    step = 0
    while day < today:
        kind = CoachingKind.START_SUPPORT if step == 0 else _ROUND[(step + person_index) % 4]
        mode = CoachingMode.ON_SITE if step == 0 else _MODES[(step + person_index) % 4]
        minutes = 90 if step == 0 else (30 if mode == CoachingMode.PHONE else 60)
        summary, actions = _NOTES[kind]
        entries.append((day, kind, mode, minutes, summary, actions))
        step += 1
        day += timedelta(days=42 + 7 * ((step + person_index) % 3))
    return entries


_LEFT = (
    (OutcomeKind.OPEN_MARKET_JOB, 2, 4, "Myyjäksi vähittäiskauppaan, toistaiseksi voimassa."),
    (OutcomeKind.EDUCATION, 3, 4, "Aloitti logistiikan perustutkinnon."),
    (OutcomeKind.UNEMPLOYED, 3, 3, "Työnhaku jatkuu; ohjattu työvoimapalveluihin."),
    (OutcomeKind.OTHER_SERVICE, 2, 2, "Siirtyi kuntouttavaan työtoimintaan."),
)
_STAYED = (OutcomeKind.CONTINUES_UNSUPPORTED, 2, 3, "Jatkaa yhdistyksessä ilman tukea.")


def outcome_plan(index: int, stayed: bool) -> tuple[OutcomeKind, int, int, str]:
    """Where the ``index``-th person went; ``stayed``: still employed by the association after
    the support period ended."""
    return _STAYED if stayed else _LEFT[index % len(_LEFT)]


OPPORTUNITIES = (
    JobOpportunity(
        title="Kierrätysmyymälän myyjä", weekly_hours=Decimal(25),
        description="Asiakaspalvelu ja kassa, tuotteiden hinnoittelu ja esillepano.",
        place="Kierrätysmyymälä, Kauppakatu 12, Joensuu",
        accessibility="Esteetön myymälä; tehtäviä voi tehdä osin istuen.",
        language_requirements="Suomi perustasolla; englannista on apua.",
        support_offered="Perehdytys, nimetty työpari ja työhönvalmentajan tuki alussa.",
        contact="Maija Virtanen, 050 123 4567"),
    JobOpportunity(
        title="Kahvilan keittiöapulainen", weekly_hours=Decimal(20),
        description="Kahvilan aamuvuorot: leivonnaisten paisto, astiahuolto ja siivous.",
        place="Kahvila Kuhina, Joensuu",
        accessibility="Keittiö on katutasossa; työ on seisomatyötä.",
        language_requirements="Suomi tai englanti.",
        support_offered="Hygieniapassin voi suorittaa työn aikana; työhönvalmentajan tuki.",
        contact="Maija Virtanen, 050 123 4567"),
    JobOpportunity(
        title="Polkupyöräkorjaamon apulainen", weekly_hours=Decimal(30),
        description="Lahjoituspyörien kunnostus ja varaosien lajittelu.",
        place="Korjaamo, Teollisuuskatu 4, Joensuu",
        accessibility="Työpiste on portaiden yläpuolella.",
        language_requirements="Ei vaatimuksia; ohjeet myös kuvina.",
        support_offered="Työnohjaaja paikalla koko ajan.",
        contact="Maija Virtanen, 050 123 4567", is_open=False),
)
