"""No missing or unfinished Finnish or English UI string, and the shipped .qm files are current."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_ui_string_is_translated(tmp_path: Path, language: str) -> None:
    problems = []
    for module in i18n.translatable_modules():
        fresh = tmp_path / f"{module.stem}.ts"
        i18n.run_lupdate(module, fresh, language)
        committed = i18n.ts_path(module, language)
        shipped = _messages(committed) if committed.exists() else {}
        for key in _messages(fresh):
            if not key[0]:
                problems.append(f"no context (use QCoreApplication.translate): {key}")
            elif key not in shipped:
                problems.append(f"missing in {committed.name}: {key}")
            elif not _finished(shipped[key]):
                problems.append(f"unfinished in {committed.name}: {key}")
    assert problems == [], "run: python tools/i18n.py update, translate, release\n" + "\n".join(
        problems)


def test_placeholders_survive_translation() -> None:
    import re

    pattern = re.compile(r"\{\w+\}|%\d|%n")
    problems = []
    for ts in (i18n.I18N / "fi").glob("*.ts"):
        for (_, source), message in _messages(ts).items():
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            if sorted(set(pattern.findall(source))) != sorted(set(pattern.findall(text))):
                problems.append(f"{ts.name}: {source!r} -> {text!r}")
    assert problems == []


def test_shipped_qm_files_match_their_ts(tmp_path: Path) -> None:
    for language in i18n.LANGUAGES:
        qm = i18n.qm_path(language)
        assert qm.exists(), f"{qm} missing: run python tools/i18n.py release"
        fresh = tmp_path / qm.name
        i18n.release_to(language, fresh)
        assert fresh.read_bytes() == qm.read_bytes(), (
            f"{qm.name} is out of date: run python tools/i18n.py release")
    assert list(i18n.I18N.glob("*/*.qm")) == []  # no leftovers of one file per module
