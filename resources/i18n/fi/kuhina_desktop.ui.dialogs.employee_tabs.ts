<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>What the employee has agreed may be shared with the job coach. The job-coach export includes only what a consent in force covers, and never the henkilötunnus or health data.</source>
            <translation>Mitä työntekijä on suostunut jakamaan työhönvalmentajalle. Valmentajalle lähtevään tiedostoon tulee vain se, minkä voimassa oleva suostumus kattaa – ei koskaan henkilötunnusta eikä terveystietoja.</translation>
        </message>
        <message>
            <source>&amp;Add consent…</source>
            <translation>&amp;Lisää suostumus…</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>&amp;Peru suostumus…</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Peru suostumus</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Peruttu</translation>
        </message>
    </context>
    <context>
        <name>ContractsTab</name>
        <message>
            <source>&amp;Add contract…</source>
            <translation>&amp;Lisää sopimus…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Muokkaa…</translation>
        </message>
        <message>
            <source>&amp;End contract…</source>
            <translation>&amp;Päätä sopimus…</translation>
        </message>
        <message>
            <source>End contract</source>
            <translation>Päätä sopimus</translation>
        </message>
        <message>
            <source>Last day of employment</source>
            <translation>Viimeinen työpäivä</translation>
        </message>
    </context>
</TS>
