<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>PackagesTab</name>
        <message>
            <source>&amp;Show archived</source>
            <translation>Näytä &amp;arkistoidut</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(arkistoitu)</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Rahoittaja</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Tunnit</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Hinta</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Antaa pätevyyden</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Alku</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättyi</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Todistus</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>kirjattu</translation>
        </message>
        <message>
            <source>&amp;New package…</source>
            <translation>&amp;Uusi paketti…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <source>En&amp;rol employees…</source>
            <translation>&amp;Ilmoita työntekijöitä…</translation>
        </message>
        <message>
            <source>&amp;Certificate types…</source>
            <translation>Päte&amp;vyystyypit…</translation>
        </message>
        <message>
            <source>E&amp;dit enrolment…</source>
            <translation>Muokkaa o&amp;sallistumista…</translation>
        </message>
        <message>
            <source>Re&amp;move enrolment</source>
            <translation>&amp;Poista osallistuminen</translation>
        </message>
        <message>
            <source>No package chosen</source>
            <translation>Pakettia ei ole valittu</translation>
        </message>
        <message>
            <source>Enrolled in “%1”: %2</source>
            <translation>Ilmoitettuja pakettiin ”%1”: %2</translation>
        </message>
        <message>
            <source>Choose a package first.</source>
            <translation>Valitse ensin paketti.</translation>
        </message>
        <message numerus="yes">
            <source>%n employee(s) enrolled.</source>
            <translation>
                <numerusform>%n työntekijä ilmoitettu.</numerusform>
                <numerusform>%n työntekijää ilmoitettu.</numerusform>
            </translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>ei vanhene</translation>
        </message>
        <message>
            <source>Certificate “%1” recorded for %2 (valid until: %3).</source>
            <translation>Pätevyys ”%1” kirjattu: %2 (voimassa: %3).</translation>
        </message>
        <message>
            <source>the enrolment of %1</source>
            <translation>henkilön %1 osallistumisen</translation>
        </message>
    </context>
</TS>
