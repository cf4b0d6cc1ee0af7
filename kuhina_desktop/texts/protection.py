"""Texts of password protection: the password dialog, enabling, changing and removing it."""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "password_wrong": QT_TRANSLATE_NOOP(
        "Errors", "The password is wrong. Nothing in the file was changed. Check Caps Lock and "
        "the keyboard language, then type the password again."),
    "password_required": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is password-protected. Give the password in the environment "
        "variable KUHINA_PASSWORD, or run the command in a terminal to be asked for it."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Errors", "The password is too short: use at least {min} characters. A few ordinary "
        "words in a row are easy to remember and hard to guess."),
    "password_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The two passwords differ. Type the same password in both fields."),
    "protection_already_on": QT_TRANSLATE_NOOP(
        "Errors", "The file is already password-protected. To change the password, use "
        "“Change the password…” in Settings."),
    "protection_not_on": QT_TRANSLATE_NOOP(
        "Errors", "The file is not password-protected, so there is no password to change or "
        "remove."),
    "protected_value_damaged": QT_TRANSLATE_NOOP(
        "Errors", "A protected value in the file cannot be decrypted ({detail}): the file has "
        "been altered or damaged. Restore a backup copy (File → Restore from backup)."),
}

FIELD_LABELS: dict[str, str] = {
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "password_repeat": QT_TRANSLATE_NOOP("Fields", "Password again"),
    "old_password": QT_TRANSLATE_NOOP("Fields", "Current password"),
}
