<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ChangeHistoryDialog</name>
        <message>
            <source>Change history</source>
            <translation>Muutoshistoria</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Näytä</translation>
        </message>
        <message>
            <source>Every change in the file</source>
            <translation>Kaikki tiedoston muutokset</translation>
        </message>
        <message>
            <source>&amp;History of the selected record</source>
            <translation>&amp;Valitun tietueen historia</translation>
        </message>
        <message>
            <source>&amp;Check the history</source>
            <translation>&amp;Tarkista historia</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Henkilö</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Muutos</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Kentät</translation>
        </message>
        <message>
            <source>The change history is intact: no entry has been altered or removed outside the program.</source>
            <translation>Muutoshistoria on eheä: yhtään merkintää ei ole muutettu tai poistettu ohjelman ulkopuolella.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Association details</source>
            <translation>Yhdistyksen tiedot</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Health-related data</source>
            <translation>Terveyteen liittyvät tiedot</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Suostumus</translation>
        </message>
        <message>
            <source>Employment contract</source>
            <translation>Työsopimus</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Tukipäätös</translation>
        </message>
        <message>
            <source>Wage month</source>
            <translation>Palkkakuukausi</translation>
        </message>
        <message>
            <source>Payment application</source>
            <translation>Maksatushakemus</translation>
        </message>
        <message>
            <source>Payment received</source>
            <translation>Saatu maksu</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Korjaus</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Liite</translation>
        </message>
        <message>
            <source>Training enrolment</source>
            <translation>Koulutukseen osallistuminen</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Todistus</translation>
        </message>
        <message>
            <source>Coaching event</source>
            <translation>Työhönvalmennus</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Koulutuspaketti</translation>
        </message>
        <message>
            <source>Certificate type</source>
            <translation>Todistustyyppi</translation>
        </message>
        <message>
            <source>Job opportunity</source>
            <translation>Työmahdollisuus</translation>
        </message>
        <message>
            <source>Certificate required for a role</source>
            <translation>Pätevyyttä edellyttävä tehtävä</translation>
        </message>
        <message>
            <source>Due list</source>
            <translation>Tehtävälista</translation>
        </message>
        <message>
            <source>Import settings</source>
            <translation>Tuonnin asetukset</translation>
        </message>
        <message>
            <source>Contribution rates</source>
            <translation>Työnantajamaksut</translation>
        </message>
        <message>
            <source>Support parameters</source>
            <translation>Tukien parametrit</translation>
        </message>
        <message>
            <source>Rates</source>
            <translation>Maksut ja tuet</translation>
        </message>
        <message>
            <source>added</source>
            <translation>lisätty</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>muutettu</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>poistettu</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>tuotu</translation>
        </message>
        <message>
            <source>erased (privacy)</source>
            <translation>poistettu (tietosuoja)</translation>
        </message>
        <message>
            <source>pseudonymised (privacy)</source>
            <translation>pseudonymisoitu (tietosuoja)</translation>
        </message>
        <message>
            <source>password protection turned on</source>
            <translation>salasanasuojaus otettu käyttöön</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>salasana vaihdettu</translation>
        </message>
        <message>
            <source>password protection removed</source>
            <translation>salasanasuojaus poistettu</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>arkistoitu</translation>
        </message>
        <message>
            <source>returned from the archive</source>
            <translation>palautettu arkistosta</translation>
        </message>
        <message>
            <source>identity code shown</source>
            <translation>henkilötunnus näytetty</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>peruttu</translation>
        </message>
        <message>
            <source>prepared</source>
            <translation>valmisteltu</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>lähetetty</translation>
        </message>
        <message>
            <source>payment recorded</source>
            <translation>maksu kirjattu</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>hylätty</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>korjattu</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>tallennettu</translation>
        </message>
        <message>
            <source>snoozed</source>
            <translation>siirretty myöhemmäksi</translation>
        </message>
        <message>
            <source>marked done</source>
            <translation>merkitty tehdyksi</translation>
        </message>
    </context>
</TS>
