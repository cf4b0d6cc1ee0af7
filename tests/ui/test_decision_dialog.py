"""The decision dialog driven with the keyboard: prefill, live preview, errors, warnings, PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kuhina_desktop.domain.subsidy import Kind
from kuhina_desktop.ui.dialogs.decision_dialog import DecisionDialog
from kuhina_desktop.ui.widgets import decision_pdf
from tests.services.test_decision_files import PDF
from tests.ui.decision_fixtures import open_file
from tests.ui.keyboard import type_text

NBSP = "\u00a0"


@pytest.fixture
def services(tmp_path: Path):
    opened = open_file(tmp_path, with_decisions=False)
    yield opened
    opened.close()


def _dialog(qtbot, services, record=None) -> DecisionDialog:
    dialog = DecisionDialog(services, record)
    # Closing at teardown must not stop on the "discard changes?" question.
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_snapshot", d._state()))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)  # shortcuts (Ctrl+S) go to the active window
    return dialog


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    type_text(qtbot, widget, text)


def _fill(qtbot, dialog: DecisionDialog, end: str = "5.3.2026", payer: str = "Pohjois-Karjalan "
          "työllisyysalue") -> None:
    form = dialog.form
    if form.employee.currentIndex() < 0:
        form.employee.setFocus()
        qtbot.keyClick(form.employee, Qt.Key.Key_Down)  # the first person
    _type(qtbot, form.payer.lineEdit(), payer)
    _type(qtbot, form.number, "PKTYA/1234/2025")
    _type(qtbot, form.decided_on, "20.4.2025")
    _type(qtbot, form.start, "6.5.2025")
    qtbot.keyClick(form.start, Qt.Key.Key_Tab)  # leaving the field asks for the table values again
    _type(qtbot, form.end, end)
    form.period.setFocus()
    qtbot.keyClick(form.period, Qt.Key.Key_Down)  # 2 months


def _save(qtbot, dialog: DecisionDialog) -> None:
    """Ctrl+S where the keyboard focus is, as a person would press it."""
    def focused() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and dialog.isAncestorOf(widget)

    if not focused():  # the offscreen platform has no window manager to hand it back
        dialog.activateWindow()
        dialog.form.number.setFocus()
    qtbot.waitUntil(focused)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_new_decision_with_prefill_preview_and_ctrl_s(qtbot, services, finnish) -> None:
    dialog = _dialog(qtbot, services)
    form = dialog.form
    assert form.employee.currentIndex() == -1  # nobody is chosen for the person
    form.employee.setFocus()
    qtbot.keyClick(form.employee, Qt.Key.Key_Down)
    assert form.employee.currentText() == "Esimerkki Aino"
    assert (form.percent.text(), form.cap.text(), form.working_time_cap.text()) == (
        "100", f"2{NBSP}020,00", "65")
    form.kind.setFocus()
    qtbot.keyClick(form.kind, Qt.Key.Key_Down)
    assert form.kind.currentText() == "Palkkatuki 50 %"
    assert (form.percent.text(), form.cap.text(), form.working_time_cap.text()) == (
        "50", f"1{NBSP}260,00", "")
    qtbot.keyClick(form.kind, Qt.Key.Key_Up)
    assert form.kind.currentText() == "Palkkatuki 100 % (yhdistys)"
    _fill(qtbot, dialog)
    table = dialog.preview.table
    assert table.rowCount() == 6  # May–June … January–February, and 1.–5. March
    assert [table.item(0, c).text() for c in range(2)] == ["6.5.2025–30.6.2025", "31.8.2025"]
    assert [table.item(5, c).text() for c in range(2)] == ["1.3.2026–5.3.2026", "31.5.2026"]
    assert "Työsopimus 6.5.2025 – toistaiseksi, 30 h / 37,5 h" in dialog.preview.contract.text()
    _save(qtbot, dialog)
    assert dialog.result() == DecisionDialog.DialogCode.Accepted
    saved = services.decisions.rows()[0].record
    assert (saved.payer, saved.decision_number, saved.decision.kind,
            saved.decision.payment_period_months, saved.decision.start, saved.decision.end) == (
        "Pohjois-Karjalan työllisyysalue", "PKTYA/1234/2025", Kind.PALKKATUKI_100, 2,
        date(2025, 5, 6), date(2026, 3, 5))
    assert saved.decision.monthly_cap_cents == 202000 and saved.warnings == ()


def test_errors_are_listed_marked_and_nothing_is_saved(qtbot, services, finnish) -> None:
    dialog = _dialog(qtbot, services)
    _save(qtbot, dialog)
    assert "Valitse työntekijä, jota päätös koskee." in dialog.message.text()
    _fill(qtbot, dialog, payer="")
    _type(qtbot, dialog.form.decided_on, "31.2.2025")
    _save(qtbot, dialog)
    text = dialog.message.text()
    assert dialog.message.isVisible() and text.startswith("Mitään ei tallennettu")
    assert "Päätöspäivä" in text and "31.2.2025" in text
    assert "border" in dialog.form.decided_on.styleSheet()
    _type(qtbot, dialog.form.decided_on, "20.4.2025")
    _save(qtbot, dialog)
    assert "Maksaja" in dialog.message.text()
    assert services.decisions.rows() == [] and dialog.isVisible()


def test_warnings_need_save_anyway_and_are_kept(qtbot, services, finnish) -> None:
    dialog = _dialog(qtbot, services)
    dialog.form.employee.setFocus()
    qtbot.keyClick(dialog.form.employee, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.form.employee, Qt.Key.Key_Down)  # Esimerkki Elina, contract ended 2024
    _fill(qtbot, dialog, end="31.12.2026")
    _save(qtbot, dialog)
    assert services.decisions.rows() == []
    assert dialog.save_button.text() == "Tallenna silti"
    assert "Tarkista nämä" in dialog.message.text()
    type_text(qtbot, dialog.conditions, "x")  # any edit: look again
    assert dialog.save_button.text() == "Tallenna"
    _save(qtbot, dialog)
    _save(qtbot, dialog)
    saved = services.decisions.rows()[0].record
    assert "decision_longer_than_maximum" in saved.warnings


def test_esc_asks_only_when_something_changed(qtbot, services, finnish, monkeypatch) -> None:
    dialog = _dialog(qtbot, services)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or
                        QMessageBox.StandardButton.Cancel)
    dialog = _dialog(qtbot, services)
    _type(qtbot, dialog.form.number, "X/1")
    qtbot.keyClick(dialog.form.number, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.form.number, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and services.decisions.rows() == []


def test_pdf_is_attached_on_save_and_opens_from_the_file(qtbot, services, finnish, tmp_path,
                                                         monkeypatch) -> None:
    source = tmp_path / "päätös.pdf"
    source.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialog = _dialog(qtbot, services)
    _fill(qtbot, dialog)
    dialog.pdf.attach_button.setFocus()
    qtbot.keyClick(dialog.pdf.attach_button, Qt.Key.Key_Space)
    assert "päätös.pdf" in dialog.pdf.name.text()
    _save(qtbot, dialog)
    record = services.decisions.rows()[0].record
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    again = _dialog(qtbot, services, services.decisions.get(record.id))
    assert again.pdf.name.text() == "päätös.pdf"
    again.pdf.open_button.click()
    assert Path(opened[0].toLocalFile()).read_bytes() == PDF
    assert Path(opened[0].toLocalFile()).name == "päätös.pdf"


def test_a_file_that_is_not_a_pdf_is_refused_at_once(qtbot, services, finnish, tmp_path,
                                                     monkeypatch) -> None:
    fake = tmp_path / "kuva.pdf"
    fake.write_bytes(b"\x89PNG\r\n not a pdf")
    shown = []
    monkeypatch.setattr(decision_pdf, "show_error", lambda _parent, error: shown.append(error))
    dialog = _dialog(qtbot, services)
    dialog.pdf.attach(fake)
    assert [e.code for e in shown] == ["dec_pdf_not_pdf"]
    assert dialog.pdf.pending is None and dialog.pdf.name.text() == "PDF:ää ei ole liitetty."


def test_dialog_fits_a_1366x768_screen(qtbot, services, finnish) -> None:
    dialog = _dialog(qtbot, services)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    assert dialog.sizeHint().height() <= 728


def test_a_decision_with_sent_applications_opens_with_its_money_locked(qtbot, services,
                                                                       finnish) -> None:
    from dataclasses import replace
    from decimal import Decimal

    from tests.services.decision_people import record

    person = services.decisions.employees()[0].id
    saved = services.decisions.save(record(person, decision_number="PKTYA/7/2025",
                                          decided_on=date(2020, 1, 1))).record
    with services.data.write() as db:
        db.execute("INSERT INTO applications (decision_id, period_start, period_end, status) "
                   "VALUES (?, '2026-01-01', '2026-02-28', 'paid')", [saved.id])
    dialog = _dialog(qtbot, services, saved)
    form = dialog.form
    assert dialog.locked_note.isVisible()
    assert "lähetetty" in dialog.locked_note.text()
    for edit in (form.start, form.percent, form.cap, form.working_time_cap, form.coefficient,
                 form.deadline):
        assert edit.isReadOnly(), edit.objectName()
        assert edit.toolTip()
    for widget in (form.employee, form.kind, form.period, form.method, form.prorate,
                   *form.items.values()):
        assert not widget.isEnabled(), widget.objectName()
    for edit in (form.number, form.decided_on, form.end):
        assert not edit.isReadOnly()
    assert form.payer.isEnabled() and dialog.conditions.isEnabled()
    # Typing into a locked field changes nothing; the end may move on (an extension).
    _type(qtbot, form.percent, "50")
    assert form.percent.value() == Decimal(100)
    _type(qtbot, form.end, "31.12.2026")
    _type(qtbot, form.number, "PKTYA/8/2025")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None or dialog.message.isVisible())
    if dialog.saved is None:  # the person is asked to look at the warnings first
        _save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    got = services.decisions.get(saved.id)
    assert (got.decision_number, got.decision.end, got.decision.percent) == (
        "PKTYA/8/2025", date(2026, 12, 31), Decimal(100))
    assert got.decision == replace(saved.decision, end=date(2026, 12, 31))


def test_a_decision_without_sent_applications_is_all_editable(qtbot, services, finnish) -> None:
    from tests.services.decision_people import record

    person = services.decisions.employees()[0].id
    saved = services.decisions.save(record(person, decision_number="PKTYA/7/2025",
                                          decided_on=date(2020, 1, 1))).record
    dialog = _dialog(qtbot, services, saved)
    assert not dialog.locked_note.isVisible()
    assert not dialog.form.percent.isReadOnly() and dialog.form.kind.isEnabled()
