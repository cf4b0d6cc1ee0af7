"""Training dialogs driven by the keyboard: enrolling, completing with a certificate, logging
coaching, and the errors that keep a form open with nothing saved."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit

from kuhina_desktop.domain.training import EnrolmentStatus, Funder, PackageKind, TrainingPackage
from kuhina_desktop.ui.dialogs.training_coaching import CoachingDialog
from kuhina_desktop.ui.dialogs.training_enrol import EnrolDialog
from kuhina_desktop.ui.dialogs.training_enrolment import EnrolmentDialog
from kuhina_desktop.ui.dialogs.training_package import PackageDialog
from tests.ui.keyboard import type_text
from tests.ui.training_setup import training_file

TODAY = date.today()


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """A dialog left open with changes asks on close; teardown answers "discard"."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def services(tmp_path):
    opened = training_file(tmp_path / "t.kuhina", TODAY, with_demo=False)
    yield opened
    opened.close()


@pytest.fixture
def card_course(services) -> TrainingPackage:
    card = next(t.id for t in services.training.certificate_types()
                if t.code == "tyoturvallisuuskortti")
    return services.training.save_package(TrainingPackage(
        title="Työturvallisuuskorttikoulutus", kind=PackageKind.COURSE, funder=Funder.KUHINA_ESR,
        provider="Turvakoulutus Karjala Oy", planned_hours=Decimal(8), certificate_type_id=card))


def _open(qtbot, dialog):
    """Shown and active, as a person sees it: window shortcuts (Ctrl+S, Esc) need that."""
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _save(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_enrol_two_employees_by_keyboard(qtbot, finnish, services, card_course) -> None:
    dialog = _open(qtbot, EnrolDialog(services, card_course))
    people = dialog.people
    people.setFocus()
    people.setCurrentRow(0)
    qtbot.keyClick(people, Qt.Key.Key_Space)
    qtbot.keyClick(people, Qt.Key.Key_Down)
    qtbot.keyClick(people, Qt.Key.Key_Space)
    start = dialog.start
    start.selectAll()
    type_text(qtbot, start, "1.6.2026")
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)
    rows = services.training.enrolment_rows(package_id=card_course.id)
    assert sorted(r.employee_name for r in rows) == ["Leila Hassan", "Sari Korhonen"]
    assert {r.enrolment.start for r in rows} == {date(2026, 6, 1)}


def test_enrolling_nobody_keeps_the_dialog_open(qtbot, finnish, services, card_course) -> None:
    dialog = _open(qtbot, EnrolDialog(services, card_course))
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert "Valitse vähintään yksi" in dialog.findChild(QLabel, "error_enrolment_employee_id").text()
    assert services.training.enrolment_rows() == []


def test_completing_records_the_certificate(qtbot, finnish, services, card_course) -> None:
    person = services.training.employees()[0]
    services.training.enrol(card_course.id, [person.id], status=EnrolmentStatus.ONGOING)
    row = services.training.enrolment_rows()[0]
    dialog = _open(qtbot, EnrolmentDialog(services, row))
    assert "Työturvallisuuskortti" in dialog.grant_note.text()
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_Down)  # ongoing → completed
    assert dialog.status.currentData() == EnrolmentStatus.COMPLETED
    assert dialog.completed_on.value() == TODAY  # offered, can be changed
    dialog.hours.selectAll()
    type_text(qtbot, dialog.hours, "7,5")
    type_text(qtbot, dialog.result, "Hyväksytty")
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)
    cert = dialog.result_of_save.certificate
    assert cert.issued_on == TODAY and cert.expires_on.year == TODAY.year + 5
    stored = services.training.certificate_rows()
    assert [(r.employee_name, r.type_name) for r in stored] == [
        (person.full_name, "Työturvallisuuskortti")]
    assert services.training.enrolment_rows()[0].enrolment.hours_attended == Decimal("7.5")


