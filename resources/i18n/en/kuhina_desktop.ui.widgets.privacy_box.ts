<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ChangeHistoryBox</name>
        <message>
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <source>Every change is recorded: when, by which computer user, in what and which fields – never the values themselves. The record is chained so that a change made with another tool shows.</source>
            <translation>Every change is recorded: when, by which computer user, in what and which fields – never the values themselves. The record is chained so that a change made with another tool shows.</translation>
        </message>
        <message>
            <source>Show change history…</source>
            <translation>Show change history…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyBox</name>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <source>The rights of the people in this file: a copy of their data on request, erasure of what need not be kept, and the yearly review of retention times.</source>
            <translation>The rights of the people in this file: a copy of their data on request, erasure of what need not be kept, and the yearly review of retention times.</translation>
        </message>
        <message>
            <source>Include health-related data in the export (only when the person asks for it)</source>
            <translation>Include health-related data in the export (only when the person asks for it)</translation>
        </message>
        <message>
            <source>Only a named health-data handler may include health-related data. The handlers are named in the employees view under “Health-data handlers”.</source>
            <translation>Only a named health-data handler may include health-related data. The handlers are named in the employees view under “Health-data handlers”.</translation>
        </message>
        <message>
            <source>Export a person's data…</source>
            <translation>Export a person's data…</translation>
        </message>
        <message>
            <source>Erase a person…</source>
            <translation>Erase a person…</translation>
        </message>
        <message>
            <source>Retention review…</source>
            <translation>Retention review…</translation>
        </message>
        <message>
            <source>Last retention review: %1</source>
            <translation>Last retention review: %1</translation>
        </message>
        <message>
            <source>The retention review has not been done yet.</source>
            <translation>The retention review has not been done yet.</translation>
        </message>
        <message>
            <source>Whose data to export?</source>
            <translation>Whose data to export?</translation>
        </message>
        <message>
            <source>Save the data export</source>
            <translation>Save the data export</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The data was saved to %1 (readable) and %2 (machine-readable). Deliver them to the person securely, for example in person or as an encrypted attachment.</source>
            <translation>The data was saved to %1 (readable) and %2 (machine-readable). Deliver them to the person securely, for example in person or as an encrypted attachment.</translation>
        </message>
        <message>
            <source>Data exported</source>
            <translation>Data exported</translation>
        </message>
        <message>
            <source>Whose data to erase?</source>
            <translation>Whose data to erase?</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Erased</translation>
        </message>
    </context>
</TS>
