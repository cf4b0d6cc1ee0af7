<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrolment</source>
            <translation>Osallistuminen koulutukseen</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Koulutuspaketti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Alkamispäivä</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Osallistutut tunnit</translation>
        </message>
        <message>
            <source>Completed or interrupted on</source>
            <translation>Suoritus- tai keskeytyspäivä</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>When the status is “Completed”, the certificate “%1” is recorded on the completion day.</source>
            <translation>Kun tila on ”Suoritettu”, pätevyys ”%1” kirjataan suorituspäivälle.</translation>
        </message>
    </context>
</TS>
