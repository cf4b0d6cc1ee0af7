"""The employees list (model, search, filters, sort) and the contract and consent dialogs."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kuhina_desktop.domain.date_math import add_months
from kuhina_desktop.domain.employee_records import EmployeeListRow
from kuhina_desktop.domain.employees import TargetGroup
from kuhina_desktop.ui import format as fmt
from kuhina_desktop.ui.dialogs.contract_dialog import ContractDialog
from kuhina_desktop.ui.dialogs.employee_dialog import EmployeeDialog
from kuhina_desktop.ui.dialogs.employee_small_dialogs import ConsentDialog, DateQuestion
from kuhina_desktop.ui.dialogs.form_dialog import FormDialog
from kuhina_desktop.ui.models.employees import ID_ROLE, Column, EmployeesModel, EmployeesProxy
from tests.employee_factories import add_decision
from tests.ui.keyboard import type_text
from tests.ui.modal import key, show_focused, tab_to

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(FormDialog, "ask_discard",
                        lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def view(qtbot, main_window):
    main_window.show_view("employees")
    view = main_window.view("employees")
    qtbot.waitUntil(lambda: not view.loading)  # the list is read on a worker
    return view


def fetch_all(model) -> None:
    """What scrolling to the end of the table does: fetch batch after batch."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def column(view, which: Column) -> list[str]:
    return [view.proxy.index(r, which).data() for r in range(view.proxy.rowCount())]


# --- the table model on its own ---------------------------------------------------------------


def test_model_rows_in_every_role(qapp, finnish) -> None:
    today = date(2026, 3, 16)
    row = EmployeeListRow(id=7, first_name="Łukasz", last_name="Nowak", birth_digits="020788",
                          birth_date=date(1988, 7, 2), job_title="Kiinteistönhoitaja-avustaja",
                          contract_start=date(2025, 5, 1), contract_end=today + timedelta(30),
                          weekly_hours=Decimal("24"),
                          full_time_weekly_hours=Decimal("37.5"),
                          target_groups=frozenset({TargetGroup.IMMIGRANT}),
                          support_kinds=("palkkatuki_100",))
    model = EmployeesModel()
    model.set_rows([row], today)
    shown = [model.index(0, c).data() for c in Column]
    assert shown == ["Nowak Łukasz", "020788-****", "Kiinteistönhoitaja-avustaja", "1.5.2025",
                     "15.4.2026", "64\u00a0%", "Maahanmuuttaja", "Palkkatuki 100 %", "Työssä"]
    assert model.index(0, Column.NAME).data(ID_ROLE) == 7
    assert model.index(0, Column.END).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "60 päivän" in model.index(0, Column.END).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.WORK_PERCENT).data(Qt.ItemDataRole.TextAlignmentRole)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Nimi", "Henkilötunnus", "Tehtävänimike", "Alkaa", "Päättyy", "Työaika",
                       "Kohderyhmät", "Tuki", "Tila"]


def test_proxy_search_folds_accents_and_needs_every_word(qapp) -> None:
    rows = [EmployeeListRow(id=i, first_name=f, last_name=last, birth_digits="010101",
                            job_title=title)
            for i, (f, last, title) in enumerate([
                ("Łukasz", "Nowak", "Kiinteistönhoitaja"), ("Gülşen", "Yılmaz", "Kahvila"),
                ("Văn An", "Nguyễn", "Varasto"), ("Aino", "Kettunen", "Myymälä")])]
    model = EmployeesModel()
    model.set_rows(rows)
    proxy = EmployeesProxy(model)
    for text, expected in [("lukasz", {0}), ("GULSEN", {1}), ("nguyen", {2}),
                           ("kiinteisto", {0}), ("aino myymälä", {3}), ("aino kahvila", set()),
                           ("", {0, 1, 2, 3})]:
        proxy.set_search(text)
        assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == expected


# --- the view on the demo association ---------------------------------------------------------


