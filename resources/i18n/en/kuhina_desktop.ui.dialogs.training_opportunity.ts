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
            <source>&amp;Title *</source>
            <translation>&amp;Title *</translation>
        </message>
        <message>
            <source>Ta&amp;sks</source>
            <translation>Ta&amp;sks</translation>
        </message>
        <message>
            <source>&amp;Hours a week</source>
            <translation>&amp;Hours a week</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>&amp;Accessibility</source>
            <translation>&amp;Accessibility</translation>
        </message>
        <message>
            <source>&amp;Language requirements</source>
            <translation>&amp;Language requirements</translation>
        </message>
        <message>
            <source>Suppo&amp;rt offered</source>
            <translation>Suppo&amp;rt offered</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contact</translation>
        </message>
        <message>
            <source>&amp;Open (shown to the regional project)</source>
            <translation>&amp;Open (shown to the regional project)</translation>
        </message>
    </context>
</TS>
