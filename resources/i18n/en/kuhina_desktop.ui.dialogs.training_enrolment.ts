<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Enrolment</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Training package</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Start &amp;date</source>
            <translation>Start &amp;date</translation>
        </message>
        <message>
            <source>&amp;Hours attended</source>
            <translation>&amp;Hours attended</translation>
        </message>
        <message>
            <source>&amp;Completed or interrupted on</source>
            <translation>&amp;Completed or interrupted on</translation>
        </message>
        <message>
            <source>&amp;Result</source>
            <translation>&amp;Result</translation>
        </message>
        <message>
            <source>When the status is “Completed”, the certificate “%1” is recorded on the completion day.</source>
            <translation>When the status is “Completed”, the certificate “%1” is recorded on the completion day.</translation>
        </message>
    </context>
</TS>
