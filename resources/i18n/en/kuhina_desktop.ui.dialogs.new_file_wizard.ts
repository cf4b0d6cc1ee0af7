<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>NewFileWizard</name>
        <message>
            <source>New association file</source>
            <translation>New association file</translation>
        </message>
        <message>
            <source>The association</source>
            <translation>The association</translation>
        </message>
        <message>
            <source>The name and Y-tunnus are printed on every report.</source>
            <translation>The name and Y-tunnus are printed on every report.</translation>
        </message>
        <message>
            <source>Address and contact</source>
            <translation>Address and contact</translation>
        </message>
        <message>
            <source>These can be changed later in Settings.</source>
            <translation>These can be changed later in Settings.</translation>
        </message>
    </context>
    <context>
        <name>_LocationPage</name>
        <message>
            <source>Where to keep the file</source>
            <translation>Where to keep the file</translation>
        </message>
        <message>
            <source>All the association's data is kept in this one file. Keep it in a folder that is backed up; the program also makes its own backup copies.</source>
            <translation>All the association's data is kept in this one file. Keep it in a folder that is backed up; the program also makes its own backup copies.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>New association file</source>
            <translation>New association file</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina)</source>
            <translation>Kuhina files (*.kuhina)</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>Choose where to save the file.</translation>
        </message>
    </context>
</TS>
