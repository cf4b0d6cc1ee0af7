<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PasswordChangeDialog</name>
        <message>
            <source>Protect the file with a password</source>
            <translation>Protect the file with a password</translation>
        </message>
        <message>
            <source>Change the password</source>
            <translation>Change the password</translation>
        </message>
        <message>
            <source>Remove password protection</source>
            <translation>Remove password protection</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>Type the current password, then the new one twice.</source>
            <translation>Type the current password, then the new one twice.</translation>
        </message>
        <message>
            <source>Identity codes, health data and stored documents in the file are encrypted with the password. The password is asked every time the file is opened. It cannot be recovered if it is forgotten: write it down and keep it safe. Use at least 8 characters.</source>
            <translation>Identity codes, health data and stored documents in the file are encrypted with the password. The password is asked every time the file is opened. It cannot be recovered if it is forgotten: write it down and keep it safe. Use at least 8 characters.</translation>
        </message>
        <message>
            <source>&amp;Show the passwords</source>
            <translation>&amp;Show the passwords</translation>
        </message>
        <message>
            <source>&amp;Show the password</source>
            <translation>&amp;Show the password</translation>
        </message>
        <message>
            <source>Identity codes, health data and stored documents will be stored unencrypted again. Type the password to confirm.</source>
            <translation>Identity codes, health data and stored documents will be stored unencrypted again. Type the password to confirm.</translation>
        </message>
        <message>
            <source>Too short: at least 8 characters.</source>
            <translation>Too short: at least 8 characters.</translation>
        </message>
        <message>
            <source>Strength: weak – a longer password is harder to guess.</source>
            <translation>Strength: weak – a longer password is harder to guess.</translation>
        </message>
        <message>
            <source>Strength: fair.</source>
            <translation>Strength: fair.</translation>
        </message>
        <message>
            <source>Strength: strong.</source>
            <translation>Strength: strong.</translation>
        </message>
        <message>
            <source>Encrypting…</source>
            <translation>Encrypting…</translation>
        </message>
        <message>
            <source>Changing the password…</source>
            <translation>Changing the password…</translation>
        </message>
        <message>
            <source>Removing encryption…</source>
            <translation>Removing encryption…</translation>
        </message>
    </context>
    <context>
        <name>PasswordEdit</name>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Password-protected file</source>
            <translation>Password-protected file</translation>
        </message>
        <message>
            <source>The file %1 is protected with a password. Type the password to open it.</source>
            <translation>The file %1 is protected with a password. Type the password to open it.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>A forgotten password cannot be recovered. Only a backup copy made before the protection was turned on can be opened without it.</source>
            <translation>A forgotten password cannot be recovered. Only a backup copy made before the protection was turned on can be opened without it.</translation>
        </message>
    </context>
</TS>
