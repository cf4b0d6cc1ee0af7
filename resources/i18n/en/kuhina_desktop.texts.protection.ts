<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The password is wrong. Nothing in the file was changed. Check Caps Lock and the keyboard language, then type the password again.</source>
            <translation>The password is wrong. Nothing in the file was changed. Check Caps Lock and the keyboard language, then type the password again.</translation>
        </message>
        <message>
            <source>The file {path} is password-protected. Give the password in the environment variable KUHINA_PASSWORD, or run the command in a terminal to be asked for it.</source>
            <translation>The file {path} is password-protected. Give the password in the environment variable KUHINA_PASSWORD, or run the command in a terminal to be asked for it.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {min} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
            <translation>The password is too short: use at least {min} characters. A few ordinary words in a row are easy to remember and hard to guess.</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password in both fields.</source>
            <translation>The two passwords differ. Type the same password in both fields.</translation>
        </message>
        <message>
            <source>The file is already password-protected. To change the password, use “Change the password…” in Settings.</source>
            <translation>The file is already password-protected. To change the password, use “Change the password…” in Settings.</translation>
        </message>
        <message>
            <source>The file is not password-protected, so there is no password to change or remove.</source>
            <translation>The file is not password-protected, so there is no password to change or remove.</translation>
        </message>
        <message>
            <source>A protected value in the file cannot be decrypted ({detail}): the file has been altered or damaged. Restore a backup copy (File → Restore from backup).</source>
            <translation>A protected value in the file cannot be decrypted ({detail}): the file has been altered or damaged. Restore a backup copy (File → Restore from backup).</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
    </context>
</TS>
