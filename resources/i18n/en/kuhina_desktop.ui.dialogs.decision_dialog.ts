<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Support decision</source>
            <translation>Support decision</translation>
        </message>
        <message>
            <source>New support decision</source>
            <translation>New support decision</translation>
        </message>
        <message>
            <source>Conditions of the decision, e.g. tasks that are not business activity</source>
            <translation>Conditions of the decision, e.g. tasks that are not business activity</translation>
        </message>
        <message>
            <source>Payment periods and application deadlines</source>
            <translation>Payment periods and application deadlines</translation>
        </message>
        <message>
            <source>Payment applications of this decision have been sent, so the fields that set its payment periods and money are locked. The end date can still be moved beyond the periods applied for (an extension). If the payer changed the decision, end this decision the day before the change, enter the change as a new decision from that day, and record a correction to the sent application.</source>
            <translation>Payment applications of this decision have been sent, so the fields that set its payment periods and money are locked. The end date can still be moved beyond the periods applied for (an extension). If the payer changed the decision, end this decision the day before the change, enter the change as a new decision from that day, and record a correction to the sent application.</translation>
        </message>
        <message>
            <source>Locked: payment applications of this decision have been sent.</source>
            <translation>Locked: payment applications of this decision have been sent.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Fill in the subsidy period to see its payment periods.</source>
            <translation>Fill in the subsidy period to see its payment periods.</translation>
        </message>
        <message>
            <source>Nothing was saved. Correct these first:</source>
            <translation>Nothing was saved. Correct these first:</translation>
        </message>
        <message>
            <source>Check these before saving:</source>
            <translation>Check these before saving:</translation>
        </message>
        <message>
            <source>If the decision is right as it is, choose “Save anyway”; the warnings are kept with the decision.</source>
            <translation>If the decision is right as it is, choose “Save anyway”; the warnings are kept with the decision.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Save anyway</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Discard changes?</translation>
        </message>
        <message>
            <source>The decision has unsaved changes. Close without saving?</source>
            <translation>The decision has unsaved changes. Close without saving?</translation>
        </message>
    </context>
</TS>
