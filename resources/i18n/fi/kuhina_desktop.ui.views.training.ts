<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>TrainingView</name>
        <message>
            <source>Training &amp;packages</source>
            <translation>&amp;Koulutuspaketit</translation>
        </message>
        <message>
            <source>Cert&amp;ificates</source>
            <translation>Pätevyy&amp;det</translation>
        </message>
        <message>
            <source>&amp;Job coaching</source>
            <translation>Työ&amp;hönvalmennus</translation>
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation>Tuloks&amp;et</translation>
        </message>
        <message>
            <source>Jo&amp;b opportunities</source>
            <translation>Ty&amp;ömahdollisuudet</translation>
        </message>
        <message>
            <source>Time&amp;line</source>
            <translation>Aika&amp;jana</translation>
        </message>
    </context>
</TS>
