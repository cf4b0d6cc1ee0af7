"""Headless sub-commands. Nothing here imports PySide6, so they run on a server too.

Exit codes: 0 done, 1 the checked file has problems, 2 bad input (usage, file not ours…).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from kuhina_desktop import __version__
from kuhina_desktop.domain.errors import KuhinaError
from kuhina_desktop.messages import plain_message

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kuhina-desktop",
        description="Kuhina Desktop – palkkatuet ja maksatushakemukset yhdistyksille. "
                    "Without a sub-command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Kuhina Desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo association")
    parser.add_argument("--lang", choices=["fi", "en"], help="user interface language")
    parser.add_argument("--self-test", action="store_true",
                        help="open a temporary file, run the checks and exit 0 when all pass")
    parser.add_argument("--file", dest="file", type=Path, metavar="FILE",
                        help="a .kuhina file to open (a bare FILE argument works too)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="write the demo association file to PATH")
    demo.add_argument("path", type=Path)
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    check = sub.add_parser("check", help="integrity and foreign-key check of a file (exit 0/1)")
    check.add_argument("path", type=Path)
    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


# Later capabilities register their sub-commands here: (add_parser function, handler by name).
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}

from kuhina_desktop import cli_safety  # noqa: E402 - registers after the lists exist

EXTRA_COMMANDS += cli_safety.COMMANDS
HANDLERS.update(cli_safety.HANDLERS)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Sub-commands, or a bare FILE to open in the window (as a file manager passes it)."""
    parser = build_parser()
    positionals = [arg for arg in argv if not arg.startswith("-")]
    commands = {"demo", "check", *HANDLERS}
    if positionals and positionals[0] not in commands and argv.count(positionals[0]) == 1:
        rest = [arg for arg in argv if arg != positionals[0]]
        args = parser.parse_args(rest)
        if args.command is None:
            args.file = Path(positionals[0])
            return args
    return parser.parse_args(argv)


def run_headless(args: argparse.Namespace) -> int:
    handlers = {"demo": cmd_demo, "check": cmd_check, **HANDLERS}
    try:
        if args.self_test:
            return cmd_self_test(args)
        return handlers[args.command](args)
    except KuhinaError as exc:
        print(plain_message(exc), file=sys.stderr)
        return EXIT_BAD_INPUT


def cmd_demo(args: argparse.Namespace) -> int:
    from kuhina_desktop.demo import build_demo

    path: Path = args.path
    if path.exists():
        if not args.force:
            print(f"{path} on jo olemassa; käytä --force korvataksesi sen. "
                  f"({path} exists; use --force to replace it.)", file=sys.stderr)
            return EXIT_BAD_INPUT
        path.unlink()
    build_demo(path).close()
    print(f"Esittelytiedosto kirjoitettu: {path}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from kuhina_desktop.storage.checks import check_file

    report = check_file(args.path)
    if report.ok:
        print(f"OK: {args.path} – eheystarkistus ja viiteavaimet kunnossa "
              f"(integrity and foreign keys ok), schema {report.schema_version}")
        return EXIT_OK
    print(f"VIRHE / ERROR: {args.path}", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_PROBLEMS


def cmd_self_test(args: argparse.Namespace) -> int:
    from kuhina_desktop.selftest import run_self_test

    with tempfile.TemporaryDirectory(prefix="kuhina-selftest-") as folder:
        failures = run_self_test(Path(folder))
    if failures:
        for failure in failures:
            print(f"FAIL {failure}", file=sys.stderr)
        return EXIT_PROBLEMS
    print("self-test: all checks passed")
    return EXIT_OK
