"""Reading a job-coach zip back in tests: members, their sheets, and all of their text."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def manifest(path: Path) -> dict:
    return json.loads(members(path)["manifest.json"])


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def sheets(path: Path) -> dict[str, list[tuple]]:
    name = next(n for n in members(path) if n.endswith(".xlsx"))
    book = load_workbook(io.BytesIO(members(path)[name]))
    return {title: [tuple(c.value for c in row) for row in book[title].iter_rows()]
            for title in book.sheetnames}


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    parts = [page.extract_text() for page in reader.pages]
    parts += [str(value) for value in (reader.metadata or {}).values()]
    return "\n".join(parts).replace("\u00a0", " ")


def every_text(path: Path) -> str:
    """Everything a reader of the zip could see: each member decompressed (the workbook's
    inner parts too), the PDF's text layer and metadata, and the raw bytes as Latin-1."""
    out = []
    for name, data in members(path).items():
        out.append(data.decode("latin-1"))
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(io.BytesIO(data)) as inner:
                out += [inner.read(n).decode("utf-8", "replace") for n in inner.namelist()]
        elif name.endswith(".pdf"):
            out.append(_pdf_text(data))
        else:
            out.append(data.decode("utf-8-sig"))
    return "\n".join(out)
