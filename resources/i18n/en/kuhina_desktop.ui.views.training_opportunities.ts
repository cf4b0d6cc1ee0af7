<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>OpportunitiesTab</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
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
            <source>Language requirements</source>
            <translation>Language requirements</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>status</comment>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <comment>status</comment>
            <translation>Closed</translation>
        </message>
        <message>
            <source>&amp;New opportunity…</source>
            <translation>&amp;New opportunity…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Open: %1 of %2. Open opportunities go to the job-coach export.</source>
            <translation>Open: %1 of %2. Open opportunities go to the job-coach export.</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Accessibility</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>Support offered</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
</TS>
