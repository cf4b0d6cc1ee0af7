"""Words of the job-coach export in Finnish and English: column headers, sheet and file names,
coded values and the coaching report's texts.

Qt-free like reports.catalogue (the export's language is the file's document language, not the
UI's). Kept apart from the shared catalogue so the export's headers, which the allow-list
test compares, live next to each other. File names are plain ASCII: a zip opened on another
computer must not turn ``ä`` into ``Ã¤``.
"""

from __future__ import annotations

from collections.abc import Mapping

from kuhina_desktop.reports.model import LANGUAGES

_FIELDS: Mapping[str, tuple[str, str]] = {
    "name": ("Nimi", "Name"),
    "job_title": ("Tehtävänimike", "Job title"),
    "employment_start": ("Työsuhde alkoi", "Employment start"),
    "employment_end": ("Työsuhde päättyy", "Employment end"),
    "period_start": ("Tukijakso alkoi", "Support period start"),
    "period_end": ("Tukijakso päättyi", "Support period end"),
    "outcome": ("Tulos", "Outcome"),
    "readiness_start": ("Työnhakuvalmius alussa (1–5)", "Job-seeking readiness at start (1–5)"),
    "readiness_end": ("Työnhakuvalmius lopussa (1–5)", "Job-seeking readiness at end (1–5)"),
    "training": ("Koulutus", "Training"),
    "training_kind": ("Koulutuksen laji", "Kind of training"),
    "provider": ("Järjestäjä", "Provider"),
    "status": ("Tila", "Status"),
    "start": ("Alkoi", "Started"),
    "completed_on": ("Päättyi", "Ended"),
    "planned_hours": ("Suunnitellut tunnit", "Planned hours"),
    "hours_attended": ("Osallistutut tunnit", "Hours attended"),
    "result": ("Tulos", "Result"),
    "certificate": ("Pätevyys", "Certificate"),
    "issued_on": ("Myönnetty", "Issued"),
    "expires_on": ("Vanhenee", "Expires"),
    "issuer": ("Myöntäjä", "Issuer"),
    "date": ("Päivä", "Date"),
    "kind": ("Valmennuksen laji", "Kind of coaching"),
    "mode": ("Tapa", "Mode"),
    "minutes": ("Minuutit", "Minutes"),
    "summary": ("Yhteenveto", "Summary"),
    "agreed_actions": ("Sovitut toimet", "Agreed actions"),
    "next_follow_up": ("Seuraava seuranta", "Next follow-up"),
    "phone": ("Puhelin", "Phone"),
    "email": ("Sähköposti", "E-mail"),
    "title": ("Tehtävä", "Job"),
    "description": ("Kuvaus", "Description"),
    "weekly_hours": ("Tunnit viikossa", "Hours a week"),
    "place": ("Paikka", "Place"),
    "accessibility": ("Saavutettavuus", "Accessibility"),
    "language_requirements": ("Kielitaito", "Language skills"),
    "support_offered": ("Tarjottu tuki", "Support offered"),
    "contact": ("Yhteyshenkilö", "Contact"),
}

# data set -> (sheet title fi, en, file stem fi, en); sheet titles fit Excel's 31 characters.
_DATA_SETS: Mapping[str, tuple[str, str, str, str]] = {
    "employment": ("Työsuhteet", "Employment", "tyosuhteet", "employment"),
    "outcomes": ("Tulokset", "Outcomes", "tulokset", "outcomes"),
    "enrolments": ("Koulutukset", "Training", "koulutukset", "training"),
    "certificates": ("Pätevyydet", "Certificates", "patevyydet", "certificates"),
    "coaching": ("Valmennus", "Coaching", "valmennus", "coaching"),
    "contacts": ("Yhteystiedot", "Contact details", "yhteystiedot", "contact_details"),
    "job_opportunities": ("Työmahdollisuudet", "Job opportunities", "tyomahdollisuudet",
                          "job_opportunities"),
}

_CODES: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "outcome": {
        "open_market_job": ("Työ avoimilla työmarkkinoilla", "Job in the open labour market"),
        "continues_unsupported": ("Jatkaa yhdistyksessä ilman tukea",
                                  "Continues with the association without support"),
        "education": ("Tutkintoon johtava koulutus", "Degree-oriented education"),
        "other_service": ("Muu palvelu", "Other service"),
        "unemployed": ("Työtön", "Unemployed"),
        "other": ("Muu", "Other"),
    },
    "training_kind": {
        "induction": ("Perehdytys", "Induction"),
        "employer_specific": ("Työnantajakohtainen paketti", "Employer-specific package"),
        "course": ("Kurssi", "Course"),
        "qualification_unit": ("Tutkinnon osa", "Qualification unit"),
    },
    "status": {
        "planned": ("Suunniteltu", "Planned"),
        "ongoing": ("Käynnissä", "Ongoing"),
        "completed": ("Suoritettu", "Completed"),
        "interrupted": ("Keskeytynyt", "Interrupted"),
    },
    "kind": {
        "individual": ("Yksilövalmennus", "Individual coaching"),
        "employer": ("Työnantajavalmennus", "Employer coaching"),
        "start_support": ("Työn aloituksen tuki", "Start-of-employment support"),
        "task_tailoring": ("Tehtävien räätälöinti", "Task tailoring"),
        "follow_up": ("Seuranta", "Follow-up"),
    },
    "mode": {
        "on_site": ("Paikan päällä", "On site"),
        "phone": ("Puhelimitse", "By phone"),
        "remote": ("Etänä", "Remote"),
    },
}

FILE_STEMS = {"workbook": ("valmennusvienti", "coach_export"),
              "report": ("valmennus_ja_tulokset", "coaching_and_outcomes")}


def _pick(pair: tuple[str, ...], lang: str, offset: int = 0) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported document language {lang!r}; use one of {LANGUAGES}")
    return pair[offset + LANGUAGES.index(lang)]


def field_label(field: str, lang: str) -> str:
    return _pick(_FIELDS[field], lang)


def headers(fields: tuple[str, ...], lang: str) -> tuple[str, ...]:
    return tuple(field_label(f, lang) for f in fields)


def sheet_title(data_set: str, lang: str) -> str:
    return _pick(_DATA_SETS[data_set], lang)


def file_stem(data_set: str, lang: str) -> str:
    return _pick(_DATA_SETS[data_set], lang, offset=2)


def other_file_stem(kind: str, lang: str) -> str:
    return _pick(FILE_STEMS[kind], lang)


def code_label(field: str, code: str | None, lang: str) -> str | None:
    """A stored code in words; a code this version does not know is shown as it is."""
    if code is None:
        return None
    pair = _CODES.get(field, {}).get(code)
    return _pick(pair, lang) if pair else code


def code_labels(field: str) -> Mapping[str, tuple[str, str]]:
    return _CODES[field]
