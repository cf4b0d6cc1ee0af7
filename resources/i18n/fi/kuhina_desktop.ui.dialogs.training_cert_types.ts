<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CertificateTypeDialog</name>
        <message>
            <source>Certificate type</source>
            <translation>Todistustyyppi</translation>
        </message>
        <message>
            <source>Na&amp;me *</source>
            <translation>&amp;Nimi *</translation>
        </message>
        <message>
            <source>&amp;Never expires</source>
            <translation>&amp;Ei vanhene</translation>
        </message>
        <message>
            <source>Valid &amp;for</source>
            <translation>Voi&amp;massa</translation>
        </message>
        <message>
            <source>&amp;Valid to the end of the expiry month</source>
            <translation>&amp;Voimassa vanhenemiskuukauden loppuun</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>&amp;Huomautukset</translation>
        </message>
        <message>
            <source> months</source>
            <translation> kuukautta</translation>
        </message>
    </context>
    <context>
        <name>CertificateTypesDialog</name>
        <message>
            <source>Certificate types</source>
            <translation>Pätevyystyypit</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Todistus</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Voimassaolo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Huomautukset</translation>
        </message>
        <message>
            <source>&amp;New type…</source>
            <translation>&amp;Uusi tyyppi…</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>ei vanhene</translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n kuukausi</numerusform>
                <numerusform>%n kuukautta</numerusform>
            </translation>
        </message>
        <message>
            <source>(to the end of the month)</source>
            <translation>(kuukauden loppuun)</translation>
        </message>
    </context>
</TS>
