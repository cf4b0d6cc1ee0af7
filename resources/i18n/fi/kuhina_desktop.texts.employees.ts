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
            <source>“{field}” must be five digits, e.g. 80100.</source>
            <translation>”{field}” on viisi numeroa, esim. 80100.</translation>
        </message>
        <message>
            <source>“{field}”: “{value}” is not a language code. Write two- or three-letter codes separated by commas, e.g. fi, en, ru.</source>
            <translation>”{field}”: ”{value}” ei ole kielikoodi. Kirjoita kaksi- tai kolmikirjaimiset koodit pilkuin eroteltuina, esim. fi, en, ru.</translation>
        </message>
        <message>
            <source>“{field}”: “{value}” is not a known target group. Choose from the list.</source>
            <translation>”{field}”: ”{value}” ei ole tunnettu kohderyhmä. Valitse luettelosta.</translation>
        </message>
        <message>
            <source>A person with this henkilötunnus is already in the register ({other_name}). Open that person instead of adding a new one.</source>
            <translation>Rekisterissä on jo henkilö tällä henkilötunnuksella ({other_name}). Avaa hänen tietonsa uuden henkilön lisäämisen sijaan.</translation>
        </message>
        <message>
            <source>The contract “{job_title}” ({start}–{end}) is still in force after {day}. End the contract first on the Contracts tab, then archive the person.</source>
            <translation>Sopimus ”{job_title}” ({start}–{end}) on voimassa vielä {day} jälkeen. Päätä sopimus ensin Työsopimukset-välilehdellä ja arkistoi henkilö sitten.</translation>
        </message>
        <message>
            <source>The person was archived on {archived_on}, so a contract cannot continue after that day. Restore the person from the archive first.</source>
            <translation>Henkilö on arkistoitu {archived_on}, joten sopimus ei voi jatkua sen jälkeen. Palauta henkilö ensin arkistosta.</translation>
        </message>
        <message>
            <source>The record was not found. It may have been changed in another window: close this window and open the record again.</source>
            <translation>Tietoa ei löytynyt. Sitä on ehkä muutettu toisessa ikkunassa: sulje tämä ikkuna ja avaa tieto uudelleen.</translation>
        </message>
        <message>
            <source>Only a named health-data handler may see or change health data (partial work ability). The handlers are named in the employees view under “Health-data handlers”.</source>
            <translation>Terveystietoja (osatyökykyisyys) saa katsoa ja muuttaa vain nimetty terveystietojen käsittelijä. Käsittelijät nimetään Työntekijät-näkymän kohdassa ”Terveystietojen käsittelijät”.</translation>
        </message>
        <message>
            <source>Only a current health-data handler may change who the handlers are.</source>
            <translation>Vain nykyinen terveystietojen käsittelijä voi muuttaa sitä, ketkä ovat käsittelijöitä.</translation>
        </message>
        <message>
            <source>Only a named health-data handler may include health-related data in a person's data export. Export the data without it, or ask a handler (named in the employees view under “Health-data handlers”) to make the export.</source>
            <translation>Terveyteen liittyvät tiedot saa ottaa henkilön tietojen vientiin vain nimetty terveystietojen käsittelijä. Vie tiedot ilman niitä tai pyydä käsittelijää tekemään vienti. Käsittelijät nimetään Työntekijät-näkymän kohdassa ”Terveystietojen käsittelijät”.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number. Write it as 37,5.</source>
            <translation>”{field}”: ”{text}” ei ole luku. Kirjoita se muodossa 37,5.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a percentage. Write it as 40 or 40,5.</source>
            <translation>”{field}”: ”{text}” ei ole prosenttiluku. Kirjoita se muodossa 40 tai 40,5.</translation>
        </message>
        <message>
            <source>“{field}” is before the start date. Check the dates.</source>
            <translation>”{field}” on ennen alkamispäivää. Tarkista päivämäärät.</translation>
        </message>
        <message>
            <source>“{field}” is before the start of the contract. Check the dates.</source>
            <translation>”{field}” on ennen sopimuksen alkua. Tarkista päivämäärät.</translation>
        </message>
        <message>
            <source>“{field}”: a trial period may last at most {max_months} months, so it must end by {latest}.</source>
            <translation>”{field}”: koeaika voi kestää enintään {max_months} kuukautta, joten sen on päätyttävä viimeistään {latest}.</translation>
        </message>
        <message>
            <source>“{field}” is after the end of the contract ({end}). The trial period must end by the last day of the contract.</source>
            <translation>”{field}” on sopimuksen päättymisen ({end}) jälkeen. Koeajan on päätyttävä viimeistään sopimuksen viimeisenä päivänä.</translation>
        </message>
        <message>
            <source>The trial period ({trial_days} days) is more than half of the fixed term ({term_days} days). The law allows at most half: check the end of the trial period.</source>
            <translation>Koeaika ({trial_days} päivää) on yli puolet määräaikaisen sopimuksen kestosta ({term_days} päivää). Laki sallii enintään puolet: tarkista koeajan päättymispäivä.</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero.</source>
            <translation>”{field}” on oltava suurempi kuin nolla.</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero: the full-time weekly hours of the collective agreement, usually 37,5.</source>
            <translation>”{field}” on oltava suurempi kuin nolla: työehtosopimuksen täysi viikkotyöaika, yleensä 37,5.</translation>
        </message>
        <message>
            <source>“{field}” cannot be more than the sector's full-time hours ({full_time} h a week).</source>
            <translation>”{field}” ei voi olla enemmän kuin alan täysi työaika ({full_time} h viikossa).</translation>
        </message>
        <message>
            <source>Full-time hours of more than {limit} h a week are unusual. Check the full time of the collective agreement.</source>
            <translation>Yli {limit} tunnin täysi viikkotyöaika on epätavallinen. Tarkista työehtosopimuksen täysi työaika.</translation>
        </message>
        <message>
            <source>“{field}” must be more than 0 % and less than 100 %.</source>
            <translation>”{field}” on oltava yli 0 % ja alle 100 %.</translation>
        </message>
        <message>
            <source>The contract overlaps another contract of the same person ({other_start}–{other_end}). End the other contract first or change the dates.</source>
            <translation>Sopimus on päällekkäin saman henkilön toisen sopimuksen ({other_start}–{other_end}) kanssa. Päätä toinen sopimus ensin tai muuta päivämääriä.</translation>
        </message>
        <message>
            <source>The contract would start on {employment_start}, before the date {decided_on} of the support decision {decision}. A subsidy is not paid for employment that began before the decision: check the start date, or the decision's date under Decisions.</source>
            <translation>Työsopimus alkaisi {employment_start}, ennen tukipäätöksen {decision} päätöspäivää {decided_on}. Tukea ei makseta työsuhteesta, joka on alkanut ennen päätöstä: tarkista alkamispäivä tai päätöksen päätöspäivä Tukipäätökset-näkymässä.</translation>
        </message>
        <message>
            <source>The support decision {decision} requires at least {minimum} hours a week; the contract would have {weekly_hours}. Check the weekly hours, or the kind of support under Decisions.</source>
            <translation>Tukipäätös {decision} edellyttää vähintään {minimum} tunnin viikkotyöaikaa; työsopimuksessa olisi {weekly_hours} tuntia. Tarkista viikkotunnit tai päätöksen tukimuoto Tukipäätökset-näkymässä.</translation>
        </message>
        <message>
            <source>The change does not fit the support decision {decision} ({decision_start}–{decision_end}). Check the contract against the decision.</source>
            <translation>Muutos ei sovi tukipäätökseen {decision} ({decision_start}–{decision_end}). Tarkista työsopimus päätöstä vasten.</translation>
        </message>
        <message>
            <source>“{field}” is before the day the consent was given.</source>
            <translation>”{field}” on ennen suostumuksen antamispäivää.</translation>
        </message>
        <message>
            <source>The consent was already withdrawn on {withdrawn_on}.</source>
            <translation>Suostumus on jo peruttu {withdrawn_on}.</translation>
        </message>
        <message>
            <source>“{field}” cannot be after today ({today}): a consent is withdrawn on the day the person says so. Check the year.</source>
            <translation>”{field}” ei voi olla tämän päivän ({today}) jälkeen: suostumus perutaan sinä päivänä, jona henkilö sen ilmoittaa. Tarkista vuosi.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>First names</source>
            <translation>Etunimet</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Kielet</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Kohderyhmät</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>Arkistointipäivä</translation>
        </message>
        <message>
            <source>Partial work ability</source>
            <translation>Osatyökykyisyys</translation>
        </message>
        <message>
            <source>Details of work ability</source>
            <translation>Työkyvyn lisätiedot</translation>
        </message>
        <message>
            <source>Health-data handlers</source>
            <translation>Terveystietojen käsittelijät</translation>
        </message>
        <message>
            <source>Include health-related data</source>
            <translation>Terveyteen liittyvät tiedot mukaan</translation>
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
            <source>End of trial period</source>
            <translation>Koeajan päättyminen</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Viikkotyöaika</translation>
        </message>
        <message>
            <source>Full-time weekly hours</source>
            <translation>Alan täysi viikkotyöaika</translation>
        </message>
        <message>
            <source>Pay basis</source>
            <translation>Palkkaperuste</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Palkka</translation>
        </message>
        <message>
            <source>Collective agreement</source>
            <translation>Työehtosopimus</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Tehtävänimike</translation>
        </message>
        <message>
            <source>Tailored tasks</source>
            <translation>Räätälöidyt tehtävät</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Työpaikka</translation>
        </message>
        <message>
            <source>Co-employment partner</source>
            <translation>Yhteistyöllistämisen kumppani</translation>
        </message>
        <message>
            <source>Partner's share</source>
            <translation>Kumppanin osuus</translation>
        </message>
        <message>
            <source>What may be shared</source>
            <translation>Mitä saa jakaa</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Kenelle</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Annettu</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Voimassa asti</translation>
        </message>
    </context>
</TS>
