"""Access keys (Alt+letter) for labels whose words are shared with lists and messages.

The names of wage items are the same words in a form, a column header and an error message,
so they are translated without an '&'; a form that shows many of them gives each its key at
run time, in the language shown, so that no two fields of one window share a letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def with_access_keys(texts: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each text with an '&' before a letter that no other text (nor ``taken``) uses.

    As many texts as possible get a key (a matching of texts to the letters they contain),
    each preferring the first letter of a word, then any letter; a text left without a free
    letter gets none. Literal ampersands are doubled."""
    escaped = [text.replace("&", "&&") for text in texts]
    used = {letter.lower() for letter in taken}
    options = [_candidates(text, used) for text in escaped]
    owner: dict[str, int] = {}  # letter → index of the text that has it

    def place(index: int, tried: set[str]) -> bool:
        # A free letter in order of preference first; only then move another text's key.
        for _position, letter in options[index]:
            if letter not in owner and letter not in tried:
                owner[letter] = index
                return True
        for _position, letter in options[index]:
            if letter in tried:
                continue
            tried.add(letter)
            if place(owner[letter], tried):
                owner[letter] = index
                return True
        return False

    for index in range(len(escaped)):
        place(index, set())
    chosen = {index: letter for letter, index in owner.items()}
    keyed = []
    for index, text in enumerate(escaped):
        letter = chosen.get(index)
        if letter is None:
            keyed.append(text)
            continue
        position = next(p for p, candidate in options[index] if candidate == letter)
        keyed.append(text[:position] + "&" + text[position:])
    return keyed


def _candidates(text: str, used: set[str]) -> list[tuple[int, str]]:
    """(position, letter) of the letters a key could be, word starts first, each letter
    once (at its best position)."""
    letters = [i for i, ch in enumerate(text) if ch.isalpha() and ch.lower() not in used
               and not (i > 0 and text[i - 1] == "&")]
    word_starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    ordered = word_starts + [i for i in letters if i not in word_starts]
    seen: dict[str, int] = {}
    for position in ordered:
        seen.setdefault(text[position].lower(), position)
    return [(position, letter) for letter, position in seen.items()]


def access_key(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def give_missing_access_keys(root: QWidget, taken: Iterable[str | None] = ()) -> None:
    """Give every button, check box and field label under ``root`` that has no access key
    one that neither ``taken`` nor the others under ``root`` use (in the order they were
    made, which is the order they are laid out)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    controls = [w for w in root.findChildren(QWidget)
                if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy())]
    controls = [w for w in controls if w.text().strip()]
    used = {key for key in taken if key} | {
        key for key in (access_key(w.text()) for w in controls) if key}
    missing = [w for w in controls if access_key(w.text()) is None]
    keyed = with_access_keys([w.text().replace("&&", "&") for w in missing], used)
    for widget, text in zip(missing, keyed, strict=True):
        widget.setText(text)
