<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DecisionsModel</name>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tukimuoto</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Maksaja</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Subsidy period</source>
            <translation>Tukijakso</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Cap / month</source>
            <translation>Enintään / kk</translation>
        </message>
        <message>
            <source>Paid in</source>
            <translation>Maksatus</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message numerus="yes">
            <source>%n mo</source>
            <translation>
                <numerusform>%n kk</numerusform>
                <numerusform>%n kk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ends in %n day(s)</source>
            <translation>
                <numerusform>Päättyy %n päivän päästä</numerusform>
                <numerusform>Päättyy %n päivän päästä</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF: %1</source>
            <translation>PDF: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved despite %n warning(s)</source>
            <translation>
                <numerusform>Tallennettu %n varoituksesta huolimatta</numerusform>
                <numerusform>Tallennettu %n varoituksesta huolimatta</numerusform>
            </translation>
        </message>
    </context>
</TS>
