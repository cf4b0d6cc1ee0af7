"""The job-coach export end to end below the UI: who goes out, what, and how it is written."""

from __future__ import annotations

import errno
import hashlib
import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from kuhina_desktop.domain.coach_export import ALLOW_LIST, DataSet, LeftOut
from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.reports import coach_catalogue as words
from kuhina_desktop.services import Services
from kuhina_desktop.services import coach_export_files as files_module
from kuhina_desktop.services.coach_export import ExportTargetInvalid, ExportWriteFailed
from kuhina_desktop.services.coach_export_files import write_coach_export
from kuhina_desktop.storage import coach_export_repo
from tests import coach_zip
from tests.coach_people import (
    FORMULA_ACTIONS,
    FORMULA_TITLE,
    HEALTH_DETAILS,
    NOT_SHARED,
    NOTES,
    add_coach_people,
)
from tests.employee_factories import TODAY, new_file

NOW = datetime(2026, 3, 16, 14, 5).astimezone()


@pytest.fixture
def services(tmp_path: Path):
    services = new_file(tmp_path)
    services.people = add_coach_people(services)
    yield services
    services.close()


def export_of(services: Services, start=None, end=None, language=None):
    return services.coach_export.prepare(TODAY, start, end, language, now=NOW)


@pytest.fixture
def written(services, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "valmennus.zip"
    out.parent.mkdir()
    write_coach_export(export_of(services), out)
    return out


def test_only_people_with_a_consent_in_force(services) -> None:
    export = export_of(services)
    assert [p.name for p in export.people] == ["Bo Andersson", "Aino Virtanen"]
    assert [(p.name, p.left_out) for p in export.left_out] == [
        ("Daniel Kettunen", LeftOut.EXPIRED), ("Eero Lappalainen", LeftOut.NO_CONSENT),
        ("Cecilia Öhman", LeftOut.WITHDRAWN)]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_header_equals_the_allow_list(services, tmp_path: Path, language: str) -> None:
    out = tmp_path / f"{language}.zip"
    write_coach_export(export_of(services, language=language), out)
    members, sheets = coach_zip.members(out), coach_zip.sheets(out)
    manifest = coach_zip.manifest(out)
    assert [d["name"] for d in manifest["data_sets"]] == [str(s) for s in DataSet]
    for entry in manifest["data_sets"]:
        data_set = DataSet(entry["name"])
        expected = list(words.headers(ALLOW_LIST[data_set], language))
        assert entry["fields"] == list(ALLOW_LIST[data_set])
        assert coach_zip.csv_rows(members[entry["file"]])[0] == expected
        assert list(sheets[entry["sheet"]][0]) == expected


def test_the_rows_carry_only_allowed_values(services, written: Path) -> None:
    members = coach_zip.members(written)
    assert coach_zip.csv_rows(members["yhteystiedot.csv"])[1:] == [
        ["Aino Virtanen", "050 441 2987", "aino@example.fi"]]
    employment = coach_zip.csv_rows(members["tyosuhteet.csv"])[1:]
    assert employment == [["Bo Andersson", "Kierrätyskeskuksen myymäläavustaja", "1.1.2024",
                           "31.12.2024"],
                          ["Bo Andersson", "Kahvila-avustaja", "1.1.2026", ""],
                          ["Aino Virtanen", "'" + FORMULA_TITLE, "1.9.2025", "31.8.2026"]]
    sheet = coach_zip.sheets(written)["Työsuhteet"]
    assert sheet[3] == ("Aino Virtanen", "'" + FORMULA_TITLE, datetime(2025, 9, 1),
                        datetime(2026, 8, 31))


def test_training_coaching_outcomes_and_jobs_go_out_as_allowed(services, written: Path) -> None:
    members = coach_zip.members(written)

    def rows(name: str) -> list[list[str]]:
        return coach_zip.csv_rows(members[name])[1:]

    # Cecilia's enrolment, certificate, coaching and outcome stay home (consent withdrawn).
    assert rows("koulutukset.csv") == [[
        "Aino Virtanen", "Hygieniapassikoulutus", "Kurssi", "Koulutuspalvelu Pielinen Oy",
        "Käynnissä", "2.3.2026", "", "6,5", "0", ""]]
    assert rows("patevyydet.csv") == [
        ["Aino Virtanen", "Hygieniapassi", "1.10.2025", "", "Ruokavirasto"]]
    # Only the shareable entry about a person; the agreed actions neutralised.
    assert rows("valmennus.csv") == [[
        "Aino Virtanen", "5.2.2026", "Yksilövalmennus", "Paikan päällä", "45",
        "Työn aloitus sujui, tavoitteet sovittu.", "'" + FORMULA_ACTIONS, "1.4.2026"]]
    assert rows("tulokset.csv") == [
        ["Bo Andersson", "1.3.2025", "28.2.2026", "Työtön", "3", "3"],
        ["Aino Virtanen", "1.3.2025", "28.2.2026", "Työ avoimilla työmarkkinoilla", "2", "4"]]
    assert rows("tyomahdollisuudet.csv") == [[
        "Kahvila-apulainen", "Aamuvuorot", "20", "Joensuu", "", "", "", "'+358 40 123 4567"]]
    coaching = coach_zip.sheets(written)["Valmennus"]
    assert coaching[1][1] == datetime(2026, 2, 5) and coaching[1][4] == 45
    assert coaching[1][6] == "'" + FORMULA_ACTIONS


def test_the_target_shares_count_the_outcomes_that_go_out(services) -> None:
    summary = export_of(services).outcomes
    assert summary.total == 2  # Cecilia's outcome is not in the export
    employed, readiness = summary.employed_or_education, summary.readiness_improved
    assert (employed.count, employed.total, employed.meets_target) == (1, 2, True)
    assert (readiness.count, readiness.total, readiness.meets_target) == (1, 2, False)


def test_the_period_also_limits_coaching_and_training(services) -> None:
    export = export_of(services, start=date(2026, 3, 1))
    assert export.sheet(DataSet.COACHING).rows == ()
    assert len(export.sheet(DataSet.ENROLMENTS).rows) == 1  # ongoing: open-ended
    assert export.outcomes.total == 0  # the support periods ended on 28.2.


def test_left_out_people_and_secrets_are_nowhere_in_the_zip(services, written: Path) -> None:
    text = coach_zip.every_text(written)
    assert "Aino Virtanen" in text and "Bo Andersson" in text  # the scan does see the content
    for name in ("Öhman", "Kettunen", "Lappalainen", "daniel@example.fi", "eero@example.fi"):
        assert name not in text
    for hetu in services.people.hetus.values():
        assert hetu not in text and hetu[:7] not in text
    for secret in (HEALTH_DETAILS, NOTES, "partial_work_ability", "Osatyökyk", "health",
                   *NOT_SHARED):
        assert secret not in text


def test_manifest_lists_every_file_with_its_hash(services, written: Path) -> None:
    members = coach_zip.members(written)
    manifest = coach_zip.manifest(written)
    assert list(members)[-1] == "manifest.json"
    assert [f["name"] for f in manifest["files"]] == list(members)[:-1]
    for entry in manifest["files"]:
        data = members[entry["name"]]
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
    assert manifest["association"] == {"name": "Esimerkkiyhdistys ry",
                                       "business_id": services.association.get().business_id}
    assert manifest["period"] == {"from": None, "to": None}
    assert manifest["people_count"] == 2
    assert manifest["created"] == NOW.isoformat(timespec="seconds")
    assert manifest["consents_checked_on"] == TODAY.isoformat()
    assert {f["name"] for f in manifest["files"]} == {
        "valmennusvienti.xlsx", "valmennus_ja_tulokset.pdf",
        *(f"{words.file_stem(s, 'fi')}.csv" for s in DataSet)}


def test_the_period_limits_dated_rows(services, tmp_path: Path) -> None:
    export = export_of(services, date(2025, 1, 1), date(2025, 12, 31))
    rows = export.sheet(DataSet.EMPLOYMENT).rows
    assert [(r[0], r[2]) for r in rows] == [("Aino Virtanen", date(2025, 9, 1))]
    assert len(export.sheet(DataSet.CONTACTS).rows) == 1  # contacts have no dates
    out = tmp_path / "period.zip"
    write_coach_export(export, out)
    assert coach_zip.manifest(out)["period"] == {"from": "2025-01-01", "to": "2025-12-31"}


def test_a_reversed_period_is_refused_in_readable_words(services) -> None:
    with pytest.raises(ValidationError) as caught:
        export_of(services, date(2026, 2, 1), date(2026, 1, 1))
    assert caught.value.code == "export_period_reversed"
    assert caught.value.params == {"start": "1.2.2026", "end": "1.1.2026"}


def test_the_pdf_shows_the_targets_and_only_people_in_the_export(services, written) -> None:
    import io

    from pypdf import PdfReader

    pdf = coach_zip.members(written)["valmennus_ja_tulokset.pdf"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.replace("\u00a0", " ").split())  # table cells wrap into lines
    for expected in ("Työhönvalmennus ja tulokset",
                     "Työllistyneet tai koulutukseen siirtyneet 1 / 2 50 % 45 % Kyllä",
                     "(arvioitu alussa ja lopussa) 1 / 2 50 % 70 % Ei",
                     "Aino Virtanen", "Bo Andersson", "Kahvila-avustaja",
                     "1.1.2026 alkaen (toistaiseksi voimassa)",
                     "Työn aloitus sujui, tavoitteet sovittu.",
                     "Valmennusta yhteensä 45 min (1 kertaa)"):
        assert expected in text
    assert "Öhman" not in text and "Lappalainen" not in text


def test_a_file_without_the_training_tables_reads_as_empty_data_sets(services) -> None:
    # An older file opened read-only is not migrated: its missing tables mean no rows.
    tables = coach_export_repo.existing_tables(services.data) - {
        "outcomes", "enrolments", "certificates", "coaching_events", "job_opportunities"}
    for data_set in (DataSet.OUTCOMES, DataSet.ENROLMENTS, DataSet.CERTIFICATES,
                     DataSet.COACHING, DataSet.JOB_OPPORTUNITIES):
        assert coach_export_repo.source_rows(services.data, data_set, tables) == []
        assert not coach_export_repo.has_tables(data_set, tables)
    assert coach_export_repo.source_rows(services.data, DataSet.CONTACTS, tables)


# --- writing ------------------------------------------------------------------------------------


def test_written_atomically_with_no_temporary_file_left(services, written: Path) -> None:
    assert sorted(p.name for p in written.parent.iterdir()) == ["valmennus.zip"]
    assert zipfile.ZipFile(written).testzip() is None


@pytest.mark.parametrize("failing", ["writestr", "replace"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(services, tmp_path, monkeypatch,
                                                              failing: str) -> None:
    out = tmp_path / "out" / "vienti.zip"
    out.parent.mkdir()
    out.write_bytes(b"the previous export")
    calls = []

    def fail(*args, **kwargs):
        calls.append(args)
        raise OSError(errno.ENOSPC, "No space left on device")

    export = export_of(services)
    if failing == "writestr":
        # The members (the workbook is a zip too) are made first; the zip itself then fails.
        made = files_module.members(export)
        monkeypatch.setattr(files_module, "members", lambda _export: made)
        original = zipfile.ZipFile.writestr

        def writestr(self, info, data, *rest):
            if len(calls) >= 2:
                fail()
            calls.append(info)
            return original(self, info, data, *rest)

        monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    else:
        monkeypatch.setattr(files_module.os, "replace", fail)
    with pytest.raises(ExportWriteFailed) as caught:
        write_coach_export(export, out)
    assert caught.value.params["path"] == str(out)
    assert caught.value.params["reason"] == "No space left on device"
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in out.parent.iterdir()) == ["vienti.zip"]


def test_targets_that_cannot_be_written(services, tmp_path: Path) -> None:
    export = export_of(services)
    with pytest.raises(ExportTargetInvalid) as caught:
        write_coach_export(export, tmp_path)
    assert caught.value.code == "export_target_is_folder"
    with pytest.raises(ExportTargetInvalid) as caught:
        write_coach_export(export, tmp_path / "missing" / "x.zip")
    assert caught.value.code == "export_folder_missing"
    assert caught.value.params["folder"] == str(tmp_path / "missing")
    assert not (tmp_path / "missing").exists()


def test_the_export_changes_nothing_in_the_file(services, tmp_path: Path) -> None:
    before = os.stat(services.path).st_mtime_ns, services.data.changes_since_open
    write_coach_export(export_of(services), tmp_path / "x.zip")
    assert (os.stat(services.path).st_mtime_ns, services.data.changes_since_open) == before


def test_the_english_export_speaks_english(services, tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader

    out = tmp_path / "en.zip"
    write_coach_export(export_of(services, language="en"), out)
    members = coach_zip.members(out)
    text = " ".join(p.extract_text() for p in
                    PdfReader(io.BytesIO(members["coaching_and_outcomes.pdf"])).pages)
    text = " ".join(text.replace("\u00a0", " ").split())
    for expected in ("Coaching and outcomes report", "Employed or in education 1 of 2 50% 45% Yes",
                     "Job in the open labour market", "from 1 Jan 2026 (open-ended)"):
        assert expected in text
    assert coach_zip.csv_rows(members["coaching.csv"])[1][2:4] == ["Individual coaching",
                                                                  "On site"]


def test_a_consent_given_to_someone_else_sends_nothing_to_the_coach(demo_services) -> None:
    """Sari's contact details shared with occupational health stay out of the coach's zip;
    the demo's consents, all given to the project's coach, still go out as before."""
    from datetime import timedelta

    from kuhina_desktop.domain.coach_export import COACH_RECIPIENT
    from kuhina_desktop.domain.employees import Consent, ConsentScope
    from kuhina_desktop.services.coach_export_files import members

    today = date.today()
    before = demo_services.coach_export.prepare(today)
    assert len(before.people) == 7 and all(p.elsewhere == () for p in before.people)
    sari = next(p for p in before.people if p.name == "Sari Turunen")
    assert ConsentScope.CONTACT_DETAILS not in sari.scopes
    demo_services.employees.consents.add(Consent(
        employee_id=sari.employee_id, scope=ConsentScope.CONTACT_DETAILS,
        recipient="Työterveyshuolto Mehiläinen", given_on=today - timedelta(days=1)))
    after = demo_services.coach_export.prepare(today)
    assert [p.name for p in after.people] == [p.name for p in before.people]
    assert after.sheet(DataSet.CONTACTS).rows == before.sheet(DataSet.CONTACTS).rows
    status = next(p for p in after.people if p.employee_id == sari.employee_id)
    assert status.scopes == sari.scopes
    assert status.elsewhere == ((ConsentScope.CONTACT_DETAILS, "Työterveyshuolto Mehiläinen"),)
    files = members(after)
    assert not any(b"sari.turunen@example.fi" in data for data in files.values())
    assert after.recipient == COACH_RECIPIENT
    assert b'"consent_recipient": "Kuhina-hankkeen ty' in files["manifest.json"]
