"""Rules for the password of a protected file. Pure: no I/O."""

from __future__ import annotations

from enum import Enum

from kuhina_desktop.domain.errors import ValidationError

MIN_LENGTH = 8
MAX_LENGTH = 1024


class Strength(Enum):
    TOO_SHORT = "too_short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


def strength(password: str) -> Strength:
    """A hint, not a rule: length counts most, then the kinds of characters used."""
    if len(password) < MIN_LENGTH:
        return Strength.TOO_SHORT
    kinds = sum((any(c.islower() for c in password), any(c.isupper() for c in password),
                 any(c.isdigit() for c in password), any(not c.isalnum() for c in password)))
    if len(set(password)) <= 3:
        return Strength.WEAK
    if len(password) >= 16 or (len(password) >= 12 and kinds >= 3):
        return Strength.STRONG
    if len(password) >= 10 or kinds >= 3:
        return Strength.FAIR
    return Strength.WEAK


def validate_new_password(password: str, repeated: str) -> None:
    """A new password: long enough, typed the same twice."""
    if len(password) < MIN_LENGTH:
        raise ValidationError("password too short", code="password_too_short", field="password",
                              min=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError("password too long", code="too_long", field="password",
                              max=MAX_LENGTH)
    if password != repeated:
        raise ValidationError("passwords differ", code="password_mismatch",
                              field="password_repeat")
