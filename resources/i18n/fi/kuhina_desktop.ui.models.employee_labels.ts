<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>EmployeeLabels</name>
        <message>
            <source>Long-term unemployed</source>
            <translation>Pitkäaikaistyötön</translation>
        </message>
        <message>
            <source>Immigrant</source>
            <translation>Maahanmuuttaja</translation>
        </message>
        <message>
            <source>Partial work ability</source>
            <translation>Osatyökykyisyys</translation>
        </message>
        <message>
            <source>Young</source>
            <translation>Nuori</translation>
        </message>
        <message>
            <source>Wage subsidy 50/70 %</source>
            <translation>Palkkatuki 50/70 %</translation>
        </message>
        <message>
            <source>Wage subsidy 100 %</source>
            <translation>Palkkatuki 100 %</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>Työllistämistuki 55+</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Kuntalisä</translation>
        </message>
        <message>
            <source>Employment bonus</source>
            <translation>Työllistämislisä</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>Muu tuki</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>Työssä</translation>
        </message>
        <message>
            <source>Starts {day}</source>
            <translation>Alkaa {day}</translation>
        </message>
        <message>
            <source>No contract in force</source>
            <translation>Ei voimassa olevaa sopimusta</translation>
        </message>
        <message>
            <source>Archived {day}</source>
            <translation>Arkistoitu {day}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Edistyminen</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Koulutus</translation>
        </message>
        <message>
            <source>Coaching notes</source>
            <translation>Valmennusmuistiinpanot</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Yhteystiedot</translation>
        </message>
        <message>
            <source>Monthly pay</source>
            <translation>Kuukausipalkka</translation>
        </message>
        <message>
            <source>Hourly pay</source>
            <translation>Tuntipalkka</translation>
        </message>
        <message>
            <source>€ a month</source>
            <translation>€/kk</translation>
        </message>
        <message>
            <source>€ an hour</source>
            <translation>€/h</translation>
        </message>
    </context>
</TS>
