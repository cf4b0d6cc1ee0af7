<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>WageMonthsPage</name>
        <message>
            <source>Contributions in grey italics are computed from the rate table; bold ones are actual figures typed over them. Tab or Enter moves on; Ctrl+S saves the month.</source>
            <translation>Harmaat kursivoidut sivukulut on laskettu sivukulutaulukosta; lihavoidut ovat niiden tilalle kirjoitettuja toteutuneita summia. Sarkain tai Enter siirtää eteenpäin; Ctrl+S tallentaa kuukauden.</translation>
        </message>
        <message>
            <source>Checking for missing months…</source>
            <translation>Tarkistetaan puuttuvia kuukausia…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <source>Reading the month…</source>
            <translation>Luetaan kuukautta…</translation>
        </message>
        <message>
            <source>&amp;Save month</source>
            <translation>Tallenna &amp;kuukausi</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Nobody is employed in this month. Employees and their contracts are added in Employees.</source>
            <translation>Tänä kuukautena ei ole työntekijöitä. Työntekijät ja heidän sopimuksensa lisätään Työntekijät-näkymässä.</translation>
        </message>
        <message>
            <source>Missing inside a decision: %1</source>
            <translation>Puuttuu tukipäätöksen ajalta: %1</translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation> ja %1 muuta</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) entered outside every decision (no support).</source>
            <translation>
                <numerusform>%n kuukausi kirjattu tukipäätösten ulkopuolelle (ei tukea).</numerusform>
                <numerusform>%n kuukautta kirjattu tukipäätösten ulkopuolelle (ei tukea).</numerusform>
            </translation>
        </message>
        <message>
            <source>…and %1 more</source>
            <translation>…ja %1 muuta</translation>
        </message>
        <message>
            <source>Unsaved figures</source>
            <translation>Tallentamattomia lukuja</translation>
        </message>
        <message>
            <source>The figures of %1 have not been saved. Save them now?</source>
            <translation>Kuukauden %1 lukuja ei ole tallennettu. Tallennetaanko ne nyt?</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n employee(s)' figures.</source>
            <translation>
                <numerusform>Tallennettiin %n työntekijän luvut.</numerusform>
                <numerusform>Tallennettiin %n työntekijän luvut.</numerusform>
            </translation>
        </message>
        <message>
            <source>No changes to save.</source>
            <translation>Ei tallennettavia muutoksia.</translation>
        </message>
        <message>
            <source>The month was not saved</source>
            <translation>Kuukautta ei tallennettu</translation>
        </message>
        <message>
            <source>Nothing was saved. Fix the red cells:</source>
            <translation>Mitään ei tallennettu. Korjaa punaiset solut:</translation>
        </message>
    </context>
</TS>
