<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CalculatorView</name>
        <message>
            <source>Planned employment</source>
            <translation>Suunniteltu työsuhde</translation>
        </message>
        <message>
            <source>&amp;Kind of support</source>
            <translation>Tu&amp;kimuoto</translation>
        </message>
        <message>
            <source>&amp;Weekly hours</source>
            <translation>&amp;Viikkotyöaika</translation>
        </message>
        <message>
            <source>Full-&amp;time weekly hours</source>
            <translation>T&amp;äysi viikkotyöaika</translation>
        </message>
        <message>
            <source>&amp;Gross pay / month</source>
            <translation>&amp;Bruttopalkka / kk</translation>
        </message>
        <message>
            <source>&amp;Supplements</source>
            <translation>Li&amp;sät</translation>
        </message>
        <message>
            <source>Holiday &amp;pay</source>
            <translation>Lo&amp;mapalkka</translation>
        </message>
        <message>
            <source>Holiday &amp;bonus</source>
            <translation>Loma&amp;raha</translation>
        </message>
        <message>
            <source>Suppo&amp;rt %</source>
            <translation>T&amp;uki %</translation>
        </message>
        <message>
            <source>&amp;Monthly cap €</source>
            <translation>&amp;Enintään € / kk</translation>
        </message>
        <message>
            <source>Percent and cap come from the rate tables; a municipal supplement or other support needs them from its decision.</source>
            <translation>Prosentti ja enimmäismäärä tulevat maksutaulukoista; kuntalisälle tai muulle tuelle ne annetaan päätöksen mukaan.</translation>
        </message>
        <message>
            <source>One month</source>
            <translation>Yksi kuukausi</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Palkka</translation>
        </message>
        <message>
            <source>Wage costs</source>
            <translation>Palkkauskustannukset</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Tukeen oikeuttavat kustannukset</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Tuki</translation>
        </message>
        <message>
            <source>The association's own cost</source>
            <translation>Yhdistyksen omavastuu</translation>
        </message>
        <message>
            <source>Enter the hours and the gross pay.</source>
            <translation>Anna työtunnit ja bruttopalkka.</translation>
        </message>
        <message>
            <source>Rates of %1, support %2 of the eligible costs, at most %3 a month. Working time %4 of full time.</source>
            <translation>Vuoden %1 maksut, tuki %2 tukeen oikeuttavista kustannuksista, enintään %3 kuukaudessa. Työaika %4 täydestä työajasta.</translation>
        </message>
        <message>
            <source>The hours are above the working-time cap of %1: only that share of the costs is eligible.</source>
            <translation>Työaika on yli työaikarajan (%1): vain rajaa vastaava osuus kustannuksista on tukeen oikeuttavaa.</translation>
        </message>
        <message>
            <source>The support is limited by the monthly cap.</source>
            <translation>Tukea rajoittaa kuukauden enimmäismäärä.</translation>
        </message>
    </context>
</TS>
