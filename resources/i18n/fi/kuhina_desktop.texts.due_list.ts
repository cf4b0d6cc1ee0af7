<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>Choose a date after today: an item is snoozed until that day.</source>
            <translation>Valitse päivä tämän päivän jälkeen: tehtävä siirretään siihen päivään asti.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Snooze until</source>
            <translation>Siirrä päivään</translation>
        </message>
    </context>
</TS>
