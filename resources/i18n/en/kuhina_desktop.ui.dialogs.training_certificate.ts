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
            <source>Filled in from the type; empty means it never expires.</source>
            <translation>Filled in from the type; empty means it never expires.</translation>
        </message>
        <message>
            <source>&amp;Employee</source>
            <translation>&amp;Employee</translation>
        </message>
        <message>
            <source>Cer&amp;tificate</source>
            <translation>Cer&amp;tificate</translation>
        </message>
        <message>
            <source>&amp;Issued *</source>
            <translation>&amp;Issued *</translation>
        </message>
        <message>
            <source>E&amp;xpires</source>
            <translation>E&amp;xpires</translation>
        </message>
        <message>
            <source>I&amp;ssuer</source>
            <translation>I&amp;ssuer</translation>
        </message>
        <message>
            <source>Certificate &amp;number</source>
            <translation>Certificate &amp;number</translation>
        </message>
        <message>
            <source>&amp;Original seen by</source>
            <translation>&amp;Original seen by</translation>
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
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>&amp;Remove copy</source>
            <translation>&amp;Remove copy</translation>
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
