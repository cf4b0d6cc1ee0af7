<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>WagesView</name>
        <message>
            <source>&amp;Wage months</source>
            <translation>&amp;Palkkakuukaudet</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>T&amp;uonti</translation>
        </message>
        <message>
            <source>&amp;Payment applications</source>
            <translation>&amp;Maksatushakemukset</translation>
        </message>
        <message>
            <source>Owed to &amp;us</source>
            <translation>&amp;Saatavat</translation>
        </message>
    </context>
</TS>
