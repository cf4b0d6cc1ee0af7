"""Headless sub-commands. Nothing here imports PySide6, so they run on a server too.

Exit codes: 0 done, 1 the checked file has problems, 2 bad input (usage, file not ours…).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from kuhina_desktop import __version__
from kuhina_desktop.domain.errors import KuhinaError

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``with_commands=False`` leaves out the sub-commands (see
    parse_args)."""
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
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="write the demo association file to PATH")
    demo.add_argument("path", type=Path)
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    check = sub.add_parser("check", help="integrity and foreign-key check of a file (exit 0/1)")
    check.add_argument("path", type=Path)
    calc = sub.add_parser("calc", help="compute the support of a case in JSON (docs/calc.md)")
    calc.add_argument("case", type=Path, help="the case file, or - for standard input")
    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


def _report_parser(sub: argparse._SubParsersAction) -> None:
    from kuhina_desktop import cli_reports

    cli_reports.register(sub)


def _report(args: argparse.Namespace) -> int:
    from kuhina_desktop import cli_reports

    return cli_reports.run(args)


def _export_parser(sub: argparse._SubParsersAction) -> None:
    from kuhina_desktop import cli_export

    cli_export.register(sub)


def _export(args: argparse.Namespace) -> int:
    from kuhina_desktop import cli_export

    return cli_export.run(args)


# Later capabilities register their sub-commands here: (add_parser function, handler by name).
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [_report_parser,
                                                                     _export_parser]
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {"report": _report, "export": _export}


_OPTIONS_WITH_VALUE = {"--lang", "--file"}


def _positionals(argv: list[str]) -> list[str]:
    """The bare words of argv, skipping the values of options such as ``--lang en``."""
    words, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    return words

from kuhina_desktop import cli_safety  # noqa: E402 - registers after the lists exist

EXTRA_COMMANDS += cli_safety.COMMANDS
HANDLERS.update(cli_safety.HANDLERS)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Sub-commands, or a bare FILE to open in the window (as a file manager passes it).

    Starting the window builds only the parser of the window's own options: the parsers of
    every sub-command take milliseconds that a start-up need not spend.
    """
    positionals = _positionals(argv)
    commands = {"demo", "check", "calc", *HANDLERS}
    wants_help = any(arg in ("-h", "--help") for arg in argv)
    if (positionals and positionals[0] in commands) or wants_help:
        return build_parser().parse_args(argv)
    rest = list(argv)
    if positionals:
        rest.remove(positionals[0])
    args = build_parser(with_commands=False).parse_args(rest)
    args.command = None
    if positionals:
        args.file = Path(positionals[0])
    return args


def run_headless(args: argparse.Namespace) -> int:
    handlers = {"demo": cmd_demo, "check": cmd_check, "calc": cmd_calc, **HANDLERS}
    try:
        if args.self_test:
            return cmd_self_test(args)
        from kuhina_desktop.cli_protection import prepare_password

        prepare_password(args)  # a protected file: KUHINA_PASSWORD or a prompt (exit 2 if none)
        return handlers[args.command](args)
    except KuhinaError as exc:
        from kuhina_desktop.messages import plain_message  # all error texts: only when needed

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


CALC_HINTS = {
    "missing_field": "this required value is missing",
    "unknown_field": "this key is not part of the format (a typing error?)",
    "expected_string": 'write amounts and rates as strings with a dot decimal, e.g. "1495.00"',
    "expected_object": "expected a JSON object here",
    "expected_list": "expected a JSON list here",
    "expected_integer": "expected a whole number",
    "expected_boolean": "expected true or false",
    "invalid_number": 'not a number: use digits and a dot decimal, e.g. "1495.00"',
    "too_many_decimals": "an amount has at most two decimals",
    "negative_amount": "an amount cannot be negative",
    "negative_value": "this value cannot be negative",
    "out_of_range": "the number is too large",
    "invalid_date": 'not a real date in the form "2026-03-31"',
    "invalid_month": 'not a month in the form "2026-03"',
    "date_out_of_range": "the year must be between 1900 and 2999",
    "unknown_kind": "unknown support kind (see docs/calc.md)",
    "invalid_choice": "not one of the allowed values (see docs/calc.md)",
    "payment_period_invalid": "the payment period is 1, 2 or 3 months",
    "decision_end_before_start": "the subsidy period ends before it starts",
    "employment_end_before_start": "the employment ends before it starts",
    "percent_out_of_range": "the percent must be between 0 and 100",
    "duplicate_month": "the same month is given twice",
    "contribution_rates_missing": "no rate table for this year: give employer_contributions",
}


def cmd_calc(args: argparse.Namespace) -> int:
    """Print the result of a calculation case as JSON; a malformed case names its field."""
    import json

    from kuhina_desktop.domain.calc_case import run_case
    from kuhina_desktop.domain.errors import ValidationError

    try:
        text = sys.stdin.read() if str(args.case) == "-" else args.case.read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as exc:
        print(f"cannot read {args.case}: {exc.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except json.JSONDecodeError as exc:
        print(f"{args.case} is not JSON: line {exc.lineno} column {exc.colno}: {exc.msg}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = run_case(data)
    except ValidationError as exc:
        hint = CALC_HINTS.get(exc.code, "see docs/calc.md for the format")
        print(f"error in {exc.field or 'case'}: {hint} (code {exc.code})", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    import tempfile  # here: the window's start does not need it (nor shutil, random…)

    from kuhina_desktop.selftest import run_self_test

    with tempfile.TemporaryDirectory(prefix="kuhina-selftest-") as folder:
        failures = run_self_test(Path(folder))
    if failures:
        for failure in failures:
            print(f"FAIL {failure}", file=sys.stderr)
        return EXIT_PROBLEMS
    print("self-test: all checks passed")
    return EXIT_OK
