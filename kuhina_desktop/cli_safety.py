"""Headless data-safety commands: `backup`, `restore`, `erase-check`… Qt-free.

    kuhina-desktop backup F.kuhina [--to DIR] [--keep-all]
    kuhina-desktop restore BACKUP --to F.kuhina
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


COMMANDS = [add_backup, add_restore]
HANDLERS = {"backup": cmd_backup, "restore": cmd_restore}
