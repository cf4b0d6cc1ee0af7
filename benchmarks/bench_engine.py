"""How long the support engine takes for a full 12-month decision.

Run from the repository root:  python benchmarks/bench_engine.py [RUNS]

Prints the median over many runs of ``subsidy.calculate`` (contributions computed from the rate
table every month, so the heaviest path), of ``run_case`` on the same case as JSON (parsing and
validation included), and, as a baseline measured in the same run, of a trivial loop summing the
same 12 months' cents. The target is well under 5 ms for the engine.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

# Import this checkout's package, not whatever is installed in the environment.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kuhina_desktop.domain.calc_case import run_case, seed_tables  # noqa: E402
from kuhina_desktop.domain.subsidy import (  # noqa: E402
    Decision,
    Employment,
    Kind,
    WageMonth,
    calculate,
)

TARGET_MS = 5


def build_case() -> tuple[Decision, Employment, list[WageMonth], dict]:
    decision = Decision(Kind.PALKKATUKI_100, date(2026, 1, 15), date(2027, 1, 14), Decimal(100),
                        202000, Decimal("0.65"), payment_period_months=2)
    employment = Employment(Decimal(30), Decimal("37.5"))
    months = [WageMonth(month=date(2026 + m // 12, m % 12 + 1, 1), gross_pay=184000 + 100 * m,
                        supplements=5000, holiday_pay=20000 if m == 6 else 0,
                        holiday_bonus=50000 if m == 6 else 0, kela_compensated_pay=1000 * m,
                        employer_contributions=None if m < 11 else 40000,
                        other_public_support=0)
              for m in range(12)]
    case = {
        "decision": {"kind": "palkkatuki_100", "start": "2026-01-15", "end": "2027-01-14",
                     "payment_period_months": 2},
        "employment": {"weekly_hours": "30", "full_time_weekly_hours": "37.5"},
        "months": [{"month": w.month.strftime("%Y-%m"), "gross_pay": _euros(w.gross_pay),
                    "supplements": _euros(w.supplements), "holiday_pay": _euros(w.holiday_pay),
                    "holiday_bonus": _euros(w.holiday_bonus),
                    "kela_compensated_pay": _euros(w.kela_compensated_pay),
                    "employer_contributions": None if w.employer_contributions is None
                    else _euros(w.employer_contributions)}
                   for w in months],
    }
    return decision, employment, months, case


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def median_ms(work: Callable[[], object], runs: int) -> float:
    for _ in range(min(50, runs)):  # warm up caches and the interpreter
        work()
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        work()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1_000_000


def main(argv: list[str]) -> int:
    runs = int(argv[1]) if len(argv) > 1 else 2000
    decision, employment, months, case = build_case()
    tables = seed_tables()
    result = calculate(decision, employment, months, tables)
    assert run_case(case, tables)["total_support"] == _euros(result.total_support)

    def baseline() -> int:
        return sum(w.gross_pay + w.supplements + w.holiday_pay + w.holiday_bonus
                   - w.kela_compensated_pay for w in months)

    engine = median_ms(lambda: calculate(decision, employment, months, tables), runs)
    whole = median_ms(lambda: run_case(case, tables), runs)
    base = median_ms(baseline, runs)
    print(f"engine: 12 wage months, {len(result.periods)} payment periods, "
          f"total {_euros(result.total_support)} €; median of {runs} runs")
    print(f"engine (subsidy.calculate): {engine:.4f} ms  (target < {TARGET_MS} ms)")
    print(f"run_case (parse + validate + calculate + format): {whole:.4f} ms")
    print(f"baseline (sum of the same 12 months' cents): {base:.4f} ms")
    print(f"FIGURE engine_12_months_ms: {engine:.4f}")
    print(f"FIGURE run_case_12_months_ms: {whole:.4f}")
    print(f"FIGURE baseline_sum_12_months_ms: {base:.4f}")
    print(f"FIGURE engine_vs_baseline_ratio: {engine / base:.1f}")
    return 0 if engine < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
