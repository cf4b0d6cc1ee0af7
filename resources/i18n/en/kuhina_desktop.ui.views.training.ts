<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>TrainingView</name>
        <message>
            <source>Training &amp;packages</source>
            <translation>Training &amp;packages</translation>
        </message>
        <message>
            <source>Cert&amp;ificates</source>
            <translation>Cert&amp;ificates</translation>
        </message>
        <message>
            <source>&amp;Job coaching</source>
            <translation>&amp;Job coaching</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>&amp;Outcomes</translation>
        </message>
        <message>
            <source>Jo&amp;b opportunities</source>
            <translation>Jo&amp;b opportunities</translation>
        </message>
        <message>
            <source>Time&amp;line</source>
            <translation>Time&amp;line</translation>
        </message>
    </context>
</TS>
