"""The yearly parameter tables kept in the file (seeded from resources/rates, editable).

Contribution rates are stored one line per (year, line) so that a new kind of contribution can
be added without a schema change; support parameters one row per (kind, valid_from).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kuhina_desktop.domain.rates import RateTables
from kuhina_desktop.storage.database import DataFile

if TYPE_CHECKING:  # sqlite_utils is loaded when the file is written to
    from sqlite_utils import Database

_LINES = ("health_insurance", "tyel_employer", "unemployment", "accident", "group_life")
_SUPPORT_COLUMNS = ("kind", "valid_from", "percent", "monthly_cap_cents", "working_time_cap",
                    "min_weekly_hours", "max_months", "contribution_coefficient")


def load_rate_tables(data: DataFile) -> RateTables:
    years: dict[int, dict[str, object]] = {}
    for row in data.query("SELECT year, line, rate FROM contribution_rates ORDER BY year"):
        years.setdefault(row["year"], {"year": row["year"]})[f"{row['line']}_percent"] = row["rate"]
    supports = [_support_dict(row) for row in data.query(
        f"SELECT {', '.join(_SUPPORT_COLUMNS)} FROM support_parameters ORDER BY kind, valid_from")]
    return RateTables.from_dicts(list(years.values()), supports)


def _support_dict(row) -> dict[str, object]:
    values = dict(zip(_SUPPORT_COLUMNS, row, strict=True))
    cents = values.pop("monthly_cap_cents")
    values["monthly_cap"] = f"{cents // 100}.{cents % 100:02d}"
    return values


def confirmed_years(data: DataFile) -> set[int]:
    rows = data.query("SELECT year FROM contribution_rates GROUP BY year HAVING min(confirmed) = 1")
    return {row["year"] for row in rows}


def replace_rate_tables(db: Database, tables: RateTables, confirmed_years: set[int]) -> None:
    """Write the whole table set (inside the caller's transaction)."""
    contributions, supports = tables.to_dicts()
    db.execute("DELETE FROM contribution_rates")
    db.execute("DELETE FROM support_parameters")
    for year_row in contributions:
        year = int(year_row["year"])
        for line in _LINES:
            db.execute("INSERT INTO contribution_rates (year, line, rate, confirmed) "
                       "VALUES (?, ?, ?, ?)",
                       [year, line, str(year_row[f"{line}_percent"]), int(year in confirmed_years)])
    for support in supports:
        db.execute(
            f"INSERT INTO support_parameters ({', '.join(_SUPPORT_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in _SUPPORT_COLUMNS)})",
            [support["kind"], support["valid_from"], support["percent"],
             _cap_cents(str(support["monthly_cap"])), support["working_time_cap"],
             support["min_weekly_hours"], support["max_months"],
             support["contribution_coefficient"]])


def _cap_cents(text: str) -> int:
    from kuhina_desktop.domain.money import parse_decimal_string, to_cents

    return to_cents(parse_decimal_string(text))
