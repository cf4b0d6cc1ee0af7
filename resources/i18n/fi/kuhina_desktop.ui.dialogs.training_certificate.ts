<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Certificate</source>
            <translation>Todistus</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Työntekijä</translation>
        </message>
        <message>
            <source>Issued *</source>
            <translation>Myönnetty *</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Vanhenee</translation>
        </message>
        <message>
            <source>Filled in from the type; empty means it never expires.</source>
            <translation>Täytetään tyypin mukaan; tyhjä tarkoittaa, ettei pätevyys vanhene.</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Myöntäjä</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Kortin numero</translation>
        </message>
        <message>
            <source>Original seen by</source>
            <translation>Alkuperäisen nähnyt</translation>
        </message>
        <message>
            <source>Scanned copy</source>
            <translation>Skannattu kopio</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei ole</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Valitse tiedosto…</translation>
        </message>
        <message>
            <source>Remove copy</source>
            <translation>Poista kopio</translation>
        </message>
        <message>
            <source>kept in the file</source>
            <translation>tallennettu tiedostoon</translation>
        </message>
        <message>
            <source>PDF or image (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>PDF tai kuva (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
    </context>
</TS>
