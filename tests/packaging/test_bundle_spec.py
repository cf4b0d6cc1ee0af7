"""What build.spec puts into the bundle, checked without running PyInstaller."""

from __future__ import annotations

import tomllib
from importlib.metadata import PathDistribution
from pathlib import Path

import pytest

from tools import bundle_spec as spec

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        expected = tomllib.load(handle)["project"]["version"]
    assert spec.project_version() == expected


def test_program_reports_the_pyproject_version() -> None:
    from kuhina_desktop import __version__

    assert __version__ == spec.project_version()


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)),
])
def test_windows_version_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert spec.version_tuple(text) == numbers


def _pyinstaller_class_arguments() -> dict[str, set[str]]:
    """Argument names of PyInstaller's version-resource classes, read from its source (the
    module itself imports pefile, which exists only on Windows)."""
    import ast
    import importlib.util

    origin = importlib.util.find_spec("PyInstaller").submodule_search_locations[0]
    tree = ast.parse(Path(origin, "utils", "win32", "versioninfo.py").read_text("utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            init = next((f for f in node.body if isinstance(f, ast.FunctionDef)
                         and f.name == "__init__"), None)
            if init is not None:
                found[node.name] = {a.arg for a in init.args.args[1:]}
    return found


def test_windows_version_resource_names_the_program() -> None:
    signatures = _pyinstaller_class_arguments()
    made: dict[str, list] = {}

    def recorder(name: str):
        def make(*args, **kwargs):
            assert set(kwargs) <= signatures[name], f"{name} has no argument {set(kwargs)}"
            assert len(args) + len(kwargs) <= len(signatures[name])
            made.setdefault(name, []).append((args, kwargs))
            return name
        return make

    text = spec.windows_version_file("1.4.2")
    eval(text, {"__builtins__": {}}, {name: recorder(name) for name in signatures})  # noqa: S307
    fixed = made["FixedFileInfo"][0][1]
    assert fixed["filevers"] == fixed["prodvers"] == (1, 4, 2, 0)
    strings = dict(args for args, _ in made["StringStruct"])
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.4.2"
    assert strings["ProductName"] == "Kuhina Desktop"


def test_every_resource_is_bundled_except_translation_sources() -> None:
    datas = spec.resource_datas(ROOT)
    bundled = {Path(src).relative_to(ROOT) for src, _ in datas}
    on_disk = {p.relative_to(ROOT) for folder in ("resources", "docs/guide")
               for p in (ROOT / folder).rglob("*") if p.is_file()}
    assert bundled == {p for p in on_disk if p.suffix != ".ts"}
    assert any(p.suffix == ".ts" for p in on_disk)  # sources exist, and stay out
    for src, dest in datas:  # the same place in the bundle as in the source tree
        assert dest == Path(src).parent.relative_to(ROOT).as_posix()


def test_a_new_resource_file_needs_no_spec_edit(tmp_path: Path) -> None:
    (tmp_path / "resources" / "rates").mkdir(parents=True)
    (tmp_path / "resources" / "rates" / "2027.json").write_text("{}")
    (tmp_path / "resources" / "i18n" / "fi").mkdir(parents=True)
    (tmp_path / "resources" / "i18n" / "fi" / "x.ts").write_text("<TS/>")
    (tmp_path / "docs" / "guide" / "fi").mkdir(parents=True)
    (tmp_path / "docs" / "guide" / "fi" / "01-a.md").write_text("# 1 A")
    assert sorted(spec.resource_datas(tmp_path)) == sorted([
        (str(tmp_path / "docs" / "guide" / "fi" / "01-a.md"), "docs/guide/fi"),
        (str(tmp_path / "resources" / "rates" / "2027.json"), "resources/rates"),
    ])


def test_qt_translations_for_the_ui_languages(tmp_path: Path) -> None:
    for language in ("fi", "en", "sv"):
        (tmp_path / f"qtbase_{language}.qm").write_bytes(b"qm")
    assert spec.qt_translation_datas(tmp_path) == [
        (str(tmp_path / "qtbase_fi.qm"), "resources/i18n/qt"),
        (str(tmp_path / "qtbase_en.qm"), "resources/i18n/qt")]
    (tmp_path / "qtbase_en.qm").unlink()
    with pytest.raises(FileNotFoundError, match="qtbase_en.qm"):
        spec.qt_translation_datas(tmp_path)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/translations/qtbase_de.qm", False),  # the Windows wheel's layout
    ("PySide6/plugins/sqldrivers/qsqlite.dll", False),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("babel/locale-data/fi.dat", True),
    ("babel/locale-data/en_GB.dat", True),
    ("babel/locale-data/de.dat", False),
    ("holidays/locale/fi/LC_MESSAGES/FI.mo", True),
    ("holidays/locale/de/LC_MESSAGES/DE.mo", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("resources/fonts/DejaVuSans.ttf", True),
])
def test_data_filter(dest: str, kept: bool) -> None:
    assert spec.keep_data(dest) is kept
    if "plugins" in dest:
        assert spec.keep_binary(dest) is kept


def test_other_bindings_and_unused_qt_modules_are_excluded() -> None:
    excluded = set(spec.excludes())
    assert {"PyQt5", "PyQt6", "PySide2", "tkinter", "PySide6.QtQml", "PySide6.QtQuick",
            "PySide6.Qt3DCore", "PySide6.QtWebEngineCore", "PySide6.QtMultimedia",
            "PySide6.QtCharts", "PySide6.QtPdf"} <= excluded
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork",
            "PySide6.QtPrintSupport", "PySide6.QtSvg"}
    assert not used & excluded


def test_program_imports_only_the_kept_qt_modules() -> None:
    """A new `from PySide6.QtX import` of an excluded module would break only the frozen app."""
    import re

    pattern = re.compile(r"^\s*(?:from|import) PySide6\.(\w+)", re.MULTILINE)
    imported = {f"PySide6.{name}" for path in (ROOT / "kuhina_desktop").rglob("*.py")
                for name in pattern.findall(path.read_text(encoding="utf-8"))}
    assert imported and not imported & set(spec.excludes())


def test_metadata_gives_the_frozen_program_its_version(tmp_path: Path) -> None:
    dist_info = spec.write_metadata(tmp_path, "3.2.1")
    assert PathDistribution(dist_info).version == "3.2.1"
    assert PathDistribution(dist_info).metadata["Name"] == "kuhina-desktop"
