<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>New consent</source>
            <translation>New consent</translation>
        </message>
        <message>
            <source>Record only what the employee has agreed to in writing. The job-coach export reads nothing else.</source>
            <translation>Record only what the employee has agreed to in writing. The job-coach export reads nothing else.</translation>
        </message>
        <message>
            <source>empty = until withdrawn</source>
            <translation>empty = until withdrawn</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>What may be shared</translation>
        </message>
        <message>
            <source>Shared with *</source>
            <translation>Shared with *</translation>
        </message>
        <message>
            <source>Given on *</source>
            <translation>Given on *</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
    </context>
</TS>
