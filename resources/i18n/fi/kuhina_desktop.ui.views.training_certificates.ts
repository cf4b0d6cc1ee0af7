<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CertificatesTab</name>
        <message>
            <source>&amp;Show replaced certificates</source>
            <translation>Näytä uu&amp;situt pätevyydet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Tehtävä</translation>
        </message>
        <message>
            <source>Required certificate</source>
            <translation>Vaadittu pätevyys</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Tehtävänimike</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Todistus</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Puute</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Myönnetty</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Vanhenee</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Original seen by</source>
            <translation>Alkuperäisen nähnyt</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopio</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>Replaced by a newer one</source>
            <translation>Korvattu uudemmalla</translation>
        </message>
        <message>
            <source>&amp;New certificate…</source>
            <translation>&amp;Uusi pätevyys…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>&amp;Open copy</source>
            <translation>&amp;Avaa kopio</translation>
        </message>
        <message>
            <source>&amp;Certificate types…</source>
            <translation>Päte&amp;vyystyypit…</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <source>Gaps: required certificates missing or expired</source>
            <translation>Puutteet: vaadittu pätevyys puuttuu tai on vanhentunut</translation>
        </message>
        <message>
            <source>Roles that require a certificate</source>
            <translation>Pätevyyttä edellyttävät tehtävät</translation>
        </message>
        <message>
            <source>Role, e.g. keittiö</source>
            <translation>Tehtävä, esim. keittiö</translation>
        </message>
        <message>
            <source>Matches every job title that contains this text.</source>
            <translation>Koskee jokaista tehtävänimikettä, jossa tämä teksti esiintyy.</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Po&amp;ista</translation>
        </message>
        <message>
            <source>Expired: %1 · expiring within 90 days: %2 · gaps: %3</source>
            <translation>Vanhentuneita: %1 · vanhenee 90 päivän sisällä: %2 · puutteita: %3</translation>
        </message>
        <message>
            <source>The chosen certificate has no scanned copy.</source>
            <translation>Valitusta pätevyydestä ei ole skannattua kopiota.</translation>
        </message>
    </context>
</TS>
