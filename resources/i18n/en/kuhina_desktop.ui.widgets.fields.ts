<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DateField</name>
        <message>
            <source>d.m.yyyy</source>
            <translation>d.m.yyyy</translation>
        </message>
    </context>
</TS>
