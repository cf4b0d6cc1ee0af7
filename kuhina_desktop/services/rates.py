"""The parameter tables of a file: read, edit, copy a new year, and seed a new file."""

from __future__ import annotations

from dataclasses import replace

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.rates import RateTables, load_seed_rates
from kuhina_desktop.resources import resource_path
from kuhina_desktop.storage import rates_repo
from kuhina_desktop.storage.audit_repo import record_change
from kuhina_desktop.storage.database import DataFile


class RatesService:
    def __init__(self, data: DataFile) -> None:
        self._data = data
        self._cache: RateTables | None = None

    def tables(self) -> RateTables:
        """The file's tables; cached, because every calculation needs them."""
        if self._cache is None:
            self._cache = rates_repo.load_rate_tables(self._data)
        return self._cache

    def confirmed_years(self) -> set[int]:
        return rates_repo.confirmed_years(self._data)

    def save(self, tables: RateTables, confirmed_years: set[int]) -> None:
        checked = RateTables.from_dicts(*tables.to_dicts())  # the same checks as a seed file
        with self._data.write() as db:
            rates_repo.replace_rate_tables(db, checked, confirmed_years)
            record_change(db, "rates", None, "update", ["contribution_rates", "support_parameters"])
        self._cache = None

    def copy_year(self, source_year: int, new_year: int) -> None:
        """Start a new year's contribution table as a copy of an earlier one, unconfirmed."""
        tables = self.tables()
        if any(r.year == new_year for r in tables.contribution_rates):
            raise ValidationError("year exists", code="rate_year_exists", field="year",
                                  year=new_year)
        source = next((r for r in tables.contribution_rates if r.year == source_year), None)
        if source is None:
            raise ValidationError("no source year", code="rate_year_missing", field="year",
                                  year=source_year)
        copied = replace(tables, contribution_rates=(*tables.contribution_rates,
                                                     replace(source, year=new_year)))
        self.save(copied, self.confirmed_years() - {new_year})


def seed_rates(services) -> None:
    """FILE_SEEDS step: every new file starts with the shipped tables, confirmed."""
    tables = load_seed_rates(resource_path("rates"))
    with services.data.write() as db:
        rates_repo.replace_rate_tables(db, tables, {r.year for r in tables.contribution_rates})
