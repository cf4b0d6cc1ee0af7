<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>WageGridModel</name>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Basic
pay</source>
            <translation>Perus-
palkka</translation>
        </message>
        <message>
            <source>Supple-
ments</source>
            <translation>Lisät</translation>
        </message>
        <message>
            <source>Holiday
pay</source>
            <translation>Loma-
palkka</translation>
        </message>
        <message>
            <source>Holiday
bonus</source>
            <translation>Loma-
raha</translation>
        </message>
        <message>
            <source>Holiday
comp.</source>
            <translation>Loma-
korvaus</translation>
        </message>
        <message>
            <source>Tax-free
allow.</source>
            <translation>Vero-
vapaat</translation>
        </message>
        <message>
            <source>Kela-
comp. pay</source>
            <translation>Kelan
korvaama</translation>
        </message>
        <message>
            <source>Other
support</source>
            <translation>Muu
tuki</translation>
        </message>
        <message>
            <source>Unpaid
days</source>
            <translation>Palkatt.
pv</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Tunnit</translation>
        </message>
        <message>
            <source>Contri-
butions</source>
            <translation>Sivu-
kulut</translation>
        </message>
        <message>
            <source>Wage
costs</source>
            <translation>Palkka-
kulut</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Lukittu</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Tallentamatta</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Puuttuu</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>Ei päätöstä</translation>
        </message>
        <message>
            <source>The payment application that includes this month has been sent. Change its figures with Correct… in Payment applications.</source>
            <translation>Tämän kuukauden sisältävä maksatushakemus on lähetetty. Muuta lukuja Maksatushakemukset-välilehden Korjaa luvut… -toiminnolla.</translation>
        </message>
        <message>
            <source>Typed over the computed %1</source>
            <translation>Kirjoitettu lasketun summan %1 tilalle</translation>
        </message>
        <message>
            <source>Computed from the rate table. Type the actual figure to replace it.</source>
            <translation>Laskettu sivukulutaulukosta. Kirjoita toteutunut summa sen tilalle.</translation>
        </message>
    </context>
</TS>
