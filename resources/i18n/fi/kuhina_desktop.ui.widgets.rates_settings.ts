<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>RatesSettings</name>
        <message>
            <source>Rates</source>
            <translation>Maksut ja tuet</translation>
        </message>
        <message>
            <source>Every calculation uses these tables. Check the contribution rates every January against your pension and accident insurers' figures, and confirm the year.</source>
            <translation>Kaikki laskelmat käyttävät näitä taulukoita. Tarkista maksuprosentit joka tammikuu eläke- ja tapaturmavakuuttajasi luvuista ja vahvista vuosi.</translation>
        </message>
        <message>
            <source>Employer contributions, % of pay</source>
            <translation>Työnantajamaksut, % palkasta</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Vuosi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Support parameters, in force from the date given</source>
            <translation>Tukien määrät, voimassa annetusta päivästä alkaen</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tukimuoto</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Voimassa alkaen</translation>
        </message>
        <message>
            <source>Support %</source>
            <translation>Tuki %</translation>
        </message>
        <message>
            <source>Cap €/month</source>
            <translation>Enintään €/kk</translation>
        </message>
        <message>
            <source>Working-time cap %</source>
            <translation>Työaikaraja %</translation>
        </message>
        <message>
            <source>Min. h/week</source>
            <translation>Väh. h/vko</translation>
        </message>
        <message>
            <source>Max. months</source>
            <translation>Enint. kk</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>Kerroin</translation>
        </message>
        <message>
            <source>Copy the previous year</source>
            <translation>Kopioi edellinen vuosi</translation>
        </message>
        <message>
            <source>Confirm the year</source>
            <translation>Vahvista vuosi</translation>
        </message>
        <message>
            <source>New validity date for the kind</source>
            <translation>Uusi voimaantulopäivä tukimuodolle</translation>
        </message>
        <message>
            <source>Remove the row</source>
            <translation>Poista rivi</translation>
        </message>
        <message>
            <source>Save rates</source>
            <translation>Tallenna maksut</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Vahvistettu</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Vahvistamatta</translation>
        </message>
        <message>
            <source>Rates saved.</source>
            <translation>Maksut tallennettu.</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Mitään ei tallennettu: %1</translation>
        </message>
        <message>
            <source>The rates of %1 were copied to %2. Correct them to the new year's rates and confirm the year.</source>
            <translation>Vuoden %1 maksut kopioitiin vuodelle %2. Korjaa ne uuden vuoden prosenteiksi ja vahvista vuosi.</translation>
        </message>
        <message>
            <source>Select the year to confirm.</source>
            <translation>Valitse vahvistettava vuosi.</translation>
        </message>
        <message>
            <source>Select the row of the kind first.</source>
            <translation>Valitse ensin tukimuodon rivi.</translation>
        </message>
    </context>
</TS>
