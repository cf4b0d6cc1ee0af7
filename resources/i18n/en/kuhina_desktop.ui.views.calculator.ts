<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CalculatorView</name>
        <message>
            <source>Planned employment</source>
            <translation>Planned employment</translation>
        </message>
        <message>
            <source>&amp;Kind of support</source>
            <translation>&amp;Kind of support</translation>
        </message>
        <message>
            <source>&amp;Weekly hours</source>
            <translation>&amp;Weekly hours</translation>
        </message>
        <message>
            <source>Full-&amp;time weekly hours</source>
            <translation>Full-&amp;time weekly hours</translation>
        </message>
        <message>
            <source>&amp;Gross pay / month</source>
            <translation>&amp;Gross pay / month</translation>
        </message>
        <message>
            <source>&amp;Supplements</source>
            <translation>&amp;Supplements</translation>
        </message>
        <message>
            <source>Holiday &amp;pay</source>
            <translation>Holiday &amp;pay</translation>
        </message>
        <message>
            <source>Holiday &amp;bonus</source>
            <translation>Holiday &amp;bonus</translation>
        </message>
        <message>
            <source>Suppo&amp;rt %</source>
            <translation>Suppo&amp;rt %</translation>
        </message>
        <message>
            <source>&amp;Monthly cap €</source>
            <translation>&amp;Monthly cap €</translation>
        </message>
        <message>
            <source>Percent and cap come from the rate tables; a municipal supplement or other support needs them from its decision.</source>
            <translation>Percent and cap come from the rate tables; a municipal supplement or other support needs them from its decision.</translation>
        </message>
        <message>
            <source>One month</source>
            <translation>One month</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Pay</translation>
        </message>
        <message>
            <source>Wage costs</source>
            <translation>Wage costs</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Eligible costs</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>The association's own cost</source>
            <translation>The association's own cost</translation>
        </message>
        <message>
            <source>Enter the hours and the gross pay.</source>
            <translation>Enter the hours and the gross pay.</translation>
        </message>
        <message>
            <source>Rates of %1, support %2 of the eligible costs, at most %3 a month. Working time %4 of full time.</source>
            <translation>Rates of %1, support %2 of the eligible costs, at most %3 a month. Working time %4 of full time.</translation>
        </message>
        <message>
            <source>The hours are above the working-time cap of %1: only that share of the costs is eligible.</source>
            <translation>The hours are above the working-time cap of %1: only that share of the costs is eligible.</translation>
        </message>
        <message>
            <source>The support is limited by the monthly cap.</source>
            <translation>The support is limited by the monthly cap.</translation>
        </message>
    </context>
</TS>
