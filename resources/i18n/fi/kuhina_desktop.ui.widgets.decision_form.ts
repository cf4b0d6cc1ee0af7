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
            <source>Pro-rate &amp;the cap in partial months</source>
            <translation>Suhteuta &amp;enimmäismäärä vajaisiin kuukausiin</translation>
        </message>
        <message>
            <source>&amp;Gross pay</source>
            <translation>&amp;Bruttopalkka</translation>
        </message>
        <message>
            <source>&amp;Supplements</source>
            <translation>Li&amp;sät</translation>
        </message>
        <message>
            <source>H&amp;oliday pay</source>
            <translation>L&amp;omapalkka</translation>
        </message>
        <message>
            <source>E&amp;mployee *</source>
            <translation>Työ&amp;ntekijä *</translation>
        </message>
        <message>
            <source>&amp;Kind of support *</source>
            <translation>Tu&amp;kimuoto *</translation>
        </message>
        <message>
            <source>Pa&amp;yer *</source>
            <translation>Maksa&amp;ja *</translation>
        </message>
        <message>
            <source>&amp;Decision number</source>
            <translation>P&amp;äätösnumero</translation>
        </message>
        <message>
            <source>De&amp;cision date *</source>
            <translation>Päätöspäi&amp;vä *</translation>
        </message>
        <message>
            <source>Payme&amp;nt period</source>
            <translation>Maksat&amp;usjakso</translation>
        </message>
        <message>
            <source>S&amp;upport % *</source>
            <translation>Tuk&amp;i % *</translation>
        </message>
        <message>
            <source>Monthly &amp;cap € *</source>
            <translation>Enin&amp;tään € / kk *</translation>
        </message>
        <message>
            <source>&amp;Working-time cap %</source>
            <translation>Ty&amp;öaikaraja %</translation>
        </message>
        <message>
            <source>&amp;Employer contributions</source>
            <translation>T&amp;yönantajamaksut</translation>
        </message>
        <message>
            <source>Appl&amp;ication deadline</source>
            <translation>&amp;Hakuaika</translation>
        </message>
        <message>
            <source>months after the period</source>
            <translation>kk jakson jälkeen</translation>
        </message>
        <message>
            <source>Holiday &amp;bonus</source>
            <translation>Loma&amp;raha</translation>
        </message>
        <message>
            <source>Employer's con&amp;tributions</source>
            <translation>Työnantaja&amp;maksut</translation>
        </message>
        <message>
            <source>Subsidy period *</source>
            <translation>Tukijakso *</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Tukeen oikeuttavat kustannukset</translation>
        </message>
    </context>
</TS>
