"""The export's words: every field, data set and stored code has Finnish and English."""

from __future__ import annotations

import re

import pytest

from kuhina_desktop.domain.coach_export import ALLOW_LIST, CODED_FIELDS, DataSet
from kuhina_desktop.domain.training import (
    CoachingKind,
    CoachingMode,
    EnrolmentStatus,
    OutcomeKind,
    PackageKind,
)
from kuhina_desktop.reports import coach_catalogue as words
from kuhina_desktop.reports.builders.coach import TEXTS

CODES = {"outcome": OutcomeKind, "training_kind": PackageKind, "status": EnrolmentStatus,
         "kind": CoachingKind, "mode": CoachingMode}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_field_and_data_set_has_words(lang: str) -> None:
    for data_set, fields in ALLOW_LIST.items():
        headers = words.headers(fields, lang)
        assert all(headers) and len(set(headers)) == len(headers), data_set
        title = words.sheet_title(data_set, lang)
        assert 0 < len(title) <= 31 and not re.search(r"[\[\]:*?/\\]", title)
        assert re.fullmatch(r"[a-z_]+", words.file_stem(data_set, lang))
    stems = [words.file_stem(s, lang) for s in DataSet]
    assert len(set(stems)) == len(stems)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_stored_code_has_words(lang: str) -> None:
    assert set(CODES) == CODED_FIELDS
    for field, enum in CODES.items():
        assert set(words.code_labels(field)) == {str(member) for member in enum}
        for member in enum:
            assert words.code_label(field, str(member), lang) != str(member)
    assert words.code_label("outcome", "from_a_newer_version", lang) == "from_a_newer_version"
    assert words.code_label("outcome", None, lang) is None


def test_report_texts_have_the_same_placeholders_in_both_languages() -> None:
    for key, (fi, en) in TEXTS.items():
        assert set(re.findall(r"{(\w+)}", fi)) == set(re.findall(r"{(\w+)}", en)), key
