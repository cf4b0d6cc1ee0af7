<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Contributions</name>
        <message>
            <source>Health insurance</source>
            <translation>Sairausvakuutusmaksu</translation>
        </message>
        <message>
            <source>TyEL pension, employer</source>
            <translation>TyEL-maksu, työnantaja</translation>
        </message>
        <message>
            <source>Unemployment insurance</source>
            <translation>Työttömyysvakuutusmaksu</translation>
        </message>
        <message>
            <source>Accident insurance</source>
            <translation>Tapaturmavakuutus</translation>
        </message>
        <message>
            <source>Group life insurance</source>
            <translation>Ryhmähenkivakuutus</translation>
        </message>
    </context>
    <context>
        <name>CostItems</name>
        <message>
            <source>Gross pay</source>
            <translation>Bruttopalkka</translation>
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
            <source>Employer contributions</source>
            <translation>Työnantajamaksut</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The employment starts on {employment_start}, before the decision date {decided_on}. A subsidy is not paid for employment that began before the decision: check the decision date and the contract.</source>
            <translation>Työsuhde alkaa {employment_start}, ennen päätöspäivää {decided_on}. Tukea ei makseta työsuhteesta, joka on alkanut ennen päätöstä: tarkista päätöspäivä ja työsopimus.</translation>
        </message>
        <message>
            <source>The contract has {weekly_hours} hours a week; this support requires at least {minimum} hours. Check the contract's weekly hours or the kind of support.</source>
            <translation>Työsopimuksen viikkotyöaika on {weekly_hours} tuntia; tämä tuki edellyttää vähintään {minimum} tuntia. Tarkista sopimuksen viikkotunnit tai tukimuoto.</translation>
        </message>
        <message>
            <source>“{field}”: other public support {other_public_support_cents} is more than the month's wage costs {wage_costs_cents}. Public supports together may not exceed the wage costs.</source>
            <translation>”{field}”: muu julkinen tuki {other_public_support_cents} on enemmän kuin kuukauden palkkauskustannukset {wage_costs_cents}. Julkiset tuet yhteensä eivät saa ylittää palkkauskustannuksia.</translation>
        </message>
        <message>
            <source>The subsidy period starts on {decision_start}, but the contract only on {employment_start}. Days before the contract cannot be subsidised.</source>
            <translation>Tukijakso alkaa {decision_start}, mutta työsopimus vasta {employment_start}. Sopimusta edeltäviltä päiviltä ei voi saada tukea.</translation>
        </message>
        <message>
            <source>The contract ends on {employment_end}, before the subsidy period ends on {decision_end}. Extend the contract or tell the payer that the employment ends.</source>
            <translation>Työsopimus päättyy {employment_end}, ennen tukijakson loppua {decision_end}. Jatka sopimusta tai ilmoita tuen maksajalle työsuhteen päättymisestä.</translation>
        </message>
        <message>
            <source>The wage month {month} is outside the subsidy period: no support is computed for it.</source>
            <translation>Palkkakuukausi {month} on tukijakson ulkopuolella: sille ei lasketa tukea.</translation>
        </message>
        <message>
            <source>The subsidy period is longer than the usual maximum of {max_months} months for this support (it would end by {latest_end}). Check the dates against the decision.</source>
            <translation>Tukijakso on pidempi kuin tämän tuen tavallinen enimmäiskesto {max_months} kuukautta (se päättyisi viimeistään {latest_end}). Tarkista päivämäärät päätöksestä.</translation>
        </message>
        <message>
            <source>An earlier wage subsidy for this person ended on {previous_end}. The same employer can usually get a new subsidy for the same person only from {allowed_from} on. Check that the decision really was granted.</source>
            <translation>Tämän henkilön aiempi palkkatuki päättyi {previous_end}. Sama työnantaja voi yleensä saada samalle henkilölle uutta tukea vasta {allowed_from} alkaen. Tarkista, että päätös on todella myönteinen.</translation>
        </message>
        <message>
            <source>The decision has no working-time cap, but this support is paid for at most {rule_pct} % of full working time. Check the decision and enter its cap (usually {rule_pct} %); without it, hours above the cap would be claimed and paid back later.</source>
            <translation>Päätöksessä ei ole työaikarajaa, mutta tätä tukea maksetaan enintään {rule_pct} %:n osuudelle täydestä työajasta. Tarkista päätös ja kirjoita sen työaikaraja (yleensä {rule_pct} %); ilman sitä tukea haettaisiin myös rajan ylittäviltä tunneilta ja se jouduttaisiin maksamaan takaisin.</translation>
        </message>
        <message>
            <source>The working-time cap {value_pct} % is above the {rule_pct} % of full working time that this support allows. Check the cap against the decision; hours above the rule would be claimed and paid back later.</source>
            <translation>Työaikaraja {value_pct} % on suurempi kuin tämän tuen sallima {rule_pct} % täydestä työajasta. Tarkista raja päätöksestä; rajan ylittäviltä tunneilta haettu tuki jouduttaisiin maksamaan takaisin.</translation>
        </message>
        <message>
            <source>“{field}”: the subsidy period ends ({end}) before it starts ({start}).</source>
            <translation>”{field}”: tukijakso päättyy ({end}) ennen kuin se alkaa ({start}).</translation>
        </message>
        <message>
            <source>“{field}”: the contract ends ({end}) before it starts ({start}).</source>
            <translation>”{field}”: työsopimus päättyy ({end}) ennen kuin se alkaa ({start}).</translation>
        </message>
        <message>
            <source>“{field}”: the payment period is 1, 2 or 3 months.</source>
            <translation>”{field}”: maksatusjakso on 1, 2 tai 3 kuukautta.</translation>
        </message>
        <message>
            <source>“{field}”: the application deadline is 1–12 months after the period.</source>
            <translation>”{field}”: hakuaika päättyy 1–12 kuukautta jakson jälkeen.</translation>
        </message>
        <message>
            <source>“{field}” must be between 0 and 100 %.</source>
            <translation>”{field}” on oltava 0–100 %.</translation>
        </message>
        <message>
            <source>“{field}” must be more than 0 and at most 100 % of full time.</source>
            <translation>”{field}” on oltava yli 0 ja enintään 100 % täydestä työajasta.</translation>
        </message>
        <message>
            <source>“{field}”: the eligible cost items of a wage subsidy are set by law; they can be chosen only for a municipal supplement, an employment bonus or other support.</source>
            <translation>”{field}”: palkkatuen hyväksyttävät kustannukset määrätään laissa; ne voi valita vain kuntalisälle, työllistämislisälle tai muulle tuelle.</translation>
        </message>
        <message>
            <source>“{field}” must be at least 1 (for example 1,23).</source>
            <translation>”{field}” on oltava vähintään 1 (esimerkiksi 1,23).</translation>
        </message>
        <message>
            <source>“{field}” is needed for the coefficient method (usually 1,23).</source>
            <translation>”{field}” tarvitaan kerroinmenetelmässä (yleensä 1,23).</translation>
        </message>
        <message>
            <source>“{field}” must be more than zero (for example 37,5).</source>
            <translation>”{field}” on oltava suurempi kuin nolla (esimerkiksi 37,5).</translation>
        </message>
        <message>
            <source>“{field}” cannot be negative.</source>
            <translation>”{field}” ei voi olla negatiivinen.</translation>
        </message>
        <message>
            <source>“{field}”: the month {month} is given twice.</source>
            <translation>”{field}”: kuukausi {month} on annettu kahdesti.</translation>
        </message>
        <message>
            <source>There are no employer contribution rates for {year}. Add the year in Settings → Rates (copy the previous year and check the rates), or enter the month's contributions.</source>
            <translation>Vuodelle {year} ei ole työnantajamaksujen prosentteja. Lisää vuosi kohdassa Asetukset → Maksut ja tuet (kopioi edellinen vuosi ja tarkista prosentit) tai syötä kuukauden maksut.</translation>
        </message>
        <message>
            <source>“{field}” must be an object.</source>
            <translation>”{field}” on oltava objekti.</translation>
        </message>
        <message>
            <source>“{field}” must be a list.</source>
            <translation>”{field}” on oltava luettelo.</translation>
        </message>
        <message>
            <source>“{field}” must be text, such as "1495.00".</source>
            <translation>”{field}” on oltava tekstiä, esimerkiksi "1495.00".</translation>
        </message>
        <message>
            <source>“{field}” must be a whole number.</source>
            <translation>”{field}” on oltava kokonaisluku.</translation>
        </message>
        <message>
            <source>“{field}” must be true or false.</source>
            <translation>”{field}” on oltava true tai false.</translation>
        </message>
        <message>
            <source>“{field}” is missing. Fill it in.</source>
            <translation>”{field}” puuttuu. Täytä se.</translation>
        </message>
        <message>
            <source>“{field}” is not a known field. Check its spelling.</source>
            <translation>”{field}” ei ole tunnettu kenttä. Tarkista kirjoitusasu.</translation>
        </message>
        <message>
            <source>“{field}” is not a number.</source>
            <translation>”{field}” ei ole luku.</translation>
        </message>
        <message>
            <source>“{field}” has more than two decimals; an amount is euros and cents.</source>
            <translation>”{field}”: liikaa desimaaleja; rahamäärä annetaan euroina ja sentteinä.</translation>
        </message>
        <message>
            <source>“{field}” is too large.</source>
            <translation>”{field}” on liian suuri.</translation>
        </message>
        <message>
            <source>“{field}” is not a date (write it as 2026-03-05).</source>
            <translation>”{field}” ei ole päivämäärä (kirjoita muodossa 2026-03-05).</translation>
        </message>
        <message>
            <source>“{field}” is not a month (write it as 2026-03).</source>
            <translation>”{field}” ei ole kuukausi (kirjoita muodossa 2026-03).</translation>
        </message>
        <message>
            <source>“{field}”: the year must be between 1900 and 2999.</source>
            <translation>”{field}”: vuoden on oltava 1900–2999.</translation>
        </message>
        <message>
            <source>“{field}” is not a known kind of support. Choose one of: {allowed}.</source>
            <translation>”{field}” ei ole tunnettu tukimuoto. Valitse jokin näistä: {allowed}.</translation>
        </message>
        <message>
            <source>“{field}” is not one of the allowed values.</source>
            <translation>”{field}” ei ole mikään sallituista arvoista.</translation>
        </message>
        <message>
            <source>“{field}”: holiday compensation and tax-free allowances are never eligible costs.</source>
            <translation>”{field}”: lomakorvaus ja verottomat korvaukset eivät koskaan ole tukeen oikeuttavia kustannuksia.</translation>
        </message>
        <message>
            <source>“{field}” must be at least 0 % and under 100 %.</source>
            <translation>”{field}” on oltava vähintään 0 % ja alle 100 %.</translation>
        </message>
        <message>
            <source>“{field}”: there are two rows for {key}. Keep one of them.</source>
            <translation>”{field}”: kohdalle {key} on kaksi riviä. Säilytä niistä toinen.</translation>
        </message>
        <message>
            <source>The rate table file is damaged (“{field}”). Reinstall Kuhina Desktop.</source>
            <translation>Maksutaulukkotiedosto on vioittunut (”{field}”). Asenna Kuhina Desktop uudelleen.</translation>
        </message>
        <message>
            <source>The rates of {year} already exist. Edit them in the table instead.</source>
            <translation>Vuoden {year} maksut ovat jo olemassa. Muokkaa niitä taulukossa.</translation>
        </message>
        <message>
            <source>There are no rates of {year} to copy. Add that year first.</source>
            <translation>Vuoden {year} maksuja ei ole kopioitavaksi. Lisää ensin se vuosi.</translation>
        </message>
        <message>
            <source>The decision was not found; it may have been deleted. Refresh the list.</source>
            <translation>Päätöstä ei löytynyt; se on ehkä poistettu. Päivitä luettelo.</translation>
        </message>
        <message>
            <source>Choose the employee the decision is for.</source>
            <translation>Valitse työntekijä, jota päätös koskee.</translation>
        </message>
        <message>
            <source>“{field}” is too long: at most {limit} characters.</source>
            <translation>”{field}” on liian pitkä: enintään {limit} merkkiä.</translation>
        </message>
        <message>
            <source>{payer} already has a decision numbered {number}. Check the number; a decision is entered only once.</source>
            <translation>Maksajalla {payer} on jo päätös numerolla {number}. Tarkista numero; päätös kirjataan vain kerran.</translation>
        </message>
        <message>
            <source>The decision has payment applications, so it cannot be deleted. End it by changing its end date instead.</source>
            <translation>Päätökseen liittyy maksatushakemuksia, joten sitä ei voi poistaa. Päätä se muuttamalla sen loppupäivää.</translation>
        </message>
        <message>
            <source>“{field}” can no longer be changed: a payment application of this decision has already been sent (the first for {period_start}–{period_end}), and the periods and amounts applied for come from these details. If the payer changed its decision, end this decision the day before the change applies, enter the change as a new decision from that day, and record a correction to an application already sent. Only the end date may move.</source>
            <translation>Kenttää ”{field}” ei voi enää muuttaa: tämän päätöksen maksatushakemus on jo lähetetty (ensimmäinen jaksolta {period_start}–{period_end}), ja haetut jaksot ja summat perustuvat näihin tietoihin. Jos maksaja muutti päätöstään, päätä tämä päätös muutosta edeltävään päivään, kirjaa muutos uutena päätöksenä siitä päivästä alkaen ja kirjaa jo lähetettyyn hakemukseen korjaus. Vain loppupäivää voi siirtää.</translation>
        </message>
        <message>
            <source>“{field}” can no longer be changed either.</source>
            <translation>Myöskään kenttää ”{field}” ei voi enää muuttaa.</translation>
        </message>
        <message>
            <source>The subsidy period cannot end on {end}: the payment application for {period_start}–{period_end} has already been sent, and this end would change that period. Move the end only beyond the periods applied for; for a change to a sent period, record a correction to its application.</source>
            <translation>Tukijakso ei voi päättyä {end}: jakson {period_start}–{period_end} maksatushakemus on jo lähetetty, ja tämä loppupäivä muuttaisi sitä jaksoa. Siirrä loppupäivää vain haettujen jaksojen jälkeen; jos lähetettyä jaksoa pitää muuttaa, kirjaa korjaus sen hakemukseen.</translation>
        </message>
        <message>
            <source>The subsidy period overlaps the decision {decision} ({start}–{end}) of the same person. The same wage costs cannot be subsidised twice: check the dates. If the new decision replaces the earlier one, end the earlier one the day before.</source>
            <translation>Tukijakso on päällekkäin saman henkilön päätöksen {decision} ({start}–{end}) kanssa. Samoihin palkkakustannuksiin ei voi saada tukea kahteen kertaan: tarkista päivämäärät. Jos uusi päätös korvaa aiemman, päätä aiempi edelliseen päivään.</translation>
        </message>
        <message>
            <source>The employee has no employment contract for the subsidy period yet, so the hours and dates could not be checked against it. Add the contract under Employees.</source>
            <translation>Työntekijällä ei vielä ole tukijaksolle työsopimusta, joten tunteja ja päivämääriä ei voitu tarkistaa sitä vasten. Lisää sopimus kohdassa Työntekijät.</translation>
        </message>
        <message>
            <source>The file {path} could not be read ({reason}). Nothing was changed.</source>
            <translation>Tiedostoa {path} ei voitu lukea ({reason}). Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>The file {path} is {size_mb} MB; at most {limit_mb} MB can be attached. Scan the decision in black and white or with a lower resolution.</source>
            <translation>Tiedosto {path} on {size_mb} Mt; liitteen koko voi olla enintään {limit_mb} Mt. Skannaa päätös mustavalkoisena tai pienemmällä tarkkuudella.</translation>
        </message>
        <message>
            <source>The file {path} is not a PDF. Save or scan the decision as a PDF and attach that. Nothing was changed.</source>
            <translation>Tiedosto {path} ei ole PDF. Tallenna tai skannaa päätös PDF-muotoon ja liitä se. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a number. Write it as 37,5.</source>
            <translation>”{field}”: ”{text}” ei ole luku. Kirjoita se muodossa 37,5.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Maksaja</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Päätösnumero</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Ehdot</translation>
        </message>
        <message>
            <source>Decision PDF</source>
            <translation>Päätöksen PDF</translation>
        </message>
        <message>
            <source>Kind of support</source>
            <translation>Tukimuoto</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Päätöspäivä</translation>
        </message>
        <message>
            <source>Subsidy period starts</source>
            <translation>Tukijakson alku</translation>
        </message>
        <message>
            <source>Subsidy period ends</source>
            <translation>Tukijakson loppu</translation>
        </message>
        <message>
            <source>Support percent</source>
            <translation>Tukiprosentti</translation>
        </message>
        <message>
            <source>Monthly cap</source>
            <translation>Enimmäismäärä kuukaudessa</translation>
        </message>
        <message>
            <source>Working-time cap</source>
            <translation>Työaikaraja</translation>
        </message>
        <message>
            <source>Payment period</source>
            <translation>Maksatusjakso</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Työnantajamaksut</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>Kerroin</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Tukeen oikeuttavat kustannukset</translation>
        </message>
        <message>
            <source>Application deadline</source>
            <translation>Hakuaika</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Viikkotyöaika</translation>
        </message>
        <message>
            <source>Full-time weekly hours</source>
            <translation>Täysi viikkotyöaika</translation>
        </message>
        <message>
            <source>Contract start</source>
            <translation>Työsopimuksen alku</translation>
        </message>
        <message>
            <source>Contract end</source>
            <translation>Työsopimuksen loppu</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <source>Gross pay</source>
            <translation>Bruttopalkka</translation>
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
            <translation>Verottomat korvaukset</translation>
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
            <source>Year</source>
            <translation>Vuosi</translation>
        </message>
        <message>
            <source>Health insurance %</source>
            <translation>Sairausvakuutusmaksu %</translation>
        </message>
        <message>
            <source>TyEL pension, employer %</source>
            <translation>TyEL-maksu, työnantaja %</translation>
        </message>
        <message>
            <source>Unemployment insurance %</source>
            <translation>Työttömyysvakuutusmaksu %</translation>
        </message>
        <message>
            <source>Accident insurance %</source>
            <translation>Tapaturmavakuutus %</translation>
        </message>
        <message>
            <source>Group life insurance %</source>
            <translation>Ryhmähenkivakuutus %</translation>
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
    </context>
    <context>
        <name>SupportKinds</name>
        <message>
            <source>Wage subsidy 50 %</source>
            <translation>Palkkatuki 50 %</translation>
        </message>
        <message>
            <source>Wage subsidy 70 %</source>
            <translation>Palkkatuki 70 %</translation>
        </message>
        <message>
            <source>Wage subsidy 100 % (association)</source>
            <translation>Palkkatuki 100 % (yhdistys)</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>Työllistämistuki 55+</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Kuntalisä</translation>
        </message>
        <message>
            <source>Employment bonus</source>
            <translation>Työllistämislisä</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
    <context>
        <name>SupportKindsShort</name>
        <message>
            <source>Wage subsidy 50 %</source>
            <translation>Palkkatuki 50 %</translation>
        </message>
        <message>
            <source>Wage subsidy 70 %</source>
            <translation>Palkkatuki 70 %</translation>
        </message>
        <message>
            <source>Wage subsidy 100 %</source>
            <translation>Palkkatuki 100 %</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>Työllistämistuki 55+</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Kuntalisä</translation>
        </message>
        <message>
            <source>Employment bonus</source>
            <translation>Työllistämislisä</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Muu</translation>
        </message>
    </context>
</TS>
