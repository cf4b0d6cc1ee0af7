"""The association's details: lengths as for an employee, the contact phone checked as one."""

from __future__ import annotations

import pytest

from kuhina_desktop.domain.association import TEXT_MAX, Association, validate_association
from kuhina_desktop.domain.errors import ValidationErrors

BASE = Association(name="Kylätalon Tuki ry", business_id="1234567-1")


@pytest.mark.parametrize("field", ["name", "register_number", "street", "city", "contact_name"])
def test_free_texts_have_the_employee_limit(field: str) -> None:
    assert validate_association(BASE._replace(**{field: "x" * TEXT_MAX}))
    with pytest.raises(ValidationErrors) as info:
        validate_association(BASE._replace(**{field: "x" * 20_000}))
    [error] = info.value.errors
    assert (error.code, error.field, error.params["max"]) == ("too_long", field, TEXT_MAX)


@pytest.mark.parametrize("phone", ["040 123 4567", "+358 40 1234567", "013 123 456",
                                   "(09) 123 4567", "+358 (0)40 123 4567", ""])
def test_finnish_phone_numbers_are_accepted_as_written(phone: str) -> None:
    assert validate_association(BASE._replace(contact_phone=f" {phone} ")).contact_phone == phone


@pytest.mark.parametrize("phone", ["abc", "040 abc", "12", "1" * 16])
def test_a_phone_that_is_no_number_is_refused(phone: str) -> None:
    with pytest.raises(ValidationErrors) as info:
        validate_association(BASE._replace(contact_phone=phone))
    [error] = info.value.errors
    assert (error.code, error.field) == ("phone_format", "contact_phone")
