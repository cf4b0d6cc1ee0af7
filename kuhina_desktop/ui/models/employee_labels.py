"""Names of the employee register's coded values as people read them (translated)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.domain.employee_records import EmploymentStatus
from kuhina_desktop.domain.employees import ConsentScope, PayBasis, TargetGroup
from kuhina_desktop.messages import QT_TRANSLATE_NOOP

_CONTEXT = "EmployeeLabels"

TARGET_GROUPS = {
    TargetGroup.LONG_TERM_UNEMPLOYED: QT_TRANSLATE_NOOP("EmployeeLabels", "Long-term unemployed"),
    TargetGroup.IMMIGRANT: QT_TRANSLATE_NOOP("EmployeeLabels", "Immigrant"),
    TargetGroup.PARTIAL_WORK_ABILITY: QT_TRANSLATE_NOOP("EmployeeLabels", "Partial work ability"),
    TargetGroup.YOUNG: QT_TRANSLATE_NOOP("EmployeeLabels", "Young"),
}

# Support kinds as the list groups them (see domain.employee_records.LIST_SUPPORT_GROUP).
SUPPORT_GROUPS = {
    "palkkatuki_50_70": QT_TRANSLATE_NOOP("EmployeeLabels", "Wage subsidy 50/70 %"),
    "palkkatuki_100": QT_TRANSLATE_NOOP("EmployeeLabels", "Wage subsidy 100 %"),
    "tyollistamistuki_55": QT_TRANSLATE_NOOP("EmployeeLabels", "Employment subsidy 55+"),
    "kuntalisa": QT_TRANSLATE_NOOP("EmployeeLabels", "Municipal supplement"),
    "tyollistamislisa": QT_TRANSLATE_NOOP("EmployeeLabels", "Employment bonus"),
    "other": QT_TRANSLATE_NOOP("EmployeeLabels", "Other support"),
}

STATUSES = {
    EmploymentStatus.WORKING: QT_TRANSLATE_NOOP("EmployeeLabels", "Employed"),
    EmploymentStatus.STARTING: QT_TRANSLATE_NOOP("EmployeeLabels", "Starts {day}"),
    EmploymentStatus.NO_CONTRACT: QT_TRANSLATE_NOOP("EmployeeLabels", "No contract in force"),
    EmploymentStatus.ARCHIVED: QT_TRANSLATE_NOOP("EmployeeLabels", "Archived {day}"),
}

CONSENT_SCOPES = {
    ConsentScope.PROGRESS: QT_TRANSLATE_NOOP("EmployeeLabels", "Progress"),
    ConsentScope.TRAINING: QT_TRANSLATE_NOOP("EmployeeLabels", "Training"),
    ConsentScope.COACHING_NOTES: QT_TRANSLATE_NOOP("EmployeeLabels", "Coaching notes"),
    ConsentScope.CONTACT_DETAILS: QT_TRANSLATE_NOOP("EmployeeLabels", "Contact details"),
}

PAY_BASES = {
    PayBasis.MONTHLY: QT_TRANSLATE_NOOP("EmployeeLabels", "Monthly pay"),
    PayBasis.HOURLY: QT_TRANSLATE_NOOP("EmployeeLabels", "Hourly pay"),
}

PAY_UNITS = {
    PayBasis.MONTHLY: QT_TRANSLATE_NOOP("EmployeeLabels", "€ a month"),
    PayBasis.HOURLY: QT_TRANSLATE_NOOP("EmployeeLabels", "€ an hour"),
}


def label(table: dict, key: object, **params: object) -> str:
    source = table.get(key)
    if source is None:
        return str(key)
    text = QCoreApplication.translate(_CONTEXT, source)
    return text.format(**params) if params else text


# --- searching and sorting people's names --------------------------------------------------


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold_table() -> dict[int, str]:
    """Lower-case Latin letters with marks → their base letters, for str.translate.

    Built once from Unicode's own decompositions (Latin-1, Latin Extended A/B and Additional,
    which holds Vietnamese); a few letters without a decomposition are added by hand.
    """
    table = {ord(k): v for k, v in {"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss",
                                    "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}.items()}
    for low, high in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(low, high + 1):
            char = chr(code).casefold()
            if len(char) == 1 and ord(char) not in table:
                base = _strip_marks(char)
                if base.isascii() and base != char:
                    table[ord(char)] = base
    return table


_FOLD = _fold_table()


def search_fold(text: str) -> str:
    """Lower case without accents, so "lukasz" finds Łukasz and "gulsen" finds Gülşen.

    Finnish ä and ö fold to a and o as well: a search may find a little more, never less.
    A translation table does the common letters in one C call; only text with anything else
    left (Cyrillic, say) goes through the slower decomposition.
    """
    folded = text.casefold().translate(_FOLD)
    return folded if folded.isascii() else _strip_marks(folded)


# Finnish alphabetical order puts å, ä, ö after z (in that order); other accented letters sort
# with their base letter.
_FINNISH_TAIL = str.maketrans({"å": "{", "ä": "|", "ö": "}"})


def finnish_sort_key(text: str) -> str:
    return search_fold(text.casefold().translate(_FINNISH_TAIL))
