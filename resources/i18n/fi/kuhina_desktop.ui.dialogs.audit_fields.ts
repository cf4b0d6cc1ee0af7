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
            <source>created</source>
            <translation>luotu</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>asetus</translation>
        </message>
        <message>
            <source>value</source>
            <translation>arvo</translation>
        </message>
        <message>
            <source>backup copy mark</source>
            <translation>varmuuskopion merkintä</translation>
        </message>
        <message>
            <source>password protection</source>
            <translation>salasanasuojaus</translation>
        </message>
        <message>
            <source>retention times</source>
            <translation>säilytysajat</translation>
        </message>
        <message>
            <source>employer contributions</source>
            <translation>työnantajamaksut</translation>
        </message>
        <message>
            <source>support amounts</source>
            <translation>tukien määrät</translation>
        </message>
        <message>
            <source>contribution</source>
            <translation>maksu</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>vahvistettu</translation>
        </message>
        <message>
            <source>target group: long-term unemployed</source>
            <translation>kohderyhmä: pitkäaikaistyötön</translation>
        </message>
        <message>
            <source>target group: immigrant</source>
            <translation>kohderyhmä: maahanmuuttaja</translation>
        </message>
        <message>
            <source>target group: young person</source>
            <translation>kohderyhmä: nuori</translation>
        </message>
        <message>
            <source>warnings</source>
            <translation>varoitukset</translation>
        </message>
        <message>
            <source>partial months</source>
            <translation>vajaat kuukaudet</translation>
        </message>
        <message>
            <source>calculation</source>
            <translation>laskelma</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>korjattu</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>syy</translation>
        </message>
        <message>
            <source>figures before</source>
            <translation>luvut ennen</translation>
        </message>
        <message>
            <source>figures after</source>
            <translation>luvut jälkeen</translation>
        </message>
        <message>
            <source>file name</source>
            <translation>tiedoston nimi</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>tiedostotyyppi</translation>
        </message>
        <message>
            <source>checksum</source>
            <translation>tarkistussumma</translation>
        </message>
        <message>
            <source>file</source>
            <translation>tiedosto</translation>
        </message>
        <message>
            <source>added</source>
            <translation>lisätty</translation>
        </message>
        <message>
            <source>unpaid absence days</source>
            <translation>palkattomat poissaolopäivät</translation>
        </message>
        <message>
            <source>source</source>
            <translation>lähde</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tehtävä</translation>
        </message>
        <message>
            <source>state</source>
            <translation>tila</translation>
        </message>
        <message>
            <source>note</source>
            <translation>huomautus</translation>
        </message>
        <message>
            <source>marked</source>
            <translation>merkitty</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nimi</translation>
        </message>
        <message>
            <source>columns</source>
            <translation>sarakkeet</translation>
        </message>
        <message>
            <source>code</source>
            <translation>tunnus</translation>
        </message>
        <message>
            <source>valid to the end of the expiry month</source>
            <translation>voimassa vanhenemiskuukauden loppuun</translation>
        </message>
        <message>
            <source>training enrolment</source>
            <translation>ilmoittautuminen koulutukseen</translation>
        </message>
        <message>
            <source>may be shared with the job coach</source>
            <translation>saa sisällyttää työhönvalmentajalle lähetettävään tiedostoon</translation>
        </message>
        <message>
            <source>open</source>
            <translation>avoinna</translation>
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
