<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>WagesView</name>
        <message>
            <source>Wage months</source>
            <translation>Wage months</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Payment applications</source>
            <translation>Payment applications</translation>
        </message>
        <message>
            <source>Owed to us</source>
            <translation>Owed to us</translation>
        </message>
    </context>
</TS>
