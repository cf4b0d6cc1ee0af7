"""Texts for identifiers: henkilötunnus, Y-tunnus, IBAN, reference numbers, e-mail, phone."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "hetu_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a henkilötunnus. Write it as DDMMYYCNNNT, e.g. 010594Y9032."),
    "hetu_date": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the birth date in the henkilötunnus does not exist (such as 31.2.). "
        "Check the first six digits."),
    "hetu_century_sign": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the century sign (7th character) must be one of + - Y X W V U "
        "A B C D E F."),
    "hetu_individual_number": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the individual number (digits 8–10) must be 002–999."),
    "hetu_check_character": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the check character (last character) does not match. Check for "
        "typing errors."),
    "hetu_future_date": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the birth date is in the future. Check the century sign."),
    "business_id_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a Y-tunnus. Write it as 1234567-1."),
    "business_id_check_digit": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a valid Y-tunnus: the last digit is a check digit and it "
        "does not match. Check for typing errors."),
    "iban_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not an IBAN account number. Copy it from the bank's statement, "
        "e.g. FI49 5000 9420 0287 30."),
    "iban_not_finnish": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a Finnish account number (it should start with FI)."),
    "iban_check_digits": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the check digits of the IBAN do not match. Check for typing errors."),
    "reference_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a reference number (viitenumero): use digits only."),
    "reference_length": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: a reference number has 4–20 digits."),
    "reference_check_digit": QT_TRANSLATE_NOOP(
        "Errors", "“{field}”: the check digit of the reference number does not match."),
    "email_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not an e-mail address. Write it as name@example.fi."),
    "phone_format": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” is not a phone number. Write it as 050 123 4567 or +358 50 123 4567."),
}

FIELD_LABELS: dict[str, str] = {
    "hetu": QT_TRANSLATE_NOOP("Fields", "Henkilötunnus"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
}
