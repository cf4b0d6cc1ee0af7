<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>FileSafety</name>
    <message>
        <source>The copy was restored.</source>
        <translation>Kopio palautettiin.</translation>
    </message>
    <message>
        <source>The copy was restored. The previous file was kept as %1.</source>
        <translation>Kopio palautettiin. Aiempi tiedosto säilytettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Backup copy made %1.</source>
        <translation>Varmuuskopio tehty %1.</translation>
    </message>
    <message>
        <source>Backups and safety</source>
        <translation>Varmuuskopiot ja tietoturva</translation>
    </message>
</context>
</TS>
