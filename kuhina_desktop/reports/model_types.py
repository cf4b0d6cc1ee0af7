"""The languages a document is written in; apart from the model so formatting needs no more."""

from __future__ import annotations

from typing import Literal, TypeAlias

Language: TypeAlias = Literal["fi", "en"]
LANGUAGES: tuple[Language, ...] = ("fi", "en")
