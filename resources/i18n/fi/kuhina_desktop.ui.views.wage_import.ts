<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>WageImportPage</name>
        <message>
            <source>&lt;p&gt;Import the month's wage figures from the payroll service (for example Palkka.fi's wage report saved as CSV or Excel). The program recognises the columns by their names; you can change the choice before anything is saved.&lt;/p&gt;&lt;p&gt;Nothing is saved until every row of the file is in order. Months whose payment application has been sent are never changed by an import.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tuo kuukauden palkkatiedot palkanlaskentapalvelusta (esimerkiksi Palkka.fi:n palkkaraportti tallennettuna CSV- tai Excel-muodossa). Ohjelma tunnistaa sarakkeet niiden nimistä; voit muuttaa valintoja ennen kuin mitään tallennetaan.&lt;/p&gt;&lt;p&gt;Mitään ei tallenneta, ennen kuin tiedoston jokainen rivi on kunnossa. Tuonti ei koskaan muuta kuukausia, joiden maksatushakemus on lähetetty.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Valitse tiedosto…</translation>
        </message>
        <message>
            <source>Saved mapping</source>
            <translation>Tallennettu sarakevalinta</translation>
        </message>
        <message>
            <source>Choose another file</source>
            <translation>Valitse toinen tiedosto</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Lue tiedosto uudelleen</translation>
        </message>
        <message>
            <source>After fixing the file, read it again with the same columns</source>
            <translation>Kun olet korjannut tiedoston, lue se uudelleen samoilla sarakevalinnoilla</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Tallenna sarakevalinta…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peru</translation>
        </message>
        <message>
            <source>Choose the payroll file</source>
            <translation>Valitse palkkatiedosto</translation>
        </message>
        <message>
            <source>Payroll files (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Palkkatiedostot (*.csv *.txt *.xlsx);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Luetaan tiedostoa…</translation>
        </message>
        <message>
            <source>The file cannot be opened: %1</source>
            <translation>Tiedostoa ei voi avata: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (%2), header on row %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2), otsikot rivillä %3</translation>
        </message>
        <message>
            <source>(guess from the headers)</source>
            <translation>(päättele otsikoista)</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(ei tiedostossa)</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>sarake %1</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Tarkistetaan rivejä…</translation>
        </message>
        <message>
            <source>Rejected rows (%1)</source>
            <translation>Hylätyt rivit (%1)</translation>
        </message>
        <message>
            <source>Rows to import (%1)</source>
            <translation>Tuotavat rivit (%1)</translation>
        </message>
        <message>
            <source>All %1 rows are in order.</source>
            <translation>Kaikki %1 riviä ovat kunnossa.</translation>
        </message>
        <message>
            <source>%1 of them replace figures saved earlier.</source>
            <translation>Niistä %1 korvaa aiemmin tallennetut luvut.</translation>
        </message>
        <message>
            <source>Nothing can be imported until every row is in order: fix the rows listed below in the file (or change the columns above) and read the file again.</source>
            <translation>Mitään ei voi tuoda, ennen kuin jokainen rivi on kunnossa: korjaa alla luetellut rivit tiedostoon (tai muuta yllä olevia sarakevalintoja) ja lue tiedosto uudelleen.</translation>
        </message>
        <message>
            <source>Import %1 rows</source>
            <translation>Tuo %1 riviä</translation>
        </message>
        <message>
            <source>Making a backup copy and importing %1 rows…</source>
            <translation>Otetaan varmuuskopio ja tuodaan %1 riviä…</translation>
        </message>
        <message>
            <source>Imported %1 wage months from %2.</source>
            <translation>Tuotiin %1 palkkakuukautta tiedostosta %2.</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Tallenna sarakevalinta</translation>
        </message>
        <message>
            <source>Name of the mapping (e.g. Palkka.fi)</source>
            <translation>Sarakevalinnan nimi (esim. Palkka.fi)</translation>
        </message>
    </context>
</TS>
