<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Employment contract</source>
            <translation>Työsopimus</translation>
        </message>
        <message>
            <source>empty = open-ended</source>
            <translation>tyhjä = toistaiseksi voimassa</translation>
        </message>
        <message>
            <source>Starts *</source>
            <translation>Alkaa *</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Päättyy</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Koeaika päättyy</translation>
        </message>
        <message>
            <source>Weekly hours *</source>
            <translation>Viikkotyöaika (h) *</translation>
        </message>
        <message>
            <source>Sector's full-time hours a week *</source>
            <translation>Alan täysi työaika (h/vko) *</translation>
        </message>
        <message>
            <source>Working time percentage</source>
            <translation>Työaikaprosentti</translation>
        </message>
        <message>
            <source>Pay basis</source>
            <translation>Palkkaperuste</translation>
        </message>
        <message>
            <source>Pay *</source>
            <translation>Palkka *</translation>
        </message>
        <message>
            <source>Job title *</source>
            <translation>Tehtävänimike *</translation>
        </message>
        <message>
            <source>Tailored tasks</source>
            <translation>Räätälöidyt tehtävät</translation>
        </message>
        <message>
            <source>Workplace</source>
            <translation>Työpaikka</translation>
        </message>
        <message>
            <source>Collective agreement</source>
            <translation>Työehtosopimus</translation>
        </message>
        <message>
            <source>Co-employment partner</source>
            <translation>Yhteistyöllistämisen kumppani</translation>
        </message>
        <message>
            <source>Partner's share (%)</source>
            <translation>Kumppanin osuus (%)</translation>
        </message>
        <message>
            <source>Contract saved – please check</source>
            <translation>Sopimus tallennettiin – tarkista</translation>
        </message>
    </context>
</TS>
