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
            <source>Filled in from the type; empty means it never expires.</source>
            <translation>Täytetään tyypin mukaan; tyhjä tarkoittaa, ettei pätevyys vanhene.</translation>
        </message>
        <message>
            <source>&amp;Employee</source>
            <translation>&amp;Työntekijä</translation>
        </message>
        <message>
            <source>Cer&amp;tificate</source>
            <translation>To&amp;distus</translation>
        </message>
        <message>
            <source>&amp;Issued *</source>
            <translation>&amp;Myönnetty *</translation>
        </message>
        <message>
            <source>E&amp;xpires</source>
            <translation>Va&amp;nhenee</translation>
        </message>
        <message>
            <source>I&amp;ssuer</source>
            <translation>My&amp;öntäjä</translation>
        </message>
        <message>
            <source>Certificate &amp;number</source>
            <translation>&amp;Kortin numero</translation>
        </message>
        <message>
            <source>&amp;Original seen by</source>
            <translation>&amp;Alkuperäisen nähnyt</translation>
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
            <source>&amp;Choose file…</source>
            <translation>&amp;Valitse tiedosto…</translation>
        </message>
        <message>
            <source>&amp;Remove copy</source>
            <translation>&amp;Poista kopio</translation>
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
