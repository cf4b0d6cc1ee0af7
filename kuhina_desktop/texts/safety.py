"""Texts of data safety: backups, restore, faults while saving, the audit trail, privacy tools.

Each fault class of the reliability catalogue has its own text that says what happened, that
nothing was lost, and what to do next.
"""

from __future__ import annotations

from kuhina_desktop.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    # ----- read-only, one text per cause ------------------------------------------------------
    "read_only_requested": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} was opened read-only, so changes cannot be saved. Open it "
        "again normally to edit it."),
    "read_only_newer": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} was saved by a newer version of Kuhina Desktop, so this "
        "version only shows it. Update the program to edit it."),
    "read_only_file": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} cannot be written: it is marked read-only, you lack the "
        "permission to change it, or an anti-virus program blocks it. Nothing was changed. "
        "Check the file's properties, or save a copy elsewhere (File → Save a copy)."),
    "read_only_folder": QT_TRANSLATE_NOOP(
        "Errors", "The folder of {path} cannot be written (it is read-only, or you lack the "
        "permission), so the file is open read-only. Nothing was changed. Move the file to a "
        "folder you can write to, such as Documents."),
    "read_only_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is damaged, so nothing is written to it. Restore a backup "
        "copy (File → Restore from backup)."),
    "read_only_backup_copy": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a backup copy opened for viewing, so changes cannot be saved. "
        "To continue from it, restore it (File → Restore from backup)."),
    # ----- faults while saving ----------------------------------------------------------------
    "file_moved": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} was deleted, renamed or moved while it was open, so the "
        "change was not saved anywhere. What you see is still here: save it with File → Save a "
        "copy, then open that copy."),
    "file_busy": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is busy: another program or computer is saving to it right "
        "now. Your change was not saved, but nothing was lost. Wait a moment and save again."),
    "damaged_in_use": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} turned out to be damaged while in use. Nothing more is "
        "written to it. Close the file and restore the newest backup copy (File → Restore from "
        "backup). Details: {reason}"),
    "write_failed": QT_TRANSLATE_NOOP(
        "Errors", "Writing to {path} failed: the drive refused to store more (it may be full, "
        "over a quota, or unable to hold a file this large). The change was not saved and "
        "nothing was lost. Free some space or move the file to another drive. Details: "
        "{detail}"),
    "network_drive": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is on a network drive. That works when only one person "
        "uses it at a time, but a broken connection can damage the file. Keep the automatic "
        "backups on this computer or a USB stick, and never open the file on two computers at "
        "once."),
    "backup_copy_opened": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a backup copy, made {made_at} of {original}. Changes made in a "
        "copy do not reach the real file."),
    # ----- backups ----------------------------------------------------------------------------
    "backup_folder_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The backup folder {path} does not exist. Choose an existing folder, or plug "
        "in the USB stick first."),
    "backup_folder_read_only": QT_TRANSLATE_NOOP(
        "Errors", "The backup folder {path} cannot be written to. Choose another folder."),
    "backup_folder_network": QT_TRANSLATE_NOOP(
        "Errors", "The backup folder {path} is on a network drive. If the network is down, "
        "the copies go to this computer's own backup folder instead; a USB stick or a local "
        "folder is safer."),
    "backup_folder_missing": QT_TRANSLATE_NOOP(
        "Errors", "The backup folder {path} is not available (is the USB stick plugged in?). "
        "Copies are made in this computer's own backup folder until it is back."),
    "backup_old": QT_TRANSLATE_NOOP(
        "Errors", "The newest backup copy in your backup folder is {days} days old. Plug in the "
        "backup drive and choose File → Save a copy / Backup now."),
    "backup_none": QT_TRANSLATE_NOOP(
        "Errors", "There is no backup copy of this file in your backup folder yet. Choose File "
        "→ Save a copy / Backup now."),
    "backup_warn_days": QT_TRANSLATE_NOOP(
        "Errors", "“{field}” must be a number of days from 1 to 365."),
    "restore_same_file": QT_TRANSLATE_NOOP(
        "Errors", "The backup copy and the file to restore into are the same file ({path}). "
        "Choose a backup copy from the backup folder."),
    "restore_read_only": QT_TRANSLATE_NOOP(
        "Errors", "Restoring replaces the open file, so the file must be open for editing, not "
        "read-only. Close the other program that has it open, open the file again and retry."),
    "no_good_backup": QT_TRANSLATE_NOOP(
        "Errors", "No intact backup copy of {path} was found. Look for copies on your USB stick "
        "or other drives and choose one with “Choose another copy…”."),
    # ----- audit trail and privacy ------------------------------------------------------------
    "audit_broken": QT_TRANSLATE_NOOP(
        "Errors", "The change history of {path} has been altered outside Kuhina Desktop (first "
        "broken entry: {entry}). The data may have been edited by another tool. Compare with a "
        "backup copy."),
    "person_missing": QT_TRANSLATE_NOOP(
        "Errors", "The person was not found in this file (it may have been erased already)."),
    "erase_confirm_name": QT_TRANSLATE_NOOP(
        "Errors", "Type the person's name exactly as shown to confirm the erasure."),
}

FIELD_LABELS: dict[str, str] = {
    "backup_folder": QT_TRANSLATE_NOOP("Fields", "Backup folder"),
    "backup_warn_days": QT_TRANSLATE_NOOP("Fields", "Warn when the newest backup is older than"),
}
