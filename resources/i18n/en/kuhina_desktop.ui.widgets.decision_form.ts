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
            <source>Pro-rate &amp;the cap in partial months</source>
            <translation>Pro-rate &amp;the cap in partial months</translation>
        </message>
        <message>
            <source>&amp;Gross pay</source>
            <translation>&amp;Gross pay</translation>
        </message>
        <message>
            <source>&amp;Supplements</source>
            <translation>&amp;Supplements</translation>
        </message>
        <message>
            <source>H&amp;oliday pay</source>
            <translation>H&amp;oliday pay</translation>
        </message>
        <message>
            <source>E&amp;mployee *</source>
            <translation>E&amp;mployee *</translation>
        </message>
        <message>
            <source>&amp;Kind of support *</source>
            <translation>&amp;Kind of support *</translation>
        </message>
        <message>
            <source>Pa&amp;yer *</source>
            <translation>Pa&amp;yer *</translation>
        </message>
        <message>
            <source>&amp;Decision number</source>
            <translation>&amp;Decision number</translation>
        </message>
        <message>
            <source>De&amp;cision date *</source>
            <translation>De&amp;cision date *</translation>
        </message>
        <message>
            <source>Payme&amp;nt period</source>
            <translation>Payme&amp;nt period</translation>
        </message>
        <message>
            <source>S&amp;upport % *</source>
            <translation>S&amp;upport % *</translation>
        </message>
        <message>
            <source>Monthly &amp;cap € *</source>
            <translation>Monthly &amp;cap € *</translation>
        </message>
        <message>
            <source>&amp;Working-time cap %</source>
            <translation>&amp;Working-time cap %</translation>
        </message>
        <message>
            <source>&amp;Employer contributions</source>
            <translation>&amp;Employer contributions</translation>
        </message>
        <message>
            <source>Appl&amp;ication deadline</source>
            <translation>Appl&amp;ication deadline</translation>
        </message>
        <message>
            <source>months after the period</source>
            <translation>months after the period</translation>
        </message>
        <message>
            <source>Holiday &amp;bonus</source>
            <translation>Holiday &amp;bonus</translation>
        </message>
        <message>
            <source>Employer's con&amp;tributions</source>
            <translation>Employer's con&amp;tributions</translation>
        </message>
        <message>
            <source>Subsidy period *</source>
            <translation>Subsidy period *</translation>
        </message>
        <message>
            <source>Eligible costs</source>
            <translation>Eligible costs</translation>
        </message>
    </context>
</TS>
