<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ProtectionBox</name>
        <message>
            <source>Password protection</source>
            <translation>Password protection</translation>
        </message>
        <message>
            <source>Set a password…</source>
            <translation>Set a password…</translation>
        </message>
        <message>
            <source>Change the password…</source>
            <translation>Change the password…</translation>
        </message>
        <message>
            <source>Remove password protection…</source>
            <translation>Remove password protection…</translation>
        </message>
        <message>
            <source>On: identity codes, health data and stored documents (decision PDFs, scanned certificates) are encrypted, and the password is asked when the file is opened. A forgotten password cannot be recovered.</source>
            <translation>On: identity codes, health data and stored documents (decision PDFs, scanned certificates) are encrypted, and the password is asked when the file is opened. A forgotten password cannot be recovered.</translation>
        </message>
        <message>
            <source>Off. On a shared computer, protect the file with a password: identity codes, health data and stored documents are then stored encrypted.</source>
            <translation>Off. On a shared computer, protect the file with a password: identity codes, health data and stored documents are then stored encrypted.</translation>
        </message>
        <message>
            <source>The file is now protected with the password.</source>
            <translation>The file is now protected with the password.</translation>
        </message>
        <message>
            <source>Backup copies made before this moment still hold the identity codes, health data and documents unencrypted. They are in:
%1

Delete them when you no longer need them, or keep them in a safe place.</source>
            <translation>Backup copies made before this moment still hold the identity codes, health data and documents unencrypted. They are in:
%1

Delete them when you no longer need them, or keep them in a safe place.</translation>
        </message>
        <message>
            <source>Make a fresh, protected backup copy now?</source>
            <translation>Make a fresh, protected backup copy now?</translation>
        </message>
    </context>
</TS>
