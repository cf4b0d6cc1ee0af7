"""Keep the UI translations in step with the source: one .ts/.qm pair per module and language.

    python tools/i18n.py update          # lupdate every module; English is filled from source
    python tools/i18n.py missing fi      # print the unfinished Finnish strings as JSON
    python tools/i18n.py apply fi F.json # fill translations from {"source": "translation"}
    python tools/i18n.py release         # lrelease each language's .ts files into one .qm
    python tools/i18n.py check           # exit 1 when a string is missing or unfinished

One file per module keeps the translation of each part of the program next to the others'
without everyone editing one big file.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kuhina_desktop"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fi", "en")
MARKERS = re.compile(r"\.tr\(|translate\(|QT_TRANSLATE_NOOP\(")


def _tool(name: str) -> str:
    scripts = Path(sys.executable).parent
    candidate = scripts / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def translatable_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if MARKERS.search(p.read_text("utf-8")))


def ts_path(module: Path, language: str) -> Path:
    dotted = ".".join(module.relative_to(ROOT).with_suffix("").parts)
    return I18N / language / f"{dotted}.ts"


def run_lupdate(module: Path, target: Path, language: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", language,
                    str(module), "-ts", str(target)], check=True, cwd=ROOT)


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = source
        else:
            translation.text = source
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def translation_memory(language: str) -> dict[str, object]:
    """Every finished translation of a language, by source text, across all modules."""
    memory: dict[str, object] = {}
    for ts in sorted((I18N / language).glob("*.ts")):
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            value = forms if forms else (translation.text or "")
            if value:
                memory[message.findtext("source") or ""] = value
    return memory


def update() -> None:
    """lupdate every module; a string moved to another module or context keeps its translation."""
    memories = {lang: translation_memory(lang) for lang in LANGUAGES}
    modules = translatable_modules()
    wanted = {ts_path(m, lang) for m in modules for lang in LANGUAGES}
    for module in modules:
        for language in LANGUAGES:
            target = ts_path(module, language)
            run_lupdate(module, target, language)
            if language == "en":
                fill_english(target)
            else:
                apply(language, memories[language], only=target)
                _write(ET.parse(target), target)  # one layout, whichever tool wrote last
    for stale in I18N.glob("*/*.ts"):
        if stale not in wanted and stale.parent.name in LANGUAGES:
            stale.unlink()


def unfinished(language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for ts in sorted((I18N / language).glob("*.ts")):
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (
                    translation.text or translation.findall("numerusform")):
                found[message.findtext("source") or ""] = ""
    return found


def apply(language: str, mapping: dict, only: Path | None = None) -> int:
    """Fill unfinished strings from ``mapping`` (source -> translation or plural forms)."""
    filled = 0
    for ts in [only] if only else sorted((I18N / language).glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or not mapping.get(source):
                continue
            if translation.get("type") != "unfinished" and only is not None:
                continue
            forms = translation.findall("numerusform")
            values = mapping[source] if isinstance(mapping[source], list) else [mapping[source]]
            if forms:
                for form, value in zip(forms, values * len(forms), strict=False):
                    form.text = value
            else:
                translation.text = values[0]
            translation.attrib.pop("type", None)
            changed = True
            filled += 1
        if changed:
            _write(tree, ts)
    return filled


def qm_path(language: str) -> Path:
    """The one compiled file per language: Qt asks every installed translator in turn for
    each string, so one translator instead of one per module keeps both start-up and every
    tr() quick."""
    return I18N / f"kuhina_{language}.qm"


def release_to(language: str, target: Path) -> None:
    sources = [str(ts) for ts in sorted((I18N / language).glob("*.ts"))]
    subprocess.run([_tool("lrelease"), "-silent", *sources, "-qm", str(target)], check=True,
                   cwd=ROOT, capture_output=True)


def release() -> None:
    for language in LANGUAGES:
        release_to(language, qm_path(language))
        for old in (I18N / language).glob("*.qm"):  # from the one-file-per-module layout
            old.unlink()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "missing":
        print(json.dumps(unfinished(argv[1]), ensure_ascii=False, indent=1))
    elif command == "apply":
        mapping = json.loads(Path(argv[2]).read_text("utf-8"))
        print(f"filled {apply(argv[1], mapping)} strings")
    elif command == "release":
        release()
    elif command == "check":
        missing = {lang: unfinished(lang) for lang in LANGUAGES}
        for lang, items in missing.items():
            for source in items:
                print(f"{lang}: unfinished: {source}")
        return 1 if any(missing.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
