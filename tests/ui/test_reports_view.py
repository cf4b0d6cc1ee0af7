"""The Reports view: choose a report with the keyboard, save it, the PDF appears."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kuhina_desktop.ui.main_window import MainWindow
from tests.due_data import make_due_file


def test_save_the_yearly_summary_as_pdf(qtbot, tmp_path: Path, monkeypatch, finnish) -> None:
    services = make_due_file(tmp_path / "r.kuhina")
    window = MainWindow(services, [])
    qtbot.addWidget(window)
    window.show()
    window.show_view("reports")
    view = window.view("reports")
    view.kinds.setFocus()
    qtbot.keyClick(view.kinds, Qt.Key.Key_Down)
    assert view.kind() == "yearly-summary"
    assert view.form.isRowVisible(view.year) and not view.form.isRowVisible(view.employee)
    view.year.setValue(2026)
    target = tmp_path / "vuosikooste.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    view.save_report()
    qtbot.waitUntil(target.exists, timeout=20000)
    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Tukien vuosikooste" in text and "Virtanen" in text
    qtbot.keyClick(view.kinds, Qt.Key.Key_Down)
    assert view.kind() == "employee-card"
    assert view.form.isRowVisible(view.employee) and view.form.isRowVisible(view.show_hetu)
    window.close()


def test_application_periods_are_those_of_the_chosen_employee(qtbot, demo_services,
                                                               finnish) -> None:
    from kuhina_desktop.ui.views.reports import ReportsView

    view = ReportsView(demo_services)
    qtbot.addWidget(view)
    row = next(i for i in range(view.kinds.count())
               if view.kinds.item(i).data(Qt.ItemDataRole.UserRole) == "application")
    view.kinds.setCurrentRow(row)
    assert view.form.isRowVisible(view.employee) and view.form.isRowVisible(view.application)
    everyone = demo_services.applications.periods()
    seen_people = 0
    for index in range(view.employee.count()):
        view.employee.setCurrentIndex(index)
        employee_id = view.employee.currentData()
        expected = {s.decision_id for s in everyone if s.employee_id == employee_id}
        keys = [view.application.itemData(i) for i in range(view.application.count())]
        assert len(keys) == sum(1 for s in everyone if s.employee_id == employee_id)
        decisions = {int(k.split(":")[0]) if ":" in k else demo_services.applications
                     .application(int(k)).decision_id for k in keys}
        assert decisions == expected
        seen_people += bool(keys)
    assert seen_people >= 3  # the demo has several people with decisions
    assert view.options().period == view.application.currentData()


def test_a_personal_report_starts_with_someone_still_employed(qtbot, demo_services,
                                                              finnish) -> None:
    """People are named as in the employees list; an archived person is never the first
    choice (the demo's first surname in order, Hyvönen, has left)."""
    from kuhina_desktop.ui.views.reports import ReportsView

    view = ReportsView(demo_services)
    qtbot.addWidget(view)
    row = next(i for i in range(view.kinds.count())
               if view.kinds.item(i).data(Qt.ItemDataRole.UserRole) == "employee-card")
    view.kinds.setCurrentRow(row)
    people = {p.id: p for p in demo_services.decisions.employees()}
    names = [view.employee.itemText(i) for i in range(view.employee.count())]
    assert names == [p.sort_name for p in people.values()]  # "Kettunen Aino", no comma
    first_in_order = people[view.employee.itemData(0)]
    assert first_in_order.archived_on is not None, "the demo should start with a leaver"
    chosen = people[view.employee.currentData()]
    assert chosen.archived_on is None


def test_save_suggests_a_finnish_file_name_with_the_subject(qtbot, demo_services,
                                                            finnish) -> None:
    from kuhina_desktop.ui.views.reports import ReportsView, safe_file_name

    view = ReportsView(demo_services)
    qtbot.addWidget(view)
    rows = {view.kinds.item(i).data(Qt.ItemDataRole.UserRole): i
            for i in range(view.kinds.count())}
    view.kinds.setCurrentRow(rows["yearly-summary"])
    view.year.setValue(2026)
    assert view.suggested_file_name() == "Tukien vuosikooste 2026.pdf"
    view.kinds.setCurrentRow(rows["application"])
    index = next(i for i in range(view.employee.count())
                 if view.employee.setCurrentIndex(i) is None and view.application.count())
    view.employee.setCurrentIndex(index)
    person = next(p for p in demo_services.decisions.employees()
                  if p.id == view.employee.currentData())
    period = view.application.currentText().split(" (")[0]
    name = view.suggested_file_name()
    assert name == (f"Maksatushakemuksen laskelma {person.last_name} {person.first_name} "
                    f"{period}.pdf")
    assert not set('/\\:*?"<>|') & set(name)
    assert safe_file_name("Pätevyys: A/B ") == "Pätevyys- A-B"
