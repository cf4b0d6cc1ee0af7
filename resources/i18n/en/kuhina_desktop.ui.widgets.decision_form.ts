<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DecisionForm</name>
        <message>
            <source>(archived)</source>
            <translation>(archived)</translation>
        </message>
        <message>
            <source>Choose the employee</source>
            <translation>Choose the employee</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month(s)</numerusform>
                <numerusform>%n month(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>no cap</translation>
        </message>
        <message>
            <source>Actual contributions</source>
            <translation>Actual contributions</translation>
        </message>
        <message>
            <source>Coefficient × gross pay</source>
            <translation>Coefficient × gross pay</translation>
        </message>
        <message>
            <source>Pro-rate the cap in partial months</source>
            <translation>Pro-rate the cap in partial months</translation>
        </message>
        <message>
            <source>months after the period</source>
            <translation>months after the period</translation>
        </message>
        <message>
            <source>Employee *</source>
            <translation>Employee *</translation>
        </message>
        <message>
            <source>Kind of support *</source>
            <translation>Kind of support *</translation>
        </message>
        <message>
            <source>Payer *</source>
            <translation>Payer *</translation>
        </message>
        <message>
            <source>Decision number</source>
            <translation>Decision number</translation>
        </message>
        <message>
            <source>Decision date *</source>
            <translation>Decision date *</translation>
        </message>
        <message>
            <source>Subsidy period *</source>
            <translation>Subsidy period *</translation>
        </message>
        <message>
            <source>Payment period</source>
            <translation>Payment period</translation>
        </message>
        <message>
            <source>Support % *</source>
            <translation>Support % *</translation>
        </message>
        <message>
            <source>Monthly cap € *</source>
            <translation>Monthly cap € *</translation>
        </message>
        <message>
            <source>Working-time cap %</source>
            <translation>Working-time cap %</translation>
        </message>
        <message>
            <source>Employer contributions</source>
            <translation>Employer contributions</translation>
        </message>
        <message>
            <source>Application deadline</source>
            <translation>Application deadline</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Eligible costs</translation>
        </message>
    </context>
</TS>
