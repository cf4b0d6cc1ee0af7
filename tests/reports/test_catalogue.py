import string

import pytest

from kuhina_desktop.reports.catalogue import STRINGS, t
from kuhina_desktop.reports.model import LANGUAGES


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_key_has_every_language_with_the_same_placeholders(key: str) -> None:
    texts = STRINGS[key]
    assert set(texts) == set(LANGUAGES), f"{key}: languages {sorted(texts)}"
    assert all(texts[lang].strip() for lang in LANGUAGES), f"{key}: empty text"
    assert len({frozenset(placeholders(texts[lang])) for lang in LANGUAGES}) == 1, key


def test_chrome_strings() -> None:
    assert t("chrome.page_of", "fi", n=1, total=3) == "Sivu 1 / 3"
    assert t("chrome.page_of", "en", n=1, total=3) == "Page 1 of 3"
    assert t("chrome.printed_on", "fi", date="5.3.2026") == "Tulostettu 5.3.2026"
    assert t("chrome.business_id", "fi") == "Y-tunnus"
    assert t("chrome.business_id_value", "en", value="1234567-8") == "Business ID 1234567-8"


def test_unknown_key_and_language_raise_instead_of_printing_a_key() -> None:
    with pytest.raises(KeyError, match="no document string"):
        t("chrome.nope", "fi")
    with pytest.raises(ValueError, match="unsupported"):
        t("chrome.business_id", "de")


def test_missing_parameter_raises() -> None:
    with pytest.raises(KeyError):
        t("chrome.page_of", "fi", n=1)
