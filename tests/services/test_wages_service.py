"""The wage months service: grid saves, locking, logged corrections, imports and presets."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kuhina_desktop.demo.association import DEMO_ASSOCIATION
from kuhina_desktop.domain.date_math import add_months, first_day_of_month
from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.wages import FlagKind, WageRecord
from kuhina_desktop.services.files import create_association_file
from tests.wage_people import PEOPLE, add_people, hetu_of

TODAY = date(2026, 6, 15)
MAY = date(2026, 5, 1)


@pytest.fixture
def services(tmp_path: Path):
    services = create_association_file(tmp_path / "wages.kuhina", DEMO_ASSOCIATION)
    services.people = add_people(services, TODAY)
    yield services
    services.close()


def _count(services, table: str) -> int:
    return services.data.query(f"SELECT COUNT(*) FROM {table}")[0][0]


def _audit(services, table: str) -> list[tuple[str, list[str]]]:
    rows = services.data.query("SELECT action, fields FROM audit_log WHERE table_name = ?"
                               " ORDER BY id", (table,))
    return [(r["action"], json.loads(r["fields"])) for r in rows]


def test_grid_saves_all_rows_in_one_go_with_audit(services) -> None:
    aino, jari, olga = services.people
    records = [WageRecord(aino, MAY, gross_pay=149_500, hours=Decimal("105.6")),
               WageRecord(jari, MAY, gross_pay=215_000, employer_contributions=40_000),
               WageRecord(olga, MAY, gross_pay=170_000, holiday_bonus=30_000)]
    assert services.wages.save_grid(records) == 3
    assert services.wages.month(jari, MAY).employer_contributions == 40_000
    assert services.wages.month(aino, MAY).employer_contributions is None
    assert [a for a, _ in _audit(services, "wage_months")] == ["insert"] * 3
    # Saving the same figures again writes nothing; one change writes one row.
    assert services.wages.save_grid(records) == 0
    changed = [records[0], records[1], WageRecord(olga, MAY, gross_pay=170_000)]
    assert services.wages.save_grid(changed) == 1
    assert _audit(services, "wage_months")[-1] == ("update", ["holiday_bonus"])


def test_every_field_of_a_month_reads_back_as_saved(services) -> None:
    """Each field a different value, so that a column read into the wrong field shows."""
    aino = services.people[0]
    saved = WageRecord(aino, MAY, gross_pay=100_101, supplements=202, holiday_pay=303,
                       holiday_bonus=404, holiday_compensation=505, tax_free_allowances=606,
                       kela_compensated_pay=707, other_public_support=808,
                       unpaid_absence_days=3, hours=Decimal("97.25"),
                       employer_contributions=909, source="import")
    services.wages.save_grid([saved])
    read = services.wages.month(aino, MAY)
    assert read == replace(saved, id=read.id) and read.id is not None
    [row] = [r for r in services.wages.grid(MAY, TODAY) if r.employee.id == aino]
    assert row.record == read


def test_the_worker_reads_the_same_grid_as_the_window(services) -> None:
    aino, jari, _ = services.people
    services.wages.save_grid([WageRecord(aino, MAY, gross_pay=149_500),
                              WageRecord(jari, MAY, gross_pay=215_000)])
    assert services.wages.reader().grid(MAY, TODAY) == services.wages.grid(MAY, TODAY)
    assert [r.employee.id for r in services.wages.grid(MAY, TODAY, [jari])] == [jari]


def test_one_bad_row_saves_nothing_and_names_row_and_field(services) -> None:
    aino, jari, _ = services.people
    with pytest.raises(ValidationErrors) as caught:
        services.wages.save_grid([WageRecord(aino, MAY, gross_pay=100_000),
                                  WageRecord(jari, MAY, gross_pay=100_000,
                                             kela_compensated_pay=200_000),
                                  WageRecord(999, MAY, gross_pay=1)])
    found = [(e.row, e.field, e.code) for e in caught.value.errors]
    assert found == [(2, "kela_compensated_pay", "wage_kela_above_pay"),
                     (3, "wage_employee", "wage_employee_unknown")]
    assert _count(services, "wage_months") == 0
    assert _audit(services, "wage_months") == []


def test_grid_lists_current_employees_with_flags(services) -> None:
    aino, jari, olga = services.people
    # The contract starts a month before the decision.
    first_aino_month = add_months(first_day_of_month(TODAY), -PEOPLE[0].starts_months_ago)
    # 2024 has no rate table in the file: the actual contributions are typed.
    services.wages.save_grid([WageRecord(aino, first_aino_month, gross_pay=149_500,
                                         employer_contributions=29_000)])
    grid = services.wages.grid(first_aino_month, TODAY)
    assert [(r.employee.id, r.flag) for r in grid] == [(aino, FlagKind.OUTSIDE_DECISION)]
    may = services.wages.grid(MAY, TODAY)
    assert [r.employee.last_name for r in may] == ["Kettunen", "Pesonen", "Petrova"]
    # Only Olga's decision runs in May; the others' decisions have ended.
    assert [r.flag for r in may] == [None, None, FlagKind.MISSING]
    assert all(r.employee.hetu == "" for r in may)  # the grid never carries identity codes


MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)


def _send_march_april_of_olga(services) -> int:
    """Olga's decision has two-month periods; March–April is sent on 10.5."""
    olga = services.people[2]
    services.wages.save_grid([WageRecord(olga, m, gross_pay=170_000) for m in (MARCH, APRIL)])
    decision = services.applications.decisions()[2]
    app = services.applications.mark_sent(decision.id, MARCH, date(2026, 5, 10), TODAY)
    return app.id


