<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>“{field}” is too long: at most {max} characters.</source>
            <translation>”{field}” on liian pitkä: enintään {max} merkkiä.</translation>
        </message>
        <message>
            <source>“{field}” must be between {min} and {max} hours.</source>
            <translation>”{field}” on oltava {min}–{max} tuntia.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number of hours. Write it as 12 or 12,5.</source>
            <translation>”{field}”: ”{text}” ei ole tuntimäärä. Kirjoita esimerkiksi 12 tai 12,5.</translation>
        </message>
        <message>
            <source>“{field}” must be zero or more and less than one million euros.</source>
            <translation>”{field}” on oltava vähintään nolla ja alle miljoona euroa.</translation>
        </message>
        <message>
            <source>“{field}” must be 1–{max} months, or empty when the certificate never expires.</source>
            <translation>”{field}” on oltava 1–{max} kuukautta, tai tyhjä, jos pätevyys ei vanhene.</translation>
        </message>
        <message>
            <source>“{field}” must be 1–{max} minutes.</source>
            <translation>”{field}” on oltava 1–{max} minuuttia.</translation>
        </message>
        <message>
            <source>“{field}” must be a whole number from 1 to 5.</source>
            <translation>”{field}” on oltava kokonaisluku 1–5.</translation>
        </message>
        <message>
            <source>“{field}” must be more than 0 and at most {max} hours a week, or empty.</source>
            <translation>”{field}” on oltava yli 0 ja enintään {max} tuntia viikossa, tai tyhjä.</translation>
        </message>
        <message>
            <source>“{field}” cannot be in the future. Check the date.</source>
            <translation>”{field}” ei voi olla tulevaisuudessa. Tarkista päivämäärä.</translation>
        </message>
        <message>
            <source>“{field}” is before the start date. Check both dates.</source>
            <translation>”{field}” on ennen alkamispäivää. Tarkista molemmat päivämäärät.</translation>
        </message>
        <message>
            <source>“{field}” is before the issue date. Check both dates.</source>
            <translation>”{field}” on ennen myöntämispäivää. Tarkista molemmat päivämäärät.</translation>
        </message>
        <message>
            <source>“{field}” is before the day of the coaching. Choose a later date.</source>
            <translation>”{field}” on ennen valmennuspäivää. Valitse myöhäisempi päivä.</translation>
        </message>
        <message>
            <source>A completed training needs “{field}”. Fill in the day it was completed.</source>
            <translation>Suoritetulle koulutukselle tarvitaan ”{field}”. Täytä suorituspäivä.</translation>
        </message>
        <message>
            <source>“{field}” is only for a completed or interrupted training. Clear it or change the status.</source>
            <translation>”{field}” täytetään vain suoritetulle tai keskeytyneelle koulutukselle. Tyhjennä kenttä tai vaihda tila.</translation>
        </message>
        <message>
            <source>Choose the employee (“{field}”). Only employer coaching may be recorded without one.</source>
            <translation>Valitse työntekijä (”{field}”). Vain työnantajavalmennuksen voi kirjata ilman työntekijää.</translation>
        </message>
        <message>
            <source>A certificate type called “{name}” already exists. Choose another name.</source>
            <translation>Pätevyystyyppi ”{name}” on jo olemassa. Valitse toinen nimi.</translation>
        </message>
        <message>
            <source>The training package “{title}” is archived. Restore it before enrolling anyone.</source>
            <translation>Koulutuspaketti ”{title}” on arkistoitu. Palauta se käyttöön ennen kuin ilmoitat siihen ketään.</translation>
        </message>
        <message>
            <source>Choose at least one employee to enrol.</source>
            <translation>Valitse vähintään yksi ilmoitettava työntekijä.</translation>
        </message>
        <message>
            <source>{name} is archived and cannot be enrolled. Nobody was enrolled.</source>
            <translation>{name} on arkistoitu, eikä häntä voi ilmoittaa koulutukseen. Ketään ei ilmoitettu.</translation>
        </message>
        <message>
            <source>{name} is already enrolled in this package (planned or ongoing). Nobody was enrolled: open that enrolment instead.</source>
            <translation>{name} on jo ilmoitettu tähän pakettiin (suunniteltu tai käynnissä). Ketään ei ilmoitettu: avaa olemassa oleva osallistuminen.</translation>
        </message>
        <message>
            <source>This training has already granted a certificate. Keep the status “completed”, or first remove the certificate on the Certificates tab.</source>
            <translation>Tästä koulutuksesta on jo kirjattu pätevyys. Pidä tila ”suoritettu” tai poista ensin pätevyys Pätevyydet-välilehdeltä.</translation>
        </message>
        <message>
            <source>The role “{role}” already requires this certificate.</source>
            <translation>Tehtävä ”{role}” edellyttää jo tätä pätevyyttä.</translation>
        </message>
        <message>
            <source>An outcome has already been recorded for this support decision. Open it from the list instead.</source>
            <translation>Tälle tukipäätökselle on jo kirjattu tulos. Avaa se listasta.</translation>
        </message>
        <message>
            <source>The record was not found: it may have been removed in the meantime. Nothing was changed.</source>
            <translation>Tietoa ei löytynyt: se on ehkä poistettu välillä. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>“{file}” cannot be kept as a scanned copy: use a PDF, JPEG or PNG file.</source>
            <translation>Tiedostoa ”{file}” ei voi tallentaa skannattuna kopiona: käytä PDF-, JPEG- tai PNG-tiedostoa.</translation>
        </message>
        <message>
            <source>“{file}” is larger than {max_mb} MB. Scan it at a lower resolution or as a PDF.</source>
            <translation>”{file}” on suurempi kuin {max_mb} Mt. Skannaa se pienemmällä tarkkuudella tai PDF-muotoon.</translation>
        </message>
        <message>
            <source>“{file}” could not be read ({detail}). Check that the file still exists.</source>
            <translation>Tiedostoa ”{file}” ei voitu lukea ({detail}). Tarkista, että tiedosto on yhä olemassa.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name of the certificate</source>
            <translation>Pätevyyden nimi</translation>
        </message>
        <message>
            <source>Validity (months)</source>
            <translation>Voimassaolo (kuukautta)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Huomautukset</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Nimi</translation>
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
            <source>Provider</source>
            <translation>Järjestäjä</translation>
        </message>
        <message>
            <source>Qualification unit</source>
            <translation>Tutkinnon osa</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Sisältö ja moduulit</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Suunnitellut tunnit</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Hinta</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Alkamispäivä</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Päättymispäivä</translation>
        </message>
        <message>
            <source>Certificate granted</source>
            <translation>Myönnettävä pätevyys</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Training package</source>
            <translation>Koulutuspaketti</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>Osallistutut tunnit</translation>
        </message>
        <message>
            <source>Completion date</source>
            <translation>Suorituspäivä</translation>
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
            <source>Issued</source>
            <translation>Myönnetty</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Vanhenee</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Myöntäjä</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Kortin numero</translation>
        </message>
        <message>
            <source>Original seen by</source>
            <translation>Alkuperäisen nähnyt</translation>
        </message>
        <message>
            <source>Scanned copy</source>
            <translation>Skannattu kopio</translation>
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
            <source>Date</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Valmentaja</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <source>Kind of coaching</source>
            <translation>Valmennuksen laji</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Tapa</translation>
        </message>
        <message>
            <source>Duration (min)</source>
            <translation>Kesto (min)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Yhteenveto</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Sovitut toimenpiteet</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Seuraava seuranta</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Tukipäätös</translation>
        </message>
        <message>
            <source>Support period start</source>
            <translation>Tukijakson alku</translation>
        </message>
        <message>
            <source>Support period end</source>
            <translation>Tukijakson loppu</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Readiness at start</source>
            <translation>Valmius alussa</translation>
        </message>
        <message>
            <source>Readiness at end</source>
            <translation>Valmius lopussa</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Lisätiedot</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <source>Hours a week</source>
            <translation>Tunteja viikossa</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Paikka</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>Saavutettavuus</translation>
        </message>
        <message>
            <source>Language requirements</source>
            <translation>Kielitaitovaatimukset</translation>
        </message>
        <message>
            <source>Support offered</source>
            <translation>Tarjottava tuki</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Yhteyshenkilö</translation>
        </message>
    </context>
</TS>
