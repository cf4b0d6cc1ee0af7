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
            <source>Employees</source>
            <translation>Työntekijät</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Alkamispäivä</translation>
        </message>
    </context>
</TS>
