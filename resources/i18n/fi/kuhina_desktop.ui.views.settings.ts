<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>SettingsView</name>
    <message>
        <source>Association</source>
        <translation>Yhdistys</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Käyttöliittymä</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>The new language is used after a restart.</source>
        <translation>Uusi kieli otetaan käyttöön, kun ohjelma käynnistetään uudelleen.</translation>
    </message>
</context>
</TS>
