<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DecisionStatus</name>
        <message>
            <source>In force</source>
            <translation>Voimassa</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Alkamassa</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättynyt</translation>
        </message>
    </context>
</TS>
