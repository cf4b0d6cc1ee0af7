"""`--self-test`: proves that an installed or frozen program has everything it needs.

It creates a temporary data file with the demo association and checks it; checks that the
shipped resources are present (fonts, our and Qt's translations, every error text, the user
guide); renders one PDF and writes one export (the due-list calendar). Later capabilities append
their own checks to SELF_TESTS.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kuhina_desktop.resources import resource_path

if TYPE_CHECKING:
    from kuhina_desktop.services import Services

# A step raises on failure; it may return a short note of what it checked.
SelfTest = Callable[[Path], "str | None"]


def _check_resources(folder: Path) -> None:
    required = [resource_path("fonts", "DejaVuSans.ttf"), resource_path("fonts", "DejaVuSans-Bold.ttf")]
    required += [resource_path("i18n", f"kuhina_{lang}.qm") for lang in ("fi", "en")]
    missing = [str(p) for p in required if not p.exists()]
    if missing:
        raise AssertionError("missing resources: " + ", ".join(missing))


def _check_demo_file(folder: Path) -> None:
    from kuhina_desktop.demo import build_demo
    from kuhina_desktop.storage.checks import check_file
    from kuhina_desktop.storage.database import open_data_file

    path = folder / "selftest.kuhina"
    build_demo(path).close()
    report = check_file(path)
    if not report.ok:
        raise AssertionError("; ".join(report.problems))
    reopened = open_data_file(path, backup_dir=folder)
    reopened.close()


def _check_texts(folder: Path) -> str:
    """Every error the program can raise has its text: a frozen bundle that lost a module of
    texts/ (found with pkgutil at run time) would show bare codes to the user."""
    import importlib
    import pkgutil

    from kuhina_desktop import domain, messages, services, storage, texts
    from kuhina_desktop.domain.errors import KuhinaError, ValidationErrors

    for package in (domain, storage, services):  # where the error classes are defined
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    modules = sorted(info.name for info in pkgutil.iter_modules(texts.__path__))
    subclasses, pending = set(), [KuhinaError]
    while pending:
        cls = pending.pop()
        subclasses.add(cls)
        pending.extend(cls.__subclasses__())
    subclasses.discard(ValidationErrors)  # shown as the list of its parts, never by its code
    missing = sorted({cls.code for cls in subclasses} - set(messages.ERROR_TEXTS))
    if missing or not modules:
        raise AssertionError(f"error texts missing for {missing} (text modules: {modules})")
    return (f"{len(messages.ERROR_TEXTS)} error texts, {len(messages.FIELD_LABELS)} field "
            f"labels from {', '.join(modules)}")


def _check_translations(folder: Path) -> str:
    """Our .qm files and Qt's own load and translate (QtCore only: no window is opened)."""
    from PySide6.QtCore import QTranslator

    from kuhina_desktop.ui.i18n import qt_translations_dir

    qt = QTranslator()
    if not qt.load("qtbase_fi", str(qt_translations_dir())):
        raise AssertionError(f"Qt's Finnish translation not found in {qt_translations_dir()}")
    ours = QTranslator()
    if not ours.load(str(resource_path("i18n", "kuhina_fi.qm"))):
        raise AssertionError("cannot load kuhina_fi.qm")
    probe = ("MainWindow", "&File")  # in variables: not a new string for lupdate to collect
    if ours.translate(*probe) != "&Tiedosto":
        raise AssertionError("kuhina_fi.qm does not translate the File menu")
    if qt.isEmpty():
        raise AssertionError("Qt's Finnish translation is empty")
    return "our Finnish translation and Qt's own"


def _check_guide(folder: Path) -> str:
    from kuhina_desktop.resources import docs_path

    counts = {lang: len(list(docs_path(lang).glob("[0-9][0-9]-*.md"))) for lang in ("fi", "en")}
    if not counts["fi"] or counts["fi"] != counts["en"]:
        raise AssertionError(f"user guide incomplete in {docs_path()}: {counts}")
    return f"{counts['fi']} chapters in Finnish and English"


@contextlib.contextmanager
def _demo(folder: Path) -> Iterator[Services]:
    """The demo association in the self-test's folder, built once and shared by the steps."""
    from kuhina_desktop.demo import build_demo
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    path = folder / "selftest-output.kuhina"
    services = Services(open_data_file(path, read_only=True)) if path.exists() \
        else build_demo(path)
    try:
        yield services
    finally:
        services.close()


def _check_pdf(folder: Path) -> str:
    """ReportLab, the embedded fonts and a report builder work: one real PDF is rendered."""
    from kuhina_desktop.reports.builders import ReportOptions, builders
    from kuhina_desktop.reports.pdf import render_pdf

    out = folder / "selftest-due-list.pdf"
    with _demo(folder) as services:
        report = builders()["due-list"](services, ReportOptions(language="fi", today=date.today()))
        pages = render_pdf(report, out)
    if pages < 1 or not out.read_bytes().startswith(b"%PDF"):
        raise AssertionError(f"{out.name} is not a PDF ({pages} pages)")
    return f"{pages} page(s), {out.stat().st_size} bytes"


def _check_export(folder: Path) -> str:
    """One export file is written the way the program writes them (the due-list calendar)."""
    from kuhina_desktop.services.ics import calendar_text, write_calendar

    with _demo(folder) as services:
        items = services.due_list.all_items(date.today())
    out = folder / "selftest-deadlines.ics"
    write_calendar(out, calendar_text(items, lambda item: item.kind.value, "Kuhina self-test"))
    text = out.read_text(encoding="utf-8")
    if not (text.startswith("BEGIN:VCALENDAR") and text.rstrip().endswith("END:VCALENDAR")):
        raise AssertionError(f"{out.name} is not a calendar file")
    return f"{len(items)} deadline(s) in {out.name}"


def _check_coach_export(folder: Path) -> str:
    """The job-coach zip of the demo file is written, and every member matches its hash."""
    import hashlib
    import json
    import zipfile

    from kuhina_desktop.services.coach_export_files import MANIFEST, write_coach_export

    out = folder / "selftest-coach-export.zip"
    with _demo(folder) as services:
        written = write_coach_export(services.coach_export.prepare(date.today()), out)
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        for entry in manifest["files"]:
            if hashlib.sha256(archive.read(entry["name"])).hexdigest() != entry["sha256"]:
                raise AssertionError(f"{entry['name']} does not match its SHA-256 in the manifest")
    return f"{written.people} people, {len(written.files)} files in {out.name}"


SELF_TESTS: list[SelfTest] = [_check_resources, _check_demo_file, _check_texts,
                              _check_translations, _check_guide, _check_pdf, _check_export,
                              _check_coach_export]

from kuhina_desktop.selftest_safety import SAFETY_SELF_TESTS  # noqa: E402 - after the list

SELF_TESTS += SAFETY_SELF_TESTS

from kuhina_desktop.selftest_protection import check_password_protection  # noqa: E402

SELF_TESTS.append(check_password_protection)


def run_self_test(folder: Path) -> list[str]:
    failures = []
    for test in SELF_TESTS:
        try:
            note = test(folder)
            print(f"ok   {test.__name__.lstrip('_')}" + (f": {note}" if note else ""))
        except Exception as exc:  # noqa: BLE001 - the self-test reports every failure
            failures.append(f"{test.__name__.lstrip('_')}: {exc}")
    return failures
