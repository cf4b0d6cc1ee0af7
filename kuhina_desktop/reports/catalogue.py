"""Strings printed in documents, in Finnish and English.

A document's language is chosen per file (a board may want Finnish while the UI runs in English),
so documents cannot use Qt's tr(): this catalogue is Qt-free and keyed by stable identifiers.
Placeholders are ``str.format`` fields; a test checks that every key has every language and the
same placeholders in each.
"""

from __future__ import annotations

from collections.abc import Mapping

from kuhina_desktop.reports.model import LANGUAGES

# key -> {language -> text}. Keys are dotted by area; never reuse a key for a new meaning.
STRINGS: Mapping[str, Mapping[str, str]] = {
    # Page chrome shared by every report.
    "chrome.page_of": {"fi": "Sivu {n} / {total}", "en": "Page {n} of {total}"},
    "chrome.printed_on": {"fi": "Tulostettu {date}", "en": "Printed {date}"},
    "chrome.business_id": {"fi": "Y-tunnus", "en": "Business ID"},
    "chrome.business_id_value": {"fi": "Y-tunnus {value}", "en": "Business ID {value}"},
    "chrome.creator": {"fi": "Kuhina Desktop", "en": "Kuhina Desktop"},
    # Boxes and tables.
    "box.note": {"fi": "Huomio", "en": "Note"},
    "box.warning": {"fi": "Varoitus", "en": "Warning"},
    "table.total": {"fi": "Yhteensä", "en": "Total"},
    "table.empty": {"fi": "Ei rivejä.", "en": "No rows."},
    # Report titles (builders use these; the header prints them).
    "title.payment_application": {
        "fi": "Maksatushakemuksen laskelma",
        "en": "Payment application calculation",
    },
    "title.yearly_summary": {"fi": "Tukien vuosikooste", "en": "Yearly support summary"},
    "title.employee_card": {"fi": "Työntekijäkortti", "en": "Employee card"},
    "title.training_record": {
        "fi": "Koulutukset ja pätevyydet",
        "en": "Training and certificate record",
    },
    "title.coaching_report": {
        "fi": "Työhönvalmennus ja tulokset",
        "en": "Coaching and outcomes report",
    },
    "title.due_list": {"fi": "Tehtävälista", "en": "Due list"},
    "title.co_employment": {"fi": "Yhteistyöllistämisselvitys", "en": "Co-employment statement"},
    # Due list.
    "due.intro": {"fi": "Avoimet määräajat {date} tilanteen mukaan. Päivämäärä on lakisääteinen "
                        "määräpäivä; jos se osuu viikonloppuun tai pyhäpäivään, se mainitaan.",
                  "en": "Open deadlines as of {date}. The date is the legal due date; a date "
                        "on a weekend or public holiday is noted."},
    "due.none": {"fi": "Ei tehtäviä.", "en": "Nothing due."},
    "due.col.date": {"fi": "Määräpäivä", "en": "Due"},
    "due.col.person": {"fi": "Henkilö", "en": "Person"},
    "due.col.task": {"fi": "Tehtävä", "en": "What to do"},
    "due.col.amount": {"fi": "Summa", "en": "Amount"},
    "due.group.overdue": {"fi": "Myöhässä", "en": "Overdue"},
    "due.group.this_week": {"fi": "Tällä viikolla", "en": "This week"},
    "due.group.next_30_days": {"fi": "Seuraavat 30 päivää", "en": "Next 30 days"},
    "due.group.later": {"fi": "Myöhemmin", "en": "Later"},
    "due.overdue_money": {
        "fi": "Myöhästyneitä maksatushakemuksia yhteensä {amount}: myöhästynyt hakemus voi "
              "tarkoittaa menetettyä tukea.",
        "en": "Overdue payment applications total {amount}: a late application can mean "
              "support lost."},
    "due.weekend_note": {"fi": "viikonloppu; seuraava arkipäivä {next}",
                         "en": "weekend; next working day {next}"},
    "due.holiday_note": {"fi": "{holiday}; seuraava arkipäivä {next}",
                         "en": "public holiday {holiday}; next working day {next}"},
    "due.payment_application": {
        "fi": "Lähetä maksatushakemus {period_end} päättyneeltä jaksolta",
        "en": "Send the payment application for the period ending {period_end}"},
    "due.subsidy_period_end": {
        "fi": "Tukijakso päättyy: hae jatkoa ennen päättymistä",
        "en": "Support period ends: apply for a continuation before it ends"},
    "due.contract_end": {"fi": "Määräaikainen työsopimus päättyy: päätä jatkosta",
                         "en": "Fixed-term contract ends: decide whether it continues"},
    "due.trial_end": {"fi": "Koeaika päättyy", "en": "Trial period ends"},
    "due.certificate_expiry": {"fi": "Pätevyys vanhenee: {certificate_type}",
                               "en": "Certificate expires: {certificate_type}"},
    "due.certificate_expired": {"fi": "Pätevyys vanhentunut: {certificate_type}",
                                "en": "Certificate expired: {certificate_type}"},
    "due.consent_expiry": {"fi": "Tietojen luovutussuostumus vanhenee: pyydä uusi",
                           "en": "Consent to share information expires: ask for a new one"},
    "due.wage_month_missing": {"fi": "Kirjaa palkkakuukausi {month}",
                               "en": "Enter the wage month {month}"},
    "due.rate_table": {"fi": "Tarkista ja vahvista vuoden {year} työnantajamaksut",
                       "en": "Check and confirm the employer contribution rates of {year}"},
    "due.retention_review": {"fi": "Säilytysaikojen vuositarkistus ({year})",
                             "en": "Yearly review of retention times ({year})"},
    # Coaching and outcomes report.
    "co2.intro": {"fi": "Työhönvalmennus ja tukijaksojen tulokset vuonna {year}. Sisäinen "
                        "asiakirja: mukana kaikki työntekijät suostumuksista riippumatta.",
                  "en": "Job coaching and the outcomes of support periods in {year}. Internal "
                        "document: every employee is included, whatever their consents."},
    "co2.targets": {"fi": "Hankkeen tavoitteet", "en": "The project's targets"},
    "co2.outcomes": {"fi": "Tulokset tukijakson päättyessä",
                     "en": "Outcomes at the end of support periods"},
    "co2.log": {"fi": "Valmennusmerkinnät", "en": "Coaching log"},
    "co2.minutes_total": {"fi": "Valmennuskertoja {count}, yhteensä {hours} tuntia.",
                          "en": "{count} coaching sessions, {hours} hours in all."},
    "co2.employed": {"fi": "Työllistyneet tai koulutukseen siirtyneet",
                     "en": "Employed or in education"},
    "co2.readiness": {"fi": "Työnhakuvalmius parani", "en": "Job-seeking readiness improved"},
    "co2.met": {"fi": "saavutettu", "en": "met"},
    "co2.not_met": {"fi": "ei saavutettu", "en": "not met"},
    "co2.employer": {"fi": "(työnantaja)", "en": "(employer coaching)"},
    "co2.col.target": {"fi": "Mittari", "en": "Measure"},
    "co2.col.count": {"fi": "Määrä", "en": "Count"},
    "co2.col.share": {"fi": "Osuus", "en": "Share"},
    "co2.col.goal": {"fi": "Tavoite", "en": "Target"},
    "co2.col.verdict": {"fi": "Tilanne", "en": "Result"},
    "co2.col.date": {"fi": "Päivä", "en": "Date"},
    "co2.col.kind": {"fi": "Laji", "en": "Kind"},
    "co2.col.minutes": {"fi": "Min", "en": "Min"},
    "co2.col.coach": {"fi": "Valmentaja", "en": "Coach"},
    "co2.col.summary": {"fi": "Yhteenveto", "en": "Summary"},
    "co2.col.period_end": {"fi": "Jakso päättyi", "en": "Period ended"},
    "co2.col.outcome": {"fi": "Tulos", "en": "Outcome"},
    "co2.col.ready_start": {"fi": "Valmius alussa", "en": "Readiness at start"},
    "co2.col.ready_end": {"fi": "Valmius lopussa", "en": "Readiness at end"},
    "co2.kind.individual": {"fi": "yksilövalmennus", "en": "individual coaching"},
    "co2.kind.employer": {"fi": "työnantajavalmennus", "en": "employer coaching"},
    "co2.kind.start_support": {"fi": "työn aloituksen tuki", "en": "start-of-employment support"},
    "co2.kind.task_tailoring": {"fi": "tehtävien räätälöinti", "en": "task tailoring"},
    "co2.kind.follow_up": {"fi": "seuranta", "en": "follow-up"},
    "co2.outcome.open_market_job": {"fi": "työ avoimilla työmarkkinoilla",
                                    "en": "open labour market job"},
    "co2.outcome.continues_unsupported": {"fi": "jatkaa yhdistyksessä ilman tukea",
                                          "en": "continues with the association without support"},
    "co2.outcome.education": {"fi": "tutkintoon johtava koulutus",
                              "en": "degree-oriented education"},
    "co2.outcome.other_service": {"fi": "muu palvelu", "en": "other service"},
    "co2.outcome.unemployed": {"fi": "työtön", "en": "unemployed"},
    "co2.outcome.other": {"fi": "muu", "en": "other"},
    # Training and certificate record.
    "tr.intro": {"fi": "Koulutukset ja pätevyydet {date} tilanteen mukaan. Pätevyys merkitään, "
                       "kun sen voimassaolo päättyy 90 tai 30 päivän kuluessa.",
                 "en": "Training and certificates as of {date}. A certificate is marked when it "
                       "expires within 90 or 30 days."},
    "tr.everyone": {"fi": "Kaikki työntekijät", "en": "All employees"},
    "tr.certificates": {"fi": "Pätevyydet", "en": "Certificates"},
    "tr.gaps": {"fi": "Tehtävän vaatimat pätevyydet, jotka puuttuvat",
                "en": "Certificates a role requires that are missing"},
    "tr.enrolments": {"fi": "Koulutukset", "en": "Training"},
    "tr.no_gaps": {"fi": "Ei puutteita.", "en": "No gaps."},
    "tr.no_expiry": {"fi": "ei vanhene", "en": "no expiry"},
    "tr.superseded": {"fi": "korvattu uudemmalla", "en": "replaced by a newer one"},
    "tr.col.employee": {"fi": "Työntekijä", "en": "Employee"},
    "tr.col.package": {"fi": "Koulutus", "en": "Training"},
    "tr.col.status": {"fi": "Tila", "en": "Status"},
    "tr.col.hours": {"fi": "Tunnit", "en": "Hours"},
    "tr.col.completed": {"fi": "Päättynyt", "en": "Ended"},
    "tr.col.result": {"fi": "Tulos", "en": "Result"},
    "tr.col.certificate": {"fi": "Pätevyys", "en": "Certificate"},
    "tr.col.issued": {"fi": "Myönnetty", "en": "Issued"},
    "tr.col.expires": {"fi": "Voimassa asti", "en": "Expires"},
    "tr.col.mark": {"fi": "Tilanne", "en": "State"},
    "tr.col.verified": {"fi": "Tarkastanut", "en": "Verified by"},
    "tr.col.role": {"fi": "Tehtävä", "en": "Role"},
    "tr.col.gap": {"fi": "Puute", "en": "Gap"},
    "tr.status.planned": {"fi": "suunniteltu", "en": "planned"},
    "tr.status.ongoing": {"fi": "käynnissä", "en": "ongoing"},
    "tr.status.completed": {"fi": "suoritettu", "en": "completed"},
    "tr.status.interrupted": {"fi": "keskeytynyt", "en": "interrupted"},
    "tr.mark.no_expiry": {"fi": "voimassa", "en": "valid"},
    "tr.mark.valid": {"fi": "voimassa", "en": "valid"},
    "tr.mark.within_90": {"fi": "vanhenee 90 päivässä", "en": "expires within 90 days"},
    "tr.mark.within_30": {"fi": "vanhenee 30 päivässä", "en": "expires within 30 days"},
    "tr.mark.expired": {"fi": "VANHENTUNUT", "en": "EXPIRED"},
    "tr.gap.missing": {"fi": "puuttuu", "en": "missing"},
    "tr.gap.expired": {"fi": "vanhentunut", "en": "expired"},
    # Employee card.
    "card.name": {"fi": "Nimi", "en": "Name"},
    "card.hetu": {"fi": "Henkilötunnus", "en": "Personal identity code"},
    "card.birth_date": {"fi": "Syntymäaika", "en": "Date of birth"},
    "card.address": {"fi": "Osoite", "en": "Address"},
    "card.phone": {"fi": "Puhelin", "en": "Phone"},
    "card.email": {"fi": "Sähköposti", "en": "E-mail"},
    "card.languages": {"fi": "Kielet", "en": "Languages"},
    "card.target_groups": {"fi": "Kohderyhmät", "en": "Target groups"},
    "card.archived": {"fi": "Arkistoitu", "en": "Archived"},
    "card.group.long_term_unemployed": {"fi": "pitkäaikaistyötön", "en": "long-term unemployed"},
    "card.group.immigrant": {"fi": "maahanmuuttaja", "en": "immigrant"},
    "card.group.young": {"fi": "nuori", "en": "young"},
    "card.contracts": {"fi": "Työsopimukset", "en": "Employment contracts"},
    "card.decisions": {"fi": "Tukipäätökset", "en": "Support decisions"},
    "card.consents": {"fi": "Suostumukset tietojen luovuttamiseen",
                      "en": "Consents to share information"},
    "card.col.period": {"fi": "Voimassa", "en": "Period"},
    "card.col.job": {"fi": "Tehtävä", "en": "Job title"},
    "card.col.hours": {"fi": "Työaika-%", "en": "Working time"},
    "card.col.pay": {"fi": "Palkka", "en": "Pay"},
    "card.col.workplace": {"fi": "Työpaikka", "en": "Workplace"},
    "card.col.tasks": {"fi": "Räätälöidyt työtehtävät", "en": "Tailored tasks"},
    "card.basis.monthly": {"fi": "kuukausipalkka", "en": "monthly"},
    "card.basis.hourly": {"fi": "tuntipalkka", "en": "hourly"},
    "card.col.agreement": {"fi": "Työehtosopimus", "en": "Collective agreement"},
    "card.col.partner": {"fi": "Yhteistyöllistäjä", "en": "Co-employer"},
    "card.col.scope": {"fi": "Mitä saa luovuttaa", "en": "What may be shared"},
    "card.col.given": {"fi": "Annettu", "en": "Given"},
    "card.col.withdrawn": {"fi": "Peruttu", "en": "Withdrawn"},
    "card.col.valid_until": {"fi": "Voimassa asti", "en": "Valid until"},
    "card.open_ended": {"fi": "{start} alkaen, toistaiseksi", "en": "from {start}, open-ended"},
    "card.scope.progress": {"fi": "Edistyminen", "en": "Progress"},
    "card.scope.training": {"fi": "Koulutus", "en": "Training"},
    "card.scope.coaching_notes": {"fi": "Valmennusmuistiinpanot", "en": "Coaching notes"},
    "card.scope.contact_details": {"fi": "Yhteystiedot", "en": "Contact details"},
    "card.privacy_note": {
        "fi": "Luottamuksellinen henkilöstöasiakirja. Terveyteen liittyvät tiedot eivät tulostu "
              "tälle kortille.",
        "en": "Confidential personnel document. Health-related data is not printed on this "
              "card."},
    # Support kinds.
    "kind.palkkatuki_50": {"fi": "Palkkatuki 50 %", "en": "Pay subsidy 50 %"},
    "kind.palkkatuki_70": {"fi": "Palkkatuki 70 %", "en": "Pay subsidy 70 %"},
    "kind.palkkatuki_100": {"fi": "Palkkatuki 100 % (yhdistys)",
                            "en": "Pay subsidy 100 % (association)"},
    "kind.tyollistamistuki_55": {"fi": "Työllistämistuki 55+", "en": "Employment subsidy 55+"},
    "kind.kuntalisa": {"fi": "Kuntalisä", "en": "Municipal supplement"},
    "kind.tyollistamislisa": {"fi": "Työllistämislisä", "en": "Employment bonus"},
    "kind.other": {"fi": "Muu tuki", "en": "Other support"},
    # Pay items.
    "pay.gross_pay": {"fi": "Peruspalkka", "en": "Basic pay"},
    "pay.supplements": {"fi": "Lisät", "en": "Supplements"},
    "pay.holiday_pay": {"fi": "Lomapalkka", "en": "Holiday pay"},
    "pay.holiday_bonus": {"fi": "Lomaraha", "en": "Holiday bonus"},
    "pay.holiday_compensation": {"fi": "Lomakorvaus", "en": "Holiday comp."},
    "pay.kela_compensated_pay": {"fi": "Kela-korvattu", "en": "Kela-comp."},
    # Payment application calculation sheet.
    "app.employee": {"fi": "Työntekijä", "en": "Employee"},
    "app.kind": {"fi": "Tukimuoto", "en": "Support"},
    "app.payer": {"fi": "Maksaja", "en": "Payer"},
    "app.decision_number": {"fi": "Päätöksen numero", "en": "Decision number"},
    "app.percent": {"fi": "Tukiprosentti", "en": "Support percent"},
    "app.work_fraction": {"fi": "Työaika alan täydestä työajasta",
                          "en": "Working time of the sector's full time"},
    "app.period": {"fi": "Maksatuskausi", "en": "Payment period"},
    "app.deadline": {"fi": "Hakemus viimeistään", "en": "Apply by"},
    "app.status": {"fi": "Tila", "en": "Status"},
    "app.status.draft": {"fi": "Luonnos (luvut lasketaan palkkakuukausista)",
                         "en": "Draft (figures computed from the wage months)"},
    "app.status.sent": {"fi": "Lähetetty (luvut lukittu)", "en": "Sent (figures locked)"},
    "app.status.paid": {"fi": "Maksettu", "en": "Paid"},
    "app.status.partly_paid": {"fi": "Osittain maksettu", "en": "Partly paid"},
    "app.status.rejected": {"fi": "Hylätty", "en": "Rejected"},
    "app.months_heading": {"fi": "Palkkauskustannukset kuukausittain (€)",
                           "en": "Wage costs by month (€)"},
    "app.col.month": {"fi": "Kuukausi", "en": "Month"},
    "app.col.contributions": {"fi": "Sivukulut", "en": "Contrib."},
    "app.col.wage_costs": {"fi": "Palkkauskust.", "en": "Wage costs"},
    "app.col.eligible": {"fi": "Tukeen oikeut.", "en": "Eligible"},
    "app.col.cap": {"fi": "Enimmäismäärä", "en": "Cap"},
    "app.col.support": {"fi": "Tuki", "en": "Support"},
    "app.amounts_note": {
        "fi": "Palkkauskustannukset = veronalainen palkka + työnantajan sivukulut. Tukeen "
              "oikeuttavista kustannuksista on vähennetty Kelan tai vakuutusyhtiön korvaama "
              "palkka. Enimmäismäärä on suhteutettu kalenteripäiviin, jos tukijakso kattaa vain "
              "osan kuukaudesta.",
        "en": "Wage costs = taxable pay + employer contributions. Pay compensated by Kela or an "
              "insurer is deducted from the eligible costs. The cap is prorated by calendar days "
              "when the support period covers only part of a month."},
    "app.typed_note": {"fi": "Sivukulut on kirjattu palkanlaskennan mukaan kuukausille {months}; "
                             "muille kuukausille ne on laskettu maksutaulukosta.",
                       "en": "Contributions were entered from payroll for {months}; for the "
                             "other months they are computed from the rate table."},
    "app.checklist_heading": {"fi": "Liitteet", "en": "Attachments"},
    "app.check.decision_number": {"fi": "Palkkatukipäätöksen numero: {number}",
                                  "en": "Support decision number: {number}"},
    "app.check.employment_contract": {"fi": "Työsopimus (ensimmäinen maksatushakemus)",
                                      "en": "Employment contract (first application)"},
    "app.check.payslips": {"fi": "Palkkalaskelmat tai tulorekisteri-ilmoitukset kaudelta",
                           "en": "Payslips or Incomes Register reports of the period"},
    "app.check.kela_decision": {"fi": "Kelan tai vakuutusyhtiön päätös korvatuista päivistä",
                                "en": "Kela's or the insurer's decision on compensated days"},
    "app.check.other_support": {"fi": "Selvitys muusta samaan palkkaan saadusta julkisesta tuesta",
                                "en": "Statement of other public support for the same pay"},
    "app.total_line": {"fi": "Haettava tuki yhteensä {amount}. Hakemus on jätettävä viimeistään "
                             "{deadline}.",
                       "en": "Support to apply for in total {amount}. The application must be "
                             "made by {deadline}."},
    # Yearly support summary.
    "ys.intro": {"fi": "Vuoden {year} palkkauskustannukset ja tuet, {count} työntekijää. Tuki on "
                       "laskettu tukipäätösten ja kirjattujen palkkakuukausien mukaan; haettu ja "
                       "maksettu koskevat maksatuskausia, jotka päättyvät vuonna {year}.",
                 "en": "Wage costs and support of {year}, {count} employees. Support is "
                       "computed from the decisions and the wage months entered; applied and "
                       "paid cover the payment periods that end in {year}."},
    "ys.people_heading": {"fi": "Työntekijöittäin", "en": "By employee"},
    "ys.months_heading": {"fi": "Kuukausittain", "en": "By month"},
    "ys.costs_matrix_heading": {"fi": "Palkkauskustannukset työntekijöittäin ja kuukausittain (€)",
                                "en": "Wage costs by employee and month (€)"},
    "ys.support_matrix_heading": {"fi": "Laskettu tuki työntekijöittäin ja kuukausittain (€)",
                                  "en": "Computed support by employee and month (€)"},
    "ys.chart_title": {"fi": "Kustannukset ja tuki kuukausittain",
                       "en": "Costs and support by month"},
    "ys.col.employee": {"fi": "Työntekijä", "en": "Employee"},
    "ys.col.month": {"fi": "Kuukausi", "en": "Month"},
    "ys.col.costs": {"fi": "Palkkauskust.", "en": "Wage costs"},
    "ys.col.support": {"fi": "Tuki (laskettu)", "en": "Support (computed)"},
    "ys.col.applied": {"fi": "Haettu", "en": "Applied"},
    "ys.col.paid": {"fi": "Maksettu", "en": "Paid"},
    "ys.col.owed": {"fi": "Saamatta", "en": "Still owed"},
    "ys.col.own_cost": {"fi": "Oma osuus", "en": "Own cost"},
    "ys.notes": {"fi": "Oma osuus = palkkauskustannukset − laskettu tuki. Saamatta = lähetetyt "
                       "hakemukset, joista maksu puuttuu kokonaan tai osittain.",
                 "en": "Own cost = wage costs − computed support. Still owed = applications sent "
                       "and not yet paid in full."},
    # Co-employment statement.
    "co.intro": {"fi": "Yhteistyöllistämisen kumppanin osuus palkkauskustannuksista ja tuesta "
                       "kuukausittain työsopimukseen kirjatun osuuden mukaan. Laskutettava = "
                       "osuus kustannuksista − osuus tuesta.",
                 "en": "The co-employment partner's share of wage costs and support by month, "
                       "by the share written in the contract. To invoice = share of costs − "
                       "share of support."},
    "co.partner": {"fi": "Kumppani", "en": "Partner"},
    "co.year": {"fi": "Vuosi", "en": "Year"},
    "co.col.share": {"fi": "Osuus", "en": "Share"},
    "co.col.costs": {"fi": "Osuus kustannuksista", "en": "Share of costs"},
    "co.col.support": {"fi": "Osuus tuesta", "en": "Share of support"},
    "co.col.invoice": {"fi": "Laskutettava", "en": "To invoice"},
    "co.none": {"fi": "Vuonna {year} ei ole yhteistyöllistettyjä työsopimuksia.",
                "en": "No co-employment contracts in {year}."},
    # Chart series shared by summaries.
    "chart.costs": {"fi": "Kustannukset", "en": "Costs"},
    "chart.support": {"fi": "Tuki", "en": "Support"},
}


def t(key: str, lang: str, **params: object) -> str:
    """The text for ``key`` in ``lang`` with ``params`` filled in.

    Unknown keys and languages raise rather than print a key into an official document.
    """
    try:
        texts = STRINGS[key]
    except KeyError:
        raise KeyError(f"no document string {key!r}") from None
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported document language {lang!r}; use one of {LANGUAGES}")
    return texts[lang].format(**params)
