"""Settings → change history and privacy tools, driven as a treasurer would (Finnish UI)."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from kuhina_desktop.domain.finnish_ids import make_test_hetu
from kuhina_desktop.ui.dialogs import privacy_review
from kuhina_desktop.ui.dialogs.audit_history import ChangeHistoryDialog, show_record_history
from kuhina_desktop.ui.dialogs.privacy_erase import EraseDialog, PersonPickerDialog, report_text
from kuhina_desktop.ui.dialogs.privacy_review import RetentionReviewDialog
from kuhina_desktop.ui.widgets import privacy_box
from tests.ui.keyboard import type_text
from tests.ui.privacy_setup import add_former_employee

EERO_HETU = make_test_hetu(date(1961, 4, 12), 996)


def eero(services) -> int:
    return services.data.query("SELECT id FROM employees WHERE last_name = 'Entinen'")[0][0]


@pytest.fixture
def former(demo_services):
    """The demo plus Eero Entinen, whose records are all past their retention time."""
    add_former_employee(demo_services, date.today())
    demo_services.backups.backup_now("manual")  # a copy that holds him
    return demo_services


def test_settings_has_history_and_privacy_boxes(main_window) -> None:
    view = main_window.view("settings")
    assert view.findChild(privacy_box.ChangeHistoryBox).title() == "Muutoshistoria"
    box = view.findChild(privacy_box.PrivacyBox)
    assert box.title() == "Tietosuoja"
    texts = {b.text().replace("&", "") for b in box.findChildren(QPushButton)}
    assert texts == {"Vie henkilön tiedot…", "Poista henkilön tiedot…",
                     "Säilytysaikojen tarkistus…"}


def test_a_due_item_opens_the_settings_tab_that_resolves_it(main_window) -> None:
    from types import SimpleNamespace

    view = main_window.view("settings")
    tabs = [view.tabText(i).replace("&", "") for i in range(view.count())]
    assert tabs == ["Yhdistys", "Maksut ja tuet", "Varmuuskopiot ja muutoshistoria",
                    "Tietosuoja ja salasana", "Kieli ja harjoittelutila"]
    main_window.open_due_item(SimpleNamespace(action="review_retention"))
    assert main_window.current_view_key() == "settings"
    assert view.currentWidget().isAncestorOf(view.findChild(privacy_box.PrivacyBox))
    main_window.open_due_item(SimpleNamespace(action="confirm_rate_table"))
    assert view.tabText(view.currentIndex()) == "&Maksut ja tuet"


def test_change_history_lists_filters_and_verifies(qtbot, former, finnish) -> None:
    dialog = ChangeHistoryDialog(former)
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    assert rows > 10
    texts = [dialog.table.item(r, 2).text() for r in range(rows)]
    assert "Palkkakuukausi" in texts and "Yhdistyksen tiedot" in texts
    assert "Eero Entinen" in {dialog.table.item(r, 3).text() for r in range(rows)}
    dialog.filter.setCurrentIndex(dialog.filter.findData("employees"))
    people = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert people == {"Työntekijä"}
    eero_rows = [r for r in range(dialog.table.rowCount())
                 if dialog.table.item(r, 3).text() == "Eero Entinen"]
    assert len(eero_rows) == 1
    row = eero_rows[0]
    assert dialog.table.item(row, 4).text() == "lisätty"
    assert "sukunimi" in dialog.table.item(row, 5).text()  # field names, translated
    assert "_" not in dialog.table.item(row, 5).text()
    dialog.table.selectRow(0)
    dialog.findChild(QPushButton, "verify_history").click()
    assert dialog.verdict.text().startswith("Muutoshistoria on eheä")


def test_history_of_one_record_and_tampering(qtbot, former, finnish, monkeypatch) -> None:
    person = eero(former)
    shown = []
    monkeypatch.setattr(ChangeHistoryDialog, "exec", lambda self: shown.append(
        [self.table.item(r, 2).text() for r in range(self.table.rowCount())]))
    show_record_history(None, former, "employees", person)
    assert shown == [["Työntekijä"]]
    raw = sqlite3.connect(former.path)
    raw.execute("UPDATE audit_log SET fields = '[]' WHERE id = 2")
    raw.commit()
    raw.close()
    dialog = ChangeHistoryDialog(former)
    qtbot.addWidget(dialog)
    dialog.verify()
    assert "muutettu Kuhina Desktopin ulkopuolella" in dialog.verdict.text()
    assert "merkintä: 2" in dialog.verdict.text()


def test_person_picker_masks_codes_and_searches(qtbot, former, finnish) -> None:
    dialog = PersonPickerDialog(former, "Kenen tiedot?")
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert all(EERO_HETU not in t and re.search(r"\d{6}-\*{4}", t) for t in texts)
    text = next(t for t in texts if "Eero Entinen" in t)
    assert "120461-****" in text and "(entinen)" in text
    type_text(qtbot, dialog.search, "xyz")
    dialog.accept()
    assert dialog.chosen is None  # nothing visible to choose
    dialog.search.clear()
    type_text(qtbot, dialog.search, "Entinen")
    dialog.list.setCurrentRow(next(r for r in range(dialog.list.count())
                                   if not dialog.list.item(r).isHidden()))
    dialog.accept()
    assert dialog.chosen == eero(former)


def test_erase_dialog_needs_the_name_then_erases(qtbot, former, finnish) -> None:
    person = eero(former)
    dialog = EraseDialog(former, person)
    qtbot.addWidget(dialog)
    assert "Kaikki henkilön Eero Entinen tiedot poistetaan" in dialog.findChild(
        QLabel, "erase_plan").text()
    type_text(qtbot, dialog.confirm, "Eero")
    dialog.erase_button.click()
    assert "täsmälleen" in dialog.error.text()
    assert former.privacy.person(person)  # still there
    type_text(qtbot, dialog.confirm, " Entinen")
    dialog.erase_button.click()
    assert dialog.report is not None
    assert former.data.query("SELECT count(*) FROM employees WHERE id = ?", (person,))[0][0] == 0
    text = report_text(dialog.report)
    assert "Henkilön Eero Entinen tiedot poistettiin." in text
    assert "varmuuskopiossa" in text and "viimeistään" in text


def test_retention_review_shows_and_deletes(qtbot, former, finnish, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = RetentionReviewDialog(former)
    qtbot.addWidget(dialog)
    records = sorted(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))
    assert records == ["Entinen työntekijä: mitään ei tarvitse enää säilyttää",
                       "Palkkakuukausi (12)", "Tukipäätös (1)", "Työsopimus (1)"]
    dialog.table.selectRow([dialog.table.item(r, 1).text() for r in range(4)].index(
        "Palkkakuukausi (12)"))
    dialog.delete_button.click()
    assert dialog.table.rowCount() == 3
    assert former.data.query("SELECT count(*) FROM wage_months WHERE employee_id = ?",
                             (eero(former),))[0][0] == 0
    dialog.findChild(QPushButton, "review_done").click()
    assert "Edellinen tarkistus" in dialog.status.text()
    assert privacy_review.RetentionReviewDialog is RetentionReviewDialog


def test_access_request_writes_pdf_and_json(qtbot, former, tmp_path: Path) -> None:
    person = eero(former)
    pdf, json_path = privacy_box.export_access_request(former, person,
                                                       tmp_path / "tietopyynto.pdf", False)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Rekisteröidyn tietopyyntö" in text and "Eero" in text
    assert "120461-****" in text and EERO_HETU not in text
    assert "Palkkakuukaudet" in text and "Muutoshistoria" in text
    assert EERO_HETU not in json_path.read_text(encoding="utf-8")


@pytest.fixture
def read_only_services(demo_services):
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    path = demo_services.path
    demo_services.close()
    services = Services(open_data_file(path, read_only=True))
    yield services
    services.close()


def test_read_only_file_cannot_erase(qtbot, read_only_services, finnish) -> None:
    box = privacy_box.PrivacyBox(read_only_services)
    qtbot.addWidget(box)
    assert not box.erase_button.isEnabled()


def test_protection_actions_have_finnish_labels_in_the_history(finnish) -> None:
    from kuhina_desktop.ui.dialogs.audit_history import action_label

    assert [action_label(a) for a in ("protect", "change_password", "unprotect")] == [
        "salasanasuojaus otettu käyttöön", "salasana vaihdettu", "salasanasuojaus poistettu"]


def test_health_tick_box_only_for_a_handler(qtbot, demo_services, finnish) -> None:
    """The demo names the current user; another handler leaves the box off with a note."""
    box = privacy_box.PrivacyBox(demo_services)
    qtbot.addWidget(box)
    box.show()
    assert box.include_health.isEnabled() and not box.health_note.isVisible()
    box.include_health.setChecked(True)
    demo_services.employees.set_health_handlers(["maija.virtanen"])
    box.hide()
    box.show()  # coming back to the settings view reads the handlers again
    assert not box.include_health.isEnabled() and not box.include_health.isChecked()
    assert box.health_note.isVisible()
    assert "terveystietojen käsittelijä" in box.health_note.text()


def test_access_request_with_health_refused_for_others(qtbot, demo_services, finnish,
                                                       tmp_path: Path) -> None:
    from kuhina_desktop.domain.errors import KuhinaError
    from kuhina_desktop.ui.errors import user_message

    demo_services.employees.set_health_handlers(["maija.virtanen"])
    (tmp_path / "out").mkdir()
    with pytest.raises(KuhinaError) as info:
        privacy_box.export_access_request(demo_services, 6, tmp_path / "out" / "t.pdf", True)
    assert info.value.code == "health_export_denied"
    assert "Terveyteen liittyvät tiedot saa ottaa" in user_message(info.value)
    assert list((tmp_path / "out").iterdir()) == []
