<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>HistoryFields</name>
        <message>
            <source>first name</source>
            <translation>etunimi</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>sukunimi</translation>
        </message>
        <message>
            <source>identity code</source>
            <translation>henkilötunnus</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>syntymäaika</translation>
        </message>
        <message>
            <source>street address</source>
            <translation>katuosoite</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>postinumero</translation>
        </message>
        <message>
            <source>city</source>
            <translation>postitoimipaikka</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>puhelin</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>sähköposti</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>muistiinpanot</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>arkistoitu</translation>
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
            <source>start</source>
            <translation>alkaa</translation>
        </message>
        <message>
            <source>end</source>
            <translation>päättyy</translation>
        </message>
        <message>
            <source>weekly hours</source>
            <translation>viikkotunnit</translation>
        </message>
        <message>
            <source>full-time hours</source>
            <translation>täysi työaika</translation>
        </message>
        <message>
            <source>pay basis</source>
            <translation>palkkaperuste</translation>
        </message>
        <message>
            <source>pay</source>
            <translation>palkka</translation>
        </message>
        <message>
            <source>job title</source>
            <translation>tehtävänimike</translation>
        </message>
        <message>
            <source>month</source>
            <translation>kuukausi</translation>
        </message>
        <message>
            <source>gross pay</source>
            <translation>bruttopalkka</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>tunnit</translation>
        </message>
        <message>
            <source>support kind</source>
            <translation>tukimuoto</translation>
        </message>
        <message>
            <source>payer</source>
            <translation>maksaja</translation>
        </message>
        <message>
            <source>decision date</source>
            <translation>päätöspäivä</translation>
        </message>
        <message>
            <source>percent</source>
            <translation>prosentti</translation>
        </message>
        <message>
            <source>monthly cap</source>
            <translation>kuukausikatto</translation>
        </message>
        <message>
            <source>payment period</source>
            <translation>maksatusjakso</translation>
        </message>
        <message>
            <source>period start</source>
            <translation>jakso alkaa</translation>
        </message>
        <message>
            <source>period end</source>
            <translation>jakso päättyy</translation>
        </message>
        <message>
            <source>status</source>
            <translation>tila</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>summa</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>lähetetty</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>maksettu</translation>
        </message>
        <message>
            <source>scope</source>
            <translation>laajuus</translation>
        </message>
        <message>
            <source>given</source>
            <translation>annettu</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>työntekijä</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>päätös</translation>
        </message>
        <message>
            <source>application</source>
            <translation>hakemus</translation>
        </message>
        <message>
            <source>backup folder</source>
            <translation>varmuuskopiokansio</translation>
        </message>
        <message>
            <source>backup reminder</source>
            <translation>varmuuskopiomuistutus</translation>
        </message>
        <message>
            <source>retention review</source>
            <translation>säilytysaikojen tarkistus</translation>
        </message>
    </context>
</TS>
