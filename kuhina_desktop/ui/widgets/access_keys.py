"""Access keys (Alt+letter) for labels whose words are shared with lists and messages.

The names of wage items are the same words in a form, a column header and an error message,
so they are translated without an '&'; a form that shows many of them gives each its key at
run time, in the language shown, so that no two fields of one window share a letter.
"""

from __future__ import annotations

from collections.abc import Iterable


def with_access_keys(texts: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each text with an '&' before a letter no earlier text (nor ``taken``) uses: the first
    letter of a word if one is free, else any free letter; a text with no free letter is
    left without a key. Literal ampersands are doubled."""
    used = {letter.lower() for letter in taken}
    keyed = []
    for text in texts:
        escaped = text.replace("&", "&&")
        position = _free_letter(escaped, used)
        if position is None:
            keyed.append(escaped)
            continue
        used.add(escaped[position].lower())
        keyed.append(escaped[:position] + "&" + escaped[position:])
    return keyed


def _free_letter(text: str, used: set[str]) -> int | None:
    letters = [i for i, ch in enumerate(text) if ch.isalpha() and ch.lower() not in used
               and not (i > 0 and text[i - 1] == "&")]
    word_starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    return (word_starts or letters or [None])[0]
