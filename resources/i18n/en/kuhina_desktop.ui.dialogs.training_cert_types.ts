<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CertificateTypeDialog</name>
        <message>
            <source>Certificate type</source>
            <translation>Certificate type</translation>
        </message>
        <message>
            <source>Na&amp;me *</source>
            <translation>Na&amp;me *</translation>
        </message>
        <message>
            <source>&amp;Never expires</source>
            <translation>&amp;Never expires</translation>
        </message>
        <message>
            <source>Valid &amp;for</source>
            <translation>Valid &amp;for</translation>
        </message>
        <message>
            <source>&amp;Valid to the end of the expiry month</source>
            <translation>&amp;Valid to the end of the expiry month</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
    </context>
    <context>
        <name>CertificateTypesDialog</name>
        <message>
            <source>Certificate types</source>
            <translation>Certificate types</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Validity</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;New type…</source>
            <translation>&amp;New type…</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message numerus="yes">
            <source>%n months</source>
            <translation>
                <numerusform>%n months</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message>
            <source>(to the end of the month)</source>
            <translation>(to the end of the month)</translation>
        </message>
    </context>
</TS>
