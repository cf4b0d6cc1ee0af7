"""The main window on the demo file: header, navigation, settings, languages, size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton

from kuhina_desktop.ui.main_window import MainWindow


def test_header_shows_name_business_id_and_file(main_window: MainWindow) -> None:
    assert main_window.name_label.text() == "Esimerkkiyhdistys ry"
    assert main_window.business_id_label.text() == "Y-tunnus 1234567-1"
    assert "demo.kuhina" in main_window.file_label.text()
    assert "esittelyaineisto" in main_window.file_label.text()


def test_navigation_has_every_part_in_finnish(main_window: MainWindow) -> None:
    titles = [main_window.nav.item(i).text() for i in range(main_window.nav.count())]
    assert titles == ["Etusivu", "Työntekijät", "Tukipäätökset", "Palkat ja maksatushakemukset",
                      "Koulutus ja valmennus", "Raportit", "Asetukset"]


def test_keyboard_moves_between_views(qtbot, main_window: MainWindow) -> None:
    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_Down)
    assert main_window.stack.currentWidget() is main_window.view("employees")
    qtbot.keyClick(main_window.nav, Qt.Key.Key_End)
    assert main_window.stack.currentWidget() is main_window.view("settings")


def test_ctrl_and_a_number_goes_to_that_view(qtbot, main_window: MainWindow) -> None:
    qtbot.waitUntil(lambda: len(main_window.menuBar().actions()) == 3)  # after the first paint
    view_menu = main_window.menuBar().actions()[1].menu()
    entries = [(a.text(), a.shortcut().toString()) for a in view_menu.actions()]
    assert entries[0] == ("&1 Etusivu", "Ctrl+1")
    assert entries[2] == ("&3 Tukipäätökset", "Ctrl+3")
    assert len(entries) == main_window.nav.count() == 7
    assert main_window.nav.item(3).toolTip() == "Ctrl+4"
    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.stack.currentWidget() is main_window.view("decisions")
    qtbot.keyClick(main_window.stack.currentWidget(), Qt.Key.Key_1,
                   Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_view_key() == "home"


def test_menus_are_finnish_with_standard_shortcuts(qtbot, main_window: MainWindow) -> None:
    qtbot.waitUntil(lambda: len(main_window.menuBar().actions()) == 3)  # after the first paint
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&Tiedosto", "&Näytä", "&Ohje"]
    file_actions = {a.text(): a.shortcut().toString() for a in
                    main_window.menuBar().actions()[0].menu().actions() if a.text()}
    assert file_actions["&Avaa…"] == "Ctrl+O"
    assert file_actions["&Lopeta"] == "Ctrl+Q"
    assert "Tallenna &kopio / varmuuskopioi nyt…" in file_actions


def test_fits_a_1366x768_laptop(main_window: MainWindow) -> None:
    hint = main_window.minimumSizeHint().expandedTo(main_window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 728  # 40 px for the taskbar


def test_settings_refuses_a_bad_business_id_and_changes_nothing(qtbot, main_window) -> None:
    main_window.show_view("settings")
    view = main_window.view("settings")
    edit = view.findChild(QLineEdit, "field_business_id")
    edit.selectAll()
    qtbot.keyClicks(edit, "1234567-2")
    view.findChild(QPushButton, "save_association").click()
    error = view.findChild(QLabel, "error_business_id")
    assert error.isVisible() or not error.isHidden()
    assert "Y-tunnus" in error.text() and "tarkiste" in error.text()
    assert main_window.services.association.get().business_id == "1234567-1"


def test_settings_saves_and_refreshes_header(qtbot, main_window) -> None:
    view = main_window.view("settings")
    edit = view.findChild(QLineEdit, "field_name")
    edit.selectAll()
    qtbot.keyClicks(edit, "Uusi Yhdistys ry")
    view.findChild(QPushButton, "save_association").click()
    assert main_window.services.association.get().name == "Uusi Yhdistys ry"
    assert main_window.name_label.text() == "Uusi Yhdistys ry"
    rows = main_window.services.data.query(
        "SELECT fields FROM audit_log WHERE table_name = 'association' ORDER BY id DESC LIMIT 1")
    assert rows[0]["fields"] == '["name"]'


def test_english_ui(qtbot, demo_services, english) -> None:
    window = MainWindow(demo_services, [], demo=False)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[0] == "Home" and titles[-1] == "Settings"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]


def test_qt_standard_buttons_are_translated(qtbot, finnish) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Open)
    qtbot.addWidget(box)
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == ["Avaa", "Peru"]
