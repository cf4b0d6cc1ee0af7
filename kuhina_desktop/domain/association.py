"""The association that owns the file: one per file."""

from __future__ import annotations

from typing import NamedTuple

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors
from kuhina_desktop.domain.finnish_ids import (
    format_iban,
    normalise_phone,
    validate_business_id,
    validate_email,
    validate_finnish_iban,
)

DOCUMENT_LANGUAGES = ("fi", "en")
# The longest free texts, as for an employee's street and city (domain.employees.TEXT_MAX):
# enough for any real name or address, and a pasted document is refused, not printed.
TEXT_MAX = 200
FREE_TEXT_FIELDS = ("name", "register_number", "street", "city", "contact_name")


class Association(NamedTuple):  # not a dataclass: one costs a millisecond at start-up
    name: str
    business_id: str
    register_number: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    iban: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    document_language: str = "fi"


def validate_association(assoc: Association) -> Association:
    """Return the association with normalised identifiers, or raise every field error at once."""
    errors: list[ValidationError] = []
    name = assoc.name.strip()
    if not name:
        errors.append(ValidationError("name required", code="required", field="name"))
    for field in FREE_TEXT_FIELDS:
        if len(getattr(assoc, field).strip()) > TEXT_MAX:
            errors.append(ValidationError(f"{field} too long", code="too_long", field=field,
                                          max=TEXT_MAX))
    business_id = _normalise_business_id(assoc.business_id, errors)
    iban = _normalise_iban(assoc.iban, errors)
    email = _normalise_email(assoc.contact_email, errors)
    if assoc.contact_phone.strip():
        # Checked as an employee's phone is; kept as written, since it is printed on reports.
        _checked(normalise_phone, assoc.contact_phone, "contact_phone", errors)
    postal = assoc.postal_code.strip()
    if postal and not (postal.isdigit() and len(postal) == 5):
        errors.append(ValidationError("postal code", code="postal_code", field="postal_code"))
    if assoc.document_language not in DOCUMENT_LANGUAGES:
        errors.append(ValidationError("language", code="choice", field="document_language"))
    if errors:
        raise ValidationErrors(errors)
    return assoc._replace(name=name, business_id=business_id, iban=iban, postal_code=postal,
                          contact_email=email, contact_name=assoc.contact_name.strip(),
                          contact_phone=assoc.contact_phone.strip(),
                          street=assoc.street.strip(), city=assoc.city.strip(),
                          register_number=assoc.register_number.strip())


def _normalise_business_id(text: str, errors: list[ValidationError]) -> str:
    if not text.strip():
        errors.append(ValidationError("business id required", code="required", field="business_id"))
        return ""
    return _checked(validate_business_id, text, "business_id", errors)


def _normalise_iban(text: str, errors: list[ValidationError]) -> str:
    if not text.strip():
        return ""
    compact = _checked(validate_finnish_iban, text, "iban", errors)
    return format_iban(compact) if compact != text else text


def _normalise_email(text: str, errors: list[ValidationError]) -> str:
    return _checked(validate_email, text, "contact_email", errors) if text.strip() else ""


def _checked(validator, text: str, field: str, errors: list[ValidationError]) -> str:
    """Run one identifier validator, collecting its error under this form's field name."""
    try:
        return validator(text)
    except ValidationError as exc:
        exc.field = field
        errors.append(exc)
        return text
