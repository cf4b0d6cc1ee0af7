<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Employment contract</source>
            <translation>Employment contract</translation>
        </message>
        <message>
            <source>empty = open-ended</source>
            <translation>empty = open-ended</translation>
        </message>
        <message>
            <source>Starts *</source>
            <translation>Starts *</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Trial period ends</translation>
        </message>
        <message>
            <source>Weekly hours *</source>
            <translation>Weekly hours *</translation>
        </message>
        <message>
            <source>Sector's full-time hours a week *</source>
            <translation>Sector's full-time hours a week *</translation>
        </message>
        <message>
            <source>Working time percentage</source>
            <translation>Working time percentage</translation>
        </message>
        <message>
            <source>Pay basis</source>
            <translation>Pay basis</translation>
        </message>
        <message>
            <source>Pay *</source>
            <translation>Pay *</translation>
        </message>
        <message>
            <source>Job title *</source>
            <translation>Job title *</translation>
        </message>
        <message>
            <source>Tailored tasks</source>
            <translation>Tailored tasks</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Workplace</translation>
        </message>
        <message>
            <source>Collective agreement</source>
            <translation>Collective agreement</translation>
        </message>
        <message>
            <source>Co-employment partner</source>
            <translation>Co-employment partner</translation>
        </message>
        <message>
            <source>Partner's share (%)</source>
            <translation>Partner's share (%)</translation>
        </message>
        <message>
            <source>Contract saved – please check</source>
            <translation>Contract saved – please check</translation>
        </message>
    </context>
</TS>
