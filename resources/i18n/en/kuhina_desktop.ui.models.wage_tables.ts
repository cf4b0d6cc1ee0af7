<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ApplicationsModel</name>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>The deadline has passed: %1 is lost unless the payer accepts a late application.</source>
            <translation>The deadline has passed: %1 is lost unless the payer accepts a late application.</translation>
        </message>
        <message>
            <source>* Figures corrected after sending; see the corrections.</source>
            <translation>* Figures corrected after sending; see the corrections.</translation>
        </message>
    </context>
    <context>
        <name>ImportRowsModel</name>
        <message>
            <source>computed</source>
            <translation>computed</translation>
        </message>
        <message>
            <source>replaces the saved figures</source>
            <translation>replaces the saved figures</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Basic pay</source>
            <translation>Basic pay</translation>
        </message>
        <message>
            <source>Other pay</source>
            <translation>Other pay</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Contributions</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>OwedModel</name>
        <message>
            <source>Association total</source>
            <translation>Association total</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Owed to us</source>
            <translation>Owed to us</translation>
        </message>
        <message>
            <source>Owed since</source>
            <translation>Owed since</translation>
        </message>
        <message>
            <source>Ready to apply</source>
            <translation>Ready to apply</translation>
        </message>
        <message>
            <source>Earned since</source>
            <translation>Earned since</translation>
        </message>
        <message>
            <source>Lost (late)</source>
            <translation>Lost (late)</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
</TS>
