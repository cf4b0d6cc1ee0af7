<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>BackupSettingsBox</name>
        <message>
            <source>Backups</source>
            <translation>Varmuuskopiot</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Varmuuskopiokansio</translation>
        </message>
        <message>
            <source> days</source>
            <translation> päivää</translation>
        </message>
        <message>
            <source>Remind when the newest copy is older than</source>
            <translation>Muistuta, kun uusin kopio on vanhempi kuin</translation>
        </message>
        <message>
            <source>Newest copy</source>
            <translation>Uusin kopio</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Valitse kansio…</translation>
        </message>
        <message>
            <source>Use this computer's folder</source>
            <translation>Käytä tämän tietokoneen kansiota</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Varmuuskopioi nyt</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>Palauta varmuuskopiosta…</translation>
        </message>
        <message>
            <source>This computer's backup folder</source>
            <translation>Tämän tietokoneen varmuuskopiokansio</translation>
        </message>
        <message>
            <source>No copies yet: one is made when you close the file after changes.</source>
            <translation>Kopioita ei vielä ole: kopio tehdään, kun suljet tiedoston muutosten jälkeen.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Valitse varmuuskopiokansio</translation>
        </message>
        <message>
            <source>Making a copy…</source>
            <translation>Tehdään kopiota…</translation>
        </message>
    </context>
</TS>
