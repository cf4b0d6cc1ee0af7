<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DecisionList</name>
        <message>
            <source>Search: name, payer, number…</source>
            <translation>Search: name, payer, number…</translation>
        </message>
        <message>
            <source>All decisions</source>
            <translation>All decisions</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>&amp;New decision</source>
            <translation>&amp;New decision</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n decision(s)</numerusform>
                <numerusform>%n decision(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in force</source>
            <translation>
                <numerusform>%n in force</numerusform>
                <numerusform>%n in force</numerusform>
            </translation>
        </message>
        <message>
            <source>No employees yet</source>
            <translation>No employees yet</translation>
        </message>
        <message>
            <source>A support decision belongs to an employee. Add the employee under Employees first.</source>
            <translation>A support decision belongs to an employee. Add the employee under Employees first.</translation>
        </message>
        <message>
            <source>Delete the decision?</source>
            <translation>Delete the decision?</translation>
        </message>
        <message>
            <source>The decision and its PDF are deleted from the file. This cannot be undone.</source>
            <translation>The decision and its PDF are deleted from the file. This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>DecisionsView</name>
        <message>
            <source>De&amp;cisions</source>
            <translation>De&amp;cisions</translation>
        </message>
        <message>
            <source>W&amp;age subsidy calculator</source>
            <translation>W&amp;age subsidy calculator</translation>
        </message>
    </context>
</TS>
