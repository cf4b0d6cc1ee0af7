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
            <source>Kind of support</source>
            <translation>Kind of support</translation>
        </message>
        <message>
            <source>Weekly hours</source>
            <translation>Weekly hours</translation>
        </message>
        <message>
            <source>Full-time weekly hours</source>
            <translation>Full-time weekly hours</translation>
        </message>
        <message>
            <source>Gross pay / month</source>
            <translation>Gross pay / month</translation>
        </message>
        <message>
            <source>Supplements</source>
            <translation>Supplements</translation>
        </message>
        <message>
            <source>Holiday pay</source>
            <translation>Holiday pay</translation>
        </message>
        <message>
            <source>Holiday bonus</source>
            <translation>Holiday bonus</translation>
        </message>
        <message>
            <source>Support %</source>
            <translation>Support %</translation>
        </message>
        <message>
            <source>Monthly cap €</source>
            <translation>Monthly cap €</translation>
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