def test_search_as_you_type_and_count(qtbot, view) -> None:
    assert view.count_label.text() == "Näytetään 8 / 10 työntekijää"
    view.search.setFocus()
    type_text(qtbot, view.search, "kiinteist")
    assert sorted(column(view, Column.NAME)) == ["Nowak Łukasz", "Pesonen Jari"]
    assert view.count_label.text() == "Näytetään 2 / 10 työntekijää"
    view.search.clear()
    type_text(qtbot, view.search, "gulsen")
    assert column(view, Column.NAME) == ["Yılmaz Gülşen"]


def test_status_group_and_support_filters(qtbot, view) -> None:
    services = view.services
    ids = {r.last_name: r.id for r in services.employees.list_rows()}
    with services.data.write() as db:  # the demo's own decisions: this test sets its own
        db.execute("DELETE FROM decisions")
    add_decision(services, ids["Pesonen"], "tyollistamistuki_55", date.today() - timedelta(90),
                 date.today() + timedelta(200))
    add_decision(services, ids["Turunen"], "palkkatuki_70", date.today() - timedelta(90),
                 date.today() + timedelta(200))
    view.reload()
    qtbot.waitUntil(lambda: not view.loading)
    view.status_filter.setCurrentIndex(1)
    assert sorted(column(view, Column.NAME)) == ["Hyvönen Matti", "Räsänen Elina"]
    assert all(s.startswith("Arkistoitu") for s in column(view, Column.STATUS))
    view.status_filter.setCurrentIndex(2)
    assert len(column(view, Column.NAME)) == 10
    view.group_filter.setCurrentIndex(view.group_filter.findData(TargetGroup.YOUNG))
    assert column(view, Column.NAME) == ["Hyvönen Matti"]
    view.group_filter.setCurrentIndex(0)
    view.support_filter.setCurrentIndex(view.support_filter.findData("palkkatuki_50_70"))
    assert column(view, Column.NAME) == ["Turunen Sari"]
    assert column(view, Column.SUPPORT) == ["Palkkatuki 50/70 %"]  # 70 % is not told apart
    view.support_filter.setCurrentIndex(view.support_filter.findData("tyollistamistuki_55"))
    assert column(view, Column.NAME) == ["Pesonen Jari"]
    view.support_filter.setCurrentIndex(view.support_filter.findData("none"))
    assert len(column(view, Column.NAME)) == 8


def test_sort_by_any_column(view) -> None:
    view.status_filter.setCurrentIndex(2)
    names = column(view, Column.NAME)
    assert names[:3] == ["Hyvönen Matti", "Kettunen Aino", "Lappalainen Heikki"]
    assert names.index("Räsänen Elina") > names.index("Pesonen Jari")  # ä after z… and p
    for which in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.table.sortByColumn(which, order)
            assert len(column(view, which)) == 10
    view.table.sortByColumn(Column.END, Qt.SortOrder.AscendingOrder)
    ends = [view.model.rows[view.proxy.mapToSource(view.proxy.index(r, 0)).row()].contract_end
            for r in range(view.proxy.rowCount())]
    dated = [e for e in ends if e is not None]
    assert dated == sorted(dated) and ends[-len(ends) + len(dated):] == [None] * (
        len(ends) - len(dated))  # open-ended contracts last
    view.table.sortByColumn(Column.HETU, Qt.SortOrder.DescendingOrder)
    assert column(view, Column.NAME)[0] == "Hyvönen Matti"  # the youngest


def test_the_list_is_read_off_the_gui_thread_then_the_person_selected(
        qtbot, view, monkeypatch) -> None:
    from kuhina_desktop.services.employees import EmployeeListReader

    on_gui_thread, real = [], EmployeeListReader.list_rows

    def list_rows(reader, today):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(reader, today)

    monkeypatch.setattr(EmployeeListReader, "list_rows", list_rows)
    services = view.services
    target = view.proxy.employee_id(view.proxy.index(view.proxy.rowCount() - 1, 0))
    with services.data.write() as db:  # a change made elsewhere, as by a dialog
        db.execute("UPDATE employees SET city = 'Joensuu' WHERE id = ?", [target])
    view.reload(target)  # as after saving the person
    assert view.loading and view.loading_label.text() == "Ladataan…"
    qtbot.waitUntil(lambda: not view.loading)
    assert on_gui_thread == [False] and view.current_id() == target
    assert not view.loading_label.isVisible()


