"""The PDF renderer: the only module that imports ReportLab.

``render_pdf(report, out)`` turns a neutral ``model.Report`` into an A4 document with the
association's name and Y-tunnus and the report title and period in the header of every page,
"Sivu n / N" and the print date in the footer, DejaVu Sans embedded (Łukasz, Gülşen, Ольга,
Nguyễn), text that wraps instead of being clipped and tables whose header repeats on each page.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO, NamedTuple
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from kuhina_desktop import APP_NAME
from kuhina_desktop.reports import model as m
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.errors import FontMissing, ReportWriteFailed
from kuhina_desktop.reports.formatting import NBSP, cell_text, clean_text, format_date, format_money
from kuhina_desktop.reports.layout import table_widths

DEFAULT_FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEADER_BG = colors.HexColor("#e4e8ec")
ZEBRA = colors.HexColor("#f4f6f8")
NOTE_COLORS = {m.NoteKind.NOTE: ("#eef3f8", "#6b8db5"), m.NoteKind.WARNING: ("#fdf4e3", "#c0841a")}
SERIES_COLORS = ("#4f6d8a", "#d39b4a", "#7fa89b", "#a0a8b0")
MARGIN = 18 * mm
MIN_SIZE = 5.0  # points; amounts are never set smaller than this to make them fit
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_GROUP_SEPARATOR = re.compile(f"(?<=\\d){NBSP}(?=\\d)")  # not the one before € or %
_FONT_LOCK = threading.Lock()
_ALIGN = {m.Align.LEFT: TA_LEFT, m.Align.RIGHT: TA_RIGHT, m.Align.CENTER: TA_CENTER}


def register_fonts(fonts_dir: Path | None = None) -> None:
    """Register DejaVu Sans (regular and bold) once per process; ReportLab's registry is global
    and reports may be rendered from a worker thread, hence the lock."""
    with _FONT_LOCK:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = Path(fonts_dir) if fonts_dir is not None else DEFAULT_FONTS_DIR
        files = {FONT: folder / "DejaVuSans.ttf", FONT_BOLD: folder / "DejaVuSans-Bold.ttf"}
        for path in files.values():
            if not path.is_file():
                raise FontMissing(f"font file missing: {path}", path=str(path))
        for name, path in files.items():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)


def render_pdf(report: m.Report, out: Path | str | BinaryIO, *, fonts_dir: Path | None = None) -> int:
    """Render ``report`` as PDF into ``out`` and return the page count.

    Given a path, the PDF is written to a temporary file in the same folder and moved over the
    target only when complete, so a crash or full disk never leaves a half file under the name
    the user chose (nor destroys the previous one).
    """
    register_fonts(fonts_dir)
    if isinstance(out, str | os.PathLike):
        return _render_atomic(report, Path(out))
    return _render(report, out)


def _render_atomic(report: m.Report, target: Path) -> int:
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ReportWriteFailed(str(exc), path=str(target), reason=exc.strerror) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            pages = _render(report, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise ReportWriteFailed(str(exc), path=str(target), reason=exc.strerror) from exc
        raise
    return pages


class _Ctx(NamedTuple):
    """What block renderers need: the document's language and the usable width."""

    lang: str
    width: float


def _style(name: str, size: float, *, bold: bool = False, color: colors.Color = INK,
           align: int = TA_LEFT, leading: float | None = None, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=leading or size * 1.3, textColor=color, alignment=align, **extra)


BODY = _style("body", 9.5, spaceAfter=5)
H1 = _style("h1", 13, bold=True, spaceBefore=8, spaceAfter=5)
H2 = _style("h2", 10.5, bold=True, spaceBefore=6, spaceAfter=3)
HEADING_ROOM = 30 * mm  # a heading starts a new page unless this much room is left


def _text(text: str) -> str:
    """Plain model text as ReportLab markup: escaped, line breaks kept, control characters
    (a stray tab or NUL pasted from elsewhere) made harmless."""
    return escape(clean_text(text)).replace("\n", "<br/>")


