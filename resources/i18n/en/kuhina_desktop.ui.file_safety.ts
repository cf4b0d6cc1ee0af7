<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>FileSafety</name>
        <message>
            <source>The file is in use</source>
            <translation>The file is in use</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <source>Take over the file…</source>
            <translation>Take over the file…</translation>
        </message>
        <message>
            <source>Only take over the file if %1 on the computer %2 is certainly not using it any more (the program there crashed or the computer was switched off). If both computers save to the file, changes are lost. Take over the file?</source>
            <translation>Only take over the file if %1 on the computer %2 is certainly not using it any more (the program there crashed or the computer was switched off). If both computers save to the file, changes are lost. Take over the file?</translation>
        </message>
        <message>
            <source>Take over</source>
            <translation>Take over</translation>
        </message>
        <message>
            <source>The copy was restored.</source>
            <translation>The copy was restored.</translation>
        </message>
        <message>
            <source>The copy was restored. The previous file was kept as %1.</source>
            <translation>The copy was restored. The previous file was kept as %1.</translation>
        </message>
        <message>
            <source>Backup copy made %1.</source>
            <translation>Backup copy made %1.</translation>
        </message>
        <message>
            <source>Backups and safety</source>
            <translation>Backups and safety</translation>
        </message>
    </context>
</TS>
