"""Helpers that read rendered PDFs back (pypdf) for the render tests."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from kuhina_desktop.reports.model import Report
from kuhina_desktop.reports.pdf import render_pdf


@dataclass
class Rendered:
    pages: int
    data: bytes

    @property
    def reader(self) -> PdfReader:
        return PdfReader(io.BytesIO(self.data))

    def texts(self) -> list[str]:
        # ReportLab writes U+00A0 into the text layer as a plain space; normalise anyway.
        return [p.extract_text().replace("\u00a0", " ") for p in self.reader.pages]

    def flat(self) -> str:
        return "\n".join(self.texts())


def render(report: Report) -> Rendered:
    buffer = io.BytesIO()
    pages = render_pdf(report, buffer)
    return Rendered(pages, buffer.getvalue())


@dataclass
class Fragment:
    text: str
    left: float
    right: float
    y: float


def fragments(rendered: Rendered, page_index: int) -> list[Fragment]:
    """Every piece of text on a page with its horizontal extent in page coordinates."""
    out: list[Fragment] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if not text.strip() or font_dict is None:
            return
        font = "DejaVuSans-Bold" if "Bold" in str(font_dict["/BaseFont"]) else "DejaVuSans"
        scale = tm[0] * cm[0]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        width = pdfmetrics.stringWidth(text.strip("\n"), font, font_size) * scale
        out.append(Fragment(text.strip(), x, x + width, y))

    rendered.reader.pages[page_index].extract_text(visitor_text=visit)
    return out
