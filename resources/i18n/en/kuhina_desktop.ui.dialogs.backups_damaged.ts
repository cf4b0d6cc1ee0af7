<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BackupCopy</name>
        <message>
            <source>Backup copy</source>
            <translation>Backup copy</translation>
        </message>
        <message>
            <source>Open it read-only to look at it, restore it in place of the original file, or edit this copy as a file of its own.</source>
            <translation>Open it read-only to look at it, restore it in place of the original file, or edit this copy as a file of its own.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <source>Restore over the original…</source>
            <translation>Restore over the original…</translation>
        </message>
        <message>
            <source>Edit this copy</source>
            <translation>Edit this copy</translation>
        </message>
    </context>
    <context>
        <name>DamagedFileDialog</name>
        <message>
            <source>The file is damaged</source>
            <translation>The file is damaged</translation>
        </message>
        <message>
            <source>Restore this copy</source>
            <translation>Restore this copy</translation>
        </message>
        <message>
            <source>Choose another copy…</source>
            <translation>Choose another copy…</translation>
        </message>
        <message>
            <source>No intact backup copy of this file was found on this computer. If you keep copies on a USB stick, plug it in and choose “Choose another copy…”.</source>
            <translation>No intact backup copy of this file was found on this computer. If you keep copies on a USB stick, plug it in and choose “Choose another copy…”.</translation>
        </message>
        <message>
            <source>The newest intact backup copy was made %1 (%2):
%3

Restoring it moves the damaged file aside; it is not deleted.</source>
            <translation>The newest intact backup copy was made %1 (%2):
%3

Restoring it moves the damaged file aside; it is not deleted.</translation>
        </message>
    </context>
</TS>
