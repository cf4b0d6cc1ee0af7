<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SettingsView</name>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>User interface</source>
            <translation>User interface</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>The new language is used after a restart.</source>
            <translation>The new language is used after a restart.</translation>
        </message>
    </context>
</TS>
