<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BackupJobs</name>
        <message>
            <source>Making a backup copy before closing…</source>
            <translation>Making a backup copy before closing…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
    </context>
</TS>
