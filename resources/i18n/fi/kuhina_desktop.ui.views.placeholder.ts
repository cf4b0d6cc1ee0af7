<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Placeholder</name>
        <message>
            <source>Employees, their employment contracts and consents will be kept here.</source>
            <translation>Tässä pidetään työntekijät, heidän työsopimuksensa ja suostumuksensa.</translation>
        </message>
        <message>
            <source>Support decisions (palkkatuki and other supports) and the subsidy calculator will be here.</source>
            <translation>Tässä ovat tukipäätökset (palkkatuki ja muut tuet) sekä palkkatukilaskuri.</translation>
        </message>
        <message>
            <source>Monthly wage costs, payment applications and the follow-up of what was paid will be here.</source>
            <translation>Tässä ovat kuukausittaiset palkkakustannukset, maksatushakemukset ja maksettujen tukien seuranta.</translation>
        </message>
        <message>
            <source>Training packages, certificates, job coaching and outcomes will be here.</source>
            <translation>Tässä ovat koulutuspaketit, pätevyydet, työhönvalmennus ja tulokset.</translation>
        </message>
        <message>
            <source>PDF reports for the board and the paying authority, and the job-coach export, will be here.</source>
            <translation>Tässä ovat PDF-raportit hallitukselle ja maksajaviranomaiselle sekä työhönvalmentajan tiedonsiirto.</translation>
        </message>
    </context>
</TS>
