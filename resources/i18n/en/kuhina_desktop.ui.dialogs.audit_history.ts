<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ChangeHistoryDialog</name>
        <message>
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Every change in the file</source>
            <translation>Every change in the file</translation>
        </message>
        <message>
            <source>&amp;History of the selected record</source>
            <translation>&amp;History of the selected record</translation>
        </message>
        <message>
            <source>&amp;Check the history</source>
            <translation>&amp;Check the history</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>The change history is intact: no entry has been altered or removed outside the program.</source>
            <translation>The change history is intact: no entry has been altered or removed outside the program.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Association details</source>
            <translation>Association details</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Health-related data</source>
            <translation>Health-related data</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Employment contract</source>
            <translation>Employment contract</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Support decision</translation>
        </message>
        <message>
            <source>Wage month</source>
            <translation>Wage month</translation>
        </message>
        <message>
            <source>Payment application</source>
            <translation>Payment application</translation>
        </message>
        <message>
            <source>Payment received</source>
            <translation>Payment received</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Training enrolment</source>
            <translation>Training enrolment</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Coaching event</source>
            <translation>Coaching event</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Training package</translation>
        </message>
        <message>
            <source>Certificate type</source>
            <translation>Certificate type</translation>
        </message>
        <message>
            <source>Job opportunity</source>
            <translation>Job opportunity</translation>
        </message>
        <message>
            <source>Certificate required for a role</source>
            <translation>Certificate required for a role</translation>
        </message>
        <message>
            <source>Due list</source>
            <translation>Due list</translation>
        </message>
        <message>
            <source>Import settings</source>
            <translation>Import settings</translation>
        </message>
        <message>
            <source>Contribution rates</source>
            <translation>Contribution rates</translation>
        </message>
        <message>
            <source>Support parameters</source>
            <translation>Support parameters</translation>
        </message>
        <message>
            <source>Rates</source>
            <translation>Rates</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>erased (privacy)</source>
            <translation>erased (privacy)</translation>
        </message>
        <message>
            <source>pseudonymised (privacy)</source>
            <translation>pseudonymised (privacy)</translation>
        </message>
        <message>
            <source>password protection turned on</source>
            <translation>password protection turned on</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>password changed</translation>
        </message>
        <message>
            <source>password protection removed</source>
            <translation>password protection removed</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archived</translation>
        </message>
        <message>
            <source>returned from the archive</source>
            <translation>returned from the archive</translation>
        </message>
        <message>
            <source>identity code shown</source>
            <translation>identity code shown</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>prepared</source>
            <translation>prepared</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>payment recorded</source>
            <translation>payment recorded</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>corrected</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>saved</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>snoozed</translation>
        </message>
        <message>
            <source>marked done</source>
            <translation>marked done</translation>
        </message>
    </context>
</TS>
