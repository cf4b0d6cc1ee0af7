"""Decision-related codes as a person reads them: kind names, statuses, findings in words.

The engine's findings carry raw params (dates, Decimals, integer cents); here they are written
in the UI language before the error presenter fills them into the translated sentence.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kuhina_desktop.domain.errors import KuhinaError, ValidationError
from kuhina_desktop.domain.subsidy import Issue
from kuhina_desktop.texts.decisions import (
    CONTRIBUTION_NAMES,
    COST_ITEM_NAMES,
    KIND_NAMES,
    KIND_ORDER,
    KIND_SHORT_NAMES,
)
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.errors import user_message

_MONTH_PATH = re.compile(r"^months\[(\d+)\]\.(\w+)$")


def kind_name(kind: str) -> str:
    source = KIND_NAMES.get(str(kind))
    return QCoreApplication.translate("SupportKinds", source) if source else str(kind)


def kind_short_name(kind: str) -> str:
    source = KIND_SHORT_NAMES.get(str(kind))
    return QCoreApplication.translate("SupportKindsShort", source) if source else str(kind)


def kinds_in_menu_order() -> tuple[str, ...]:
    return KIND_ORDER


def contribution_name(line: str) -> str:
    source = CONTRIBUTION_NAMES.get(line)
    return QCoreApplication.translate("Contributions", source) if source else line


def cost_item_name(item: str) -> str:
    source = COST_ITEM_NAMES.get(item)
    return QCoreApplication.translate("CostItems", source) if source else item


def status_name(status: str) -> str:
    names = {
        "current": QCoreApplication.translate("DecisionStatus", "In force"),
        "upcoming": QCoreApplication.translate("DecisionStatus", "Upcoming"),
        "ended": QCoreApplication.translate("DecisionStatus", "Ended"),
    }
    return names.get(str(status), str(status))


def readable_params(params: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, date):
            out[key] = fmt.day(value)
        elif key.endswith("_cents") and isinstance(value, int):
            out[key] = fmt.money(value)
        elif isinstance(value, Decimal):
            out[key] = fmt.decimal(value.normalize(), places=None)  # type: ignore[arg-type]
        else:
            out[key] = value
    return out


def error_text(error: KuhinaError) -> str:
    """One error in words, with dates and amounts written the Finnish way."""
    if not isinstance(error, ValidationError):
        return user_message(error)
    field, row = error.field, error.row
    match = _MONTH_PATH.match(field or "")
    if match:  # months[2].gross_pay → the label of "months.gross_pay", row 3
        field, row = f"months.{match[2]}", int(match[1]) + 1
    readable = ValidationError(error.message, code=error.code, field=field, row=row,
                               **readable_params(dict(error.params)))
    return user_message(readable)


def issue_text(issue: Issue) -> str:
    return error_text(ValidationError(issue.code, code=issue.code, field=issue.field,
                                      **dict(issue.params)))
