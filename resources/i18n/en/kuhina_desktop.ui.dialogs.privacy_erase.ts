<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Erase</name>
        <message>
            <source>Everything about %1 is removed: %2. Nothing has to be kept any longer.</source>
            <translation>Everything about %1 is removed: %2. Nothing has to be kept any longer.</translation>
        </message>
        <message>
            <source>• %1 (%2), kept until %3</source>
            <translation>• %1 (%2), kept until %3</translation>
        </message>
        <message>
            <source>the employment or support ends</source>
            <translation>the employment or support ends</translation>
        </message>
        <message>
            <source>Removed at once: %1.

The law requires keeping these records; the name, identity code, contact details and notes are removed from them, so that they no longer identify %2:
%3</source>
            <translation>Removed at once: %1.

The law requires keeping these records; the name, identity code, contact details and notes are removed from them, so that they no longer identify %2:
%3</translation>
        </message>
        <message>
            <source>The data of %1 was erased.</source>
            <translation>The data of %1 was erased.</translation>
        </message>
        <message>
            <source>%1 older backup copies still hold the person; the automatic thinning removes the last of them by %2 at the latest.</source>
            <translation>%1 older backup copies still hold the person; the automatic thinning removes the last of them by %2 at the latest.</translation>
        </message>
        <message>
            <source>%1 copies could not be read; check or delete them by hand.</source>
            <translation>%1 copies could not be read; check or delete them by hand.</translation>
        </message>
        <message>
            <source>Copies saved elsewhere (Save a copy, USB sticks, e-mail) must be deleted by hand.</source>
            <translation>Copies saved elsewhere (Save a copy, USB sticks, e-mail) must be deleted by hand.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase a person's data</source>
            <translation>Erase a person's data</translation>
        </message>
        <message>
            <source>To confirm, type the name: %1</source>
            <translation>To confirm, type the name: %1</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Erase</translation>
        </message>
    </context>
    <context>
        <name>PersonPickerDialog</name>
        <message>
            <source>Search by name</source>
            <translation>Search by name</translation>
        </message>
        <message>
            <source> (former)</source>
            <translation> (former)</translation>
        </message>
    </context>
</TS>
