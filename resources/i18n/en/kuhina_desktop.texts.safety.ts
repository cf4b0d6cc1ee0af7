<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The file {path} was opened read-only, so changes cannot be saved. Open it again normally to edit it.</source>
            <translation>The file {path} was opened read-only, so changes cannot be saved. Open it again normally to edit it.</translation>
        </message>
        <message>
            <source>The file {path} was saved by a newer version of Kuhina Desktop, so this version only shows it. Update the program to edit it.</source>
            <translation>The file {path} was saved by a newer version of Kuhina Desktop, so this version only shows it. Update the program to edit it.</translation>
        </message>
        <message>
            <source>The file {path} cannot be written: it is marked read-only, you lack the permission to change it, or an anti-virus program blocks it. Nothing was changed. Check the file's properties, or save a copy elsewhere (File → Save a copy).</source>
            <translation>The file {path} cannot be written: it is marked read-only, you lack the permission to change it, or an anti-virus program blocks it. Nothing was changed. Check the file's properties, or save a copy elsewhere (File → Save a copy).</translation>
        </message>
        <message>
            <source>The folder of {path} cannot be written (it is read-only, or you lack the permission), so the file is open read-only. Nothing was changed. Move the file to a folder you can write to, such as Documents.</source>
            <translation>The folder of {path} cannot be written (it is read-only, or you lack the permission), so the file is open read-only. Nothing was changed. Move the file to a folder you can write to, such as Documents.</translation>
        </message>
        <message>
            <source>The file {path} is damaged, so nothing is written to it. Restore a backup copy (File → Restore from backup).</source>
            <translation>The file {path} is damaged, so nothing is written to it. Restore a backup copy (File → Restore from backup).</translation>
        </message>
        <message>
            <source>{path} is a backup copy opened for viewing, so changes cannot be saved. To continue from it, restore it (File → Restore from backup).</source>
            <translation>{path} is a backup copy opened for viewing, so changes cannot be saved. To continue from it, restore it (File → Restore from backup).</translation>
        </message>
        <message>
            <source>The file {path} was deleted, renamed or moved while it was open, so the change was not saved anywhere. What you see is still here: save it with File → Save a copy, then open that copy.</source>
            <translation>The file {path} was deleted, renamed or moved while it was open, so the change was not saved anywhere. What you see is still here: save it with File → Save a copy, then open that copy.</translation>
        </message>
        <message>
            <source>The file {path} is busy: another program or computer is saving to it right now. Your change was not saved, but nothing was lost. Wait a moment and save again.</source>
            <translation>The file {path} is busy: another program or computer is saving to it right now. Your change was not saved, but nothing was lost. Wait a moment and save again.</translation>
        </message>
        <message>
            <source>The file {path} turned out to be damaged while in use. Nothing more is written to it. Close the file and restore the newest backup copy (File → Restore from backup). Details: {reason}</source>
            <translation>The file {path} turned out to be damaged while in use. Nothing more is written to it. Close the file and restore the newest backup copy (File → Restore from backup). Details: {reason}</translation>
        </message>
        <message>
            <source>Writing to {path} failed: the drive refused to store more (it may be full, over a quota, or unable to hold a file this large). The change was not saved and nothing was lost. Free some space or move the file to another drive. Details: {detail}</source>
            <translation>Writing to {path} failed: the drive refused to store more (it may be full, over a quota, or unable to hold a file this large). The change was not saved and nothing was lost. Free some space or move the file to another drive. Details: {detail}</translation>
        </message>
        <message>
            <source>The file {path} is on a network drive. That works when only one person uses it at a time, but a broken connection can damage the file. Keep the automatic backups on this computer or a USB stick, and never open the file on two computers at once.</source>
            <translation>The file {path} is on a network drive. That works when only one person uses it at a time, but a broken connection can damage the file. Keep the automatic backups on this computer or a USB stick, and never open the file on two computers at once.</translation>
        </message>
        <message>
            <source>{path} is a backup copy, made {made_at} of {original}. Changes made in a copy do not reach the real file.</source>
            <translation>{path} is a backup copy, made {made_at} of {original}. Changes made in a copy do not reach the real file.</translation>
        </message>
        <message>
            <source>The backup folder {path} does not exist. Choose an existing folder, or plug in the USB stick first.</source>
            <translation>The backup folder {path} does not exist. Choose an existing folder, or plug in the USB stick first.</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be written to. Choose another folder.</source>
            <translation>The backup folder {path} cannot be written to. Choose another folder.</translation>
        </message>
        <message>
            <source>The backup folder {path} is on a network drive. If the network is down, the copies go to this computer's own backup folder instead; a USB stick or a local folder is safer.</source>
            <translation>The backup folder {path} is on a network drive. If the network is down, the copies go to this computer's own backup folder instead; a USB stick or a local folder is safer.</translation>
        </message>
        <message>
            <source>The backup folder {path} is not available (is the USB stick plugged in?). Copies are made in this computer's own backup folder until it is back.</source>
            <translation>The backup folder {path} is not available (is the USB stick plugged in?). Copies are made in this computer's own backup folder until it is back.</translation>
        </message>
        <message>
            <source>The newest backup copy in your backup folder is {days} days old. Plug in the backup drive and choose File → Save a copy / Backup now.</source>
            <translation>The newest backup copy in your backup folder is {days} days old. Plug in the backup drive and choose File → Save a copy / Backup now.</translation>
        </message>
        <message>
            <source>There is no backup copy of this file in your backup folder yet. Choose File → Save a copy / Backup now.</source>
            <translation>There is no backup copy of this file in your backup folder yet. Choose File → Save a copy / Backup now.</translation>
        </message>
        <message>
            <source>“{field}” must be a number of days from 1 to 365.</source>
            <translation>“{field}” must be a number of days from 1 to 365.</translation>
        </message>
        <message>
            <source>The backup copy and the file to restore into are the same file ({path}). Choose a backup copy from the backup folder.</source>
            <translation>The backup copy and the file to restore into are the same file ({path}). Choose a backup copy from the backup folder.</translation>
        </message>
        <message>
            <source>Restoring replaces the open file, so the file must be open for editing, not read-only. Close the other program that has it open, open the file again and retry.</source>
            <translation>Restoring replaces the open file, so the file must be open for editing, not read-only. Close the other program that has it open, open the file again and retry.</translation>
        </message>
        <message>
            <source>No intact backup copy of {path} was found. Look for copies on your USB stick or other drives and choose one with “Choose another copy…”.</source>
            <translation>No intact backup copy of {path} was found. Look for copies on your USB stick or other drives and choose one with “Choose another copy…”.</translation>
        </message>
        <message>
            <source>The change history of {path} has been altered outside Kuhina Desktop (first broken entry: {entry}). The data may have been edited by another tool. Compare with a backup copy.</source>
            <translation>The change history of {path} has been altered outside Kuhina Desktop (first broken entry: {entry}). The data may have been edited by another tool. Compare with a backup copy.</translation>
        </message>
        <message>
            <source>The person was not found in this file (it may have been erased already).</source>
            <translation>The person was not found in this file (it may have been erased already).</translation>
        </message>
        <message>
            <source>Type the person's name exactly as shown to confirm the erasure.</source>
            <translation>Type the person's name exactly as shown to confirm the erasure.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Warn when the newest backup is older than</source>
            <translation>Warn when the newest backup is older than</translation>
        </message>
    </context>
</TS>
