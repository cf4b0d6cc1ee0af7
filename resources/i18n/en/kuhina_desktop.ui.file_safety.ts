<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>FileSafety</name>
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
