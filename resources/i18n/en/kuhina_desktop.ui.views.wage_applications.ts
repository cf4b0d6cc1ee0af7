<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ApplicationsPage</name>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>To do: apply</source>
            <translation>To do: apply</translation>
        </message>
        <message>
            <source>Waiting for the money</source>
            <translation>Waiting for the money</translation>
        </message>
        <message>
            <source>Paid and closed</source>
            <translation>Paid and closed</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>This and last year, and all open</source>
            <translation>This and last year, and all open</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>&amp;Open / prepare…</source>
            <translation>&amp;Open / prepare…</translation>
        </message>
        <message>
            <source>&amp;Record payment…</source>
            <translation>&amp;Record payment…</translation>
        </message>
        <message>
            <source>Reje&amp;cted…</source>
            <translation>Reje&amp;cted…</translation>
        </message>
        <message>
            <source>Correc&amp;t figures…</source>
            <translation>Correc&amp;t figures…</translation>
        </message>
        <message>
            <source>Applied %1, paid %2, waiting for payment %3.</source>
            <translation>Applied %1, paid %2, waiting for payment %3.</translation>
        </message>
        <message>
            <source>Rejected or left unpaid: %1.</source>
            <translation>Rejected or left unpaid: %1.</translation>
        </message>
        <message>
            <source>&lt;span style='color:#a4161a'&gt;&lt;b&gt;Overdue: %1&lt;/b&gt;&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a4161a'&gt;&lt;b&gt;Overdue: %1&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <source>This application has not been marked sent. Open it and mark it sent first.</source>
            <translation>This application has not been marked sent. Open it and mark it sent first.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>This application is already paid in full or rejected.</source>
            <translation>This application is already paid in full or rejected.</translation>
        </message>
    </context>
    <context>
        <name>OwedPage</name>
        <message>
            <source>Owed to us: sent applications not yet paid. Ready to apply: periods that have ended but whose application has not been sent. Lost: the deadline passed without an application.</source>
            <translation>Owed to us: sent applications not yet paid. Ready to apply: periods that have ended but whose application has not been sent. Lost: the deadline passed without an application.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>We are owed &lt;b&gt;%1&lt;/b&gt; of support, the oldest since %2.</source>
            <translation>We are owed &lt;b&gt;%1&lt;/b&gt; of support, the oldest since %2.</translation>
        </message>
        <message>
            <source>No support is waiting to be paid.</source>
            <translation>No support is waiting to be paid.</translation>
        </message>
        <message>
            <source>A further %1 can be applied for now.</source>
            <translation>A further %1 can be applied for now.</translation>
        </message>
        <message>
            <source>&lt;span style='color:#a4161a'&gt;%1 was lost to missed deadlines.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a4161a'&gt;%1 was lost to missed deadlines.&lt;/span&gt;</translation>
        </message>
    </context>
</TS>
