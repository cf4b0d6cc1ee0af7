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
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Never expires</source>
            <translation>Never expires</translation>
        </message>
        <message>
            <source>Valid for</source>
            <translation>Valid for</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Valid to the end of the expiry month</source>
            <translation>Valid to the end of the expiry month</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
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
            <source>New type…</source>
            <translation>New type…</translation>
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
