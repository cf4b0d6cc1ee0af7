"""Finnish conventions of the translations: ” … ” quotes, one word for Cancel."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tools import i18n


def test_finnish_translations_use_finnish_quotation_marks() -> None:
    wrong = []
    for ts in sorted((i18n.I18N / "fi").glob("*.ts")):
        for message in ET.parse(ts).iter("message"):
            text = "".join(message.find("translation").itertext())
            if "“" in text or "‘" in text:
                wrong.append(f"{ts.name}: {text}")
    assert wrong == []


def test_cancel_buttons_have_one_name(finnish) -> None:
    """Our own Cancel buttons say what Qt's standard Cancel buttons say."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    standard = box.buttons()[0].text()
    ours = {"".join(message.find("translation").itertext())
            for ts in (i18n.I18N / "fi").glob("*.ts")
            for message in ET.parse(ts).iter("message") if message.findtext("source") == "Cancel"}
    assert ours <= {standard}
