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
            <source>&amp;Status</source>
            <translation>&amp;Tila</translation>
        </message>
        <message>
            <source>Start &amp;date</source>
            <translation>&amp;Alkamispäivä</translation>
        </message>
        <message>
            <source>&amp;Hours attended</source>
            <translation>&amp;Osallistutut tunnit</translation>
        </message>
        <message>
            <source>&amp;Completed or interrupted on</source>
            <translation>&amp;Suoritus- tai keskeytyspäivä</translation>
        </message>
        <message>
            <source>&amp;Result</source>
            <translation>T&amp;ulos</translation>
        </message>
        <message>
            <source>When the status is “Completed”, the certificate “%1” is recorded on the completion day.</source>
            <translation>Kun tila on ”Suoritettu”, pätevyys ”%1” kirjataan suorituspäivälle.</translation>
        </message>
    </context>
</TS>
