<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Issued *</source>
            <translation>Issued *</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Filled in from the type; empty means it never expires.</source>
            <translation>Filled in from the type; empty means it never expires.</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>Original seen by</source>
            <translation>Original seen by</translation>
        </message>
        <message>
            <source>Scanned copy</source>
            <translation>Scanned copy</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Remove copy</source>
            <translation>Remove copy</translation>
        </message>
        <message>
            <source>kept in the file</source>
            <translation>kept in the file</translation>
        </message>
        <message>
            <source>PDF or image (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>PDF or image (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
    </context>
</TS>
