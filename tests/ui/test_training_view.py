"""The training view in the main window: tabs in Finnish, expiry marks and gaps, Ctrl+N and
Enter in the tabs, the outcome targets and the timeline filter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from kuhina_desktop.domain.training import EnrolmentStatus
from kuhina_desktop.ui.main_window import MainWindow
from kuhina_desktop.ui.models.training import ObjectRole
from tests.services.training_people import add_person
from tests.ui.keyboard import type_text
from tests.ui.training_setup import training_file

TODAY = date.today()


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def window(qtbot, tmp_path, finnish):
    services = training_file(tmp_path / "t.kuhina", TODAY)
    main = MainWindow(services, [])
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    main.show_view("training")
    yield main
    services.close()


def _texts(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _records(table) -> list:
    model = table.model()
    return [model.index(row, 0).data(ObjectRole) for row in range(model.rowCount())]


def _in_next_dialog(action, tries: int = 250) -> list:
    """Run ``action(dialog)`` on the modal dialog about to open and collect what it returns.

    The dialog is closed afterwards whatever happened, so that a failing check cannot leave a
    modal loop waiting for a person.
    """
    done: list = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not dialog.isActiveWindow():
            dialog.activateWindow()  # shortcuts such as Ctrl+S work in the active window
            dialog = None
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        try:
            done.append(action(dialog))
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, lambda: poll(tries))
    return done


def test_tabs_in_finnish(window) -> None:
    tabs = window.view("training").tabs
    assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())] == [
        "Koulutuspaketit", "Pätevyydet", "Työhönvalmennus", "Tulokset", "Työmahdollisuudet",
        "Aikajana"]


def test_certificates_marked_and_gaps_shown(window) -> None:
    add_person(window.services.data, "Kalle", "Kokki", job_title="Keittiöapulainen")
    view = window.view("training")
    view.show_tab(view.certificates)
    statuses = _texts(view.certificates.table, 4)
    for mark in ("Vanhentunut", "Vanhenee 30 päivän sisällä", "Vanhenee 90 päivän sisällä",
                 "Ei vanhene", "Voimassa"):
        assert mark in statuses
    gaps = list(zip(_texts(view.certificates.gaps, 0), _texts(view.certificates.gaps, 3),
                    strict=True))
    assert ("Kalle Kokki", "Puuttuu") in gaps  # kitchen work without a hygiene passport
    assert "Vanhentuneita: 1" in view.certificates.status.text()


def test_ctrl_n_adds_a_package_in_the_packages_tab(qtbot, window) -> None:
    view = window.view("training")
    view.show_tab(view.packages)
    view.packages.packages.setFocus()

    def fill(dialog):
        type_text(qtbot, dialog.title, "Trukkikorttikoulutus")
        dialog.planned_hours.setText("7,5")
        dialog.cost.setText("180,00")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        return type(dialog).__name__

    opened = _in_next_dialog(fill)
    qtbot.keyClick(view.packages.packages, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["PackageDialog"]
    saved = [p for p in window.services.training.packages() if p.title == "Trukkikorttikoulutus"]
    assert [(p.cost_cents, str(p.planned_hours)) for p in saved] == [(18000, "7.5")]
    assert "Trukkikorttikoulutus" in _texts(view.packages.packages, 0)


def test_enter_completes_an_enrolment_and_says_which_certificate(qtbot, window) -> None:
    view = window.view("training")
    view.show_tab(view.packages)
    packages = view.packages.packages
    row = _texts(packages, 0).index("Hygieniapassikoulutus")
    packages.selectRow(row)
    enrolments = view.packages.enrolments
    assert [r.enrolment.status for r in _records(enrolments)] == [EnrolmentStatus.ONGOING]
    enrolments.setFocus()
    enrolments.selectRow(0)

    def complete(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData(EnrolmentStatus.COMPLETED))
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    _in_next_dialog(complete)
    qtbot.keyClick(enrolments, Qt.Key.Key_Return)
    assert "Pätevyys ”Hygieniapassi” kirjattu" in view.packages.status.text()
    assert _texts(enrolments, 6) == ["kirjattu"]
    person = _records(enrolments)[0].employee_name
    view.show_tab(view.certificates)
    rows = list(zip(_texts(view.certificates.table, 0), _texts(view.certificates.table, 1),
                    _texts(view.certificates.table, 4), strict=True))
    assert (person, "Hygieniapassi", "Ei vanhene") in rows


def test_ctrl_n_logs_coaching_for_the_filtered_employee(qtbot, window) -> None:
    view = window.view("training")
    view.show_tab(view.coaching)
    tab = view.coaching
    tab.employee.setCurrentIndex(tab.employee.findText("Nieminen Eero"))
    before = tab.model.rowCount()

    def log(dialog):
        assert dialog.employee.currentText() == "Nieminen Eero"
        assert dialog.coach.text() == "Anu Kettunen"  # the latest entry's coach
        dialog.summary.setFocus()
        type_text(qtbot, dialog.summary, "Käytiin läpi työvuorolista.")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    _in_next_dialog(log)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == before + 1
    assert "Käytiin läpi työvuorolista." in tab.detail.toPlainText()  # the new entry chosen


def test_outcome_targets_shown_against_45_and_70_percent(window) -> None:
    view = window.view("training")
    view.show_tab(view.outcomes)
    employed = view.outcomes.findChild(QLabel, "share_employed").text()
    improved = view.outcomes.findChild(QLabel, "share_improved").text()
    assert "(1/1)" in employed and "tavoite 45\u00a0% saavutettu" in employed
    assert "tavoite 70\u00a0%" in improved
    assert _texts(view.outcomes.table, 0) == ["Sari Korhonen"]


def test_timeline_is_filterable(window) -> None:
    view = window.view("training")
    view.show_tab(view.timeline)
    tab = view.timeline
    tab.show_employee(next(e.id for e in window.services.training.employees()
                           if e.last_name == "Mäkinen"))
    kinds = set(_texts(tab.table, 1))
    assert {"Työsopimus", "Tukipäätös", "Koulutus", "Valmennus"} <= kinds
    days = [r.day for r in _records(tab.table)]
    assert days == sorted(days)
    tab.kinds[next(k for k in tab.kinds if k == "coaching")].setChecked(False)
    assert "Valmennus" not in set(_texts(tab.table, 1))


def test_main_window_with_training_view_fits_a_laptop(window) -> None:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 728


def test_upcoming_entries_and_opportunity_states_read_cleanly(window) -> None:
    from kuhina_desktop.domain.training import JobOpportunity

    training = window.services.training
    for title, is_open in (("Keittiöapulainen", True), ("Varastotyöntekijä", False)):
        training.coaching.save_opportunity(JobOpportunity(title=title, is_open=is_open))
    view = window.view("training")
    view.show_tab(view.opportunities)
    view.opportunities.refresh()
    assert {"Avoinna", "Suljettu"} <= set(_texts(view.opportunities.table, 4))
    view.show_tab(view.timeline)
    tab = view.timeline
    tab.show_employee(next(e.id for e in training.employees() if e.last_name == "Mäkinen"))
    texts = _texts(tab.table, 2)
    assert any(text.endswith(" (tulossa)") for text in texts)
    assert all("  " not in text for text in texts)
