<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SettingsView</name>
        <message>
            <source>&amp;Association</source>
            <translation>&amp;Association</translation>
        </message>
        <message>
            <source>&amp;Rates</source>
            <translation>&amp;Rates</translation>
        </message>
        <message>
            <source>&amp;Backups and history</source>
            <translation>&amp;Backups and history</translation>
        </message>
        <message>
            <source>&amp;Privacy and password</source>
            <translation>&amp;Privacy and password</translation>
        </message>
        <message>
            <source>&amp;Language and practice mode</source>
            <translation>&amp;Language and practice mode</translation>
        </message>
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
            <source>Practice mode</source>
            <translation>Practice mode</translation>
        </message>
        <message>
            <source>See the due list as it will be on a future date, to learn what is coming. The file is not changed.</source>
            <translation>See the due list as it will be on a future date, to learn what is coming. The file is not changed.</translation>
        </message>
        <message>
            <source>Show the due list as of this date</source>
            <translation>Show the due list as of this date</translation>
        </message>
        <message>
            <source>Back to today</source>
            <translation>Back to today</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
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
