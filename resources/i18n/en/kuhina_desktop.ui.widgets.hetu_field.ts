<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>HetuField</name>
        <message>
            <source>&amp;Reveal</source>
            <translation>&amp;Reveal</translation>
        </message>
        <message>
            <source>Shows the whole code. Who revealed whose code, and when, is recorded in the audit trail.</source>
            <translation>Shows the whole code. Who revealed whose code, and when, is recorded in the audit trail.</translation>
        </message>
        <message>
            <source>Born %1</source>
            <translation>Born %1</translation>
        </message>
    </context>
</TS>
