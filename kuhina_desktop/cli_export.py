"""`kuhina-desktop export coach --file F.kuhina --out OUT.zip [--from D] [--to D]`, headless.

The data file is opened read-only: an export never changes it. Consents are checked on the day
of the export; ``--from``/``--to`` limit the dated rows (contracts, coaching, training…).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="write an export file (coach: the job-coach zip)")
    kinds = parser.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    coach = kinds.add_parser(
        "coach", help="zip for the job coach: people with a valid consent, allowed fields only")
    coach.add_argument("--file", dest="data_file", type=Path, required=True,
                       help="the .kuhina file (opened read-only)")
    coach.add_argument("--out", type=Path, required=True, help="the zip to write")
    coach.add_argument("--from", dest="period_start", type=_iso_day, metavar="YYYY-MM-DD",
                       help="leave out rows that ended before this day")
    coach.add_argument("--to", dest="period_end", type=_iso_day, metavar="YYYY-MM-DD",
                       help="leave out rows that start after this day")
    coach.add_argument("--lang", dest="doc_lang", choices=["fi", "en"],
                       help="language of headers and the PDF (default: the file's setting)")
    coach.add_argument("--today", type=_iso_day, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    if args.export_kind == "coach":
        return _coach(args)
    print(f"unknown export {args.export_kind}", file=sys.stderr)
    return 2


def _coach(args: argparse.Namespace) -> int:
    from kuhina_desktop.services.coach_export import CoachExportService
    from kuhina_desktop.services.coach_export_files import check_target, write_coach_export
    from kuhina_desktop.storage.database import open_data_file

    check_target(args.out)  # before opening the file: a wrong target is the quickest to report
    data = open_data_file(args.data_file, read_only=True)
    try:
        export = CoachExportService(data).prepare(
            args.today or date.today(), args.period_start, args.period_end, args.doc_lang)
    finally:
        data.close()
    written = write_coach_export(export, args.out)
    print(f"{written.path}: {written.people} henkilöä, {written.rows} riviä, "
          f"{len(written.files)} tiedostoa ({written.people} people, {written.rows} rows, "
          f"{len(written.files)} files)")
    if export.left_out:
        print(f"{len(export.left_out)} henkilöä jätettiin pois: ei voimassa olevaa suostumusta "
              f"({len(export.left_out)} people left out: no consent in force)")
    return 0
