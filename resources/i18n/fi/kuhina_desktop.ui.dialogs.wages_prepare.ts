<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>PrepareDialog</name>
        <message>
            <source>Payment application – %1</source>
            <translation>Maksatushakemus – %1</translation>
        </message>
        <message>
            <source>Attachments and checks</source>
            <translation>Liitteet ja tarkistukset</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Päätös</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Määräpäivä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Working time</source>
            <translation>Työaika</translation>
        </message>
        <message>
            <source>Support applied for</source>
            <translation>Haettu tuki</translation>
        </message>
        <message>
            <source>Support to apply for</source>
            <translation>Haettava tuki</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Työnantajan sivukulut</translation>
        </message>
        <message>
            <source>(actual)</source>
            <translation>(toteutunut)</translation>
        </message>
        <message>
            <source>Wage costs</source>
            <translation>Palkkakustannukset</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Tukeen oikeuttavat kulut</translation>
        </message>
        <message>
            <source>Monthly cap</source>
            <translation>Kuukausikatto</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Tuki</translation>
        </message>
        <message>
            <source>Days in the support period</source>
            <translation>Päiviä tukijaksolla</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>Tallenna luonnoksena</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Lähetetty</translation>
        </message>
        <message>
            <source>Mark sent</source>
            <translation>Merkitse lähetetyksi</translation>
        </message>
        <message>
            <source>&amp;Calculation sheet (PDF)</source>
            <translation>&amp;Laskelma (PDF)</translation>
        </message>
        <message>
            <source>The attachment of the application: Ctrl+P</source>
            <translation>Hakemuksen liite: Ctrl+P</translation>
        </message>
        <message>
            <source>Sent on %1.</source>
            <translation>Lähetetty %1.</translation>
        </message>
        <message>
            <source>Paid %1 on %2.</source>
            <translation>%2 maksettu %1.</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>Hylätty: %1</translation>
        </message>
        <message>
            <source>Corrected %1 (%2): %3</source>
            <translation>Korjattu %1 (%2): %3</translation>
        </message>
    </context>
</TS>
