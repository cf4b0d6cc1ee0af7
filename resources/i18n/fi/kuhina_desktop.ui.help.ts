<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Kuhina Desktop – User guide</source>
            <translation>Kuhina Desktop – käyttöopas</translation>
        </message>
        <message>
            <source>The user guide was not found in %1.</source>
            <translation>Käyttöopasta ei löytynyt kansiosta %1.</translation>
        </message>
    </context>
</TS>