def test_sent_month_is_locked_and_needs_a_logged_correction(services) -> None:
    app_id = _send_march_april_of_olga(services)
    olga = services.people[2]
    changed = WageRecord(olga, APRIL, gross_pay=150_000)
    with pytest.raises(ValidationErrors) as caught:
        services.wages.save_grid([changed])
    assert caught.value.errors[0].code == "wage_month_locked"
    assert services.wages.month(olga, APRIL).gross_pay == 170_000
    with pytest.raises(ValidationError) as reason:
        services.wages.correct_month(changed, "   ")
    assert reason.value.code == "correction_reason_required"
    saved = services.wages.correct_month(changed, "Palkkalaskelmassa oli väärä tuntimäärä")
    assert (saved.gross_pay, saved.source) == (150_000, "correction")
    [correction] = services.applications.corrections(app_id)
    assert correction.reason == "Palkkalaskelmassa oli väärä tuntimäärä"
    assert correction.before["figures"]["gross_pay"] == 170_000
    assert correction.after["figures"]["gross_pay"] == 150_000
    assert ("correct", ["gross_pay"]) in _audit(services, "wage_months")
    # What was applied for stays as it was sent: 2 × 70 % × 1 700,00 €.
    assert services.applications.application(app_id).amount == 238_000
    unlocked = WageRecord(olga, MAY, gross_pay=1)
    with pytest.raises(ValidationError) as not_locked:
        services.wages.correct_month(unlocked, "syy")
    assert not_locked.value.code == "correction_not_locked"


CSV = ("Henkilötunnus;Palkkakausi;Bruttopalkka;Lomaraha;Työnantajan sivukulut\n"
       "{aino};1/2026;1 495,00;;\n{jari};1/2026;2150;100,00;420,00\n")


def _csv(**values) -> bytes:
    text = CSV.format(aino=hetu_of(PEOPLE[0]), jari=hetu_of(PEOPLE[1]))
    return text.encode(values.get("encoding", "cp1252"))


def test_import_writes_every_row_in_one_transaction(services) -> None:
    table = services.wages.read_file(_csv())
    from kuhina_desktop.domain.wage_import import guess_mapping

    context = services.wages.import_context()
    preview = services.wages.preview(table, guess_mapping(table.headers), context)
    assert preview.clean
    assert services.wages.import_preview(preview) == 2
    aino, jari, _ = services.people
    assert services.wages.month(aino, date(2026, 1, 1)).source == "import"
    assert services.wages.month(jari, date(2026, 1, 1)).employer_contributions == 42_000
    assert [a for a, _ in _audit(services, "wage_months")] == ["import", "import"]


