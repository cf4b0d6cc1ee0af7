<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DecisionForm</name>
        <message>
            <source>(archived)</source>
            <translation>(arkistoitu)</translation>
        </message>
        <message>
            <source>Choose the employee</source>
            <translation>Valitse työntekijä</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n kuukausi</numerusform>
                <numerusform>%n kuukautta</numerusform>
            </translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>ei rajaa</translation>
        </message>
        <message>
            <source>Actual contributions</source>
            <translation>Todelliset maksut</translation>
        </message>
        <message>
            <source>Coefficient × gross pay</source>
            <translation>Kerroin × bruttopalkka</translation>
        </message>
        <message>
            <source>Pro-rate the cap in partial months</source>
            <translation>Suhteuta enimmäismäärä vajaisiin kuukausiin</translation>
        </message>
        <message>
            <source>months after the period</source>
            <translation>kk jakson jälkeen</translation>
        </message>
        <message>
            <source>Employee *</source>
            <translation>Työntekijä *</translation>
        </message>
        <message>
            <source>Kind of support *</source>
            <translation>Tukimuoto *</translation>
        </message>
        <message>
            <source>Payer *</source>
            <translation>Maksaja *</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Päätösnumero</translation>
        </message>
        <message>
            <source>Decision date *</source>
            <translation>Päätöspäivä *</translation>
        </message>
        <message>
            <source>Subsidy period *</source>
            <translation>Tukijakso *</translation>
        </message>
        <message>
            <source>Payment period</source>
            <translation>Maksatusjakso</translation>
        </message>
        <message>
            <source>Support % *</source>
            <translation>Tuki % *</translation>
        </message>
        <message>
            <source>Monthly cap € *</source>
            <translation>Enintään € / kk *</translation>
        </message>
        <message>
            <source>Working-time cap %</source>
            <translation>Työaikaraja %</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Työnantajamaksut</translation>
        </message>
        <message>
            <source>Application deadline</source>
            <translation>Hakuaika</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Tukeen oikeuttavat kustannukset</translation>
        </message>
    </context>
</TS>
