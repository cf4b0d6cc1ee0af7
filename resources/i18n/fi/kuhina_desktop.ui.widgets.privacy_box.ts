<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ChangeHistoryBox</name>
        <message>
            <source>Change history</source>
            <translation>Muutoshistoria</translation>
        </message>
        <message>
            <source>Every change is recorded: when, by which computer user, in what and which fields – never the values themselves. The record is chained so that a change made with another tool shows.</source>
            <translation>Jokainen muutos kirjataan: milloin, kuka tietokoneen käyttäjä, missä tiedoissa ja mitkä kentät – ei koskaan itse arvoja. Kirjaukset on ketjutettu, joten muulla työkalulla tehty muutos näkyy.</translation>
        </message>
        <message>
            <source>Show change history…</source>
            <translation>Näytä muutoshistoria…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyBox</name>
        <message>
            <source>Privacy</source>
            <translation>Tietosuoja</translation>
        </message>
        <message>
            <source>The rights of the people in this file: a copy of their data on request, erasure of what need not be kept, and the yearly review of retention times.</source>
            <translation>Tiedostossa olevien ihmisten oikeudet: kopio omista tiedoista pyynnöstä, tarpeettomien tietojen poisto ja säilytysaikojen vuosittainen tarkistus.</translation>
        </message>
        <message>
            <source>Include health-related data in the export (only when the person asks for it)</source>
            <translation>Ota terveyteen liittyvät tiedot mukaan (vain kun henkilö itse pyytää niitä)</translation>
        </message>
        <message>
            <source>Only a named health-data handler may include health-related data. The handlers are named in the employees view under “Health-data handlers”.</source>
            <translation>Terveyteen liittyvät tiedot saa ottaa mukaan vain nimetty terveystietojen käsittelijä. Käsittelijät nimetään Työntekijät-näkymän kohdassa ”Terveystietojen käsittelijät”.</translation>
        </message>
        <message>
            <source>Export a person's data…</source>
            <translation>Vie henkilön tiedot…</translation>
        </message>
        <message>
            <source>Erase a person…</source>
            <translation>Poista henkilön tiedot…</translation>
        </message>
        <message>
            <source>Retention review…</source>
            <translation>Säilytysaikojen tarkistus…</translation>
        </message>
        <message>
            <source>Last retention review: %1</source>
            <translation>Säilytysajat tarkistettu viimeksi: %1</translation>
        </message>
        <message>
            <source>The retention review has not been done yet.</source>
            <translation>Säilytysaikoja ei ole vielä tarkistettu.</translation>
        </message>
        <message>
            <source>Whose data to export?</source>
            <translation>Kenen tiedot viedään?</translation>
        </message>
        <message>
            <source>Save the data export</source>
            <translation>Tallenna tietopyynnön vastaus</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
        <message>
            <source>The data was saved to %1 (readable) and %2 (machine-readable). Deliver them to the person securely, for example in person or as an encrypted attachment.</source>
            <translation>Tiedot tallennettiin tiedostoihin %1 (luettava) ja %2 (koneluettava). Toimita ne henkilölle turvallisesti, esimerkiksi henkilökohtaisesti tai salattuna liitteenä.</translation>
        </message>
        <message>
            <source>Data exported</source>
            <translation>Tiedot viety</translation>
        </message>
        <message>
            <source>Whose data to erase?</source>
            <translation>Kenen tiedot poistetaan?</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Poistettu</translation>
        </message>
    </context>
</TS>
