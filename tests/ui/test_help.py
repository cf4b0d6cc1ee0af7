"""F1 opens the user guide in the UI language, at the chapter for the view in use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from kuhina_desktop.prefs import Preferences
from kuhina_desktop.ui import help as help_module
from kuhina_desktop.ui.controller import AppController
from kuhina_desktop.ui.help import HelpDialog


@pytest.fixture
def controller(qtbot):
    ctrl = AppController(Preferences())
    assert ctrl.open_demo()
    qtbot.addWidget(ctrl.window)
    qtbot.waitExposed(ctrl.window)
    yield ctrl
    if ctrl._help is not None:
        ctrl._help[1].close()


def _press_f1(qtbot, controller) -> HelpDialog:
    window = controller.window
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert controller._help is not None, "F1 did not open the guide"
    dialog = controller._help[1]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_f1_opens_the_finnish_guide_at_the_view_in_use(qtbot, finnish, controller) -> None:
    controller.window.show_view("settings")
    dialog = _press_f1(qtbot, controller)
    assert dialog.windowTitle() == "Kuhina Desktop – käyttöopas"
    assert dialog.current_chapter() == "02-first-association-file"
    assert Path(dialog.browser.source().toLocalFile()).parent.name == "fi"
    assert "Ensimmäinen yhdistystiedosto" in dialog.browser.toPlainText()
    assert dialog.toc.currentItem().text() == "2 Ensimmäinen yhdistystiedosto"
    assert dialog.toc.count() == len(help_module.chapters("fi")) == 9


def test_f1_in_english(qtbot, english, controller) -> None:
    controller.window.show_view("training")
    dialog = _press_f1(qtbot, controller)
    assert dialog.current_chapter() == "05-training-and-coaching"
    assert dialog.browser.toPlainText().startswith("5 Training and coaching")


def test_screenshots_load_and_fit_the_column(qtbot, finnish) -> None:
    dialog = HelpDialog("fi")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.show_chapter("01-getting-started")
    document = dialog.browser.document()
    names = _image_names(document)
    assert names == ["../img/fi/welcome.png", "../img/fi/view-home.png"]
    for name in names:
        image = document.resource(QTextDocument.ResourceType.ImageResource,
                                  dialog.browser.source().resolved(name))
        assert image is not None and not image.isNull(), name
    assert dialog.browser.horizontalScrollBar().maximum() == 0  # nothing wider than the page


def _image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                names.append(iterator.fragment().charFormat().toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def test_links_between_chapters_are_followed(qtbot, finnish) -> None:
    dialog = HelpDialog("fi")
    qtbot.addWidget(dialog)
    dialog.show_chapter("08-moving-to-a-new-pc")
    dialog.browser.setSource(dialog.browser.source().resolved("09-privacy.md"))
    assert dialog.current_chapter() == "09-privacy"
    assert dialog.toc.currentItem().text().startswith("9 Tietosuoja")
    dialog.browser.backward()
    assert dialog.current_chapter() == "08-moving-to-a-new-pc"


def test_choosing_a_chapter_from_the_contents(qtbot, finnish) -> None:
    dialog = HelpDialog("fi")
    qtbot.addWidget(dialog)
    dialog.show_chapter("01-getting-started")
    dialog.toc.setFocus()
    dialog.toc.setCurrentRow(6)
    assert dialog.current_chapter() == "07-backups-and-restore"
    assert "Varmuuskopio nyt" in dialog.browser.toPlainText()


def test_missing_guide_says_where_it_looked(qtbot, finnish, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(help_module, "docs_path", lambda *parts: tmp_path.joinpath(*parts))
    dialog = HelpDialog("fi")
    qtbot.addWidget(dialog)
    dialog.show_for_view("home")
    assert dialog.toc.count() == 0
    assert dialog.browser.toPlainText() == f"Käyttöopasta ei löytynyt kansiosta {tmp_path / 'fi'}."


def test_help_dialog_fits_a_small_laptop(qtbot, finnish) -> None:
    dialog = HelpDialog("fi")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 728


def test_escape_closes_the_guide(qtbot, finnish, controller) -> None:
    dialog = _press_f1(qtbot, controller)
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _press_f1(qtbot, controller) is dialog  # F1 again brings the same window back


def test_f1_on_home_starts_at_getting_started(qtbot, finnish, controller) -> None:
    dialog = _press_f1(qtbot, controller)
    assert controller.window.current_view_key() == "home"
    assert dialog.current_chapter() == "01-getting-started"
