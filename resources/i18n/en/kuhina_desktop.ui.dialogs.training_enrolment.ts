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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Hours attended</translation>
        </message>
        <message>
            <source>Completed or interrupted on</source>
            <translation>Completed or interrupted on</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>When the status is “Completed”, the certificate “%1” is recorded on the completion day.</source>
            <translation>When the status is “Completed”, the certificate “%1” is recorded on the completion day.</translation>
        </message>
    </context>
</TS>
