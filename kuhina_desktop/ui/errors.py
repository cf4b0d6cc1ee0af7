"""The one error presenter: every error reaches the user through here.

Expected errors (KuhinaError) get a translated sentence that says what happened and what to do.
Anything else is a bug: it is logged, and a dialog offers the details to copy to the support
person. An uncaught exception never closes the program silently.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from kuhina_desktop import __version__
from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors

log = logging.getLogger(__name__)

# QMessageBox is imported where a message is shown: PySide6 builds a class and its enums on
# first use, a few milliseconds that the start-up need not spend.


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def field_label(field: str | None) -> str:
    if not field:
        return ""
    from kuhina_desktop.messages import FIELD_LABELS  # every text module: loaded when needed

    source = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Fields", source) if source else field


def user_message(error: KuhinaError, field_name: str | None = None) -> str:
    """The translated sentence for one expected error.

    ``field_name``: the field as the form in front of the user labels it, when that differs
    from the shared label (the wizard's "Name of the association" for ``name``).
    """
    if isinstance(error, ValidationErrors):
        return "\n".join(f"• {user_message(e)}" for e in error.errors)
    from kuhina_desktop.messages import format_params, text_for

    params = format_params(error, field_name or field_label(error.field))
    text = tr(text_for(error))
    try:
        message = text.format(**params)
    except (KeyError, IndexError, ValueError):
        message = text
    if error.row is not None:
        message = QCoreApplication.translate("Errors", "Row {row}: {message}").format(row=error.row, message=message)
    return message


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(error, KuhinaError):
        box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Errors", "Cannot continue"),
                          user_message(error), QMessageBox.StandardButton.Ok, parent)
        box.exec()
        return
    show_crash(parent, type(error), error, error.__traceback__)


def show_crash(parent: QWidget | None, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    details = f"Kuhina Desktop {__version__}\n" + "".join(
        traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
    box.setText(QCoreApplication.translate("Errors", "Something unexpected happened. Your saved data is safe: every change is "
                   "saved as a whole or not at all. You can keep working; if this repeats, "
                   "copy the details and send them to your support person."))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    """Route uncaught exceptions (also from Qt slots) to the crash dialog instead of a silent exit."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, KuhinaError):
            show_error(QApplication.activeWindow(), exc)
            return
        show_crash(QApplication.activeWindow(), exc_type, exc, tb)

    sys.excepthook = hook
