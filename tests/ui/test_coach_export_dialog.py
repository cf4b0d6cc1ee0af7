"""The export dialog shows who and what goes out before writing, and writes exactly that."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kuhina_desktop.ui.dialogs.coach_export_dialog import CoachExportDialog
from tests import coach_zip
from tests.coach_people import add_coach_people
from tests.employee_factories import TODAY, new_file


@pytest.fixture
def services(tmp_path: Path):
    services = new_file(tmp_path)
    add_coach_people(services)
    yield services
    services.close()


@pytest.fixture
def dialog(qtbot, services, finnish):
    dialog = CoachExportDialog(services, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_lists_people_scopes_and_fields_before_writing(dialog) -> None:
    people = {name: (scopes, fields) for name, scopes, fields in dialog.people_rows}
    assert list(people) == ["Bo Andersson", "Aino Virtanen"]
    assert people["Bo Andersson"] == (
        "Edistyminen\nLuovutetaan: Kuhina-hankkeen työhönvalmentaja",
        "Työsuhteet: Nimi, Tehtävänimike, Työsuhde alkoi, Työsuhde päättyy\n"
        "Tulokset: Nimi, Tukijakso alkoi, Tukijakso päättyi, Tulos, "
        "Työnhakuvalmius alussa (1–5), Työnhakuvalmius lopussa (1–5)")
    scopes, fields = people["Aino Virtanen"]
    assert scopes.split("\n") == ["Edistyminen", "Koulutus", "Valmennusmuistiinpanot",
                                  "Yhteystiedot", "Luovutetaan: Kuhina-hankkeen työhönvalmentaja"]
    assert [line.split(":")[0] for line in fields.split("\n")] == [
        "Työsuhteet", "Tulokset", "Koulutukset", "Pätevyydet", "Valmennus", "Yhteystiedot"]
    assert "Yhteystiedot: Nimi, Puhelin, Sähköposti" in fields
    shown = dialog.people.toPlainText()
    assert "Aino Virtanen" in shown and "Sovitut toimet" in shown
    assert "Mukaan tulee 2 henkilöä" in dialog.summary.text()


def test_left_out_people_show_only_the_reason(dialog) -> None:
    assert dialog.left_out_rows == [("Daniel Kettunen", "Suostumus vanhentunut"),
                                    ("Eero Lappalainen", "Ei suostumusta"),
                                    ("Cecilia Öhman", "Suostumus peruttu")]
    shown = dialog.left_out.toPlainText()
    assert "daniel@example.fi" not in shown and "myymäläavustaja" not in shown
    assert "Jätetään pois (3)" in dialog.left_out_title.text()


def test_the_period_refreshes_the_lists_and_errors_show_under_it(qtbot, dialog) -> None:
    dialog.start.setFocus()
    qtbot.keyClicks(dialog.start, "1.5.2026")
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    assert dialog.export.period_start.isoformat() == "2026-05-01"
    qtbot.keyClicks(dialog.end, "1.1.2026")
    qtbot.keyClick(dialog.end, Qt.Key.Key_Tab)
    message = dialog.errors.labels["export_to"]
    assert message.isVisible()
    assert "Jakso päättyy (1.1.2026) ennen kuin se alkaa (1.5.2026)" in message.text()
    dialog.end.clear()
    qtbot.keyClicks(dialog.end, "31.12.2026")
    qtbot.keyClick(dialog.end, Qt.Key.Key_Tab)
    assert not message.isVisible()
    assert dialog.export.period_end.isoformat() == "2026-12-31"


def test_write_runs_in_the_background_and_saves_what_was_shown(qtbot, dialog,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "valmentajalle.zip"
    dialog.target.setText(str(out))
    dialog.write_button.setFocus()
    qtbot.keyClick(dialog.write_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=15_000)
    assert dialog.written == out
    manifest = coach_zip.manifest(out)
    assert manifest["people_count"] == len(dialog.people_rows) == 2
    assert "Tallennettu" in dialog.status.text()
    assert dialog.write_button.isEnabled()


def test_an_unwritable_target_is_named_under_its_field(qtbot, dialog, tmp_path: Path) -> None:
    dialog.target.setText(str(tmp_path / "missing" / "x.zip"))
    dialog.write()
    message = dialog.errors.labels["export_file"]
    assert message.isVisible() and "ei ole" in message.text()
    dialog.target.setText("")
    dialog.write()
    assert "Valitse, mihin vienti tallennetaan" in message.text()
    assert dialog.written is None


def test_an_existing_file_is_replaced_only_when_confirmed(qtbot, dialog, tmp_path: Path,
                                                          monkeypatch) -> None:
    out = tmp_path / "vanha.zip"
    out.write_bytes(b"old")
    asked = []
    monkeypatch.setattr(CoachExportDialog, "ask_overwrite",
                        lambda self, path: asked.append(path) or False)
    dialog.target.setText(str(out))
    dialog.write()
    assert asked == [out] and out.read_bytes() == b"old" and dialog.written is None


def test_consents_to_someone_else_are_shown_and_left_out(qtbot, services, finnish) -> None:
    from kuhina_desktop.domain.coach_export import DataSet
    from kuhina_desktop.domain.employees import ConsentScope
    from tests.employee_factories import consent

    ids = dict(services.data.query("SELECT last_name, id FROM employees"))
    for who in ("Lappalainen", "Andersson"):
        services.employees.consents.add(consent(ids[who], ConsentScope.CONTACT_DETAILS,
                                                recipient="Työterveyshuolto Mehiläinen"))
    dialog = CoachExportDialog(services, today=TODAY)
    qtbot.addWidget(dialog)
    assert "Kuhina-hankkeen työhönvalmentaja" in dialog.recipient_note.text()
    assert ("Eero Lappalainen", "Suostumus annettu muulle: Työterveyshuolto Mehiläinen") \
        in dialog.left_out_rows
    people = {name: scopes for name, scopes, _fields in dialog.people_rows}
    assert people["Bo Andersson"].split("\n") == [
        "Edistyminen", "Luovutetaan: Kuhina-hankkeen työhönvalmentaja",
        "Ei valmentajalle: Yhteystiedot (annettu: Työterveyshuolto Mehiläinen)"]
    names = [row[0] for row in dialog.export.sheet(DataSet.CONTACTS).rows]
    assert "Bo Andersson" not in names and "Eero Lappalainen" not in names
