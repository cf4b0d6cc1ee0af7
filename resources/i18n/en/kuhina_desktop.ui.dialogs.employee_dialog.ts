<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>EmployeeDialog</name>
        <message>
            <source>&amp;Basic details</source>
            <translation>&amp;Basic details</translation>
        </message>
        <message>
            <source>Co&amp;ntracts</source>
            <translation>Co&amp;ntracts</translation>
        </message>
        <message>
            <source>C&amp;onsents</source>
            <translation>C&amp;onsents</translation>
        </message>
        <message>
            <source>&amp;Health data</source>
            <translation>&amp;Health data</translation>
        </message>
        <message>
            <source>First names *</source>
            <translation>First names *</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Last name *</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Street address</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>e.g. fi, en, ru</source>
            <translation>e.g. fi, en, ru</translation>
        </message>
        <message>
            <source>Henkilötunnus *</source>
            <translation>Henkilötunnus *</translation>
        </message>
        <message>
            <source>&amp;Long-term unemployed</source>
            <translation>&amp;Long-term unemployed</translation>
        </message>
        <message>
            <source>&amp;Immigrant</source>
            <translation>&amp;Immigrant</translation>
        </message>
        <message>
            <source>&amp;Young</source>
            <translation>&amp;Young</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Save the basic details first (Ctrl+S); then you can add contracts and consents here.</source>
            <translation>Save the basic details first (Ctrl+S); then you can add contracts and consents here.</translation>
        </message>
        <message>
            <source>Only the named health-data handlers see this tab. Health data never appears in lists, reports or the job-coach export.</source>
            <translation>Only the named health-data handlers see this tab. Health data never appears in lists, reports or the job-coach export.</translation>
        </message>
        <message>
            <source>&amp;The employee has partial work ability</source>
            <translation>&amp;The employee has partial work ability</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>Cl&amp;ose</translation>
        </message>
        <message>
            <source>Restore from &amp;archive</source>
            <translation>Restore from &amp;archive</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>New employee</source>
            <translation>New employee</translation>
        </message>
        <message>
            <source>Employee: %1</source>
            <translation>Employee: %1</translation>
        </message>
        <message>
            <source>&amp;Archive…</source>
            <translation>&amp;Archive…</translation>
        </message>
        <message>
            <source>Archived on %1: the employment has ended. The data is kept.</source>
            <translation>Archived on %1: the employment has ended. The data is kept.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Archive employee</source>
            <translation>Archive employee</translation>
        </message>
        <message>
            <source>Employment ended on</source>
            <translation>Employment ended on</translation>
        </message>
    </context>
</TS>
