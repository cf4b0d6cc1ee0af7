"""`--self-test`: proves that an installed or frozen program has everything it needs.

It creates a temporary data file with the demo association, checks it, and checks that the
shipped resources (fonts, translations) are present. Later capabilities append their own checks
(render one PDF, write one export) to SELF_TESTS.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kuhina_desktop.resources import resource_path

SelfTest = Callable[[Path], None]


def _check_resources(folder: Path) -> None:
    required = [resource_path("fonts", "DejaVuSans.ttf"), resource_path("fonts", "DejaVuSans-Bold.ttf")]
    required += [resource_path("i18n", lang) for lang in ("fi", "en")]
    missing = [str(p) for p in required if not p.exists()]
    qm_files = list(resource_path("i18n").glob("*/*.qm"))
    if not qm_files:
        missing.append("resources/i18n/*/*.qm")
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


SELF_TESTS: list[SelfTest] = [_check_resources, _check_demo_file]


def run_self_test(folder: Path) -> list[str]:
    failures = []
    for test in SELF_TESTS:
        try:
            test(folder)
            print(f"ok   {test.__name__.lstrip('_')}")
        except Exception as exc:  # noqa: BLE001 - the self-test reports every failure
            failures.append(f"{test.__name__.lstrip('_')}: {exc}")
    return failures
