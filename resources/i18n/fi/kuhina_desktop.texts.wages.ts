<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>“{field}” cannot be negative.</source>
            <translation>”{field}” ei voi olla negatiivinen.</translation>
        </message>
        <message>
            <source>“{field}” must be between 0 and {days}, the number of days in the month.</source>
            <translation>”{field}” voi olla 0–{days} (kuukauden päivien määrä).</translation>
        </message>
        <message>
            <source>“{field}” must be between 0 and {max}.</source>
            <translation>”{field}” voi olla 0–{max}.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number. Write days as 2 and hours as 162,5.</source>
            <translation>”{field}”: ”{text}” ei ole luku. Kirjoita päivät muodossa 2 ja tunnit muodossa 162,5.</translation>
        </message>
        <message>
            <source>“{field}” is more than the month's pay (basic pay, supplements and holiday pay). It is the part of that pay for days Kela compensates; check the figure.</source>
            <translation>”{field}” on suurempi kuin kuukauden palkka (peruspalkka, lisät ja lomapalkka). Se on se osa palkasta, jonka Kela korvaa; tarkista luku.</translation>
        </message>
        <message>
            <source>“{field}” is more than the month's wage costs ({costs_cents}). Public support cannot exceed the costs; check the figure.</source>
            <translation>”{field}” on suurempi kuin kuukauden palkkakustannukset ({costs_cents}). Julkinen tuki ei voi ylittää kustannuksia; tarkista luku.</translation>
        </message>
        <message>
            <source>There is no contribution rate table for {year}, so the employer contributions cannot be computed. Type the actual contributions, or add the {year} rates in Settings.</source>
            <translation>Vuodelle {year} ei ole sivukulutaulukkoa, joten työnantajan sivukuluja ei voi laskea. Kirjoita toteutuneet sivukulut tai lisää vuoden {year} prosentit Asetuksissa.</translation>
        </message>
        <message>
            <source>The employee was not found; the list may be out of date. Reopen the view.</source>
            <translation>Työntekijää ei löytynyt; luettelo voi olla vanhentunut. Avaa näkymä uudelleen.</translation>
        </message>
        <message>
            <source>The figures of {month} are locked: the payment application that includes them has been sent. Change them with “Correct…” in Payment applications, giving a reason.</source>
            <translation>Kuukauden {month} luvut on lukittu, koska niitä koskeva maksatushakemus on lähetetty. Muuta niitä Maksatushakemukset-välilehden ”Korjaa luvut…”-toiminnolla ja kirjaa syy.</translation>
        </message>
        <message>
            <source>Write the reason for the correction; it is logged with the application.</source>
            <translation>Kirjoita korjauksen syy; se tallennetaan hakemuksen tietoihin.</translation>
        </message>
        <message>
            <source>The reason is too long (at most {max} characters).</source>
            <translation>Syy on liian pitkä (enintään {max} merkkiä).</translation>
        </message>
        <message>
            <source>This month is not part of a sent application, so it needs no correction: change it in the month grid.</source>
            <translation>Tämä kuukausi ei kuulu lähetettyyn hakemukseen, joten korjausta ei tarvita: muuta luvut Palkkakuukaudet-välilehdellä.</translation>
        </message>
        <message>
            <source>The file is empty. Export the wage report from the payroll service again.</source>
            <translation>Tiedosto on tyhjä. Tallenna palkkaraportti palkanlaskentapalvelusta uudelleen.</translation>
        </message>
        <message>
            <source>The file has a header row but no rows of figures under it.</source>
            <translation>Tiedostossa on otsikkorivi, mutta sen alla ei ole lukuja.</translation>
        </message>
        <message>
            <source>The file cannot be read as a table. Save it as CSV (semicolon-separated) or as an Excel workbook (.xlsx) and try again.</source>
            <translation>Tiedostoa ei voi lukea taulukkona. Tallenna se CSV-muodossa (puolipisteillä eroteltuna) tai Excel-työkirjana (.xlsx) ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>The characters of the file cannot be read. Save it as CSV UTF-8 and try again.</source>
            <translation>Tiedoston merkkejä ei voi lukea. Tallenna se muodossa CSV UTF-8 ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>Old Excel files (.xls) cannot be read. Open the file in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
            <translation>Vanhoja Excel-tiedostoja (.xls) ei voi lukea. Avaa tiedosto Excelissä ja tallenna se Excel-työkirjana (.xlsx) tai CSV-tiedostona.</translation>
        </message>
        <message>
            <source>The file has more than {max} rows. Split it into smaller files.</source>
            <translation>Tiedostossa on yli {max} riviä. Jaa se pienempiin tiedostoihin.</translation>
        </message>
        <message>
            <source>Column {column} of the mapping is not in the file. Choose the columns again.</source>
            <translation>Valittua saraketta {column} ei ole tiedostossa. Valitse sarakkeet uudelleen.</translation>
        </message>
        <message>
            <source>The column “{field}” is chosen for two figures. Each column can be used once.</source>
            <translation>Sarake ”{field}” on valittu kahdelle tiedolle. Kutakin saraketta voi käyttää vain kerran.</translation>
        </message>
        <message>
            <source>Choose the column that identifies the employee: henkilötunnus, name, or first and last name.</source>
            <translation>Valitse sarake, josta työntekijä tunnistetaan: henkilötunnus, nimi tai etu- ja sukunimi.</translation>
        </message>
        <message>
            <source>Choose the column that holds the month (or the pay period).</source>
            <translation>Valitse sarake, jossa on kuukausi (tai palkkakausi).</translation>
        </message>
        <message>
            <source>Choose at least one column of pay, such as basic gross pay.</source>
            <translation>Valitse ainakin yksi palkkasarake, esimerkiksi peruspalkka.</translation>
        </message>
        <message>
            <source>Nothing was imported: {rejected} rows have problems. Fix them in the file (or change the mapping) and check the file again.</source>
            <translation>Mitään ei tuotu: {rejected} rivillä on virheitä. Korjaa ne tiedostoon (tai muuta sarakkeiden valintaa) ja tarkista tiedosto uudelleen.</translation>
        </message>
        <message>
            <source>the row has {cells} values but the header has only {columns} columns, so the figures cannot be told apart. A decimal comma in a comma-separated file splits an amount in two: save the file with semicolons (;) as the separator, or put the amounts in quotes ("2100,50").</source>
            <translation>rivillä on {cells} arvoa, mutta otsikkorivillä vain {columns} saraketta, joten lukuja ei voi erottaa toisistaan. Pilkuin erotetussa tiedostossa desimaalipilkku jakaa summan kahtia: tallenna tiedosto puolipistein (;) erotettuna tai laita summat lainausmerkkeihin ("2100,50").</translation>
        </message>
        <message>
            <source>the henkilötunnus in “{field}” is not valid. Check it in the file.</source>
            <translation>sarakkeen ”{field}” henkilötunnus ei ole kelvollinen. Tarkista se tiedostosta.</translation>
        </message>
        <message>
            <source>no employee has the henkilötunnus in “{field}”. Add the employee first, or check the code in the file.</source>
            <translation>sarakkeen ”{field}” henkilötunnuksella ei löydy työntekijää. Lisää työntekijä ensin tai tarkista tunnus tiedostosta.</translation>
        </message>
        <message>
            <source>the row does not say whose figures they are: “{field}” is empty.</source>
            <translation>rivistä ei selviä, kenen luvuista on kyse: ”{field}” on tyhjä.</translation>
        </message>
        <message>
            <source>no employee is called “{name}”. Check the spelling or add the employee first.</source>
            <translation>työntekijää nimeltä ”{name}” ei ole. Tarkista kirjoitusasu tai lisää työntekijä ensin.</translation>
        </message>
        <message>
            <source>several employees are called “{name}”. Use a henkilötunnus column to tell them apart.</source>
            <translation>useamman työntekijän nimi on ”{name}”. Erota heidät toisistaan henkilötunnussarakkeen avulla.</translation>
        </message>
        <message>
            <source>“{field}” is empty: the month is needed.</source>
            <translation>”{field}” on tyhjä: kuukausi tarvitaan.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a month. Write it as 1/2026, 2026-01 or a date such as 31.1.2026.</source>
            <translation>”{field}”: ”{text}” ei ole kuukausi. Kirjoita se muodossa 1/2026, 2026-01 tai päivämääränä, esimerkiksi 31.1.2026.</translation>
        </message>
        <message>
            <source>“{field}”: the day {text} does not exist. Check the day and the month.</source>
            <translation>”{field}”: päivää {text} ei ole olemassa. Tarkista päivä ja kuukausi.</translation>
        </message>
        <message>
            <source>“{field}”: the period {text} spans several months. Give one row per calendar month.</source>
            <translation>”{field}”: jakso {text} ulottuu usealle kuukaudelle. Anna yksi rivi kutakin kalenterikuukautta kohden.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or 1 234,50.</source>
            <translation>”{field}”: ”{text}” ei ole euromäärä. Kirjoita se muodossa 1234,50 tai 1 234,50.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number of whole days.</source>
            <translation>”{field}”: ”{text}” ei ole kokonaisten päivien määrä.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number of hours. Write it as 162,5.</source>
            <translation>”{field}”: ”{text}” ei ole tuntimäärä. Kirjoita se muodossa 162,5.</translation>
        </message>
        <message>
            <source>the same employee and month is already on row {other_row}. Keep one row per employee and month.</source>
            <translation>sama työntekijä ja kuukausi on jo rivillä {other_row}. Jätä kullekin työntekijälle yksi rivi kuukautta kohden.</translation>
        </message>
        <message>
            <source>the figures of this employee and month are locked because their payment application has been sent. Leave the row out, or make a correction.</source>
            <translation>tämän työntekijän ja kuukauden luvut on lukittu, koska niitä koskeva maksatushakemus on lähetetty. Jätä rivi pois tai tee korjaus.</translation>
        </message>
        <message>
            <source>The application was not found. Reopen the list.</source>
            <translation>Hakemusta ei löytynyt. Avaa luettelo uudelleen.</translation>
        </message>
        <message>
            <source>The support decision was not found. Reopen the list.</source>
            <translation>Tukipäätöstä ei löytynyt. Avaa luettelo uudelleen.</translation>
        </message>
        <message>
            <source>The decision has no payment period starting on {start}.</source>
            <translation>Päätöksellä ei ole maksujaksoa, joka alkaa {start}.</translation>
        </message>
        <message>
            <source>The employee has no employment contract for the support period, so the working time is unknown. Add the contract in Employees.</source>
            <translation>Työntekijällä ei ole tukijakson ajalle työsopimusta, joten työaikaa ei tiedetä. Lisää sopimus Työntekijät-näkymässä.</translation>
        </message>
        <message>
            <source>The wage figures of {months} are missing. Enter them in Wage months first.</source>
            <translation>Palkkatiedot puuttuvat kuukausilta {months}. Kirjaa ne ensin Palkkakuukaudet-välilehdellä.</translation>
        </message>
        <message>
            <source>This application has already been sent; its figures are locked.</source>
            <translation>Tämä hakemus on jo lähetetty; sen luvut on lukittu.</translation>
        </message>
        <message>
            <source>The application has not been marked sent yet. Mark it sent first.</source>
            <translation>Hakemusta ei ole vielä merkitty lähetetyksi. Merkitse se ensin lähetetyksi.</translation>
        </message>
        <message>
            <source>The application is already paid in full or rejected.</source>
            <translation>Hakemus on jo maksettu kokonaan tai hylätty.</translation>
        </message>
        <message>
            <source>“{field}” is in the future. Give the day it really happened.</source>
            <translation>”{field}” on tulevaisuudessa. Anna päivä, jona se todella tapahtui.</translation>
        </message>
        <message>
            <source>“{field}” must be after the period has ended ({period_end}): support is applied for afterwards.</source>
            <translation>”{field}” voi olla vasta jakson päättymisen ({period_end}) jälkeen: tukea haetaan jälkikäteen.</translation>
        </message>
        <message>
            <source>“{field}” is before the application was sent ({sent_on}). Check the date.</source>
            <translation>”{field}” on ennen hakemuksen lähettämistä ({sent_on}). Tarkista päivämäärä.</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero.</source>
            <translation>”{field}” täytyy olla suurempi kuin nolla.</translation>
        </message>
        <message>
            <source>“{field}” is more than what is still unpaid ({remaining_cents}). Check the amount on the payer's statement.</source>
            <translation>”{field}” on suurempi kuin maksamatta oleva summa ({remaining_cents}). Tarkista summa maksajan ilmoituksesta.</translation>
        </message>
        <message>
            <source>Write why the application was rejected (from the payer's decision).</source>
            <translation>Kirjoita, miksi hakemus hylättiin (maksajan päätöksen mukaan).</translation>
        </message>
        <message>
            <source>The note is too long (at most {max} characters).</source>
            <translation>Merkintä on liian pitkä (enintään {max} merkkiä).</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>Anna sarakevalinnalle nimi.</translation>
        </message>
        <message>
            <source>The name is too long (at most {max} characters).</source>
            <translation>Nimi on liian pitkä (enintään {max} merkkiä).</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Basic gross pay</source>
            <translation>Peruspalkka (brutto)</translation>
        </message>
        <message>
            <source>Supplements</source>
            <translation>Lisät</translation>
        </message>
        <message>
            <source>Holiday pay</source>
            <translation>Lomapalkka</translation>
        </message>
        <message>
            <source>Holiday bonus</source>
            <translation>Lomaraha</translation>
        </message>
        <message>
            <source>Holiday compensation</source>
            <translation>Lomakorvaus</translation>
        </message>
        <message>
            <source>Tax-free allowances</source>
            <translation>Verovapaat korvaukset</translation>
        </message>
        <message>
            <source>Pay compensated by Kela</source>
            <translation>Kelan korvaama palkka</translation>
        </message>
        <message>
            <source>Other public support</source>
            <translation>Muu julkinen tuki</translation>
        </message>
        <message>
            <source>Unpaid absence days</source>
            <translation>Palkattomat poissaolopäivät</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Tunnit</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Työnantajan sivukulut</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Korjauksen syy</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tiedosto</translation>
        </message>
        <message>
            <source>Name of the mapping</source>
            <translation>Sarakevalinnan nimi</translation>
        </message>
        <message>
            <source>Payment application</source>
            <translation>Maksatushakemus</translation>
        </message>
        <message>
            <source>Payment period</source>
            <translation>Maksujakso</translation>
        </message>
        <message>
            <source>Support decision</source>
            <translation>Tukipäätös</translation>
        </message>
        <message>
            <source>Employment contract</source>
            <translation>Työsopimus</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Lähetetty</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Maksupäivä</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Maksettu summa</translation>
        </message>
        <message>
            <source>Reason for the rejection</source>
            <translation>Hylkäyksen syy</translation>
        </message>
    </context>
    <context>
        <name>Wages</name>
        <message>
            <source>Henkilötunnus</source>
            <translation>Henkilötunnus</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Etunimi</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Ei vielä haettavissa</translation>
        </message>
        <message>
            <source>Ready to apply</source>
            <translation>Haettavissa</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Luonnos</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Lähetetty</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Maksettu</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Osittain maksettu</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Hylätty</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <source>Outside every decision</source>
            <translation>Ei tukipäätöstä</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Puuttuu</translation>
        </message>
        <message>
            <source>Locked (application sent)</source>
            <translation>Lukittu (hakemus lähetetty)</translation>
        </message>
        <message>
            <source>The decision number on the form: {number}</source>
            <translation>Päätöksen numero lomakkeelle: {number}</translation>
        </message>
        <message>
            <source>A copy of the employment contract (first application of the decision)</source>
            <translation>Kopio työsopimuksesta (päätöksen ensimmäinen hakemus)</translation>
        </message>
        <message>
            <source>The payslips (palkkalaskelmat) of the period, or the Incomes Register report</source>
            <translation>Jakson palkkalaskelmat tai tulorekisterin raportti</translation>
        </message>
        <message>
            <source>Kela's decision on the daily allowance for the sick-leave days</source>
            <translation>Kelan päätös sairauspäivärahasta sairauslomapäiviltä</translation>
        </message>
        <message>
            <source>A statement of the other public support for the same costs</source>
            <translation>Selvitys samoihin kustannuksiin saadusta muusta julkisesta tuesta</translation>
        </message>
        <message>
            <source>Wage figures missing for the period</source>
            <translation>Jakson palkkatietoja puuttuu</translation>
        </message>
        <message>
            <source>No employment contract for the period</source>
            <translation>Jaksolle ei ole työsopimusta</translation>
        </message>
        <message>
            <source>The support cannot be computed: check the decision</source>
            <translation>Tukea ei voi laskea: tarkista päätös</translation>
        </message>
    </context>
</TS>
