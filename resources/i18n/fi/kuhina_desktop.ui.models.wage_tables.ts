<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ApplicationsModel</name>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Päätös</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Summa</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Määräpäivä</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Lähetetty</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Maksettu</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Erotus</translation>
        </message>
        <message>
            <source>The deadline has passed: %1 is lost unless the payer accepts a late application.</source>
            <translation>Määräpäivä on mennyt: %1 menetetään, ellei maksaja hyväksy myöhästynyttä hakemusta.</translation>
        </message>
        <message>
            <source>* Figures corrected after sending; see the corrections.</source>
            <translation>* Lukuja on korjattu lähettämisen jälkeen; katso korjaukset.</translation>
        </message>
    </context>
    <context>
        <name>ImportRowsModel</name>
        <message>
            <source>computed</source>
            <translation>laskettu</translation>
        </message>
        <message>
            <source>replaces the saved figures</source>
            <translation>korvaa tallennetut luvut</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rivi</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <source>Basic pay</source>
            <translation>Peruspalkka</translation>
        </message>
        <message>
            <source>Other pay</source>
            <translation>Muu palkka</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Sivukulut</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Tunnit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
    </context>
    <context>
        <name>OwedModel</name>
        <message>
            <source>Association total</source>
            <translation>Yhdistys yhteensä</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Owed to us</source>
            <translation>Saatavat</translation>
        </message>
        <message>
            <source>Owed since</source>
            <translation>Saatava alkaen</translation>
        </message>
        <message>
            <source>Ready to apply</source>
            <translation>Haettavissa</translation>
        </message>
        <message>
            <source>Earned since</source>
            <translation>Kertynyt alkaen</translation>
        </message>
        <message>
            <source>Lost (late)</source>
            <translation>Menetetty (myöhässä)</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Haettu</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Maksettu</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Erotus</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Row</source>
            <translation>Rivi</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Sarake</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
    </context>
</TS>
