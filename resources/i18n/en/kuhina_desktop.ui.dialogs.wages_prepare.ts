<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PrepareDialog</name>
        <message>
            <source>Payment application – %1</source>
            <translation>Payment application – %1</translation>
        </message>
        <message>
            <source>Attachments and checks</source>
            <translation>Attachments and checks</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Working time</source>
            <translation>Working time</translation>
        </message>
        <message>
            <source>Support applied for</source>
            <translation>Support applied for</translation>
        </message>
        <message>
            <source>Support to apply for</source>
            <translation>Support to apply for</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Employer contributions</translation>
        </message>
        <message>
            <source>(actual)</source>
            <translation>(actual)</translation>
        </message>
        <message>
            <source>Wage costs</source>
            <translation>Wage costs</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Eligible costs</translation>
        </message>
        <message>
            <source>Monthly cap</source>
            <translation>Monthly cap</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Days in the support period</source>
            <translation>Days in the support period</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>Save as draft</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Mark sent</source>
            <translation>Mark sent</translation>
        </message>
        <message>
            <source>&amp;Calculation sheet (PDF)</source>
            <translation>&amp;Calculation sheet (PDF)</translation>
        </message>
        <message>
            <source>The attachment of the application: Ctrl+P</source>
            <translation>The attachment of the application: Ctrl+P</translation>
        </message>
        <message>
            <source>Sent on %1.</source>
            <translation>Sent on %1.</translation>
        </message>
        <message>
            <source>Paid %1 on %2.</source>
            <translation>Paid %1 on %2.</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>Rejected: %1</translation>
        </message>
        <message>
            <source>Corrected %1 (%2): %3</source>
            <translation>Corrected %1 (%2): %3</translation>
        </message>
    </context>
</TS>
