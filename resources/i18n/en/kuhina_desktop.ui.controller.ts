<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AppController</name>
        <message>
            <source>The file %1 is already open in this window.</source>
            <translation>The file %1 is already open in this window.</translation>
        </message>
        <message>
            <source>Open read-only?</source>
            <translation>Open read-only?</translation>
        </message>
        <message>
            <source>Open the file read-only to look at it?</source>
            <translation>Open the file read-only to look at it?</translation>
        </message>
        <message>
            <source>Open association file</source>
            <translation>Open association file</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina);;All files (*)</source>
            <translation>Kuhina files (*.kuhina);;All files (*)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina)</source>
            <translation>Kuhina files (*.kuhina)</translation>
        </message>
        <message>
            <source>Saving a copy…</source>
            <translation>Saving a copy…</translation>
        </message>
        <message>
            <source>Copy saved and checked: %1</source>
            <translation>Copy saved and checked: %1</translation>
        </message>
    </context>
</TS>
