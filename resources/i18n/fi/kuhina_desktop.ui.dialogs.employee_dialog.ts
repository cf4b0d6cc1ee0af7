<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>EmployeeDialog</name>
        <message>
            <source>&amp;Basic details</source>
            <translation>Perustie&amp;dot</translation>
        </message>
        <message>
            <source>Co&amp;ntracts</source>
            <translation>Työsopimu&amp;kset</translation>
        </message>
        <message>
            <source>C&amp;onsents</source>
            <translation>Suostumuks&amp;et</translation>
        </message>
        <message>
            <source>&amp;Health data</source>
            <translation>Ter&amp;veystiedot</translation>
        </message>
        <message>
            <source>First names *</source>
            <translation>Etunimet *</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Sukunimi *</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Katuosoite</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postinumero</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Postitoimipaikka</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Kielet</translation>
        </message>
        <message>
            <source>e.g. fi, en, ru</source>
            <translation>esim. fi, en, ru</translation>
        </message>
        <message>
            <source>Henkilötunnus *</source>
            <translation>Henkilötunnus *</translation>
        </message>
        <message>
            <source>&amp;Long-term unemployed</source>
            <translation>&amp;Pitkäaikaistyötön</translation>
        </message>
        <message>
            <source>&amp;Immigrant</source>
            <translation>&amp;Maahanmuuttaja</translation>
        </message>
        <message>
            <source>&amp;Young</source>
            <translation>Nuo&amp;ri</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Kohderyhmät</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>Save the basic details first (Ctrl+S); then you can add contracts and consents here.</source>
            <translation>Tallenna ensin perustiedot (Ctrl+S), niin voit lisätä tähän sopimuksia ja suostumuksia.</translation>
        </message>
        <message>
            <source>Only the named health-data handlers see this tab. Health data never appears in lists, reports or the job-coach export.</source>
            <translation>Tämän välilehden näkevät vain nimetyt terveystietojen käsittelijät. Terveystiedot eivät näy luetteloissa eivätkä raporteissa, eivätkä ne lähde työhönvalmentajalle.</translation>
        </message>
        <message>
            <source>&amp;The employee has partial work ability</source>
            <translation>Työntekijä &amp;on osatyökykyinen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <source>Cl&amp;ose</source>
            <translation>&amp;Sulje</translation>
        </message>
        <message>
            <source>Restore from &amp;archive</source>
            <translation>Palauta &amp;arkistosta</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Lisätiedot</translation>
        </message>
        <message>
            <source>New employee</source>
            <translation>Uusi työntekijä</translation>
        </message>
        <message>
            <source>Employee: %1</source>
            <translation>Työntekijä: %1</translation>
        </message>
        <message>
            <source>&amp;Archive…</source>
            <translation>&amp;Arkistoi…</translation>
        </message>
        <message>
            <source>Archived on %1: the employment has ended. The data is kept.</source>
            <translation>Arkistoitu %1: työsuhde on päättynyt. Tiedot säilytetään.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Archive employee</source>
            <translation>Arkistoi työntekijä</translation>
        </message>
        <message>
            <source>Employment ended on</source>
            <translation>Työsuhde päättyi</translation>
        </message>
    </context>
</TS>
