"""How long the app takes to compute a saved 12-month decision from its data file.

Run from the repository root:  python benchmarks/bench_decisions.py [RUNS]

Builds a temporary association file with one employee, a contract, a palkkatuki_100 decision of
12 months (2-month payment periods) and its 12 wage months, then times
``DecisionsService.result(id)`` — read the decision, the contract and the wage months from the
file, then run the engine with the file's rate tables — against the pure engine
(``subsidy.calculate`` on the same values already in memory) as the baseline. The target is
well under 5 ms for the whole service call.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

# Import this checkout's package, not whatever is installed in the environment.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kuhina_desktop.domain.association import Association  # noqa: E402
from kuhina_desktop.domain.finnish_ids import make_test_hetu  # noqa: E402
from kuhina_desktop.domain.funding import DecisionRecord  # noqa: E402
from kuhina_desktop.domain.subsidy import Decision, Kind, calculate  # noqa: E402
from kuhina_desktop.services.files import create_association_file  # noqa: E402
from kuhina_desktop.storage import decision_inputs  # noqa: E402

TARGET_MS = 5


def build_file(folder: Path):
    services = create_association_file(folder / "bench.kuhina",
                                       Association(name="Bench ry", business_id="1234567-1"))
    with services.data.write() as db:
        db.execute("INSERT INTO employees (id, first_name, last_name, hetu, birth_date, "
                   "created_at, updated_at) VALUES (1, 'Aino', 'Testi', ?, '1980-01-01', "
                   "'x', 'x')", [make_test_hetu(date(1980, 1, 1), 900)])
        db.execute("INSERT INTO contracts (employee_id, start_date, weekly_hours, "
                   "full_time_weekly_hours, pay_basis, pay_cents) VALUES "
                   "(1, '2026-01-01', '30', '37.5', 'monthly', 184000)")
        for m in range(12):
            db.execute("INSERT INTO wage_months (employee_id, month, gross_pay_cents, "
                       "supplements_cents, holiday_bonus_cents, kela_compensated_cents) "
                       "VALUES (1, ?, ?, 5000, ?, ?)",
                       [f"{2026 + m // 12}-{m % 12 + 1:02d}", 184000 + 100 * m,
                        50000 if m == 6 else 0, 1000 * m])
    decision = Decision(Kind.PALKKATUKI_100, date(2026, 1, 1), date(2026, 12, 31), Decimal(100),
                        202000, Decimal("0.65"), payment_period_months=2,
                        contribution_coefficient=Decimal("1.23"), decided_on=date(2025, 12, 10))
    saved = services.decisions.save(DecisionRecord(employee_id=1, decision=decision,
                                                   payer="Pohjois-Karjalan työllisyysalue",
                                                   decision_number="PKTYA/1/2025"))
    return services, saved.record


def median_ms(work: Callable[[], object], runs: int) -> float:
    for _ in range(min(50, runs)):  # warm up caches (the rate tables, SQLite's page cache)
        work()
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        work()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples) / 1_000_000


def main(argv: list[str]) -> int:
    runs = int(argv[1]) if len(argv) > 1 else 1000
    with tempfile.TemporaryDirectory(prefix="kuhina-bench-") as folder:
        services, record = build_file(Path(folder))
        try:
            assert record.id is not None
            months = decision_inputs.wage_months_of(services.data, 1, record.decision.start,
                                                    record.decision.end)
            employment = services.decisions.contract(record)
            tables = services.rates.tables()
            result = services.decisions.result(record.id)
            assert result == calculate(record.decision, employment, months, tables)
            service = median_ms(lambda: services.decisions.result(record.id), runs)
            engine = median_ms(lambda: calculate(record.decision, employment, months, tables),
                               runs)
        finally:
            services.close()
    total = f"{result.total_support // 100},{result.total_support % 100:02d}"
    print(f"decision: 12 wage months, {len(result.periods)} payment periods, total {total} €; "
          f"median of {runs} runs")
    print(f"service (file-backed DecisionsService.result): {service:.4f} ms  "
          f"(target < {TARGET_MS} ms)")
    print(f"baseline (pure engine, values in memory): {engine:.4f} ms")
    print(f"FIGURE decision_12_months_ms: {service:.4f}")
    print(f"FIGURE decision_12_months_engine_baseline_ms: {engine:.4f}")
    print(f"FIGURE decision_service_vs_engine_ratio: {service / engine:.1f}")
    return 0 if service < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
