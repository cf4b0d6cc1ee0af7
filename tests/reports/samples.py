"""Report models used by the render tests, the benchmark and the visual check."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kuhina_desktop.reports import model as m
from kuhina_desktop.reports.catalogue import t
from kuhina_desktop.reports.formatting import format_period, month_name

ASSOCIATION = "Kuhinan Työllistämisyhdistys ry"
BUSINESS_ID = "1234567-8"
NAMES = ("Łukasz Wiśniewski", "Gülşen Yılmaz", "Ольга Смирнова", "Nguyễn Văn An",
         "Aino Mäkelä", "Juha Öhman")
PRINTED = date(2026, 3, 5)

LOREM_FI = (
    "Palkkatuki myönnetään työnantajalle, joka palkkaa työttömän työnhakijan. Tuki maksetaan "
    "jälkikäteen maksatushakemuksella, johon liitetään palkkalaskelmat ja selvitys maksetuista "
    "palkoista. Hakemus on tehtävä kolmen kuukauden kuluessa sen kalenterikuukauden päättymisestä, "
    "jota hakemus koskee; myöhästynyttä hakemusta ei käsitellä. "
)


def chrome(lang: str, title: str, blocks: list[m.Block], **kw: object) -> m.Report:
    return m.Report(
        title=title, period_text=format_period(date(2026, 1, 1), date(2026, 2, 28), lang),
        association_name=ASSOCIATION, business_id=BUSINESS_ID, language=lang,
        printed_on=PRINTED, blocks=blocks, **kw,
    )


def every_block(lang: str) -> m.Report:
    """One of each block kind, in the given language."""
    fi = lang == "fi"
    months = [month_name(i, lang, short=True) for i in range(1, 13)]
    costs = [250_000 + 13_750 * i for i in range(12)]
    support = [c * 55 // 100 for c in costs]
    rows = [
        (name, date(2026, 1, 1) + timedelta(days=17 * i), Percent(i), m.Money(212_345 * (i + 1)),
         m.Money(-1_550 if i == 2 else 116_790 * (i + 1)))
        for i, name in enumerate(NAMES)
    ]
    rows.append(("Hyvin pitkä selite, joka ei mahdu yhdelle riville vaan rivittyy siististi solun "
                 "sisällä, eikä mitään katkea pois " * 2, date(2026, 2, 28), None, m.Money(0), m.Money(0)))
    return chrome(lang, t("title.payment_application", lang), [
        m.Heading("Tukipäätös" if fi else "Support decision"),
        m.KeyValues([("Päätöksen numero" if fi else "Decision number", "PT-2026-0042"),
                      ("Tuen määrä" if fi else "Support rate", m.Percent(Decimal("0.5"))),
                      ("Enimmäismäärä / kk" if fi else "Cap / month", m.Money(140_000)),
                      ("Voimassa" if fi else "Valid", format_period(date(2026, 1, 1), date(2026, 6, 30), lang)),
                      ("Työaika" if fi else "Working hours", m.Number(Decimal("30.0"), 1))]),
        m.Paragraph(LOREM_FI * 3),
        m.Note("Maksatushakemus on jätettävä viimeistään 31.5.2026." if fi
               else "The payment application is due by 31 May 2026."),
        m.Note(("Kahden työntekijän palkkalaskelmat puuttuvat." if fi
                else "Payslips of two employees are missing."), m.NoteKind.WARNING),
        m.Heading("Palkkakustannukset" if fi else "Wage costs", 2),
        m.Table(
            [m.Column("Työntekijä" if fi else "Employee", 3),
             m.Column("Alkaen" if fi else "From", 1.2), m.Column("Tuki-%" if fi else "Rate", 1),
             m.Column("Palkkakustannus" if fi else "Wage cost", 1.6),
             m.Column("Haettava tuki" if fi else "Support claimed", 1.6)],
            rows, totals=[t("table.total", lang), None, None, m.Money(sum(r[3].cents for r in rows)),
                          m.Money(sum(r[4].cents for r in rows))]),
        m.Spacer(4),
        m.BarChart(months, [m.Series(t("chart.costs", lang), costs),
                            m.Series(t("chart.support", lang), support)],
                   title="Kustannukset ja tuki kuukausittain" if fi else "Costs and support by month"),
        m.PageBreak(),
        m.Heading("Liite" if fi else "Appendix"),
        m.Paragraph("Tämä sivu alkaa sivunvaihdolla." if fi else "This page starts after a page break."),
    ])


def Percent(i: int) -> m.Percent:  # noqa: N802 - reads like the model type it makes
    return m.Percent(Decimal((40, 50, 70, 100, 65, 55)[i % 6]) / 100)


def yearly_summary(lang: str, employees: int = 200) -> m.Report:
    """Shaped like the board's yearly summary: employees × 12 months, totals and a chart."""
    months = [month_name(i, lang, short=True) for i in range(1, 13)]
    columns = [m.Column("Työntekijä" if lang == "fi" else "Employee", 3.2)]
    columns += [m.Column(f"{name} (€)", 1) for name in months] + [m.Column("Σ (€)", 1.3)]
    rows = []
    for e in range(employees):
        values = [180_000 + (e * 7919 + mo * 104_729) % 220_000 for mo in range(12)]
        rows.append([f"{NAMES[e % len(NAMES)]} {e + 1}"] + [m.Money(v) for v in values]
                    + [m.Money(sum(values))])
    totals = [t("table.total", lang)] + [m.Money(sum(r[i].cents for r in rows)) for i in range(1, 14)]
    costs = [c.cents for c in totals[1:13]]
    support = [c * 6 // 10 for c in costs]
    return chrome(lang, t("title.yearly_summary", lang), [
        m.BarChart(months, [m.Series(t("chart.costs", lang), costs),
                            m.Series(t("chart.support", lang), support)]),
        m.Table(columns, rows, totals=totals, compact=True, money_symbol=False),
    ], landscape=True)
