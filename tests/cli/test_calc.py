"""`kuhina-desktop calc CASE.json`: the documented example, and malformed cases."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

CASE = {
    "decision": {"kind": "palkkatuki_100", "start": "2026-01-01", "end": "2026-10-31",
                 "percent": "100", "monthly_cap": "2020.00", "working_time_cap": "0.65",
                 "payment_period_months": 2, "contribution_method": "actual",
                 "prorate_partial_months": True},
    "employment": {"weekly_hours": "24.375", "full_time_weekly_hours": "37.5"},
    "months": [{"month": "2026-01", "gross_pay": "1495.00", "supplements": "0.00",
                "holiday_pay": "0.00", "holiday_bonus": "0.00", "holiday_compensation": "0.00",
                "tax_free_allowances": "0.00", "kela_compensated_pay": "0.00",
                "employer_contributions": None, "other_public_support": "0.00"}],
}


def test_documented_example(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE))
    result = run_cli("calc", str(path))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["months"][0] == {"month": "2026-01", "wage_costs": "1792.39",
                                "eligible_costs": "1792.39", "cap": "2020.00",
                                "support": "1792.39"}
    assert out["periods"][0]["deadline"] == "2026-04-30"
    assert out["total_support"] == "1792.39"


def test_malformed_amount_names_the_field(tmp_path: Path) -> None:
    case = json.loads(json.dumps(CASE))
    case["months"][0]["gross_pay"] = "1 495,00"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case))
    result = run_cli("calc", str(path))
    assert result.returncode == 2
    assert "months[0].gross_pay" in result.stderr and "Traceback" not in result.stderr


def test_not_json_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text("{ not json")
    assert run_cli("calc", str(path)).returncode == 2
    missing = run_cli("calc", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
