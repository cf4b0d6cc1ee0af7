"""Identifier validators: valid and invalid vectors for each, plus generator round trips."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.fi import hetu as stdnum_hetu

from kuhina_desktop.domain.errors import ValidationError
from kuhina_desktop.domain.finnish_ids import (
    CENTURY_SIGNS,
    birth_date_from_hetu,
    format_iban,
    format_reference,
    hetu_check_character,
    is_test_hetu,
    make_reference,
    make_test_hetu,
    mask_hetu,
    normalise_phone,
    reference_check_digit,
    validate_business_id,
    validate_email,
    validate_finnish_iban,
    validate_hetu,
    validate_reference,
)


def error_code(func, *args, **kwargs) -> str:
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value.code


# --- henkilötunnus ------------------------------------------------------------------------


@pytest.mark.parametrize("sign", sorted(CENTURY_SIGNS))
def test_every_century_sign_is_accepted_and_kept(sign):
    # The check character does not depend on the sign, so one body works for all thirteen.
    code = f"131052{sign}308T"
    assert validate_hetu(code) == code
    assert birth_date_from_hetu(code) == date(CENTURY_SIGNS[sign] + 52, 10, 13)


@pytest.mark.parametrize(("code", "born"), [
    ("131052-308T", date(1952, 10, 13)),
    ("131052X308T", date(1952, 10, 13)),
    ("010101A123N", date(2001, 1, 1)),
    ("010101F123N", date(2001, 1, 1)),
    ("211123A965F", date(2023, 11, 21)),
    ("290200A900B", date(2000, 2, 29)),  # 2000 is a leap year
    ("290296-1232", date(1996, 2, 29)),
    ("010300+0024", date(1800, 3, 1)),
])
def test_valid_codes_and_birth_dates(code, born):
    assert validate_hetu(code) == code
    assert birth_date_from_hetu(code) == born
    assert stdnum_hetu.is_valid(code, allow_temporary=True)  # independent oracle


@pytest.mark.parametrize(("text", "expected"), [
    (" 131052x308t ", "131052X308T"),
    ("131052a308t", "131052A308T"),
    ("\t131052-308T\n", "131052-308T"),
    ("131052\u2013308T", "131052-308T"),  # en dash pasted from a word processor
])
def test_lenient_input_is_normalised(text, expected):
    assert validate_hetu(text) == expected


@pytest.mark.parametrize(("code", "expected"), [
    ("", "hetu_format"),
    ("131052-308", "hetu_format"),
    ("131052-308TT", "hetu_format"),
    ("13105-308T", "hetu_format"),
    ("ab1052-308T", "hetu_format"),
    ("131052-3O8T", "hetu_format"),
    ("131052 - 308T", "hetu_format"),
    ("131052G308T", "hetu_century_sign"),
    ("131052Z308T", "hetu_century_sign"),
    ("131052*308T", "hetu_century_sign"),
    ("131052 308T", "hetu_century_sign"),
    ("310252-308Y", "hetu_date"),  # 31.2.
    ("290297-1232", "hetu_date"),  # 1997 is a common year
    ("290200-900B", "hetu_date"),  # 1900 was not a leap year
    ("290200+900B", "hetu_date"),  # nor was 1800
    ("001052-308T", "hetu_date"),
    ("131352-308T", "hetu_date"),
    ("010101A000P", "hetu_individual_number"),
    ("010101A001R", "hetu_individual_number"),
    ("131052-308U", "hetu_check_character"),
    ("010101A123M", "hetu_check_character"),
    ("131052-308G", "hetu_check_character"),  # G is not in the check alphabet
    ("131052-308Z", "hetu_check_character"),
])
def test_invalid_codes_have_distinct_error_codes(code, expected):
    assert error_code(validate_hetu, code) == expected


def test_errors_name_the_field_and_never_carry_the_code():
    with pytest.raises(ValidationError) as info:
        validate_hetu("131052-308U")
    assert info.value.field == "hetu"
    assert info.value.params == {}
    assert "308" not in str(info.value)


def test_future_birth_date_only_with_today():
    code = make_test_hetu(date(2052, 10, 13), 950)
    assert validate_hetu(code) == code
    assert error_code(validate_hetu, code, today=date(2026, 1, 1)) == "hetu_future_date"
    assert validate_hetu("131052-308T", today=date(2026, 1, 1)) == "131052-308T"


@pytest.mark.parametrize(("code", "expected"), [
    ("211123A965F", True),
    ("290200A900B", True),
    ("131052-308T", False),
    ("010101A123N", False),
])
def test_is_test_hetu(code, expected):
    assert is_test_hetu(code) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("131052-308T", "131052-****"),
    ("131052A308T", "131052-****"),
    ("131052x308t", "131052-****"),
    (" 010594-9021 ", "010594-****"),
    (None, ""),
    ("  ", ""),
    ("garbage", "******-****"),
    ("abcdef-1234", "******-****"),
])
def test_mask_hetu(text, expected):
    assert mask_hetu(text) == expected


def test_make_test_hetu_default_signs():
    assert make_test_hetu(date(1852, 3, 1), 955) == "010352+9559"
    assert make_test_hetu(date(1952, 10, 13), 900)[6] == "-"
    assert make_test_hetu(date(2012, 2, 29), 900, "F") == "290212F900E"


@pytest.mark.parametrize(("birth", "individual", "sign"), [
    (date(1952, 1, 1), 899, None),
    (date(1952, 1, 1), 1000, None),
    (date(1799, 12, 31), 900, None),
    (date(2100, 1, 1), 900, None),
    (date(1952, 1, 1), 900, "A"),
    (date(2002, 1, 1), 900, "-"),
    (date(2002, 1, 1), 900, "G"),
])
def test_make_test_hetu_rejects_programming_mistakes(birth, individual, sign):
    with pytest.raises(ValueError):
        make_test_hetu(birth, individual, sign)


@st.composite
def hetu_cases(draw):
    born = draw(st.dates(date(1850, 1, 1), date(2099, 12, 31)))
    individual = draw(st.integers(900, 999))
    century = born.year // 100 * 100
    sign = draw(st.sampled_from(sorted(s for s, c in CENTURY_SIGNS.items() if c == century)))
    return born, individual, sign


@given(hetu_cases())
def test_generated_codes_round_trip(case):
    born, individual, sign = case
    code = make_test_hetu(born, individual, sign)
    assert validate_hetu(code) == code
    assert validate_hetu(f" {code.lower()} ") == code
    assert birth_date_from_hetu(code) == born
    assert is_test_hetu(code)
    assert stdnum_hetu.is_valid(code, allow_temporary=True)
    assert mask_hetu(code) == f"{born:%d%m%y}-****"


@given(hetu_cases(), st.sampled_from("0123456789ABCDEFHJKLMNPRSTUVWXY"))
def test_any_other_check_character_is_refused(case, check):
    born, individual, sign = case
    if check == hetu_check_character(born, individual):
        return
    code = make_test_hetu(born, individual, sign)[:-1] + check
    assert error_code(validate_hetu, code) == "hetu_check_character"


# --- Y-tunnus ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("1572860-0", "1572860-0"),
    ("0201789-3", "0201789-3"),
    ("2630644-6", "2630644-6"),
    ("15728600", "1572860-0"),
    (" 1572860 - 0 ", "1572860-0"),
    ("FI15728600", "1572860-0"),  # the VAT form of the same number
])
def test_valid_business_ids(text, expected):
    assert validate_business_id(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1572860-1", "business_id_check_digit"),
    ("0201789-4", "business_id_check_digit"),
    ("572860-0", "business_id_format"),  # leading zero missing: not guessed
    ("", "business_id_format"),
    ("abcdefg-h", "business_id_format"),
    ("12345678-9", "business_id_format"),
])
def test_invalid_business_ids(text, expected):
    error = pytest.raises(ValidationError, validate_business_id, text).value
    assert (error.code, error.field) == (expected, "business_id")


@pytest.mark.parametrize("check", range(10))
def test_business_id_with_remainder_one_is_never_valid(check):
    # 1000008 weighs to remainder 1: no check digit exists, such IDs are never issued.
    assert error_code(validate_business_id, f"1000008-{check}") == "business_id_check_digit"


# --- IBAN ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "FI21 1234 5600 0007 85", "fi2112345600000785", " FI2112345600000785 ",
])
def test_valid_finnish_iban(text):
    assert validate_finnish_iban(text) == "FI2112345600000785"
    assert format_iban(text) == "FI21 1234 5600 0007 85"


@pytest.mark.parametrize(("text", "expected"), [
    ("FI2112345600000786", "iban_check_digits"),
    ("FI2212345600000785", "iban_check_digits"),
    ("DE89370400440532013000", "iban_not_finnish"),
    ("FI211234560000078", "iban_format"),
    ("", "iban_format"),
    ("not an iban", "iban_format"),
    ("FI21 1234 5600 0007 8X", "iban_format"),
    ("GB82 WEST 1234 5698 7654 32", "iban_not_finnish"),
])
def test_invalid_finnish_iban(text, expected):
    assert error_code(validate_finnish_iban, text) == expected
    assert error_code(format_iban, text) == expected


# --- viitenumero ---------------------------------------------------------------------------


@pytest.mark.parametrize(("base", "expected"), [
    ("1234567", "12345672"),
    (1234567, "12345672"),
    ("123", "1232"),
    ("1000", "10003"),
    ("00123", "1232"),
])
def test_make_reference(base, expected):
    assert make_reference(base) == expected


@pytest.mark.parametrize("base", ["12", "", "12a", "1" * 20])
def test_make_reference_rejects_bad_bases(base):
    assert error_code(make_reference, base) in {"reference_length", "reference_format"}


@pytest.mark.parametrize(("text", "expected"), [
    ("12345672", "12345672"),
    ("123 45672", "12345672"),
    ("00012345672", "12345672"),
    ("1232", "1232"),
])
def test_valid_references(text, expected):
    assert validate_reference(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("12345673", "reference_check_digit"),
    ("232", "reference_length"),
    ("1" * 21, "reference_length"),
    ("RF85 1234 5672", "reference_format"),
    ("", "reference_format"),
])
def test_invalid_references(text, expected):
    assert error_code(validate_reference, text) == expected


def test_format_reference_groups_of_five_from_the_right():
    assert format_reference("12345672") == "123 45672"
    assert format_reference("1232") == "1232"
    twenty = make_reference("1234567890123456789")
    assert format_reference(twenty) == "12345 67890 12345 6789" + twenty[-1]


@given(st.from_regex(r"[1-9][0-9]{2,18}", fullmatch=True), st.integers(1, 9))
def test_references_round_trip(base, shift):
    reference = make_reference(base)
    assert validate_reference(reference) == reference
    assert validate_reference(format_reference(reference)) == reference
    wrong = str((int(reference_check_digit(base)) + shift) % 10)
    assert error_code(validate_reference, base + wrong) == "reference_check_digit"


# --- e-mail and phone ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("matti@example.fi", "matti@example.fi"),
    (" Matti.Meikalainen@Example.FI ", "Matti.Meikalainen@example.fi"),
    ("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk"),
    ("o'brien@example.ie", "o'brien@example.ie"),
    ("info@xn--esimerkki-n2a.fi", "info@xn--esimerkki-n2a.fi"),
])
def test_valid_emails(text, expected):
    assert validate_email(text) == expected


@pytest.mark.parametrize("text", [
    "", "matti", "matti@", "@example.fi", "matti@example", "matti @example.fi",
    "matti@@example.fi", ".matti@example.fi", "matti.@example.fi", "ma..tti@example.fi",
    "matti@-example.fi", "matti@example.f", "matti@exa_mple.fi", "matti@example..fi",
    "matti@example.fi.", "a" * 65 + "@example.fi", "matti@" + "a" * 250 + ".fi",
])
def test_invalid_emails(text):
    assert error_code(validate_email, text) == "email_format"


@pytest.mark.parametrize(("text", "expected"), [
    ("040 123 4567", "+358401234567"),
    ("040-1234567", "+358401234567"),
    ("+358 40 123 4567", "+358401234567"),
    ("+358 (0)40 123 4567", "+358401234567"),
    ("00358 40 123 4567", "+358401234567"),
    ("(013) 123 456", "+35813123456"),
    ("+46 8 123 456 78", "+46812345678"),
    ("112", "112"),
])
def test_normalise_phone(text, expected):
    assert normalise_phone(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "12", "+358 40 ABC 4567", "1" * 16, "+"])
def test_invalid_phones(text):
    assert error_code(normalise_phone, text) == "phone_format"
