<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>OpportunityDialog</name>
        <message>
            <source>Job opportunity</source>
            <translation>Job opportunity</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>Title *</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Hours a week</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Language requirements</source>
            <translation>Language requirements</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>Support offered</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Open (shown to the regional project)</source>
            <translation>Open (shown to the regional project)</translation>
        </message>
    </context>
</TS>
