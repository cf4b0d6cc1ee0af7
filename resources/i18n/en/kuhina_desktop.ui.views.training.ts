<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>TrainingView</name>
        <message>
            <source>Training packages</source>
            <translation>Training packages</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <source>Job coaching</source>
            <translation>Job coaching</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Job opportunities</source>
            <translation>Job opportunities</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
</TS>
