"""Writing a job-coach export snapshot as one zip, atomically.

The zip holds a workbook (one sheet per data set), the same data sets as CSV for Finnish Excel,
the coaching and outcomes PDF, and ``manifest.json`` (association, period, creation time, the
fields of each data set, the number of people and the SHA-256 of every other file), so the
coach can check that nothing was changed or lost on the way.

Atomic: the zip is built under a temporary name in the target folder, flushed to disk and
only then renamed over the target (reference/reliability.md §3.5). A full disk or a crash
leaves either the old file or the new one under the chosen name, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kuhina_desktop.reports import coach_catalogue as words
from kuhina_desktop.services.coach_export import (
    CoachExport,
    ExportTargetInvalid,
    ExportWriteFailed,
)

MANIFEST = "manifest.json"
FORMAT_NAME = "kuhina-coach-export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class WrittenExport:
    path: Path
    files: tuple[str, ...]  # member names, manifest last
    people: int
    rows: int


def members(export: CoachExport) -> dict[str, bytes]:
    """Every file of the zip by name, the manifest last (it lists the others' hashes)."""
    from kuhina_desktop.reports.builders.coach import build_from_export
    from kuhina_desktop.reports.pdf import render_pdf
    from kuhina_desktop.reports.tabular import SheetTable, csv_bytes, xlsx_bytes

    lang = export.language
    files: dict[str, bytes] = {}
    workbook = words.other_file_stem("workbook", lang) + ".xlsx"
    files[workbook] = xlsx_bytes([SheetTable(s.title, s.headers, s.rows) for s in export.sheets],
                                 created=export.created)
    for sheet in export.sheets:
        files[f"{sheet.file_stem}.csv"] = csv_bytes(sheet.headers, sheet.rows)
    pdf = io.BytesIO()
    render_pdf(build_from_export(export), pdf)
    files[words.other_file_stem("report", lang) + ".pdf"] = pdf.getvalue()
    files[MANIFEST] = manifest_bytes(export, files)
    return files


def manifest(export: CoachExport, files: dict[str, bytes]) -> dict:
    def day(value) -> str | None:
        return value.isoformat() if value else None

    return {
        "format": FORMAT_NAME, "version": FORMAT_VERSION,
        "association": {"name": export.association_name, "business_id": export.business_id},
        "period": {"from": day(export.period_start), "to": day(export.period_end)},
        "consents_checked_on": export.on_date.isoformat(),
        "consent_recipient": export.recipient,
        "created": export.created.isoformat(timespec="seconds"),
        "language": export.language,
        "people_count": len(export.people),
        "data_sets": [{"name": str(s.data_set), "sheet": s.title, "file": f"{s.file_stem}.csv",
                       "fields": list(s.fields), "headers": list(s.headers), "rows": len(s.rows)}
                      for s in export.sheets],
        "files": [{"name": name, "bytes": len(data),
                   "sha256": hashlib.sha256(data).hexdigest()}
                  for name, data in files.items() if name != MANIFEST],
    }


def manifest_bytes(export: CoachExport, files: dict[str, bytes]) -> bytes:
    text = json.dumps(manifest(export, files), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def check_target(path: Path) -> Path:
    """The target as an absolute path, or an error naming what is wrong with it."""
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise ExportTargetInvalid(str(path), code="export_target_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise ExportTargetInvalid(str(path), code="export_folder_missing", path=str(path),
                                  folder=str(path.parent))
    return path


def write_coach_export(export: CoachExport, out: Path) -> WrittenExport:
    """Write the snapshot as a zip at ``out``; safe to call on a worker thread."""
    target = check_target(out)
    files = members(export)
    _write_zip_atomic(target, files, export)
    return WrittenExport(path=target, files=tuple(files), people=len(export.people),
                         rows=export.row_count)


def _write_zip_atomic(target: Path, files: dict[str, bytes], export: CoachExport) -> None:
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportWriteFailed(str(exc), path=str(target), reason=exc.strerror or str(exc)) \
            from exc
    stamp = export.created.timetuple()[:6]
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, data in files.items():
                    info = zipfile.ZipInfo(name, date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(info, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise ExportWriteFailed(str(exc), path=str(target),
                                    reason=exc.strerror or str(exc)) from exc
        raise
