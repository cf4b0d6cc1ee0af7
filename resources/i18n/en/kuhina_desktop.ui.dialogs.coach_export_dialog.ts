<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CoachExportDialog</name>
        <message>
            <source>Export for the job coach</source>
            <translation>Export for the job coach</translation>
        </message>
        <message>
            <source>Only people whose consent is in force today go out, and only what their consent covers. Never the personal identity code, health data or notes. Check the lists below before writing.</source>
            <translation>Only people whose consent is in force today go out, and only what their consent covers. Never the personal identity code, health data or notes. Check the lists below before writing.</translation>
        </message>
        <message>
            <source>empty = from the start</source>
            <translation>empty = from the start</translation>
        </message>
        <message>
            <source>empty = no end</source>
            <translation>empty = no end</translation>
        </message>
        <message>
            <source>Dated rows from</source>
            <translation>Dated rows from</translation>
        </message>
        <message>
            <source>Dated rows until</source>
            <translation>Dated rows until</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Write export</source>
            <translation>&amp;Write export</translation>
        </message>
        <message>
            <source>Only consents given to “{recipient}” count. A consent given to anyone else (for example occupational health), or naming no recipient, never sends anything to the coach.</source>
            <translation>Only consents given to “{recipient}” count. A consent given to anyone else (for example occupational health), or naming no recipient, never sends anything to the coach.</translation>
        </message>
        <message>
            <source>{people} people go out with {rows} rows of data, and {jobs} open job opportunities (no personal data).</source>
            <translation>{people} people go out with {rows} rows of data, and {jobs} open job opportunities (no personal data).</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Consent covers</source>
            <translation>Consent covers</translation>
        </message>
        <message>
            <source>Fields that go out, as headed in the files</source>
            <translation>Fields that go out, as headed in the files</translation>
        </message>
        <message>
            <source>Nobody has a consent in force.</source>
            <translation>Nobody has a consent in force.</translation>
        </message>
        <message>
            <source>Left out ({count}): nothing about them goes out</source>
            <translation>Left out ({count}): nothing about them goes out</translation>
        </message>
        <message>
            <source>Why left out</source>
            <translation>Why left out</translation>
        </message>
        <message>
            <source>Nobody.</source>
            <translation>Nobody.</translation>
        </message>
        <message>
            <source>Shared with: {recipients}</source>
            <translation>Shared with: {recipients}</translation>
        </message>
        <message>
            <source>Not for the coach: {scope} (given to {recipient})</source>
            <translation>Not for the coach: {scope} (given to {recipient})</translation>
        </message>
        <message>
            <source>no recipient named</source>
            <translation>no recipient named</translation>
        </message>
        <message>
            <source>Consent given to someone else: {recipients}</source>
            <translation>Consent given to someone else: {recipients}</translation>
        </message>
        <message>
            <source>Consent given to someone else, none in force</source>
            <translation>Consent given to someone else, none in force</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>No consent</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Consent withdrawn</translation>
        </message>
        <message>
            <source>Consent expired</source>
            <translation>Consent expired</translation>
        </message>
        <message>
            <source>Consent not yet in force</source>
            <translation>Consent not yet in force</translation>
        </message>
        <message>
            <source>Save the export as</source>
            <translation>Save the export as</translation>
        </message>
        <message>
            <source>Zip files (*.zip)</source>
            <translation>Zip files (*.zip)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Replace the file?</translation>
        </message>
        <message>
            <source>{path} already exists. Replace it with this export?</source>
            <translation>{path} already exists. Replace it with this export?</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Saved {path}: {people} people, {files} files.</source>
            <translation>Saved {path}: {people} people, {files} files.</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Nothing was saved.</translation>
        </message>
    </context>
</TS>
