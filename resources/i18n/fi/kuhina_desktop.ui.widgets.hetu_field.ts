<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>HetuField</name>
        <message>
            <source>&amp;Reveal</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>Shows the whole code. Who revealed whose code, and when, is recorded in the audit trail.</source>
            <translation>Näyttää koko tunnuksen. Muutoslokiin kirjataan, kuka katsoi kenen tunnuksen ja milloin.</translation>
        </message>
        <message>
            <source>Born %1</source>
            <translation>Syntynyt %1</translation>
        </message>
    </context>
</TS>
