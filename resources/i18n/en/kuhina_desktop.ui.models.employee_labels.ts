<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>EmployeeLabels</name>
        <message>
            <source>Long-term unemployed</source>
            <translation>Long-term unemployed</translation>
        </message>
        <message>
            <source>Immigrant</source>
            <translation>Immigrant</translation>
        </message>
        <message>
            <source>Partial work ability</source>
            <translation>Partial work ability</translation>
        </message>
        <message>
            <source>Young</source>
            <translation>Young</translation>
        </message>
        <message>
            <source>Wage subsidy 50/70 %</source>
            <translation>Wage subsidy 50/70 %</translation>
        </message>
        <message>
            <source>Wage subsidy 100 %</source>
            <translation>Wage subsidy 100 %</translation>
        </message>
        <message>
            <source>Employment subsidy 55+</source>
            <translation>Employment subsidy 55+</translation>
        </message>
        <message>
            <source>Municipal supplement</source>
            <translation>Municipal supplement</translation>
        </message>
        <message>
            <source>Employment bonus</source>
            <translation>Employment bonus</translation>
        </message>
        <message>
            <source>Other support</source>
            <translation>Other support</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>Employed</translation>
        </message>
        <message>
            <source>Starts {day}</source>
            <translation>Starts {day}</translation>
        </message>
        <message>
            <source>No contract in force</source>
            <translation>No contract in force</translation>
        </message>
        <message>
            <source>Archived {day}</source>
            <translation>Archived {day}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Coaching notes</source>
            <translation>Coaching notes</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <source>Monthly pay</source>
            <translation>Monthly pay</translation>
        </message>
        <message>
            <source>Hourly pay</source>
            <translation>Hourly pay</translation>
        </message>
        <message>
            <source>€ a month</source>
            <translation>€ a month</translation>
        </message>
        <message>
            <source>€ an hour</source>
            <translation>€ an hour</translation>
        </message>
    </context>
</TS>
