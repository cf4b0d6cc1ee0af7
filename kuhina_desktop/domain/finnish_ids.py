"""Finnish identifiers: henkilötunnus, Y-tunnus, IBAN, viitenumero, plus e-mail and phone.

python-stdnum is the authority for the check characters; this module adds what a form needs on
top of it: one error code per kind of mistake, so the UI can say *what* is wrong, and helpers
stdnum lacks (the domestic reference number, test codes, masking).

Every validator returns the normalised value or raises ``ValidationError(code=…, field=…)``.
The rejected value is never put into the error's message or params: a personal identity code
must not reach a log file through an exception.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from types import SimpleNamespace

from kuhina_desktop.domain.errors import ValidationError

# --- henkilötunnus ------------------------------------------------------------------------

#: Century sign → first year of the century. The letters Y X W V U and B C D E F exist since
#: 1.1.2023; two codes may differ only by the sign, so the sign is kept exactly as given.
CENTURY_SIGNS: dict[str, int] = {"+": 1800}
CENTURY_SIGNS.update(dict.fromkeys("-YXWVU", 1900))
CENTURY_SIGNS.update(dict.fromkeys("ABCDEF", 2000))

#: The sign a generated code gets by default: the classic one of each century.
DEFAULT_CENTURY_SIGN = {1800: "+", 1900: "-", 2000: "A"}

HETU_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
TEST_INDIVIDUAL_NUMBERS = range(900, 1000)
HETU_MASK = "******-****"

_HETU_SHAPE = re.compile(r"^(\d{2})(\d{2})(\d{2})(.)(\d{3})([0-9A-Z])$")


@lru_cache(maxsize=1)
def _std() -> SimpleNamespace:
    """python-stdnum, loaded on first use (it costs start-up time the window need not pay)."""
    from stdnum import exceptions, iban
    from stdnum.fi import hetu, ytunnus

    return SimpleNamespace(errors=exceptions, iban=iban, hetu=hetu, ytunnus=ytunnus)


def _hetu_compact(text: str) -> str:
    # stdnum's compact strips surrounding white space, upper-cases and turns typographic
    # dashes (– — from a word processor) into "-", which is exactly the leniency we want.
    try:
        return _std().hetu.compact(text)
    except _std().errors.ValidationError as exc:
        raise ValidationError("hetu: not text", code="hetu_format", field="hetu") from exc


def _hetu_date(day: str, month: str, year: str, sign: str) -> date:
    try:
        return date(CENTURY_SIGNS[sign] + int(year), int(month), int(day))
    except ValueError as exc:
        raise ValidationError("hetu: impossible date", code="hetu_date", field="hetu") from exc


def validate_hetu(text: str, *, today: date | None = None) -> str:
    """Return the normalised code (upper case, no surrounding space) or raise ValidationError.

    Codes: ``hetu_format`` (not ``DDMMYYCZZZQ``), ``hetu_century_sign`` (a sign that is not
    ``+ - Y X W V U A B C D E F``), ``hetu_date`` (31.2., 29.2. of a common year…),
    ``hetu_individual_number`` (000 and 001 are never issued), ``hetu_check_character``,
    and, only when ``today`` is given, ``hetu_future_date`` (typically a mistyped century sign).
    Individual numbers 900–999 (temporary and test codes) are accepted; see is_test_hetu().
    """
    code = _hetu_compact(text)
    match = _HETU_SHAPE.match(code)
    if not match:
        raise ValidationError("hetu: wrong format", code="hetu_format", field="hetu")
    day, month, year, sign, individual, check = match.groups()
    if sign not in CENTURY_SIGNS:
        raise ValidationError("hetu: wrong century sign", code="hetu_century_sign", field="hetu")
    birth = _hetu_date(day, month, year, sign)
    if int(individual) < 2:
        raise ValidationError("hetu: individual number 000/001", code="hetu_individual_number",
                              field="hetu")
    if check not in HETU_CHECK_CHARS or not _std().hetu.is_valid(code, allow_temporary=True):
        raise ValidationError("hetu: wrong check character", code="hetu_check_character",
                              field="hetu")
    if today is not None and birth > today:
        raise ValidationError("hetu: birth date in the future", code="hetu_future_date",
                              field="hetu")
    return code


def birth_date_from_hetu(text: str) -> date:
    """Birth date of a valid code (raises ValidationError like validate_hetu)."""
    code = validate_hetu(text)
    return _hetu_date(code[0:2], code[2:4], code[4:6], code[6])


def is_test_hetu(text: str) -> bool:
    """True for a valid code with individual number 900–999 (never issued to a person for good)."""
    code = validate_hetu(text)
    return int(code[7:10]) in TEST_INDIVIDUAL_NUMBERS


def mask_hetu(text: str | None) -> str:
    """``DDMMYY-****`` for display; ``""`` for no code; ``******-****`` for anything unparsable.

    The separator is always "-", whatever the real century sign: the masked form is a
    recognition aid next to the name, not an identifier, and showing a 2023-style letter would
    reveal a rare and therefore identifying detail. It is also the format ARCHITECTURE.md fixes.
    """
    if text is None or not text.strip():
        return ""
    try:
        code = _hetu_compact(text)
    except ValidationError:
        return HETU_MASK
    if len(code) != 11 or not code[:6].isdigit():
        return HETU_MASK
    return f"{code[:6]}-****"


def hetu_check_character(birth_date: date, individual: int) -> str:
    """The check character of ``DDMMYY`` + three-digit individual number."""
    digits = f"{birth_date:%d%m%y}{individual:03d}"
    return HETU_CHECK_CHARS[int(digits) % 31]


def make_test_hetu(birth_date: date, individual: int = 900, century_sign: str | None = None) -> str:
    """A valid code in the test range 900–999 for demo data and tests.

    ``century_sign`` defaults to the classic sign of the century (+, -, A); pass one of the
    2023 letters to exercise them. Raises ValueError for a programming mistake.
    """
    if individual not in TEST_INDIVIDUAL_NUMBERS:
        raise ValueError("test codes use individual numbers 900-999")
    century = birth_date.year // 100 * 100
    sign = century_sign or DEFAULT_CENTURY_SIGN.get(century, "")
    if CENTURY_SIGNS.get(sign) != century:
        raise ValueError(f"no century sign {century_sign!r} for year {birth_date.year}")
    check = hetu_check_character(birth_date, individual)
    return f"{birth_date:%d%m%y}{sign}{individual:03d}{check}"


# --- Y-tunnus ------------------------------------------------------------------------------


def validate_business_id(text: str) -> str:
    """Return the Y-tunnus as ``NNNNNNN-T`` or raise ValidationError.

    Follows stdnum: separators and a VAT-style ``FI`` prefix are accepted, but an old six-digit
    ID must be typed with its leading zero (guessing it would hide typos). Codes:
    ``business_id_format``, ``business_id_check_digit``.
    """
    try:
        _std().ytunnus.validate(text)
    except _std().errors.InvalidChecksum as exc:
        raise ValidationError("business id: wrong check digit", code="business_id_check_digit",
                              field="business_id") from exc
    except _std().errors.ValidationError as exc:
        raise ValidationError("business id: wrong format", code="business_id_format",
                              field="business_id") from exc
    return _std().ytunnus.format(text)


# --- IBAN ----------------------------------------------------------------------------------


_FI_IBAN = re.compile(r"^FI\d{16}$")
_ANY_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")


def validate_finnish_iban(text: str) -> str:
    """Return a Finnish IBAN in compact form (``FI2112345600000785``) or raise ValidationError.

    Codes: ``iban_format`` (not ``FI`` + 16 digits, nor any IBAN), ``iban_not_finnish``
    (shaped like a foreign IBAN), ``iban_check_digits`` (mod-97 check fails).
    """
    compact = _std().iban.compact(text or "")
    if not _FI_IBAN.match(compact):
        if not compact.startswith("FI") and _ANY_IBAN.match(compact):
            raise ValidationError("iban: not Finnish", code="iban_not_finnish", field="iban",
                                  country=compact[:2])
        raise ValidationError("iban: wrong format", code="iban_format", field="iban")
    if not _std().iban.is_valid(compact):
        raise ValidationError("iban: wrong check digits", code="iban_check_digits", field="iban")
    return compact


def format_iban(text: str) -> str:
    """Display form in groups of four: ``FI21 1234 5600 0007 85`` (validates first)."""
    return _std().iban.format(validate_finnish_iban(text))


# --- viitenumero (domestic bank reference number) ------------------------------------------

_REFERENCE_WEIGHTS = (7, 3, 1)


def reference_check_digit(base: str) -> str:
    """7-3-1 check digit of the base digits, weights repeating from the rightmost digit."""
    total = sum(int(d) * _REFERENCE_WEIGHTS[i % 3] for i, d in enumerate(reversed(base)))
    return str((10 - total % 10) % 10)


def _reference_digits(text: str) -> str:
    # Banks print references in groups of five and ignore leading zeros.
    digits = "".join((text or "").split()).lstrip("0")
    if not digits.isdigit():
        raise ValidationError("reference: wrong format", code="reference_format",
                              field="reference")
    return digits


def make_reference(base: str | int) -> str:
    """Append the check digit to 3–19 base digits: ``1234567`` → ``12345672``."""
    digits = _reference_digits(str(base))
    if not 3 <= len(digits) <= 19:
        raise ValidationError("reference: base must have 3-19 digits", code="reference_length",
                              field="reference")
    return digits + reference_check_digit(digits)


def validate_reference(text: str) -> str:
    """Return the compact reference number (digits, no leading zeros) or raise ValidationError.

    Codes: ``reference_format``, ``reference_length`` (4–20 digits), ``reference_check_digit``.
    """
    digits = _reference_digits(text)
    if not 4 <= len(digits) <= 20:
        raise ValidationError("reference: 4-20 digits", code="reference_length",
                              field="reference")
    if reference_check_digit(digits[:-1]) != digits[-1]:
        raise ValidationError("reference: wrong check digit", code="reference_check_digit",
                              field="reference")
    return digits


def format_reference(text: str) -> str:
    """Groups of five counted from the right: ``12345672`` → ``123 45672``."""
    digits = validate_reference(text)
    head = len(digits) % 5
    groups = ([digits[:head]] if head else []) + [
        digits[i:i + 5] for i in range(head, len(digits), 5)
    ]
    return " ".join(groups)


# --- e-mail and phone ----------------------------------------------------------------------

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"  # local part: the unquoted characters of RFC 5322
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def validate_email(text: str) -> str:
    """Return the address with surrounding space removed and the domain in lower case.

    A practical check, not RFC 5322: one ``@``, a dotted domain with a letter TLD, no spaces,
    no dot at either end of the local part or two dots in a row. No network look-up.
    Internationalised domains must be typed in their ``xn--`` form. Code: ``email_format``.
    """
    address = (text or "").strip()
    local, _, domain = address.rpartition("@")
    if (not _EMAIL.match(address) or len(address) > 254 or len(local) > 64
            or local.startswith(".") or local.endswith(".") or ".." in local):
        raise ValidationError("email: wrong format", code="email_format", field="email")
    return f"{local}@{domain.lower()}"


_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")


def normalise_phone(text: str) -> str:
    """Lenient phone clean-up into one comparable form.

    Separators (space, -, ., /, parentheses) are dropped; ``00`` becomes ``+``; a Finnish
    national number ``040 123 4567`` becomes ``+358401234567``; anything else is kept as its
    digits. Code ``phone_format``: letters or fewer than 3 / more than 15 digits (E.164).
    """
    # "+358 (0)40 …" is a common way to write a Finnish number; the (0) is not dialled.
    compact = _PHONE_SEPARATORS.sub("", (text or "").strip().replace("(0)", ""))
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    elif compact.startswith("0"):
        compact = "+358" + compact[1:]
    digits = compact.removeprefix("+")
    if not digits.isdigit() or not 3 <= len(digits) <= 15:
        raise ValidationError("phone: wrong format", code="phone_format", field="phone")
    return compact
