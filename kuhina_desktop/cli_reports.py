"""`kuhina-desktop report KIND --file F.kuhina --out OUT.pdf`: any report, headless.

The data file is opened read-only: printing never changes it (a card printed with the full
identity code records that reveal in the audit trail).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

KINDS = ("application", "yearly-summary", "employee-card", "training", "coaching", "due-list",
         "co-employment")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", help="write a PDF report: " + ", ".join(KINDS))
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--file", dest="data_file", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", dest="doc_lang", choices=["fi", "en"],
                        help="document language (default: the file's setting)")
    parser.add_argument("--year", type=int)
    parser.add_argument("--period", help="the payment period of an application report: an "
                        "application id, DECISION_ID:YYYY-MM-DD (the period's first day), or a "
                        "month YYYY-MM (with --employee when several people have a period then)")
    parser.add_argument("--employee", type=int, help="an employee id")
    parser.add_argument("--show-hetu", action="store_true",
                        help="print the full henkilötunnus on an employee card")
    parser.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from kuhina_desktop.reports.builders import ReportOptions, builders
    from kuhina_desktop.reports.pdf import render_pdf
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    available = builders()
    if args.kind not in available:
        print(f"the report {args.kind} is not available in this version", file=sys.stderr)
        return 2
    # Printing never changes the file, except that showing a full identity code is recorded
    # in the audit trail like every other reveal.
    services = Services(open_data_file(args.data_file, read_only=not args.show_hetu))
    try:
        language = args.doc_lang or services.association.get().document_language
        options = ReportOptions(language=language, today=args.today or date.today(),
                                year=args.year, employee_id=args.employee, period=args.period,
                                show_hetu=args.show_hetu)
        report = available[args.kind](services, options)
        pages = render_pdf(report, args.out)
    finally:
        services.close()
    print(f"{args.out}: {pages} " + ("sivu" if pages == 1 else "sivua"))
    return 0
