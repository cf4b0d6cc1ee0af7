<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct the figures of a sent application</source>
            <translation>Correct the figures of a sent application</translation>
        </message>
        <message>
            <source>The application has been sent, so its figures are locked. A correction is saved with its reason and the figures before and after it; what was applied for stays as it was sent.</source>
            <translation>The application has been sent, so its figures are locked. A correction is saved with its reason and the figures before and after it; what was applied for stays as it was sent.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>computed</source>
            <translation>computed</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
</TS>
