"""The first-run wizard driven by the keyboard, and the one error presenter."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWizard

from kuhina_desktop.domain.errors import EmptyFile
from kuhina_desktop.storage.database import open_data_file
from kuhina_desktop.ui import errors
from kuhina_desktop.ui.dialogs.new_file_wizard import NewFileWizard
from tests.ui.keyboard import type_text


def _type(qtbot, wizard: NewFileWizard, name: str, text: str) -> None:
    edit = wizard.findChild(QLineEdit, f"field_{name}")
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, text)


def test_wizard_refuses_a_wrong_business_id_then_creates_the_file(qtbot, tmp_path: Path,
                                                                  finnish) -> None:
    wizard = NewFileWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _type(qtbot, wizard, "name", "Kylätalon Tuki ry")
    _type(qtbot, wizard, "business_id", "1234567-9")
    wizard.next()
    assert wizard.currentPage() is wizard.basic
    error = wizard.basic.findChild(QLabel, "error_business_id")
    assert "Y-tunnus" in error.text()
    _type(qtbot, wizard, "business_id", "1234567-1")
    wizard.next()
    assert wizard.currentPage() is wizard.contact
    _type(qtbot, wizard, "iban", "FI49 5000 9420 0287 31")
    wizard.next()
    assert wizard.currentPage() is wizard.contact  # IBAN check digits are wrong
    _type(qtbot, wizard, "iban", "fi4950009420028730")
    wizard.next()
    assert wizard.currentPage() is wizard.location
    default = wizard.location.path_edit.text()
    assert default.endswith("Kylätalon Tuki ry.kuhina")
    assert "Documents" in default
    _type(qtbot, wizard, "path", str(tmp_path / "kylatalo"))
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.chosen_path() == tmp_path / "kylatalo.kuhina"
    assoc = wizard.association()
    assert assoc.name == "Kylätalon Tuki ry"

    from kuhina_desktop.services.files import create_association_file

    services = create_association_file(wizard.chosen_path(), assoc)
    try:
        saved = services.association.get()
        assert saved.business_id == "1234567-1"
        assert saved.iban == "FI49 5000 9420 0287 30"
    finally:
        services.close()
    open_data_file(tmp_path / "kylatalo.kuhina").close()


def test_wizard_never_overwrites_an_existing_file(qtbot, tmp_path: Path, finnish) -> None:
    existing = tmp_path / "old.kuhina"
    existing.write_text("keep me")
    wizard = NewFileWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _type(qtbot, wizard, "name", "Testi ry")
    _type(qtbot, wizard, "business_id", "1234567-1")
    wizard.next()
    wizard.next()
    _type(qtbot, wizard, "path", str(existing))
    wizard.next()
    assert wizard.result() != QWizard.DialogCode.Accepted
    assert "on jo olemassa" in wizard.location.error.text()
    assert existing.read_text() == "keep me"


def test_expected_error_is_a_translated_sentence(finnish) -> None:
    message = errors.user_message(EmptyFile("x", path="/tmp/tyhja.kuhina"))
    assert message.startswith("Tiedosto /tmp/tyhja.kuhina on tyhjä")
    assert "Traceback" not in message


def test_uncaught_exception_reaches_the_crash_dialog(qtbot, monkeypatch, finnish) -> None:
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    errors.install_excepthook()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert len(shown) == 1
    text, details = shown[0]
    assert "Tallennetut tietosi ovat tallessa" in text
    assert "ZeroDivisionError: boom" in details


def _to_location(wizard: NewFileWizard, name: str) -> None:
    wizard.basic.form.edits["name"].setText(name)
    wizard.basic.form.edits["business_id"].setText("1234567-1")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.location


def test_a_long_association_name_gives_a_short_default_file_name(qtbot, tmp_path: Path,
                                                                 finnish) -> None:
    wizard = NewFileWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    name = ("Kylätalon Tuki ry " * 11).strip()  # 197 characters: a name may be this long
    _to_location(wizard, name)
    default = Path(wizard.location.path_edit.text())
    assert default.name == "Kylätalon Tuki ry Kylätalon Tuki ry Kylätalon Tuki ry.kuhina"
    assert wizard.location.validatePage()
    assert wizard.location.error.text() == ""
    default.parent.mkdir(parents=True, exist_ok=True)

    from kuhina_desktop.services.files import create_association_file

    create_association_file(wizard.chosen_path(), wizard.association()).close()
    assert wizard.chosen_path().exists()


def test_a_name_without_spaces_is_cut_too(qtbot, finnish) -> None:
    wizard = NewFileWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _to_location(wizard, "Ä" * 200)
    assert Path(wizard.location.path_edit.text()).name == "Ä" * 60 + ".kuhina"


def _refused_place(wizard: NewFileWizard, text: str, folder: Path) -> str:
    before = sorted(p.name for p in folder.rglob("*"))
    crashes: list = []
    hook, sys.excepthook = sys.excepthook, lambda *exc: crashes.append(exc)
    try:
        wizard.location.path_edit.setText(text)
        wizard.next()  # on the last page: Finish
    finally:
        sys.excepthook = hook
    assert crashes == []
    assert wizard.result() != QWizard.DialogCode.Accepted
    assert sorted(p.name for p in folder.rglob("*")) == before
    return wizard.location.error.text()


def test_wizard_refuses_places_where_no_file_can_be_made(qtbot, tmp_path: Path,
                                                         finnish) -> None:
    note = tmp_path / "muistio.txt"
    note.write_text("x")
    wizard = NewFileWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    _to_location(wizard, "Testi ry")
    assert _refused_place(wizard, str(note / "uusi"), tmp_path) == (
        f"Tiedostoa {note / 'uusi.kuhina'} ei voi luoda: osa kansiopolusta on tiedosto eikä "
        "kansio. Valitse olemassa oleva kansio.")
    assert _refused_place(wizard, str(tmp_path / ("a" * 300)), tmp_path) == (
        "Tiedoston nimi on liian pitkä. Lyhennä se enintään 100 merkkiin.")
    too_long = _refused_place(wizard, str(tmp_path / ("ä" * 200) / "uusi"), tmp_path)
    assert too_long.startswith("Tiedoston nimi tai kansiopolku on tietokoneelle liian pitkä")
    assert _refused_place(wizard, str(tmp_path / "ei" / "uusi"), tmp_path) == (
        f"Kansiota {tmp_path / 'ei'} ei ole olemassa. Valitse olemassa oleva kansio.")
    assert wizard.currentPage() is wizard.location
    assert note.read_text() == "x"


def test_required_name_is_named_as_labelled_and_says_nothing_of_saving(qtbot,
                                                                       finnish) -> None:
    wizard = NewFileWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.basic.form.edits["business_id"].setText("1234567-1")
    wizard.next()
    assert wizard.currentPage() is wizard.basic
    error = wizard.basic.findChild(QLabel, "error_name")
    assert error.text() == "”Yhdistyksen nimi” on pakollinen. Täytä se."


def test_business_id_example_is_a_valid_y_tunnus(qtbot, finnish) -> None:
    from stdnum.fi import ytunnus

    from kuhina_desktop.domain.errors import ValidationError
    from kuhina_desktop.domain.finnish_ids import validate_business_id

    wizard = NewFileWizard()
    qtbot.addWidget(wizard)
    placeholder = wizard.basic.form.edits["business_id"].placeholderText()
    assert ytunnus.is_valid(placeholder)
    try:
        validate_business_id("1234567")
    except ValidationError as exc:
        exc.field = "business_id"
        message = errors.user_message(exc)
    example = message.rsplit(" ", 1)[1].rstrip(".")
    assert example == placeholder
