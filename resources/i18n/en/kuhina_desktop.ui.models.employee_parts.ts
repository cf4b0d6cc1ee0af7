<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConsentsModel</name>
        <message>
            <source>What may be shared</source>
            <translation>What may be shared</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Shared with</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>Not yet in force</source>
            <translation>Not yet in force</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
    </context>
    <context>
        <name>ContractsModel</name>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
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
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Working time</source>
            <translation>Working time</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Pay</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>%1 h a week (%2)</source>
            <translation>%1 h a week (%2)</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>open-ended</translation>
        </message>
    </context>
</TS>
