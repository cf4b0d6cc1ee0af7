<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RecordDialog</name>
        <message>
            <source>(archived)</source>
            <translation>(archived)</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <source>The changes have not been saved. Discard them?</source>
            <translation>The changes have not been saved. Discard them?</translation>
        </message>
    </context>
</TS>
