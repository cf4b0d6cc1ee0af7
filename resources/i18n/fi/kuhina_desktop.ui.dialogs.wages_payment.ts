<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation>Kirjaa maksu</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Haettu</translation>
        </message>
        <message>
            <source>Still unpaid</source>
            <translation>Maksamatta</translation>
        </message>
        <message>
            <source>&amp;Paid on</source>
            <translation>Ma&amp;ksupäivä</translation>
        </message>
        <message>
            <source>&amp;Amount paid</source>
            <translation>Maksettu &amp;summa</translation>
        </message>
        <message>
            <source>&amp;The payer will pay no more for this period</source>
            <translation>&amp;Maksaja ei maksa tältä jaksolta enempää</translation>
        </message>
    </context>
    <context>
        <name>RejectDialog</name>
        <message>
            <source>The application was rejected</source>
            <translation>Hakemus hylättiin</translation>
        </message>
        <message>
            <source>Write down the reason from the payer's decision. The amount of a rejected application is no longer counted as owed.</source>
            <translation>Kirjaa syy maksajan päätöksestä. Hylätyn hakemuksen summaa ei enää lasketa saataviin.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Syy</translation>
        </message>
    </context>
    <context>
        <name>_Dialog</name>
        <message>
            <source>Discard the changes?</source>
            <translation>Hylätäänkö muutokset?</translation>
        </message>
        <message>
            <source>What you typed in this window has not been saved. Close it anyway?</source>
            <translation>Tähän ikkunaan kirjoittamiasi tietoja ei ole tallennettu. Suljetaanko ikkuna silti?</translation>
        </message>
    </context>
</TS>
