<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct the figures of a sent application</source>
            <translation>Korjaa lähetetyn hakemuksen lukuja</translation>
        </message>
        <message>
            <source>The application has been sent, so its figures are locked. A correction is saved with its reason and the figures before and after it; what was applied for stays as it was sent.</source>
            <translation>Hakemus on lähetetty, joten sen luvut on lukittu. Korjaus tallennetaan syyn sekä korjausta edeltävien ja sen jälkeisten lukujen kanssa; haettu summa pysyy sellaisena kuin se lähetettiin.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Kuukausi</translation>
        </message>
        <message>
            <source>computed</source>
            <translation>laskettu</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
    </context>
</TS>
