"""The association that owns the file: one per file."""

from __future__ import annotations

from dataclasses import dataclass, replace

from stdnum import iban as std_iban
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import ytunnus

from kuhina_desktop.domain.errors import ValidationError, ValidationErrors

DOCUMENT_LANGUAGES = ("fi", "en")


@dataclass(frozen=True)
class Association:
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
    business_id = _normalise_business_id(assoc.business_id, errors)
    iban = _normalise_iban(assoc.iban, errors)
    postal = assoc.postal_code.strip()
    if postal and not (postal.isdigit() and len(postal) == 5):
        errors.append(ValidationError("postal code", code="postal_code", field="postal_code"))
    if assoc.document_language not in DOCUMENT_LANGUAGES:
        errors.append(ValidationError("language", code="choice", field="document_language"))
    if errors:
        raise ValidationErrors(errors)
    return replace(assoc, name=name, business_id=business_id, iban=iban, postal_code=postal,
                   street=assoc.street.strip(), city=assoc.city.strip(),
                   register_number=assoc.register_number.strip())


def _normalise_business_id(text: str, errors: list[ValidationError]) -> str:
    if not text.strip():
        errors.append(ValidationError("business id required", code="required", field="business_id"))
        return ""
    try:
        return ytunnus.format(ytunnus.validate(text.strip()))
    except StdnumError:
        errors.append(ValidationError("business id", code="business_id", field="business_id"))
        return text


def _normalise_iban(text: str, errors: list[ValidationError]) -> str:
    if not text.strip():
        return ""
    try:
        return std_iban.format(std_iban.validate(text))
    except StdnumError:
        errors.append(ValidationError("iban", code="iban", field="iban"))
        return text
