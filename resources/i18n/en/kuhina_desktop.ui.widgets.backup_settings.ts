<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BackupSettingsBox</name>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Remind when the newest copy is older than</source>
            <translation>Remind when the newest copy is older than</translation>
        </message>
        <message>
            <source>Newest copy</source>
            <translation>Newest copy</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <source>Use this computer's folder</source>
            <translation>Use this computer's folder</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <source>This computer's backup folder</source>
            <translation>This computer's backup folder</translation>
        </message>
        <message>
            <source>No copies yet: one is made when you close the file after changes.</source>
            <translation>No copies yet: one is made when you close the file after changes.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>Making a copy…</source>
            <translation>Making a copy…</translation>
        </message>
    </context>
</TS>
