<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Backups</name>
        <message>
            <source>Made by hand</source>
            <translation>Made by hand</translation>
        </message>
        <message>
            <source>On closing</source>
            <translation>On closing</translation>
        </message>
        <message>
            <source>Automatic (every 30 min)</source>
            <translation>Automatic (every 30 min)</translation>
        </message>
        <message>
            <source>Before a program update</source>
            <translation>Before a program update</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Before an import</translation>
        </message>
        <message>
            <source>Before a mass change</source>
            <translation>Before a mass change</translation>
        </message>
        <message>
            <source>After erasing a person</source>
            <translation>After erasing a person</translation>
        </message>
        <message>
            <source>Demo copy</source>
            <translation>Demo copy</translation>
        </message>
        <message>
            <source>employees: %1</source>
            <translation>employees: %1</translation>
        </message>
        <message>
            <source>contracts: %1</source>
            <translation>contracts: %1</translation>
        </message>
        <message>
            <source>support decisions: %1</source>
            <translation>support decisions: %1</translation>
        </message>
        <message>
            <source>wage months: %1</source>
            <translation>wage months: %1</translation>
        </message>
        <message>
            <source>payment applications: %1</source>
            <translation>payment applications: %1</translation>
        </message>
        <message>
            <source>training enrolments: %1</source>
            <translation>training enrolments: %1</translation>
        </message>
        <message>
            <source>coaching events: %1</source>
            <translation>coaching events: %1</translation>
        </message>
        <message>
            <source>%1 (Y-tunnus %2) – %3</source>
            <translation>%1 (Y-tunnus %2) – %3</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>This copy is damaged and cannot be restored.</source>
            <translation>This copy is damaged and cannot be restored.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>Choose the copy to restore. The file %1 is not overwritten: it is moved aside under a name ending in “replaced” with the date, and a copy of it is kept with the backups.</source>
            <translation>Choose the copy to restore. The file %1 is not overwritten: it is moved aside under a name ending in “replaced” with the date, and a copy of it is kept with the backups.</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Choose another copy…</source>
            <translation>Choose another copy…</translation>
        </message>
        <message>
            <source>Restore this copy</source>
            <translation>Restore this copy</translation>
        </message>
        <message>
            <source>No backup copies of this file were found here. Use “Choose another copy…” to pick one from a USB stick or another folder.</source>
            <translation>No backup copies of this file were found here. Use “Choose another copy…” to pick one from a USB stick or another folder.</translation>
        </message>
        <message>
            <source>This copy is of another association than the file it would replace.</source>
            <translation>This copy is of another association than the file it would replace.</translation>
        </message>
        <message>
            <source>Another association's copy</source>
            <translation>Another association's copy</translation>
        </message>
        <message>
            <source>The copy is of %1 (Y-tunnus %2), but the file it would replace is of %3 (Y-tunnus %4). Restoring it replaces this association's data with the other's (the current file is kept aside). Restore it all the same?</source>
            <translation>The copy is of %1 (Y-tunnus %2), but the file it would replace is of %3 (Y-tunnus %4). Restoring it replaces this association's data with the other's (the current file is kept aside). Restore it all the same?</translation>
        </message>
        <message>
            <source>Choose a backup copy</source>
            <translation>Choose a backup copy</translation>
        </message>
        <message>
            <source>Kuhina files (*.kuhina);;All files (*)</source>
            <translation>Kuhina files (*.kuhina);;All files (*)</translation>
        </message>
    </context>
</TS>