def test_completion_in_the_future_is_refused_under_its_field(qtbot, finnish, services,
                                                             card_course) -> None:
    person = services.training.employees()[0]
    services.training.enrol(card_course.id, [person.id])
    dialog = _open(qtbot, EnrolmentDialog(services, services.training.enrolment_rows()[0]))
    dialog.status.setCurrentIndex(dialog.status.findData(EnrolmentStatus.COMPLETED))
    dialog.completed_on.selectAll()
    tomorrow = TODAY + timedelta(days=1)
    type_text(qtbot, dialog.completed_on, f"{tomorrow.day}.{tomorrow.month}.{tomorrow.year}")
    _save(qtbot, dialog)
    error = dialog.findChild(QLabel, "error_enrolment_completed_on")
    assert not error.isHidden() and "tulevaisuudessa" in error.text()
    assert services.training.certificate_rows() == []
    assert services.training.enrolment_rows()[0].enrolment.status == EnrolmentStatus.PLANNED


def test_log_coaching_by_keyboard(qtbot, finnish, services) -> None:
    dialog = _open(qtbot, CoachingDialog(services))
    assert "Terveystietoja" in dialog.findChild(QLabel, "health_notice").text()
    assert dialog.day.value() == TODAY
    dialog.employee.setFocus()
    qtbot.keyClick(dialog.employee, Qt.Key.Key_Down)  # the second person
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # employer coaching → next kinds
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "45")
    type_text(qtbot, dialog.coach, "Anu Kettunen")
    type_text(qtbot, dialog.organisation, "Kuhina-hanke")
    summary = dialog.findChild(QPlainTextEdit, "field_coaching_summary")
    summary.setFocus()
    type_text(qtbot, summary, "Käytiin läpi työvuorot ja kassatyön ohjeet.")
    qtbot.keyClick(summary, Qt.Key.Key_Tab)
    assert dialog.actions.hasFocus()  # Tab leaves the text area, as in other fields
    type_text(qtbot, dialog.actions, "Harjoitellaan kassaa kahdesti viikossa.")
    qtbot.keyClick(dialog.shareable, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)
    [row] = services.training.coaching.coaching_rows()
    event = row.event
    assert (row.employee_name, event.minutes, event.coach_name, event.shareable) == (
        "Sari Korhonen", 45, "Anu Kettunen", True)
    assert event.summary == "Käytiin läpi työvuorot ja kassatyön ohjeet."


def test_health_words_warn_and_ask_before_saving(qtbot, finnish, services, monkeypatch) -> None:
    dialog = _open(qtbot, CoachingDialog(services))
    type_text(qtbot, dialog.coach, "Anu Kettunen")
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, "Poissa sairauden takia.")
    hint = dialog.findChild(QLabel, "health_hint")
    assert not hint.isHidden() and "sairauden" in hint.text()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    _save(qtbot, dialog)
    assert dialog.isVisible() and services.training.coaching.coaching_rows() == []
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)
    assert len(services.training.coaching.coaching_rows()) == 1


def test_coaching_errors_are_shown_under_fields(qtbot, finnish, services) -> None:
    dialog = _open(qtbot, CoachingDialog(services))
    dialog.coach.clear()
    dialog.follow_up.setText("1.1.2000")
    _save(qtbot, dialog)
    assert "Valmentaja" in dialog.findChild(QLabel, "error_coaching_coach_name").text()
    assert not dialog.findChild(QLabel, "error_coaching_next_follow_up").isHidden()
    assert dialog.coach.hasFocus()
    assert services.training.coaching.coaching_rows() == []


def test_escape_asks_only_when_something_changed(qtbot, finnish, services,
                                                 monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    untouched = _open(qtbot, PackageDialog(services))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []
    changed = _open(qtbot, PackageDialog(services))
    type_text(qtbot, changed.title, "Trukkikortti")
    qtbot.keyClick(changed, Qt.Key.Key_Escape)
    assert changed.isVisible() and len(asked) == 1
