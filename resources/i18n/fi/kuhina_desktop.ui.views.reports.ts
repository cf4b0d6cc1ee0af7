<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ReportsView</name>
        <message>
            <source>Payment application calculation</source>
            <translation>Maksatushakemuksen laskelma</translation>
        </message>
        <message>
            <source>The attachment of a payment application: each month's pay items, contributions, eligible costs, caps and support.</source>
            <translation>Maksatushakemuksen liite: kunkin kuukauden palkkaerät, sivukulut, tukeen oikeuttavat kustannukset, enimmäismäärät ja tuki.</translation>
        </message>
        <message>
            <source>Yearly support summary</source>
            <translation>Tukien vuosikooste</translation>
        </message>
        <message>
            <source>For the board: wage costs, support, applied, paid, still owed and the association's own cost, by employee and month.</source>
            <translation>Hallitukselle: palkkauskustannukset, tuet, haettu, maksettu, saamatta ja yhdistyksen oma osuus työntekijöittäin ja kuukausittain.</translation>
        </message>
        <message>
            <source>Employee card</source>
            <translation>Työntekijäkortti</translation>
        </message>
        <message>
            <source>For the personnel file: the person, contracts, decisions and consents.</source>
            <translation>Henkilöstökansioon: henkilö, työsopimukset, tukipäätökset ja suostumukset.</translation>
        </message>
        <message>
            <source>Training and certificates</source>
            <translation>Koulutukset ja pätevyydet</translation>
        </message>
        <message>
            <source>Training packages, completions and certificates with their expiry dates, and the certificates a role requires that are missing.</source>
            <translation>Koulutuspaketit, suoritukset ja pätevyydet voimassaoloineen sekä tehtävän vaatimat puuttuvat pätevyydet.</translation>
        </message>
        <message>
            <source>Coaching and outcomes</source>
            <translation>Valmennus ja tulokset</translation>
        </message>
        <message>
            <source>Job coaching, outcomes and the project's two target shares.</source>
            <translation>Työhönvalmennus, tulokset ja hankkeen kaksi tavoiteosuutta.</translation>
        </message>
        <message>
            <source>Due list</source>
            <translation>Tehtävälista</translation>
        </message>
        <message>
            <source>Every open deadline, grouped by urgency.</source>
            <translation>Kaikki avoimet määräajat kiireellisyyden mukaan ryhmiteltyinä.</translation>
        </message>
        <message>
            <source>Co-employment statement</source>
            <translation>Yhteistyöllistämisselvitys</translation>
        </message>
        <message>
            <source>A partner association's share of the wage costs and support by month, as the basis of its invoice.</source>
            <translation>Kumppaniyhdistyksen osuus palkkauskustannuksista ja tuesta kuukausittain laskutuksen perustaksi.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Raportti</translation>
        </message>
        <message>
            <source>Print the full henkilötunnus (the reveal is logged)</source>
            <translation>Tulosta koko henkilötunnus (näyttäminen kirjataan lokiin)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Vuosi</translation>
        </message>
        <message>
            <source>&amp;Employee</source>
            <translation>Työnte&amp;kijä</translation>
        </message>
        <message>
            <source>&amp;Application period</source>
            <translation>&amp;Maksatuskausi</translation>
        </message>
        <message>
            <source>&amp;Language of the document</source>
            <translation>A&amp;siakirjan kieli</translation>
        </message>
        <message>
            <source>&amp;Open PDF (Ctrl+P)</source>
            <translation>&amp;Avaa PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>Ta&amp;llenna PDF…</translation>
        </message>
        <message>
            <source>E&amp;xport for the job coach…</source>
            <translation>&amp;Vienti työhönvalmentajalle…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Tallenna raportti</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
    </context>
</TS>
