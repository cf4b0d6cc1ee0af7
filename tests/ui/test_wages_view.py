"""The wage view driven with the keyboard: a month for three people, an application prepared
and sent, a partial payment recorded, and the money still owed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
)

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.subsidy import Kind
from kuhina_desktop.domain.wages import AppStatus
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.models.wage_grid import COLUMNS, EDITABLE
from kuhina_desktop.ui.views.wages import WagesView
from tests.ui.keyboard import type_text
from tests.wage_people import Person, add_people

TODAY = date(2026, 5, 20)
APRIL = date(2026, 4, 1)
# Monthly payment periods from December 2025, contracts from November 2025.
STAFF = (
    Person("Aino", "Kettunen", date(1979, 3, 14), 901, "24.375", 149_500, Kind.PALKKATUKI_100,
           100, 202_000, 1, 6, 12, "0.65"),
    Person("Jari", "Pesonen", date(1966, 4, 11), 907, "30", 215_000, Kind.PALKKATUKI_50, 50,
           126_000, 1, 6, 12),
    Person("Olga", "Petrova", date(1969, 5, 8), 904, "25", 170_000, Kind.PALKKATUKI_70, 70,
           177_000, 1, 6, 12),
)


@pytest.fixture
def services(tmp_path: Path):
    services = create_association_file(tmp_path / "ui.kuhina", DEMO_ASSOCIATION)
    services.people = add_people(services, TODAY, STAFF)
    yield services
    services.close()


@pytest.fixture
def view(qtbot, services, finnish):
    view = WagesView(services, None, TODAY)
    qtbot.addWidget(view)
    view.resize(1126, 680)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.months.loading)  # the month's rows come from a worker
    return view


def _type_row(qtbot, table, cells: list[str]) -> None:
    """Type each editable cell of a row in order; Enter takes the cursor to the next one."""
    for text in cells:
        if text:
            # The first key opens the cell's editor; the rest go to the editor, as they would.
            for char in text:
                type_text(qtbot, QApplication.focusWidget() or table, char)
        else:
            qtbot.keyClick(table, Qt.Key.Key_F2)  # open the empty cell, leave it empty
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _enter_april(qtbot, view) -> None:
    page = view.months
    assert page.model.month == APRIL
    table = page.table
    table.setFocus()
    assert table.currentIndex().column() == COLUMNS.index("gross_pay")
    blank = [""] * (len(EDITABLE) - 1)
    rows = {
        "Kettunen": ["1495", *blank],
        "Pesonen": ["2 150,00", "", "", "", "", "", "", "", "", "130", "420,50"],
        "Petrova": ["1700", "", "", "", "", "", "300", *[""] * 4],
    }
    for row in rows.values():
        _type_row(qtbot, table, row)
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_month_for_three_people_by_keyboard_then_apply_send_and_get_paid(
        qtbot, view, services, monkeypatch) -> None:
    _enter_april(qtbot, view)
    aino, jari, olga = services.people
    saved = {e: services.wages.month(e, APRIL) for e in services.people}
    assert saved[aino].gross_pay == 149_500 and saved[aino].employer_contributions is None
    assert (saved[jari].gross_pay, saved[jari].hours, saved[jari].employer_contributions) == (
        215_000, 130, 42_050)
    assert (saved[olga].gross_pay, saved[olga].kela_compensated_pay) == (170_000, 30_000)
    model = view.months.model
    typed = model.index(1, COLUMNS.index("employer_contributions"))
    computed = model.index(0, COLUMNS.index("employer_contributions"))
    assert model.data(typed, Qt.ItemDataRole.FontRole).bold()
    assert isinstance(model.data(computed, Qt.ItemDataRole.FontRole), QFont)
    assert model.data(computed, Qt.ItemDataRole.DisplayRole) == "297,39"
    assert model.data(model.index(0, COLUMNS.index("wage_costs"))) == "1\u00a0792,39"

    # Payment applications: Aino's April is ready; Enter opens it, the dialog sends it.
    view.tabs.setCurrentIndex(2)
    page = view.applications
    assert page.loading and page.loading_label.isVisible()  # read off the GUI thread
    qtbot.waitUntil(lambda: not page.loading)
    assert not page.loading_label.isVisible()
    assert page.select(services.applications.decisions()[0].id, APRIL)
    assert page.current().status is AppStatus.READY

    def send() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            checklist = dialog.findChild(QListWidget, "checklist")
            texts = [checklist.item(i).text() for i in range(checklist.count())]
            # The first application of a decision needs the employment contract.
            assert any("työsopimu" in t for t in texts), texts
            assert dialog.findChild(QTableWidget, "breakdown").rowCount() >= 12
            field = dialog.sent_on
            field.setFocus()
            field.selectAll()
            type_text(qtbot, field, "18.5.2026")
            button = dialog.findChild(QPushButton, "mark_sent")
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Space)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, send)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    state = page.current()
    assert (state.status, state.sent_on, state.amount) == (AppStatus.SENT, date(2026, 5, 18),
                                                           179_239)
    assert (aino, APRIL) in services.wages.locks()

    def pay() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.amount.setFocus()
            dialog.amount.selectAll()
            type_text(qtbot, dialog.amount, "1000,00")
            qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, pay)
    page.findChild(QPushButton, "record_payment").click()
    assert page.current().status is AppStatus.PARTLY_PAID
    qtbot.waitUntil(lambda: not page.loading)
    assert f"odottaa maksua {fmt.money(79_239)}" in page.totals.text()
    assert "Hylätty" not in page.totals.text()  # nothing was rejected or paid short

    # Owed to us: what is still to come, and since when.
    view.tabs.setCurrentIndex(3)
    owed = view.owed
    qtbot.waitUntil(lambda: not owed.loading)
    rows = owed.model.rows()
    aino_row = next(r for r in rows if r.employee_id == aino)
    assert (aino_row.owed, aino_row.owed_since) == (79_239, date(2026, 5, 18))
    assert fmt.money(79_239) in owed.headline.text() and "18.5.2026" in owed.headline.text()


def test_a_bad_cell_saves_nothing_and_turns_red(qtbot, view, services, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    table = view.months.table
    table.setFocus()
    _type_row(qtbot, table, ["1495", *[""] * (len(EDITABLE) - 1)])
    for char in "12,3,4":
        type_text(qtbot, QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.data.query("SELECT COUNT(*) FROM wage_months")[0][0] == 0
    assert warnings and "Pesonen Jari" in warnings[0] and "12,3,4" in warnings[0]
    model = view.months.model
    bad = model.index(1, COLUMNS.index("gross_pay"))
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) is not None
    assert "12,3,4" in model.data(bad, Qt.ItemDataRole.ToolTipRole)


def test_import_wizard_shows_rejected_rows_and_imports_a_clean_file(
        qtbot, view, services, tmp_path: Path) -> None:
    from tests.wage_people import hetu_of

    page = view.importer
    view.tabs.setCurrentWidget(page)
    bad = tmp_path / "palkat.csv"
    lines = ["Henkilötunnus;Palkkakausi;Bruttopalkka",
             f"{hetu_of(STAFF[0])};4/2026;1 495,00", f"{hetu_of(STAFF[1])};31.2.2026;2150"]
    bad.write_bytes("\n".join(lines).encode("cp1252"))
    page.open_file(bad)
    qtbot.waitUntil(lambda: page.preview is not None and not page.busy)
    assert [(p.row, p.code) for p in page.preview.problems] == [(3, "import_date_no_such_day")]
    assert not page.import_button.isEnabled()
    assert page.problems_model.rowCount() == 1
    bad.write_bytes("\n".join([*lines[:2], f"{hetu_of(STAFF[1])};30.4.2026;2150"])
                    .encode("cp1252"))
    page.findChild(QPushButton, "reread_import_file").click()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.clean and not page.busy)
    assert page.import_button.isEnabled()
    page.import_button.click()
    # Backup and import run in the background: the page is disabled meanwhile.
    assert page.busy and not page.pages.isEnabled() and page.busy_label.isVisibleTo(page)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.pages.isEnabled() and not page.busy_label.isVisibleTo(page)
    assert services.wages.month(services.people[1], APRIL).gross_pay == 215_000
    assert "2" in page.done_label.text()
    view.tabs.setCurrentWidget(view.months)
    assert view.months.loading  # the grid reloads when shown
    qtbot.waitUntil(lambda: not view.months.loading)
    assert view.months.model.line(1).row.record is not None


def test_import_failing_in_the_background_saves_nothing_and_frees_the_page(
        qtbot, view, services, tmp_path: Path, monkeypatch) -> None:
    from kuhina_desktop.storage import wages_repo
    from kuhina_desktop.ui.views import wage_import
    from tests.wage_people import hetu_of

    shown = []
    monkeypatch.setattr(wage_import, "show_error", lambda parent, error: shown.append(error))
    page = view.importer
    path = tmp_path / "palkat.csv"
    path.write_bytes("\n".join(["Henkilötunnus;Palkkakausi;Bruttopalkka",
                                *(f"{hetu_of(p)};4/2026;1500" for p in STAFF)]).encode())
    page.open_file(path)
    assert page.busy and page.busy_label.text() == "Luetaan tiedostoa…"
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.clean and not page.busy)
    real_save, saved = wages_repo.save_month, []

    def failing(db, record):  # the disk fails on the second row
        saved.append(record)
        if len(saved) == 2:
            raise OSError(28, "No space left on device")
        return real_save(db, record)

    monkeypatch.setattr(wages_repo, "save_month", failing)
    page.import_button.click()
    assert page.busy and not page.pages.isEnabled()
    assert page.busy_label.text() == "Otetaan varmuuskopio ja tuodaan 3 riviä…"
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].code == "disk_full" and len(saved) == 2
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)  # the rows are checked again
    assert page.pages.isEnabled() and page.import_button.isEnabled()
    assert services.data.query("SELECT count(*) FROM wage_months")[0][0] == 0
    assert services.data.query("SELECT count(*) FROM audit_log WHERE action = 'import'"
                               )[0][0] == 0


def test_view_fits_beside_the_navigation(view) -> None:
    hint = view.minimumSizeHint()
    assert hint.width() <= 1366 - 240 and hint.height() <= 728 - 90


def _sent_april(services) -> int:
    from kuhina_desktop.domain.wages import WageRecord

    aino = services.people[0]
    services.wages.save_grid([WageRecord(aino, APRIL, gross_pay=149_500)])
    decision = services.applications.decisions()[0]
    return services.applications.mark_sent(decision.id, APRIL, date(2026, 5, 10), TODAY).id


def test_a_sent_month_is_locked_in_the_grid_and_corrected_with_a_reason(
        qtbot, view, services) -> None:
    app_id = _sent_april(services)
    view.refresh()
    qtbot.waitUntil(lambda: not view.months.loading)
    model = view.months.model
    gross = model.index(0, COLUMNS.index("gross_pay"))
    assert not model.flags(gross) & Qt.ItemFlag.ItemIsEditable
    assert model.data(model.index(0, COLUMNS.index("status"))) == "Lukittu"
    page = view.applications
    view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.select(services.applications.decisions()[0].id, APRIL)

    def correct() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            field = dialog.fields["gross_pay"]
            field.setFocus()
            field.selectAll()
            type_text(qtbot, field, "1 500,00")
            dialog.reason.setFocus()
            type_text(qtbot, dialog.reason, "Palkkalaskelmassa oli väärä tuntimäärä")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        finally:
            if dialog.isVisible():
                dialog.done(0)

    QTimer.singleShot(0, correct)
    page.findChild(QPushButton, "correct_application").click()
    assert services.wages.month(services.people[0], APRIL).gross_pay == 150_000
    [logged] = services.applications.corrections(app_id)
    assert logged.reason == "Palkkalaskelmassa oli väärä tuntimäärä"
    assert page.current().corrected and page.current().amount == 179_239


def test_escape_asks_only_when_something_was_typed(qtbot, services, finnish,
                                                   monkeypatch) -> None:
    from kuhina_desktop.ui.dialogs.wages_payment import PaymentDialog

    app_id = _sent_april(services)
    app = services.applications.application(app_id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1])
                        or QMessageBox.StandardButton.Cancel)
    untouched = PaymentDialog(services, app, app.amount, None, TODAY)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched.amount, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []
    typed = PaymentDialog(services, app, app.amount, None, TODAY)
    qtbot.addWidget(typed)
    typed.show()
    type_text(qtbot, typed.amount, "5")
    qtbot.keyClick(typed.amount, Qt.Key.Key_Escape)
    assert typed.isVisible() and len(asked) == 1


def test_due_list_items_open_the_application_and_the_month(qtbot, services, finnish) -> None:
    from kuhina_desktop.ui.main_window import MainWindow

    window = MainWindow(services, [], demo=False)
    qtbot.addWidget(window)
    window.show()
    items = {i.action: i for i in services.due_list.items(TODAY)
             if i.subject_id == services.people[0]}
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.state.employee_id, dialog.state.period_end))
        dialog.reject()

    QTimer.singleShot(0, look)
    window.open_due_item(items["send_payment_application"])
    due = items["send_payment_application"]
    assert seen == [(services.people[0], due.params["period_end"])]
    assert window.current_view_key() == "wages"
    window.open_due_item(items["enter_wage_month"])
    view = window.view("wages")
    qtbot.waitUntil(lambda: not view.months.loading)
    assert view.tabs.currentWidget() is view.months
    assert view.months.model.month == items["enter_wage_month"].params["month"]
    current = view.months.table.currentIndex()
    assert view.months.model.line(current.row()).row.employee.id == services.people[0]


@pytest.mark.parametrize("text", ["99999999999999999999", "92233720368547758,08",
                                  "999 999 999 999,00"])
def test_a_huge_amount_in_the_grid_is_refused_by_name(
        qtbot, view, services, monkeypatch, text: str) -> None:
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    model = view.months.model
    model.setData(model.index(0, COLUMNS.index("gross_pay")), "1495")
    model.setData(model.index(1, COLUMNS.index("gross_pay")), text)
    assert view.months.save() is False
    assert services.data.query("SELECT COUNT(*) FROM wage_months")[0][0] == 0
    assert services.data.query("SELECT COUNT(*) FROM audit_log WHERE table_name = 'wage_months'"
                               )[0][0] == 0
    assert len(warnings) == 1 and "Pesonen Jari" in warnings[0]
    assert "liian suuri" in warnings[0] and "10 000 000,00 €" in warnings[0]


@pytest.mark.parametrize(("lines", "expected"), [
    (["Henkilötunnus;Palkkakausi;Bruttopalkka", "{aino};4/2026;99999999999999999999"],
     "liian suuri"),
    (["Henkilötunnus,Palkkakausi,Bruttopalkka,Lomaraha", "{aino},4/2026,2100,50,300,00"],
     "puolipistein"),
])
def test_import_page_flags_misread_rows_and_imports_nothing(
        qtbot, view, services, tmp_path: Path, lines: list[str], expected: str) -> None:
    from tests.wage_people import hetu_of

    page = view.importer
    view.tabs.setCurrentWidget(page)
    path = tmp_path / "palkat.csv"
    path.write_bytes("\n".join(lines).format(aino=hetu_of(STAFF[0])).encode())
    page.open_file(path)
    qtbot.waitUntil(lambda: page.preview is not None and not page.busy)
    assert [p.row for p in page.preview.problems] == [2]
    assert not page.import_button.isEnabled()
    problems = page.problems_model
    texts = [str(problems.data(problems.index(0, c))) for c in range(problems.columnCount())]
    assert "2" in texts and any(expected in t for t in texts), texts
    assert services.data.query("SELECT COUNT(*) FROM wage_months")[0][0] == 0
