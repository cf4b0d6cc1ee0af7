<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to Kuhina Desktop</source>
            <translation>Welcome to Kuhina Desktop</translation>
        </message>
        <message>
            <source>Keep your association's employees, support decisions, wage months and payment applications in one file on this computer.</source>
            <translation>Keep your association's employees, support decisions, wage months and payment applications in one file on this computer.</translation>
        </message>
        <message>
            <source>Create a new association file…</source>
            <translation>Create a new association file…</translation>
        </message>
        <message>
            <source>Open an existing file…</source>
            <translation>Open an existing file…</translation>
        </message>
        <message>
            <source>Try the demo association</source>
            <translation>Try the demo association</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Recent files</translation>
        </message>
    </context>
</TS>
