<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DecisionList</name>
        <message>
            <source>Search: name, payer, number…</source>
            <translation>Hae: nimi, maksaja, numero…</translation>
        </message>
        <message>
            <source>All decisions</source>
            <translation>Kaikki päätökset</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Voimassa</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Alkamassa</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättynyt</translation>
        </message>
        <message>
            <source>&amp;New decision</source>
            <translation>&amp;Uusi päätös</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Avaa</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Ladataan…</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n päätös</numerusform>
                <numerusform>%n päätöstä</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in force</source>
            <translation>
                <numerusform>%n voimassa</numerusform>
                <numerusform>%n voimassa</numerusform>
            </translation>
        </message>
        <message>
            <source>No employees yet</source>
            <translation>Ei vielä työntekijöitä</translation>
        </message>
        <message>
            <source>A support decision belongs to an employee. Add the employee under Employees first.</source>
            <translation>Tukipäätös kuuluu työntekijälle. Lisää työntekijä ensin kohdassa Työntekijät.</translation>
        </message>
        <message>
            <source>Delete the decision?</source>
            <translation>Poistetaanko päätös?</translation>
        </message>
        <message>
            <source>The decision and its PDF are deleted from the file. This cannot be undone.</source>
            <translation>Päätös ja sen PDF poistetaan tiedostosta. Tätä ei voi perua.</translation>
        </message>
    </context>
    <context>
        <name>DecisionsView</name>
        <message>
            <source>De&amp;cisions</source>
            <translation>Päät&amp;ökset</translation>
        </message>
        <message>
            <source>W&amp;age subsidy calculator</source>
            <translation>Palkkatuk&amp;ilaskuri</translation>
        </message>
    </context>
</TS>
