"""Report builders on data with known figures, and the PDFs they render."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kuhina_desktop.reports.builders import ReportOptions, builders
from kuhina_desktop.reports.model import KeyValues, Money, Table
from kuhina_desktop.reports.pdf import render_pdf
from tests.conftest import run_cli
from tests.due_data import make_due_file

FI = ReportOptions(language="fi", today=date(2026, 7, 15), year=2026)


@pytest.fixture
def services(tmp_path: Path):
    services = make_due_file(tmp_path / "figures.kuhina")
    with services.data.write() as db:
        db.execute("UPDATE contracts SET partner_name = 'Kumppani ry', partner_share = '0.25'")
    yield services
    services.close()


def tables(report) -> list[Table]:
    return [b for b in report.blocks if isinstance(b, Table)]


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_yearly_summary_figures(services) -> None:
    summary = services.summaries.year(2026)
    (person,) = summary.employees
    # 1 495,00 € + contributions 297,39 € = 1 792,39 € a month, January to May.
    assert person.costs[date(2026, 1, 1)] == 179239
    assert person.total_costs == 5 * 179239
    # Exactly 65 % working time: eligible = wage costs, under the 2 020 € cap.
    assert person.total_support == 5 * 179239
    assert (person.applied, person.paid, person.owed) == (358478, 0, 0)
    report = builders()["yearly-summary"](services, FI)
    people = tables(report)[0]
    assert people.rows[0][1] == Money(5 * 179239)
    assert people.totals[6] == Money(0)  # own cost


def test_yearly_summary_matrix_months_and_work_independent_of_people(services,
                                                                     monkeypatch) -> None:
    from kuhina_desktop.services.summaries import YearSummary

    calls = []
    original = YearSummary.month_totals
    monkeypatch.setattr(YearSummary, "month_totals",
                        lambda self: calls.append(1) or original(self))
    report = builders()["yearly-summary"](services, FI)
    costs_matrix = tables(report)[2]
    # Wage costs January to May, nothing after: each month in its own column.
    assert costs_matrix.rows[0][1:13] == (*[Money(179239)] * 5, *[Money(0)] * 7)
    assert costs_matrix.rows[0][13] == Money(5 * 179239)
    # The month totals are summed once per table or chart, not once per person (the summary
    # of a 1,000-person file took 25 s when every matrix row summed all people again).
    assert len(calls) <= 3


def test_application_sheet_for_a_period_not_yet_prepared(services, tmp_path: Path) -> None:
    options = ReportOptions(language="fi", today=date(2026, 7, 15), period="7:2026-03-01")
    report = builders()["application"](services, options)
    months = tables(report)[0]
    assert [row[0] for row in months.rows] == ["maaliskuu 2026", "huhtikuu 2026"]
    assert months.totals[-1] == Money(2 * 179239)
    details = dict(next(b for b in report.blocks if isinstance(b, KeyValues)).items)
    assert details["Hakemus viimeistään"] == date(2026, 6, 30)
    out = tmp_path / "app.pdf"
    render_pdf(report, out)
    text = text_of(out)
    assert "3 584,78 €" in text and "30.6.2026" in text and "Sivu 1 / 1" in text


def test_application_sheet_for_a_month_is_that_of_the_period_containing_it(services) -> None:
    by_month = builders()["application"](services, ReportOptions(
        language="fi", today=date(2026, 7, 15), period="2026-04"))
    by_start = builders()["application"](services, ReportOptions(
        language="fi", today=date(2026, 7, 15), period="7:2026-03-01"))
    assert tables(by_month)[0].rows == tables(by_start)[0].rows


@pytest.mark.parametrize("period", ["2026-08x", "abc", "7:xx", "x:2026-03-01", "2026-13"])
def test_a_malformed_period_is_a_clear_error_not_a_traceback(tmp_path: Path,
                                                               period: str) -> None:
    path = tmp_path / "f.kuhina"
    make_due_file(path).close()
    result = run_cli("report", "application", "--file", str(path), "--out",
                     str(tmp_path / "a.pdf"), "--period", period)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"“{period}” is not a payment period: give an application id, "
        "DECISION_ID:YYYY-MM-DD or a month YYYY-MM."]


def test_a_month_without_a_period_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "f.kuhina"
    make_due_file(path).close()
    result = run_cli("report", "application", "--file", str(path), "--out",
                     str(tmp_path / "a.pdf"), "--period", "2019-08")
    assert (result.returncode, result.stderr.strip()) == (
        2, "No payment period contains 2019-08.")
    assert not (tmp_path / "a.pdf").exists()


def test_co_employment_share(services) -> None:
    report = builders()["co-employment"](services, FI)
    table = tables(report)[0]
    assert len(table.rows) == 12  # the contract runs all year; wages January to May
    assert table.rows[0][3] == Money(44810)  # 25 % of 1 792,39 € rounded half up
    assert table.totals[3] == Money(5 * 44810)
    # June to December have no wages yet: nothing to invoice, and not a zero either.
    assert [row[3:] for row in table.rows[5:]] == [("–", "–", "–")] * 7


def test_employee_card_masks_the_code_unless_chosen(services, tmp_path: Path) -> None:
    masked = builders()["employee-card"](services, ReportOptions(
        language="fi", today=date(2026, 7, 15), employee_id=1))
    out = tmp_path / "card.pdf"
    render_pdf(masked, out)
    text = text_of(out)
    assert "010594-****" in text and "010594Y9032" not in text
    shown = builders()["employee-card"](services, ReportOptions(
        language="fi", today=date(2026, 7, 15), employee_id=1, show_hetu=True))
    render_pdf(shown, out)
    assert "010594Y9032" in text_of(out)
    reveals = services.data.query("SELECT count(*) AS n FROM audit_log WHERE action = "
                                  "'reveal_hetu'")[0]["n"]
    assert reveals == 1


@pytest.mark.parametrize("kind, extra", [
    ("yearly-summary", ["--year", "2026"]), ("co-employment", ["--year", "2026"]),
    ("employee-card", ["--employee", "1"]), ("application", ["--period", "7:2026-03-01"]),
])
def test_headless_reports_in_both_languages(tmp_path: Path, kind: str, extra: list[str]) -> None:
    path = tmp_path / "f.kuhina"
    make_due_file(path).close()
    for lang, footer in (("fi", "Sivu 1 / "), ("en", "Page 1 of ")):
        out = tmp_path / f"{kind}-{lang}.pdf"
        result = run_cli("report", kind, "--file", str(path), "--out", str(out), "--lang", lang,
                         "--today", "2026-07-15", *extra)
        assert result.returncode == 0, result.stderr
        text = text_of(out)
        assert "Testi ry" in text and footer in text
        reader = PdfReader(out)
        box = reader.pages[0].mediabox
        assert sorted((round(float(box.width)), round(float(box.height)))) == [595, 842]


def test_training_record_of_the_demo(demo_services, tmp_path: Path) -> None:
    report = builders()["training"](demo_services, ReportOptions(language="fi",
                                                                 today=date(2026, 11, 30)))
    certificates, *_rest = tables(report)
    marks = {row[4] for row in certificates.rows}
    assert marks & {"VANHENTUNUT", "vanhenee 30 päivässä", "vanhenee 90 päivässä"}
    out = tmp_path / "training.pdf"
    render_pdf(report, out)
    assert "Koulutukset ja pätevyydet" in text_of(out)


def test_prepare_dialog_prints_the_calculation_sheet(qtbot, services, monkeypatch) -> None:
    from kuhina_desktop.ui import printing
    from kuhina_desktop.ui.dialogs.wages_prepare import PrepareDialog

    state = next(s for s in services.applications.periods(date(2026, 7, 15))
                 if s.period_start == date(2026, 3, 1))
    asked: list = []
    monkeypatch.setattr(printing, "print_report",
                        lambda parent, svc, kind, options, **kw: asked.append((kind,
                                                                               options.period)))
    dialog = PrepareDialog(services, state, None, date(2026, 7, 15))
    qtbot.addWidget(dialog)
    dialog.print_sheet()
    assert asked == [("application", "7:2026-03-01")]


def test_coaching_report_of_the_demo(demo_services, tmp_path: Path) -> None:
    report = builders()["coaching"](demo_services, ReportOptions(
        language="fi", today=date(2026, 11, 30), year=date.today().year))
    targets = tables(report)[0]
    assert [row[0] for row in targets.rows] == [
        "Työllistyneet tai koulutukseen siirtyneet", "Työnhakuvalmius parani"]
    assert targets.rows[0][3].fraction == Decimal("0.45")
    out = tmp_path / "coaching.pdf"
    render_pdf(report, out)
    text = text_of(out)
    assert "Työhönvalmennus ja tulokset" in text and "Sivu 1 / " in text
    assert "010594" not in text


def test_people_in_the_reports_are_in_the_order_of_the_employees_list(demo_services) -> None:
    """By surname, as on screen; the names are written first name first."""
    people = demo_services.data.query(
        "SELECT id, first_name, last_name FROM employees ORDER BY last_name, first_name, id")
    by_surname = [f"{p['first_name']} {p['last_name']}" for p in people]

    def in_list_order(names: list[str]) -> bool:
        ranks = [by_surname.index(name) for name in names]
        return ranks == sorted(ranks) and len(set(names)) > 2

    summary = demo_services.summaries.year(date.today().year)
    assert in_list_order([e.name for e in summary.employees])
    certificates = demo_services.training.certificate_rows()
    assert in_list_order(list(dict.fromkeys(r.employee_name for r in certificates)))
    report = builders()["training"](demo_services, ReportOptions(
        language="fi", today=date(2026, 11, 30), year=date.today().year))
    enrolments = tables(report)[0]
    assert in_list_order(list(dict.fromkeys(row[0] for row in enrolments.rows)))
