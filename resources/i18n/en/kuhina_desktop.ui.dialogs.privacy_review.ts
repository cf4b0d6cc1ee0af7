<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RetentionReviewDialog</name>
        <message>
            <source>Retention review</source>
            <translation>Retention review</translation>
        </message>
        <message>
            <source>Once a year, remove what no longer has to be kept: support files 10 years after the last payment, payroll material 6 years from the end of its year, employment details 10 years after the employment ended.</source>
            <translation>Once a year, remove what no longer has to be kept: support files 10 years after the last payment, payroll material 6 years from the end of its year, employment details 10 years after the employment ended.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Keeping ended</source>
            <translation>Keeping ended</translation>
        </message>
        <message>
            <source>&amp;Delete the selected records…</source>
            <translation>&amp;Delete the selected records…</translation>
        </message>
        <message>
            <source>&amp;Erase the person…</source>
            <translation>&amp;Erase the person…</translation>
        </message>
        <message>
            <source>&amp;Mark the review done</source>
            <translation>&amp;Mark the review done</translation>
        </message>
        <message>
            <source>Former employee: nothing has to be kept any longer</source>
            <translation>Former employee: nothing has to be kept any longer</translation>
        </message>
        <message>
            <source>Nothing is past its retention time.</source>
            <translation>Nothing is past its retention time.</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of records past their retention time.</source>
            <translation>
                <numerusform>%n group(s) of records past their retention time.</numerusform>
                <numerusform>%n group(s) of records past their retention time.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last review: %1.</source>
            <translation>Last review: %1.</translation>
        </message>
        <message>
            <source>Delete records</source>
            <translation>Delete records</translation>
        </message>
        <message>
            <source>Delete %1 of %2 for good? Their retention time ended on %3.</source>
            <translation>Delete %1 of %2 for good? Their retention time ended on %3.</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Erased</translation>
        </message>
    </context>
</TS>
