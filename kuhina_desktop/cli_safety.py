"""Headless data-safety commands. Qt-free.

    kuhina-desktop backup F.kuhina [--to DIR] [--keep-all]
    kuhina-desktop restore BACKUP --to F.kuhina
    kuhina-desktop access-request F.kuhina --employee ID --out NAME.pdf [--json] [--lang fi|en]
"""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK = 0


def add_backup(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backup", help="take a verified backup copy of a file")
    parser.add_argument("path", type=Path)
    parser.add_argument("--to", type=Path, metavar="DIR",
                        help="folder for the copy (default: the file's backup folder)")
    parser.add_argument("--keep-all", action="store_true",
                        help="do not thin out older copies in the folder")


def add_restore(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("restore", help="put a backup copy in place of a file "
                                            "(the current file is moved aside, never overwritten)")
    parser.add_argument("backup", type=Path)
    parser.add_argument("--to", type=Path, metavar="FILE", required=True, dest="target",
                        help="the data file to restore into")


def add_access_request(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("access-request",
                            help="export everything about one person (PDF and JSON)")
    parser.add_argument("path", type=Path)
    parser.add_argument("--employee", type=int, required=True, help="the employee id")
    parser.add_argument("--out", type=Path, required=True,
                        help="the PDF to write; the JSON goes beside it with the same name")
    parser.add_argument("--lang", dest="doc_lang", choices=["fi", "en"])
    parser.add_argument("--include-health", action="store_true",
                        help="include health-related data (only when the person asks)")


def cmd_access_request(args: argparse.Namespace) -> int:
    from datetime import date

    from kuhina_desktop.reports.builders.access_request import build_from
    from kuhina_desktop.reports.pdf import render_pdf
    from kuhina_desktop.services import Services
    from kuhina_desktop.storage.database import open_data_file

    services = Services(open_data_file(args.path, read_only=True))
    try:
        report = services.privacy.access_report(args.employee, args.include_health)
        language = args.doc_lang or services.association.get().document_language
    finally:
        services.close()
    from kuhina_desktop.services.access import export_json

    json_path = export_json(report, args.out.with_suffix(".json"))
    render_pdf(build_from(report, language, date.today()), args.out)
    print(f"Tietopyynnön vastaus / access request: {args.out}, {json_path}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from kuhina_desktop.services.restore import backup_file_now

    result = backup_file_now(args.path, to=args.to, thin=not args.keep_all)
    print(f"Varmuuskopio tehty ja tarkistettu / backup written and verified: {result.path}")
    if result.removed:
        print(f"Harvennettu / thinned out {len(result.removed)} older copies")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from kuhina_desktop.services.restore import restore_backup

    result = restore_backup(args.backup, args.target)
    print(f"Palautettu / restored: {args.backup} -> {result.target}")
    if result.moved_aside:
        print(f"Entinen tiedosto siirretty / previous file moved to: {result.moved_aside}")
    if result.safety_copy:
        print(f"Entisestä tiedostosta otettu kopio / copy of the previous file: "
              f"{result.safety_copy}")
    return EXIT_OK


COMMANDS = [add_backup, add_restore, add_access_request]
HANDLERS = {"backup": cmd_backup, "restore": cmd_restore, "access-request": cmd_access_request}