def test_unclean_import_changes_nothing(services) -> None:
    from kuhina_desktop.domain.wage_import import guess_mapping

    bad = _csv().replace(b"2150", b"21,5,0")
    table = services.wages.read_file(bad)
    preview = services.wages.preview(table, guess_mapping(table.headers),
                                     services.wages.import_context())
    assert [(p.row, p.code) for p in preview.problems] == [(3, "import_amount_invalid")]
    before = _count(services, "audit_log")
    with pytest.raises(ValidationError) as caught:
        services.wages.import_preview(preview)
    assert caught.value.code == "import_not_clean"
    assert _count(services, "wage_months") == 0 and _count(services, "audit_log") == before


def test_import_refuses_a_month_locked_after_the_preview(services) -> None:
    from kuhina_desktop.domain.wage_import import guess_mapping

    text = f"Henkilötunnus;Kuukausi;Palkka\n{hetu_of(PEOPLE[2])};4/2026;1000\n".encode()
    table = services.wages.read_file(text)
    preview = services.wages.preview(table, guess_mapping(table.headers),
                                     services.wages.import_context())
    assert preview.clean
    _send_march_april_of_olga(services)  # sent between the preview and the import
    with pytest.raises(ValidationError):
        services.wages.import_preview(preview)
    assert services.wages.month(services.people[2], APRIL).gross_pay == 170_000


def test_backup_is_taken_before_an_import(services) -> None:
    from kuhina_desktop.domain.wage_import import guess_mapping
    from kuhina_desktop.services.wages import WagesService

    reasons = []
    wages = WagesService(services.data, services.rates, backup_before=reasons.append)
    table = wages.read_file(_csv())
    wages.import_preview(wages.preview(table, guess_mapping(table.headers),
                                       wages.import_context()))
    assert reasons == ["wage_import"]


def test_presets_are_saved_by_name(services) -> None:
    services.wages.save_preset("  Palkka.fi   raportti ", {"hetu": "Henkilötunnus"})
    services.wages.save_preset("Palkka.fi raportti", {"hetu": "Hetu", "month": "Kausi"})
    assert services.wages.presets() == {"Palkka.fi raportti": {"hetu": "Hetu", "month": "Kausi"}}
    with pytest.raises(ValidationError) as caught:
        services.wages.save_preset(" ", {})
    assert caught.value.code == "preset_name_required"
    services.wages.delete_preset("Palkka.fi raportti")
    assert services.wages.presets() == {}


def test_amounts_too_large_are_refused_before_anything_is_written(services) -> None:
    aino, jari, _ = services.people
    before = _count(services, "audit_log")
    for huge in (10 ** 19, 10 ** 17, 1_000_000_001):
        with pytest.raises(ValidationErrors) as caught:
            services.wages.save_grid([WageRecord(aino, MAY, gross_pay=100_000),
                                      WageRecord(jari, MAY, holiday_pay=huge)])
        assert [(e.row, e.field, e.code) for e in caught.value.errors] == [
            (2, "holiday_pay", "amount_too_large")]
    assert _count(services, "wage_months") == 0 and _count(services, "audit_log") == before


@pytest.mark.parametrize("data", [
    "Henkilötunnus;Kuukausi;Peruspalkka\n{aino};1/2026;99999999999999999999\n",
    "Henkilötunnus,Kuukausi,Peruspalkka,Lomaraha\n{aino},1/2026,2100,50,300,00\n",
])
def test_import_of_a_misread_file_changes_nothing(services, data: str) -> None:
    from kuhina_desktop.domain.wage_import import guess_mapping

    table = services.wages.read_file(data.format(aino=hetu_of(PEOPLE[0])).encode())
    preview = services.wages.preview(table, guess_mapping(table.headers),
                                     services.wages.import_context())
    assert [p.row for p in preview.problems] == [2] and not preview.rows
    before = _count(services, "audit_log")
    with pytest.raises(ValidationError) as caught:
        services.wages.import_preview(preview)
    assert caught.value.code == "import_not_clean"
    assert _count(services, "wage_months") == 0 and _count(services, "audit_log") == before