def test_reload_keeps_selection_and_sort(view) -> None:
    view.table.sortByColumn(Column.JOB_TITLE, Qt.SortOrder.DescendingOrder)
    view.table.setCurrentIndex(view.proxy.index(2, 0))
    chosen = view.current_id()
    view.reload()
    assert view.current_id() == chosen
    titles = column(view, Column.JOB_TITLE)
    assert titles == sorted(titles, key=str.casefold, reverse=True)


# --- contract and consent dialogs -------------------------------------------------------------


def test_contract_dialog_adds_with_warning_kept(qtbot, view, monkeypatch) -> None:
    services = view.services
    row = next(r for r in services.employees.list_rows() if r.last_name == "Räsänen")
    told = []
    monkeypatch.setattr(ContractDialog, "tell_warnings", lambda self, w: told.extend(w))
    services.employees.unarchive(row.id)
    dialog = show_focused(qtbot, ContractDialog(services, row.id, parent=view))
    assert QApplication.focusWidget() is dialog.start
    start = date.today() + timedelta(days=10)
    end = add_months(start, 6) - timedelta(days=1)
    trial = add_months(start, 4) - timedelta(days=1)  # over half of a six-month term
    for name, value in [("field_start", fmt.day(start)), ("field_end", fmt.day(end)),
                        ("field_trial_end", fmt.day(trial)), ("field_weekly_hours", "25"),
                        ("field_pay_cents", "1900"), ("field_job_title", "Kirpputorin myyjä")]:
        tab_to(qtbot, name)
        type_text(qtbot, QApplication.focusWidget(), value)
    assert dialog.work_percent.text() == "66,7\u00a0%"
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    stored = services.employees.contracts.of(row.id)[-1]
    assert (stored.contract.start, stored.contract.end) == (start, end)
    assert stored.contract.pay_cents == 190_000
    assert [w.code for w in told] == [w.code for w in stored.warnings] == [
        "trial_over_half_of_term"]


def test_contract_dialog_shows_errors_under_fields_and_saves_nothing(qtbot, view) -> None:
    services = view.services
    row = next(r for r in services.employees.list_rows() if r.last_name == "Kettunen")
    before = services.employees.contracts.of(row.id)
    dialog = show_focused(qtbot, ContractDialog(services, row.id, parent=view))
    type_text(qtbot, dialog.start, "1.1.2020")  # overlaps the first contract
    type_text(qtbot, dialog.weekly_hours, "40")
    type_text(qtbot, dialog.pay, "abc")
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert not dialog.errors.labels["pay_cents"].isHidden()
    assert "euromäärä" in dialog.errors.labels["pay_cents"].text()
    dialog.pay.setText("2000")
    key(qtbot, Qt.Key.Key_S, CTRL)
    shown = {f: lbl.text() for f, lbl in dialog.errors.labels.items() if not lbl.isHidden()}
    assert set(shown) == {"weekly_hours", "job_title", "start"}
    assert "37,5 h" in shown["weekly_hours"] and "päällekkäin" in shown["start"]
    assert services.employees.contracts.of(row.id) == before
    assert dialog.isVisible()


def test_consent_dialog_and_withdrawal(qtbot, view) -> None:
    services = view.services
    row = next(r for r in services.employees.list_rows() if r.last_name == "Pesonen")
    dialog = show_focused(qtbot, ConsentDialog(services, row.id, parent=view))
    assert dialog.recipient.text() == "Kuhina-hankkeen työhönvalmentaja"
    dialog.scope.setCurrentIndex(dialog.scope.findData("contact_details"))
    key(qtbot, Qt.Key.Key_S, CTRL)
    consent = services.employees.consents.of(row.id)[-1]
    assert (consent.scope, consent.given_on) == ("contact_details", date.today())
    question = show_focused(qtbot, DateQuestion(
        "t", "q", "withdrawn_on", date(2000, 1, 1),
        lambda day: services.employees.consents.withdraw(consent.id, day), view))
    key(qtbot, Qt.Key.Key_Return)
    assert question.isVisible()
    assert "ennen suostumuksen antamispäivää" in question.errors.labels["withdrawn_on"].text()
    question.day.set_value(date.today())
    key(qtbot, Qt.Key.Key_Return)
    assert not question.isVisible()
    assert services.employees.consents.of(row.id)[-1].withdrawn_on == date.today()


