<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>New consent</source>
            <translation>Uusi suostumus</translation>
        </message>
        <message>
            <source>Record only what the employee has agreed to in writing. The job-coach export reads nothing else.</source>
            <translation>Kirjaa vain se, mihin työntekijä on kirjallisesti suostunut. Työhönvalmentajalle lähtevään tiedostoon ei tule muuta.</translation>
        </message>
        <message>
            <source>empty = until withdrawn</source>
            <translation>tyhjä = kunnes peruttu</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>Mitä saa jakaa</translation>
        </message>
        <message>
            <source>Shared with *</source>
            <translation>Kenelle *</translation>
        </message>
        <message>
            <source>Given on *</source>
            <translation>Annettu *</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Voimassa asti</translation>
        </message>
    </context>
</TS>
