<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>BackupJobs</name>
        <message>
            <source>Making a backup copy before closing…</source>
            <translation>Otetaan varmuuskopio ennen sulkemista…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Varmuuskopio</translation>
        </message>
    </context>
</TS>
