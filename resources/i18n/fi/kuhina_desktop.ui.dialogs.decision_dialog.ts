<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Support decision</source>
            <translation>Tukipäätös</translation>
        </message>
        <message>
            <source>New support decision</source>
            <translation>Uusi tukipäätös</translation>
        </message>
        <message>
            <source>Conditions of the decision, e.g. tasks that are not business activity</source>
            <translation>Päätöksen ehdot, esim. tehtävät, jotka eivät ole liiketoimintaa</translation>
        </message>
        <message>
            <source>Payment periods and application deadlines</source>
            <translation>Maksatusjaksot ja hakuajat</translation>
        </message>
        <message>
            <source>Payment applications of this decision have been sent, so the fields that set its payment periods and money are locked. The end date can still be moved beyond the periods applied for (an extension). If the payer changed the decision, end this decision the day before the change, enter the change as a new decision from that day, and record a correction to the sent application.</source>
            <translation>Tämän päätöksen maksatushakemuksia on lähetetty, joten maksatusjaksot ja tuen määrän ratkaisevat kentät on lukittu. Loppupäivää voi yhä siirtää haettujen jaksojen jälkeen (jatko). Jos maksaja muutti päätöstä, päätä tämä päätös muutosta edeltävään päivään, kirjaa muutos uutena päätöksenä siitä päivästä alkaen ja kirjaa lähetettyyn hakemukseen korjaus.</translation>
        </message>
        <message>
            <source>Locked: payment applications of this decision have been sent.</source>
            <translation>Lukittu: tämän päätöksen maksatushakemuksia on lähetetty.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Fill in the subsidy period to see its payment periods.</source>
            <translation>Täytä tukijakso, niin näet sen maksatusjaksot.</translation>
        </message>
        <message>
            <source>Nothing was saved. Correct these first:</source>
            <translation>Mitään ei tallennettu. Korjaa ensin nämä:</translation>
        </message>
        <message>
            <source>Check these before saving:</source>
            <translation>Tarkista nämä ennen tallentamista:</translation>
        </message>
        <message>
            <source>If the decision is right as it is, choose “Save anyway”; the warnings are kept with the decision.</source>
            <translation>Jos päätös on oikein sellaisenaan, valitse ”Tallenna silti”; varoitukset tallentuvat päätöksen yhteyteen.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Tallenna silti</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Hylätäänkö muutokset?</translation>
        </message>
        <message>
            <source>The decision has unsaved changes. Close without saving?</source>
            <translation>Päätöksessä on tallentamattomia muutoksia. Suljetaanko tallentamatta?</translation>
        </message>
    </context>
</TS>
