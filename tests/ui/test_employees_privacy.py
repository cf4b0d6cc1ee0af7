"""No full henkilötunnus on screen outside the Reveal view; health data only for its handler.

Every widget of the employees view and of each person's dialog is walked: texts, placeholders,
tooltips, titles, combo items, tab names, and every cell of every table model in every role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from kuhina_desktop.ui.dialogs.contract_dialog import ContractDialog
from kuhina_desktop.ui.dialogs.employee_dialog import EmployeeDialog
from kuhina_desktop.ui.dialogs.employee_small_dialogs import ConsentDialog
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog
from kuhina_desktop.ui.dialogs.health_access_dialog import HealthAccessDialog
from kuhina_desktop.ui.widgets.hetu_field import REVEALED, HetuField

# Any identity-code shape, whoever it belongs to: DDMMYY, century sign, ZZZ, check character.
HETU_SHAPE = re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]")
ROLES = [*range(0, 14), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 4)]


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(FormDialog, "ask_discard",
                        lambda self: QMessageBox.StandardButton.Discard)


def model_texts(model: QAbstractItemModel) -> Iterator[str]:
    root = QModelIndex()
    # A list model (the navigation) has one column and hides columnCount().
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        for role in ROLES:
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role))
    for row in range(model.rowCount(root)):
        for column in range(columns):
            index = model.index(row, column)
            for role in ROLES:
                yield str(index.data(role))


def widget_texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.toolTip(), widget.windowTitle(), widget.statusTip(),
                widget.whatsThis(), widget.accessibleName(), widget.accessibleDescription())
    if isinstance(widget, QLineEdit):
        yield from (widget.text(), widget.placeholderText(), widget.displayText())
    elif isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield from (widget.itemText(i), str(widget.itemData(i)))
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield from (widget.tabText(i), widget.tabToolTip(i))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def codes_on_screen(root: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, code) for every identity-code-shaped text under root, root included."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for text in widget_texts(widget):
            found.extend((widget, code) for code in HETU_SHAPE.findall(text or "")
                         if (widget, code) not in found)
    return found


def in_reveal_view(widget: QWidget) -> bool:
    field = widget.parent()
    return isinstance(field, HetuField) and field.mode == REVEALED and widget is field.edit


def stored_codes(services) -> set[str]:
    return {row["hetu"] for row in services.data.query("SELECT hetu FROM employees")}


def test_the_employees_view_never_shows_a_full_code(qtbot, main_window) -> None:
    main_window.show_view("employees")
    view = main_window.view("employees")
    qtbot.waitUntil(lambda: not view.loading)
    assert len(stored_codes(view.services)) == 10
    for status in range(view.status_filter.count()):  # current, archived, all
        view.status_filter.setCurrentIndex(status)
        assert codes_on_screen(main_window) == []
    masked = [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]
    assert masked and all(re.fullmatch(r"\d{6}-\*{4}", m) for m in masked)


def test_no_dialog_shows_a_full_code_until_reveal(qtbot, main_window) -> None:
    services = main_window.services
    for row in services.employees.list_rows():
        dialog = EmployeeDialog(services, row.id, main_window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert codes_on_screen(dialog) == [], row.sort_name
        for stored in services.employees.contracts.of(row.id):
            contract = ContractDialog(services, row.id, stored, dialog)
            qtbot.addWidget(contract)
            assert codes_on_screen(contract) == []
        consent = ConsentDialog(services, row.id, parent=dialog)
        qtbot.addWidget(consent)
        assert codes_on_screen(consent) == []
        dialog.close()
    access = HealthAccessDialog(services, main_window)
    qtbot.addWidget(access)
    assert codes_on_screen(access) == []


def test_reveal_shows_the_code_only_in_its_field_and_is_audited(qtbot, main_window) -> None:
    services = main_window.services
    row = next(r for r in services.employees.list_rows() if r.last_name == "Nowak")
    dialog = EmployeeDialog(services, row.id, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    audits = len(services.data.query("SELECT id FROM audit_log"))
    qtbot.mouseClick(dialog.hetu.reveal_button, Qt.MouseButton.LeftButton)
    shown = codes_on_screen(dialog)
    assert [code for _, code in shown] == [dialog.hetu.edit.text()]
    assert dialog.hetu.edit.text() in stored_codes(services)
    assert "Y" in dialog.hetu.edit.text()  # a 2023 century sign, kept as it is
    assert all(in_reveal_view(widget) for widget, _ in shown)
    last = services.data.query("SELECT action, row_id FROM audit_log ORDER BY id DESC LIMIT 1")
    assert len(services.data.query("SELECT id FROM audit_log")) == audits + 1
    assert (last[0]["action"], last[0]["row_id"]) == ("reveal_hetu", row.id)


def test_health_tab_only_for_the_handler(qtbot, main_window) -> None:
    services = main_window.services
    row = next(r for r in services.employees.list_rows() if r.last_name == "Turunen")
    dialog = EmployeeDialog(services, row.id, main_window)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert tabs == ["Perustiedot", "Työsopimukset", "Suostumukset", "Terveystiedot"]
    assert dialog.partial_work_ability.isChecked()
    assert "seisomatyötä" in dialog.health_details.toPlainText()

    services.employees.set_health_handlers(["joku.muu"])  # the demo's handler hands it over
    other = EmployeeDialog(services, row.id, main_window)
    qtbot.addWidget(other)
    tabs = [other.tabs.tabText(i).replace("&", "") for i in range(other.tabs.count())]
    assert tabs == ["Perustiedot", "Työsopimukset", "Suostumukset"]
    texts = " ".join(t for w in [other, *other.findChildren(QWidget)] for t in widget_texts(w))
    assert "seisomatyötä" not in texts and "Osatyökykyinen" not in texts


def test_health_data_never_in_the_list(qtbot, main_window) -> None:
    main_window.show_view("employees")
    view = main_window.view("employees")
    qtbot.waitUntil(lambda: not view.loading)
    view.status_filter.setCurrentIndex(2)
    assert view.proxy.rowCount() == 10  # everyone is listed, and none with health data
    texts = " ".join(widget_texts(view.table))
    assert "seisomatyötä" not in texts
    assert "Osatyökyky" not in texts and "osatyökyky" not in texts
    groups = [view.group_filter.itemText(i) for i in range(view.group_filter.count())]
    assert groups == ["Kaikki kohderyhmät", "Pitkäaikaistyötön", "Maahanmuuttaja", "Nuori"]


def test_reveal_on_a_read_only_file_shows_nothing(qtbot, tmp_path, monkeypatch, finnish) -> None:
    from kuhina_desktop.demo import build_demo
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file
    from kuhina_desktop.ui.dialogs import employee_dialog
    from kuhina_desktop.ui.views.employees import EmployeesView

    build_demo(tmp_path / "demo.kuhina").close()
    services = Services(open_data_file(tmp_path / "demo.kuhina", read_only=True))
    shown: list[str] = []
    monkeypatch.setattr(employee_dialog, "show_error", lambda parent, exc: shown.append(exc.code))
    try:
        view = EmployeesView(services)
        qtbot.addWidget(view)
        assert not view.new_button.isEnabled()
        dialog = EmployeeDialog(services, services.employees.list_rows()[0].id, view)
        qtbot.addWidget(dialog)
        dialog.hetu.reveal()
        assert shown == ["read_only_requested"]
        assert dialog.hetu.mode != REVEALED and codes_on_screen(dialog) == []
        dialog.edits["city"].setText("Outokumpu")  # cannot be saved, so Esc need not ask
        assert not dialog.save_button.isEnabled() and not dialog.is_dirty()
    finally:
        services.close()
