<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Placeholder</name>
        <message>
            <source>Employees, their employment contracts and consents will be kept here.</source>
            <translation>Employees, their employment contracts and consents will be kept here.</translation>
        </message>
        <message>
            <source>Support decisions (palkkatuki and other supports) and the subsidy calculator will be here.</source>
            <translation>Support decisions (palkkatuki and other supports) and the subsidy calculator will be here.</translation>
        </message>
        <message>
            <source>Monthly wage costs, payment applications and the follow-up of what was paid will be here.</source>
            <translation>Monthly wage costs, payment applications and the follow-up of what was paid will be here.</translation>
        </message>
        <message>
            <source>Training packages, certificates, job coaching and outcomes will be here.</source>
            <translation>Training packages, certificates, job coaching and outcomes will be here.</translation>
        </message>
        <message>
            <source>PDF reports for the board and the paying authority, and the job-coach export, will be here.</source>
            <translation>PDF reports for the board and the paying authority, and the job-coach export, will be here.</translation>
        </message>
    </context>
</TS>