def test_dialogs_fit_a_1366x768_laptop(qtbot, view) -> None:
    services = view.services
    row = next(r for r in services.employees.list_rows() if r.last_name == "Kettunen")
    stored = services.employees.contracts.of(row.id)[-1]
    for dialog in (EmployeeDialog(services, row.id, view),
                   ContractDialog(services, row.id, stored, view),
                   ConsentDialog(services, row.id, parent=view)):
        qtbot.addWidget(dialog)
        dialog.show()
        size = dialog.size().expandedTo(dialog.minimumSizeHint())
        assert size.width() <= 1366 and size.height() <= 728 - 30, type(dialog).__name__
    assert view.minimumSizeHint().width() <= 1366 - 240  # beside the navigation


def test_proxy_big_and_small_changes_agree(qapp) -> None:
    """Thousands of rows changing take Qt's layout path, a few its row path: same result."""
    rows = [EmployeeListRow(
        id=i, first_name=f"Etu{i}", last_name="Virtanen" if i % 3 else "Nowak",
        birth_digits="010101", job_title="Kahvila" if i % 2 else "Varasto",
        archived_on=date(2026, 1, 1) if i % 10 == 0 else None) for i in range(3000)]
    model = EmployeesModel()
    model.set_rows(rows)
    proxy = EmployeesProxy(model)

    def shown() -> set[int]:
        fetch_all(proxy)
        return {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}

    assert len(shown()) == 2700  # archived people hidden
    for text, expected in [("nowak", {i for i in range(0, 3000, 3) if i % 10}),  # big change
                           ("nowak kahvila", {i for i in range(3, 3000, 6) if i % 10}),  # small
                           ("", {i for i in range(3000) if i % 10})]:  # big again
        proxy.set_search(text)
        assert shown() == expected, text
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    proxy.set_search("etu29")
    assert [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())][:2] == [
        "Virtanen Etu2999", "Virtanen Etu2998"]


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("pay", "99999999999999999999", "liian suuri"),
    ("pay", "999 999 999 999,00", "liian suuri"),
    ("full_time", "1e30", "ei ole luku"),
    ("weekly_hours", "1e400", "ei ole luku"),
    ("weekly_hours", "NaN", "ei ole luku"),
    ("full_time", "99999999999999999999", "liian suuri"),
    ("partner_share", "1e999999999", "ei ole prosenttiluku"),
    ("partner_share", "Infinity", "ei ole prosenttiluku"),
])
def test_contract_dialog_refuses_huge_and_exponent_numbers_by_field(
        qtbot, view, field: str, text: str, expected: str) -> None:
    services = view.services
    row = next(r for r in services.employees.list_rows() if r.last_name == "Kettunen")
    before = services.employees.contracts.of(row.id)
    audit = services.data.query("SELECT COUNT(*) FROM audit_log")[0][0]
    dialog = show_focused(qtbot, ContractDialog(services, row.id, parent=view))
    dialog.start.setText("1.1.2031")
    dialog.weekly_hours.setText("30")
    dialog.pay.setText("2000,00")
    dialog.job_title.setText("Avustaja")
    if field == "partner_share":
        dialog.partner_name.setText("Kunta")
    getattr(dialog, field).setText(text)
    key(qtbot, Qt.Key.Key_S, CTRL)
    shown = {f: lbl.text() for f, lbl in dialog.errors.labels.items() if not lbl.isHidden()}
    name = getattr(dialog, field).field
    assert list(shown) == [name] and expected in shown[name]
    assert dialog.isVisible()
    assert services.employees.contracts.of(row.id) == before
    assert services.data.query("SELECT COUNT(*) FROM audit_log")[0][0] == audit
