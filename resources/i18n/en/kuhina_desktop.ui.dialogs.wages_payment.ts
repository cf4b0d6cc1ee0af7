<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation>Record a payment</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Applied</translation>
        </message>
        <message>
            <source>Still unpaid</source>
            <translation>Still unpaid</translation>
        </message>
        <message>
            <source>&amp;Paid on</source>
            <translation>&amp;Paid on</translation>
        </message>
        <message>
            <source>&amp;Amount paid</source>
            <translation>&amp;Amount paid</translation>
        </message>
        <message>
            <source>&amp;The payer will pay no more for this period</source>
            <translation>&amp;The payer will pay no more for this period</translation>
        </message>
    </context>
    <context>
        <name>RejectDialog</name>
        <message>
            <source>The application was rejected</source>
            <translation>The application was rejected</translation>
        </message>
        <message>
            <source>Write down the reason from the payer's decision. The amount of a rejected application is no longer counted as owed.</source>
            <translation>Write down the reason from the payer's decision. The amount of a rejected application is no longer counted as owed.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
    </context>
    <context>
        <name>_Dialog</name>
        <message>
            <source>Discard the changes?</source>
            <translation>Discard the changes?</translation>
        </message>
        <message>
            <source>What you typed in this window has not been saved. Close it anyway?</source>
            <translation>What you typed in this window has not been saved. Close it anyway?</translation>
        </message>
    </context>
</TS>
