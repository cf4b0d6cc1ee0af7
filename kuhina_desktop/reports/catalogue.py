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
        "fi": "Koulutukset ja todistukset",
        "en": "Training and certificate record",
    },
    "title.coaching_report": {
        "fi": "Työhönvalmennus ja tulokset",
        "en": "Coaching and outcomes report",
    },
    "title.due_list": {"fi": "Määräaikalista", "en": "Due list"},
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
    "due.holiday_note": {"fi": "pyhäpäivä {holiday}; seuraava arkipäivä {next}",
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
    "due.consent_expiry": {"fi": "Tietojen luovutussuostumus vanhenee: pyydä uusi",
                           "en": "Consent to share information expires: ask for a new one"},
    "due.wage_month_missing": {"fi": "Kirjaa palkkakuukausi {month}",
                               "en": "Enter the wage month {month}"},
    "due.rate_table": {"fi": "Tarkista ja vahvista vuoden {year} työnantajamaksut",
                       "en": "Check and confirm the employer contribution rates of {year}"},
    "due.retention_review": {"fi": "Säilytysaikojen vuositarkistus ({year})",
                             "en": "Yearly review of retention times ({year})"},
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