def _render(report: m.Report, handle: BinaryIO) -> int:
    pagesize = landscape(A4) if report.landscape else A4
    header = _Header(report, pagesize[0] - 2 * MARGIN)
    top = 12 * mm + header.height + 8 * mm
    doc = BaseDocTemplate(
        handle, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=top,
        bottomMargin=22 * mm, title=f"{report.title} {report.period_text}".strip(),
        author=report.association_name, subject=report.period_text, creator=APP_NAME,
        lang=report.language, displayDocTitle=True, initialFontName=FONT,
    )
    # No frame padding: body text, tables and the header rule share one left and right edge.
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    ctx = _Ctx(report.language, doc.width)
    story = [flowable for block in report.blocks for flowable in _block(block, ctx)]
    story = story or [RLSpacer(1, 1)]  # an empty report is still one page with its header
    pages: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(header.draw, pages))
    return pages[0]


class _Header:
    """Chrome drawn on every page once the total page count is known."""

    def __init__(self, report: m.Report, width: float) -> None:
        self.report = report
        half = width / 2 - 6 * mm
        business_id = t("chrome.business_id_value", report.language, value=report.business_id)
        self.left = self._wrap([(report.association_name, 10, True), (business_id, 8.5, False)],
                               half, TA_LEFT)
        self.right = self._wrap([(report.title, 11, True), (report.period_text, 9, False)],
                                half, TA_RIGHT)
        self.half = half
        self.height = max(sum(h for _, h in self.left), sum(h for _, h in self.right))

    @staticmethod
    def _wrap(lines: list[tuple[str, float, bool]], width: float,
              align: int) -> list[tuple[RLParagraph, float]]:
        out = []
        for text, size, bold in lines:
            color = INK if bold else MUTED
            para = RLParagraph(_text(text), _style("hdr", size, bold=bold, color=color, align=align))
            out.append((para, para.wrap(width, 1000)[1]))
        return out

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        page_w, page_h = canvas._pagesize
        top = page_h - 12 * mm
        for column, x in ((self.left, MARGIN), (self.right, page_w - MARGIN - self.half)):
            y = top
            for para, height in column:
                y -= height
                para.drawOn(canvas, x, y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        rule_y = top - self.height - 3 * mm
        canvas.line(MARGIN, rule_y, page_w - MARGIN, rule_y)
        canvas.line(MARGIN, 16 * mm, page_w - MARGIN, 16 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        lang = self.report.language
        canvas.drawString(MARGIN, 11 * mm,
                          t("chrome.printed_on", lang, date=format_date(self.report.printed_on, lang)))
        canvas.drawRightString(page_w - MARGIN, 11 * mm, t("chrome.page_of", lang, n=page, total=total))


def _numbered_canvas(decorate: Callable[[Canvas, int, int], None], pages: list[int]) -> type[Canvas]:
    """A canvas class that holds pages back until the end, so "Sivu n / N" knows N."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                super().showPage()
            pages.append(total)
            super().save()

    return NumberedCanvas


def _block(block: m.Block, ctx: _Ctx) -> list[Flowable]:
    if isinstance(block, m.Heading):
        # A conditional break instead of keep-with-next: keep-with-next would move a heading
        # and a many-page table together to the next page and leave this one empty.
        return [CondPageBreak(HEADING_ROOM),
                RLParagraph(_text(block.text), H1 if block.level == 1 else H2)]
    if isinstance(block, m.Paragraph):
        parts = [p.strip() for p in _BLANK_LINE.split(clean_text(block.text))]
        return [RLParagraph(_text(p), BODY) for p in parts if p]
    if isinstance(block, m.KeyValues):
        return [_key_values(block, ctx)] if block.items else []
    if isinstance(block, m.Table):
        return [_table(block, ctx)]
    if isinstance(block, m.BarChart):
        return [_bar_chart(block, ctx), RLSpacer(1, 4 * mm)]
    if isinstance(block, m.Note):
        return [_note(block, ctx)]
    if isinstance(block, m.Spacer):
        return [RLSpacer(1, block.height_mm * mm)]
    if isinstance(block, m.PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"not a report block: {type(block).__name__}")


def _note(block: m.Note, ctx: _Ctx) -> RLParagraph:
    background, border = NOTE_COLORS[block.kind]
    title = block.title or t(f"box.{block.kind.value}", ctx.lang)
    # Paragraph borders (not a one-cell table) so a long note can break across pages.
    style = _style("note", 9.5, backColor=colors.HexColor(background),
                   borderColor=colors.HexColor(border), borderWidth=0.8, borderPadding=(5, 7),
                   leftIndent=7, rightIndent=7, spaceBefore=16, spaceAfter=16)
    return RLParagraph(f"<b>{_text(title)}:</b> {_text(block.text)}", style)


def _key_values(block: m.KeyValues, ctx: _Ctx) -> RLTable:
    label_style = _style("kv-label", 9, color=MUTED)
    value_style = _style("kv-value", 9)
    rows = [[RLParagraph(_text(label), label_style), RLParagraph(_text(cell_text(value, ctx.lang)),
                                                                  value_style)]
            for label, value in block.items]
    table = RLTable(rows, colWidths=[ctx.width * 0.36, ctx.width * 0.64], hAlign="LEFT",
                    splitInRow=1, spaceBefore=2, spaceAfter=8)
    table.setStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),  # ReportLab would otherwise select Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, HEADER_BG),
    ])
    return table


def _table(block: m.Table, ctx: _Ctx) -> RLTable:
    size, pad = (7.5, 3.0) if block.compact else (8.5, 4.0)
    aligns = [block.align_of(i) for i in range(len(block.columns))]

    def as_text(row: tuple[m.Cell, ...]) -> list[str]:
        return [cell_text(value, ctx.lang, money_symbol=block.money_symbol) for value in row]

    body = [as_text(row) for row in block.rows]
    totals = as_text(block.totals) if block.totals is not None else None
    widths = table_widths(block, body, totals, total=ctx.width, padding=2 * pad + 1,
                          regular=lambda s: pdfmetrics.stringWidth(s, FONT, size),
                          bold=lambda s: pdfmetrics.stringWidth(s, FONT_BOLD, size))
    cells = _Cells(aligns, widths, size, pad)
    data: list[list[object]] = [cells.header([c.header for c in block.columns])]
    data += [cells.row(values, texts) for values, texts in zip(block.rows, body, strict=True)]
    if not block.rows:
        data.append([t("table.empty", ctx.lang)] + [""] * (len(aligns) - 1))
    if totals is not None:
        data.append(cells.row(block.totals, totals, bold=True))
    # splitInRow: a row taller than a page (a huge text cell) breaks instead of failing the build.
    table = RLTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT",
                    spaceBefore=2, spaceAfter=10)
    table.setStyle(_table_style(aligns, size, pad, block, has_totals=totals is not None))
    return table


class _Cells:
    """Turns cell texts into plain strings (fast) or Paragraphs (when they must wrap)."""

    def __init__(self, aligns: list[m.Align], widths: list[float], size: float, pad: float) -> None:
        self.aligns, self.widths, self.size, self.pad = aligns, widths, size, pad
        self._styles: dict[tuple[m.Align, bool, float], ParagraphStyle] = {}

    def style(self, align: m.Align, bold: bool, size: float) -> ParagraphStyle:
        key = (align, bold, size)
        if key not in self._styles:
            self._styles[key] = _style("cell", size, bold=bold, align=_ALIGN[align],
                                       leading=size * 1.25)
        return self._styles[key]

    def header(self, texts: list[str]) -> list[object]:
        return [RLParagraph(_text(text), self.style(align, True, self.size))
                for text, align in zip(texts, self.aligns, strict=True)]

    def row(self, values: tuple[m.Cell, ...], texts: list[str], bold: bool = False) -> list[object]:
        return [self.cell(v, s, i, bold) for i, (v, s) in enumerate(zip(values, texts, strict=True))]

    def cell(self, value: m.Cell, text: str, index: int, bold: bool) -> object:
        room = self.widths[index] - 2 * self.pad
        font = FONT_BOLD if bold else FONT
        used = pdfmetrics.stringWidth(text, font, self.size)
        if used <= room and "\n" not in text:
            return text  # drawn directly by the table: far cheaper than a Paragraph
        align = self.aligns[index]
        if isinstance(value, str | None):
            return RLParagraph(_text(text), self.style(align, bold, self.size))
        # An amount is not split over lines: it is set smaller to fit. Only below a legible size
        # does it wrap, and then at its group separators rather than between digits.
        size = round(self.size * room / used - 0.05, 1)
        if size < MIN_SIZE:
            size, text = MIN_SIZE, _GROUP_SEPARATOR.sub(" ", text)
        return RLParagraph(_text(text), self.style(align, bold, size))


def _table_style(aligns: list[m.Align], size: float, pad: float, block: m.Table,
                 has_totals: bool) -> list[tuple]:
    pad_y = 1.6 if block.compact else 2.6
    last_body = -2 if has_totals else -1
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.25),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad_y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad_y + 0.6),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, last_body), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
    ]
    style += [("ALIGN", (i, 0), (i, -1), a.name) for i, a in enumerate(aligns)]
    if not block.rows:
        style += [("SPAN", (0, 1), (-1, 1)), ("TEXTCOLOR", (0, 1), (-1, 1), MUTED)]
    if has_totals:
        style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, size, size * 1.25),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    return style


def _bar_chart(block: m.BarChart, ctx: _Ctx) -> Drawing:
    """Small grouped bar chart; the euro axis speaks the document's language."""
    width, height = ctx.width, block.height_mm * mm
    drawing = Drawing(width, height, initialFontName=FONT)  # no stray Helvetica resource
    top = height
    if block.title:
        drawing.add(String(0, top - 10, block.title, fontName=FONT_BOLD, fontSize=9.5, fillColor=INK))
        top -= 16
    palette = [colors.HexColor(SERIES_COLORS[i % len(SERIES_COLORS)]) for i in range(len(block.series))]
    legend = Legend()
    legend.x, legend.y, legend.alignment = 0, top - 4, "right"
    legend.columnMaximum, legend.deltax, legend.dx, legend.dy = 1, 0, 8, 8
    legend.fontName, legend.fontSize, legend.fillColor = FONT, 8, INK
    legend.colorNamePairs = [(c, s.label) for c, s in zip(palette, block.series, strict=True)]
    legend.autoXPadding, legend.strokeColor = 14, None
    drawing.add(legend)
    drawing.add(_bars(block, ctx, palette, width, top - 20))
    return drawing


def _bars(block: m.BarChart, ctx: _Ctx, palette: list[colors.Color], width: float,
          height: float) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 58, 16, width - 62, height - 20
    chart.data = [[v / 100 for v in s.values] for s in block.series]  # geometry only, not money
    chart.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0.8, 7
    for index, color in enumerate(palette):
        chart.bars[index].fillColor, chart.bars[index].strokeColor = color, None
    chart.categoryAxis.categoryNames = list(block.categories)
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7.5
    axis = chart.valueAxis
    axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = FONT, 7.5, MUTED
    axis.strokeColor, axis.visibleGrid, axis.gridStrokeColor = None, True, HEADER_BG
    axis.gridStrokeWidth = 0.5
    axis.labelTextFormat = lambda v: format_money(round(v * 100), ctx.lang, with_cents=False)
    values = [v for row in chart.data for v in row]
    axis.valueMin = min(0, *values) if values else 0
    if not values or max(values) <= 0:
        axis.valueMax = 100  # an all-zero year still gets a readable axis
    return chart
