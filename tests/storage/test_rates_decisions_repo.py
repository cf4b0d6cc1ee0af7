"""Rate tables and decisions round-trip through the file exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kuhina_desktop.domain.association import Association
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.funding import DecisionRecord
from kuhina_desktop.domain.rates import load_seed_rates
from kuhina_desktop.domain.subsidy import ContributionMethod, CostItem, Decision, Kind
from kuhina_desktop.resources import resource_path
from kuhina_desktop.services.files import create_association_file
from kuhina_desktop.storage import decisions_repo


@pytest.fixture
def services(tmp_path: Path):
    services = create_association_file(tmp_path / "a.kuhina",
                                       Association(name="Testi ry", business_id="1234567-1"))
    yield services
    services.close()


def test_new_file_is_seeded_with_the_shipped_tables(services) -> None:
    seed = load_seed_rates(resource_path("rates"))
    tables = services.rates.tables()
    assert tables.contribution_rates == seed.contribution_rates
    assert sorted(tables.support_parameters, key=str) == sorted(seed.support_parameters, key=str)
    assert services.rates.confirmed_years() == {2025, 2026}


def test_copy_year_adds_an_unconfirmed_copy(services) -> None:
    services.rates.copy_year(2026, 2027)
    tables = services.rates.tables()
    new = tables.contribution_rates_for(2027)
    assert new is not None and new.tyel_employer == Decimal("0.171")
    assert 2027 not in services.rates.confirmed_years()
    with pytest.raises(ValidationError, match="year exists"):
        services.rates.copy_year(2026, 2027)


def test_decision_round_trip(services) -> None:
    with services.data.write() as db:
        db.execute("INSERT INTO employees (first_name, last_name, hetu, birth_date, created_at,"
                   " updated_at) VALUES ('Aino', 'Testi', '010594Y9032', '1994-05-01', 'x', 'x')")
    decision = Decision(kind=Kind.KUNTALISA, start=date(2026, 1, 15), end=date(2026, 7, 14),
                        percent=Decimal("100"), monthly_cap_cents=35000,
                        payment_period_months=3, contribution_method=ContributionMethod.ACTUAL,
                        eligible_items=frozenset({CostItem.GROSS_PAY, CostItem.SUPPLEMENTS}),
                        decided_on=date(2026, 1, 10))
    record = DecisionRecord(employee_id=1, decision=decision, payer="Liperin kunta",
                            decision_number="KL-2026-7", warnings=("rehire_within_three_years",))
    with services.data.write() as db:
        new_id = decisions_repo.insert_decision(db, record)
    loaded = decisions_repo.get_decision(services.data, new_id)
    assert loaded is not None
    assert loaded.decision == decision
    assert (loaded.payer, loaded.decision_number, loaded.warnings) == (
        "Liperin kunta", "KL-2026-7", ("rehire_within_three_years",))
