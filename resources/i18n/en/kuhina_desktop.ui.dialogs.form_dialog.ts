<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>FormDialog</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>You have changes that are not saved. Save them before closing?</source>
            <translation>You have changes that are not saved. Save them before closing?</translation>
        </message>
    </context>
</TS>
