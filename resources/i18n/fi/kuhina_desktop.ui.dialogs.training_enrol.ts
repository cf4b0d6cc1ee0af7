<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol in “%1”</source>
            <translation>Ilmoita koulutukseen ”%1”</translation>
        </message>
        <message>
            <source>(already enrolled)</source>
            <translation>(jo ilmoitettu)</translation>
        </message>
        <message>
            <source>&amp;Employees</source>
            <translation>&amp;Työntekijät</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>T&amp;ila</translation>
        </message>
        <message>
            <source>Start &amp;date</source>
            <translation>&amp;Alkamispäivä</translation>
        </message>
    </context>
</TS>
