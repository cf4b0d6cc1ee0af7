"""Settings → the association's details: too long texts and a phone that is no number are
refused under their fields, and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from kuhina_desktop.ui.views.settings import SettingsView


def _snapshot(services) -> tuple:
    return (tuple(services.association.get()),
            services.data.query("SELECT count(*), max(id) FROM audit_log")[0][:])


@pytest.fixture
def settings(qtbot, demo_services, finnish, monkeypatch):
    boxes: list = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    view = SettingsView(demo_services)
    qtbot.addWidget(view)
    view.show()
    yield view
    assert boxes == []  # no error box, no crash dialog


def _error(view: SettingsView, field: str) -> str:
    label = view.findChild(QLabel, f"error_{field}")
    return label.text() if label.isVisible() else ""


@pytest.mark.parametrize("field, label", [("name", "Yhdistyksen nimi"),
                                          ("street", "Katuosoite")])
def test_a_pasted_essay_is_refused(settings, demo_services, field: str, label: str) -> None:
    before = _snapshot(demo_services)
    settings.form.edits[field].setText("N" * 20_000)
    settings.save_button.click()
    assert _error(settings, field) == f"”{label}” on liian pitkä: enintään 200 merkkiä."
    assert settings.saved_label.text() == ""
    assert _snapshot(demo_services) == before


def test_contact_phone_is_checked_like_an_employee_phone(settings, demo_services) -> None:
    before = _snapshot(demo_services)
    settings.form.edits["contact_phone"].setText("abc")
    settings.save_button.click()
    assert _error(settings, "contact_phone").startswith("”Yhteyshenkilön puhelin” ei ole "
                                                        "puhelinnumero.")
    assert _snapshot(demo_services) == before
    for phone in ("040 123 4567", "+358 40 1234567", "013 123 456"):
        settings.form.edits["contact_phone"].setText(phone)
        settings.save_button.click()
        assert _error(settings, "contact_phone") == ""
        assert demo_services.association.get().contact_phone == phone


def test_required_name_says_fill_it_in(settings, demo_services) -> None:
    before = _snapshot(demo_services)
    settings.form.edits["name"].setText("  ")
    settings.save_button.click()
    assert _error(settings, "name") == "”Yhdistyksen nimi” on pakollinen. Täytä se."
    assert _snapshot(demo_services) == before
