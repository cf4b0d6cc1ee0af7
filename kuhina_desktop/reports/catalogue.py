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
