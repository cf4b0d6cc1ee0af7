"""What build.spec puts into the one-folder bundle, as plain functions that tests can check
without running PyInstaller.

The spec stays a short list of decisions; the rules (which files, which Qt parts, the version)
live here so that a new resource file or a new text module needs no edit of the spec.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Kuhina Desktop"
EXE_NAME = "kuhina-desktop"          # console program: headless commands, --self-test
GUI_EXE_NAME = "KuhinaDesktop"       # Windows only: the same program without a console window
UI_LANGUAGES = ("fi", "en")
# Source files that are not needed at run time (translations are compiled to .qm).
RESOURCE_SKIP_SUFFIXES = (".ts", ".pro", ".py", ".pyc")

# The program imports QtCore, QtGui and QtWidgets; QtNetwork (one running instance) and
# QtPrintSupport (printing) are kept for the capabilities that are designed to use them, QtSvg
# for SVG icons. Every other Qt module and every other Qt binding is left out.
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDBus",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth",
    "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml",
    "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
    "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)
OTHER_EXCLUDED = (
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter", "IPython", "matplotlib", "numpy",
    "pytest", "pytestqt", "hypothesis", "time_machine", "pypdf",
    # Only python-stdnum's fallback for Pythons older than 3.9 imports pkg_resources; bundled,
    # PyInstaller's run-time hook would import it on every start (about 0.3 s).
    "pkg_resources", "setuptools",
    # Nothing here starts processes; bundled, PyInstaller's run-time hook would import it on
    # every start (some 10 ms: a sixth of what the program adds to an empty window's start).
    "multiprocessing",
)
# Qt plug-in folders the program has no use for (QML debugging, SQL drivers, Designer).
QT_PLUGIN_DIRS_EXCLUDED = ("qmltooling", "sqldrivers", "designer", "vectorimageformats")
BABEL_LOCALES = ("root", "fi", "en", "sv")
HOLIDAYS_LOCALES = ("fi", "en_US", "sv_FI", "sv")


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0): Windows wants four numbers; a suffix like 'rc1' is dropped."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", part)) else 0
               for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def excludes() -> list[str]:
    return [f"PySide6.{name}" for name in QT_MODULES_EXCLUDED] + list(OTHER_EXCLUDED)


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every file under resources/ (except translation sources) and the user guide.

    Listed file by file so that new files (a rate table, an icon) are picked up by the next
    build without an edit of the spec.
    """
    datas = []
    for folder, target in ((root / "resources", "resources"),
                           (root / "docs" / "guide", "docs/guide")):
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix in RESOURCE_SKIP_SUFFIXES \
                    or "__pycache__" in path.parts:
                continue
            relative = path.parent.relative_to(folder)
            dest = target if relative == Path(".") else f"{target}/{relative.as_posix()}"
            datas.append((str(path), dest))
    return datas


def qt_translation_datas(translations_dir: Path) -> list[tuple[str, str]]:
    """Qt's own translations of standard buttons and dialogs, for the UI languages only."""
    found = []
    for language in UI_LANGUAGES:
        qm = translations_dir / f"qtbase_{language}.qm"
        if not qm.exists():
            raise FileNotFoundError(f"{qm} is missing: the Qt installation has no {language}")
        found.append((str(qm), "resources/i18n/qt"))
    return found


def _qt_parts(dest: str) -> tuple[str, ...]:
    """The path below Qt's folder: PySide6/Qt/plugins/… on Linux, PySide6/plugins/… on Windows."""
    parts = Path(dest).parts
    if parts[:2] == ("PySide6", "Qt"):
        return parts[2:]
    return parts[1:] if parts[:1] == ("PySide6",) else ()


def keep_data(dest: str) -> bool:
    """Filter for the collected data files: drop what no user of this program needs."""
    parts, qt = Path(dest).parts, _qt_parts(dest)
    if qt[:1] == ("translations",):
        return False  # our copy of qtbase_fi/en lives in resources/i18n/qt
    if len(parts) >= 3 and parts[:2] == ("babel", "locale-data"):
        return Path(parts[2]).stem.split("_")[0] in BABEL_LOCALES
    if len(parts) >= 3 and parts[:2] == ("holidays", "locale"):
        return parts[2] in HOLIDAYS_LOCALES
    return not _is_excluded_plugin(qt)


def keep_binary(dest: str) -> bool:
    return not _is_excluded_plugin(_qt_parts(dest))


def _is_excluded_plugin(qt: tuple[str, ...]) -> bool:
    return len(qt) >= 2 and qt[0] == "plugins" and qt[1] in QT_PLUGIN_DIRS_EXCLUDED


def write_metadata(folder: Path, version: str) -> Path:
    """A minimal dist-info so importlib.metadata.version('kuhina-desktop') works when frozen.

    Written from pyproject.toml at build time, so the bundle never depends on whether (or
    from which checkout) the package was pip-installed.
    """
    dist_info = folder / f"kuhina_desktop-{version}.dist-info"
    dist_info.mkdir(parents=True, exist_ok=True)
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: kuhina-desktop\nVersion: {version}\n", encoding="utf-8")
    return dist_info


def windows_version_file(version: str) -> str:
    """The Windows version resource (Explorer → Properties → Details) built from ``version``,
    in the text form PyInstaller reads (its classes need pefile, which exists only on Windows).
    """
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Kuhina", "FileDescription": APP_NAME, "FileVersion": version,
        "InternalName": EXE_NAME, "LegalCopyright": "MIT License",
        "OriginalFilename": f"{GUI_EXE_NAME}.exe", "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})"
                        for key, value in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040b04b0', [\n"  # Finnish, Unicode
        f"{table}\n"
        "    ])]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x040b, 1200])])\n"
        "  ]\n"
        ")\n"
    )
