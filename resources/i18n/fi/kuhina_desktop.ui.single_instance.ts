<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Kuhina Desktop</source>
            <translation>Kuhina Desktop</translation>
        </message>
        <message>
            <source>Kuhina Desktop is already running but does not respond. Wait a moment and try again. If that does not help, close it with the Task Manager or restart the computer; your saved data is safe.</source>
            <translation>Kuhina Desktop on jo käynnissä, mutta se ei vastaa. Odota hetki ja yritä uudelleen. Jos se ei auta, sulje ohjelma Tehtävienhallinnasta tai käynnistä tietokone uudelleen; tallennetut tietosi ovat tallessa.</translation>
        </message>
    </context>
</TS>
