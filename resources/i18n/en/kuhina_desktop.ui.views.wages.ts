<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>WagesView</name>
        <message>
            <source>&amp;Wage months</source>
            <translation>&amp;Wage months</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>&amp;Payment applications</source>
            <translation>&amp;Payment applications</translation>
        </message>
        <message>
            <source>Owed to &amp;us</source>
            <translation>Owed to &amp;us</translation>
        </message>
    </context>
</TS>
