"""Finnish quotes with ” … ” (and ’ … ’): never the English opening marks “ and ‘."""

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
