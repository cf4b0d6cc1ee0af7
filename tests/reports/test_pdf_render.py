"""Render reports and read them back: chrome, fonts, wrapping, page size."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kuhina_desktop.reports import model as m
from tests.reports.pdftools import fragments, render
from tests.reports.samples import ASSOCIATION, BUSINESS_ID, NAMES, chrome, every_block

A4 = (595.2756, 841.8898)
MARGIN = 18 * 72 / 25.4


def long_table(rows: int = 300, lang: str = "fi") -> m.Report:
    columns = [m.Column("Rivi", 0.8), m.Column("Työntekijä", 3), m.Column("Palkkakustannus", 1.6)]
    body = [(f"R{i:04d}", f"{NAMES[i % len(NAMES)]} {i}", m.Money(100_000 + i))
            for i in range(1, rows + 1)]
    return chrome(lang, "Palkkakustannukset", [m.Table(columns, body)])


@pytest.fixture(scope="module")
def three_hundred():
    return render(long_table())


def test_page_size_is_a4_portrait_and_landscape_on_request() -> None:
    portrait = render(chrome("fi", "T", [m.Paragraph("x")])).reader.pages[0].mediabox
    assert (float(portrait.width), float(portrait.height)) == pytest.approx(A4, abs=0.01)
    wide = render(chrome("fi", "T", [m.Paragraph("x")], landscape=True)).reader.pages[0].mediabox
    assert (float(wide.width), float(wide.height)) == pytest.approx(A4[::-1], abs=0.01)


def test_header_names_association_business_id_title_and_period_on_every_page(three_hundred):
    texts = three_hundred.texts()
    assert len(texts) >= 3
    for text in texts:
        assert ASSOCIATION in text
        assert f"Y-tunnus {BUSINESS_ID}" in text
        assert "Palkkakustannukset" in text
        assert "1.1.–28.2.2026" in text


def test_footer_counts_pages_with_the_right_total(three_hundred):
    texts = three_hundred.texts()
    total = len(texts)
    assert three_hundred.pages == total
    for number, text in enumerate(texts, start=1):
        assert f"Sivu {number} / {total}" in text
        assert "Tulostettu 5.3.2026" in text
        others = [n for n in range(1, total + 1) if n != number]
        assert not any(f"Sivu {n} / {total}" in text for n in others)


def test_three_hundred_rows_repeat_the_header_on_every_page_and_lose_no_row(three_hundred):
    texts = three_hundred.texts()
    for text in texts:
        assert text.count("Palkkakustannus\n") == 1  # the column header, once per page
        assert "Työntekijä" in text and "Rivi" in text
    flat = "\n".join(texts)
    assert all(flat.count(f"R{i:04d}") == 1 for i in range(1, 301))


def test_english_chrome_and_formats() -> None:
    rendered = render(long_table(60, "en"))
    texts = rendered.texts()
    assert len(texts) == rendered.pages >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Printed 5 Mar 2026" in text
        assert f"Business ID {BUSINESS_ID}" in text
        assert "1 Jan – 28 Feb 2026" in text
    assert "€1,000.01" in rendered.flat()


def test_finnish_money_dates_and_percentages_appear_formatted() -> None:
    flat = render(every_block("fi")).flat()
    for expected in ("2 123,45 €", "-15,50 €", "44 592,45 €", "1 400,00 €", "18.1.2026",
                     "1.1.–30.6.2026", "50 %", "Yhteensä", "30,0"):
        assert expected in flat, expected


def test_names_in_many_scripts_extract_exactly(three_hundred) -> None:
    flat = three_hundred.flat()
    for name in ("Łukasz Wiśniewski", "Gülşen Yılmaz", "Ольга Смирнова", "Nguyễn Văn An"):
        assert name in flat, name


def test_only_embedded_dejavu_fonts_are_used() -> None:
    reader = render(every_block("fi")).reader
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # the TrueType program is embedded


def test_metadata_names_the_report_and_the_association() -> None:
    meta = render(every_block("en")).reader.metadata
    assert meta.title == "Payment application calculation 1 Jan – 28 Feb 2026"
    assert meta.author == ASSOCIATION
    assert meta.creator == "Kuhina Desktop"


def test_a_very_long_paragraph_wraps_over_pages_without_losing_words() -> None:
    words = [f"sana{i:04d}" for i in range(2500)]
    rendered = render(chrome("fi", "T", [m.Paragraph(" ".join(words))]))
    assert rendered.pages >= 3
    tokens = rendered.flat().split()
    assert [w for w in tokens if w.startswith("sana")] == words
    for page in range(rendered.pages):
        assert_inside_margins(fragments(rendered, page))


def test_an_unbreakable_word_is_split_rather_than_clipped() -> None:
    word = "x" * 40 + "".join(f"{i:03d}" for i in range(150))
    rendered = render(chrome("fi", "T", [m.Paragraph(word)]))
    assert word in "".join(rendered.flat().split())
    assert_inside_margins(fragments(rendered, 0))


def test_a_long_table_cell_wraps_inside_its_column() -> None:
    text = " ".join(f"selite{i:03d}" for i in range(120))
    table = m.Table([m.Column("Selite", 2), m.Column("Summa", 1)],
                    [[text, m.Money(123456)], ["lyhyt", m.Money(1)]])
    rendered = render(chrome("fi", "T", [table]))
    assert [w for w in rendered.flat().split() if w.startswith("selite")] == text.split()
    pieces = fragments(rendered, 0)
    lines = {round(f.y) for f in pieces if f.text.startswith("selite")}
    assert len(lines) > 5
    assert_inside_margins(pieces)
    assert "1 234,56 €" in rendered.flat()


def test_a_row_taller_than_a_page_splits_instead_of_failing() -> None:
    text = " ".join(f"rivi{i:04d}" for i in range(1800))
    rendered = render(chrome("fi", "T", [m.Table([m.Column("Teksti")], [[text]])]))
    assert rendered.pages >= 2
    assert [w for w in rendered.flat().split() if w.startswith("rivi")] == text.split()


def test_amounts_never_wrap_even_in_a_narrow_column() -> None:
    table = m.Table([m.Column("Selite", 20), m.Column("Summa", 0.2)],
                    [["kuvaus " * 30, m.Money(123456789)]], totals=["Yhteensä", m.Money(-98765432)])
    rendered = render(chrome("fi", "T", [table]))
    lines = rendered.flat().splitlines()
    assert "1 234 567,89 €" in lines and "-987 654,32 €" in lines
    assert_inside_margins(fragments(rendered, 0))


def test_too_many_number_columns_shrink_type_instead_of_overflowing() -> None:
    columns = [m.Column(f"K{i}") for i in range(8)]
    rendered = render(chrome("fi", "T", [m.Table(columns, [[m.Money(-123456789)] * 8])]))
    assert rendered.flat().splitlines().count("-1 234 567,89 €") == 8
    assert_inside_margins(fragments(rendered, 0))


def test_hopelessly_narrow_amounts_wrap_at_group_separators_not_digits() -> None:
    columns = [m.Column(f"K{i}") for i in range(18)]
    rendered = render(chrome("fi", "T", [m.Table(columns, [[m.Money(-123456789)] * 18])]))
    lines = rendered.flat().splitlines()
    assert "".join(rendered.flat().split()).count("-1234567,89€") == 18
    amount_lines = [line.strip() for line in lines if not line.strip().startswith("K")][:54]
    assert set(amount_lines) <= {"-1 234", "567,89", "€", "567,89 €", "-1 234 567,89 €"}
    assert_inside_margins(fragments(rendered, 0))


def test_markup_characters_print_literally() -> None:
    text = "Tili & kassa <b>ei lihavoitu</b> 5 < 6"
    flat = render(chrome("fi", "T", [m.Paragraph(text), m.Table([m.Column("A & B")], [[text]])])).flat()
    assert flat.count(text) == 2 and "A & B" in flat


def test_every_block_kind_renders_in_both_languages() -> None:
    for lang, warning, note in (("fi", "Varoitus:", "Huomio:"), ("en", "Warning:", "Note:")):
        rendered = render(every_block(lang))
        assert rendered.pages == 3  # the page break forces the appendix onto its own page
        flat = rendered.flat()
        assert warning in flat and note in flat
        assert ("Liite" if lang == "fi" else "Appendix") in rendered.texts()[2]
        for page in range(rendered.pages):
            assert_inside_margins(fragments(rendered, page))


def test_chart_axis_speaks_the_document_language() -> None:
    chart = m.BarChart(["tammi", "helmi"], [m.Series("Kulut", [250_000, 400_000]),
                                            m.Series("Tuki", [100_000, 200_000])])
    fi = render(chrome("fi", "T", [chart])).flat()
    en = render(chrome("en", "T", [chart])).flat()
    assert "3 000 €" in fi and "Kulut" in fi and "helmi" in fi
    assert "€3,000" in en


def test_edge_cases_render() -> None:
    empty = m.Table([m.Column("Nimi"), m.Column("Summa")], [], totals=["Yhteensä", m.Money(0)])
    zero_chart = m.BarChart(["tammi"], [m.Series("a", [0]), m.Series("b", [0])])
    report = chrome("fi", "T", [empty, zero_chart, m.KeyValues([]), m.Paragraph(""),
                                m.Spacer(0), m.Note("", m.NoteKind.WARNING, title="Oma")])
    rendered = render(report)
    assert "Ei rivejä." in rendered.flat() and "Oma:" in rendered.flat()
    assert render(chrome("fi", "T", [])).pages == 1


def test_long_header_texts_wrap_and_push_the_body_down() -> None:
    name = "Hyvin pitkänimisen työllistämis- ja kuntoutusyhdistyksen kannatusyhdistys " * 3
    rendered = render(m.Report("Otsikko " * 12, "1.1.–31.12.2026", name.strip(), BUSINESS_ID, "fi",
                               date(2026, 3, 5), [m.Paragraph("Leipäteksti")]))
    pieces = fragments(rendered, 0)
    assert_inside_margins(pieces)
    header_bottom = min(f.y for f in pieces if f.text.startswith(("Hyvin", "kannatus", "Otsikko")))
    body = next(f for f in pieces if f.text == "Leipäteksti")
    assert body.y < header_bottom - 10


def test_typed_key_values_use_document_formats() -> None:
    kv = m.KeyValues([("Tuki", m.Money(140000)), ("Tuki-%", m.Percent(Decimal("0.65"))),
                      ("Alkaa", date(2026, 3, 5)), ("Tunnit", m.Number(Decimal("37.5"), 1))])
    flat = render(chrome("fi", "T", [kv])).flat()
    for expected in ("1 400,00 €", "65 %", "5.3.2026", "37,5"):
        assert expected in flat


def assert_inside_margins(pieces) -> None:
    assert pieces
    for piece in pieces:
        assert piece.left >= MARGIN - 0.5, piece
        assert piece.right <= A4[0] - MARGIN + 0.5 or piece.right <= A4[1] - MARGIN + 0.5, piece


def test_the_document_language_is_declared() -> None:
    assert render(chrome("en", "T", [])).reader.trailer["/Root"]["/Lang"] == "en"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.text(max_size=60))
def test_any_text_renders(text: str, short: str) -> None:
    table = m.Table([m.Column(short or "x"), m.Column("Summa")], [[text, m.Money(1)], [short, None]])
    report = m.Report(short, short, short, short, "fi", date(2026, 1, 1),
                      [m.Heading(short), m.Paragraph(text), m.KeyValues([(short, text)]), table,
                       m.Note(text, m.NoteKind.WARNING, title=short or None),
                       m.BarChart([short], [m.Series(short, [1]), m.Series(text[:30], [-2])],
                                  title=short)])
    assert render(report).pages >= 1
