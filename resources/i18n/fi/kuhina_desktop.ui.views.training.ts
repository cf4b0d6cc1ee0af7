<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>TrainingView</name>
        <message>
            <source>Training packages</source>
            <translation>Koulutuspaketit</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Pätevyydet</translation>
        </message>
        <message>
            <source>Job coaching</source>
            <translation>Työhönvalmennus</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Tulokset</translation>
        </message>
        <message>
            <source>Job opportunities</source>
            <translation>Työmahdollisuudet</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Aikajana</translation>
        </message>
    </context>
</TS>
