<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>DecisionPdf</name>
        <message>
            <source>&amp;Attach PDF…</source>
            <translation>&amp;Liitä PDF…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Avaa</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>%1 (saved with the decision)</source>
            <translation>%1 (tallentuu päätöksen mukana)</translation>
        </message>
        <message>
            <source>No PDF attached.</source>
            <translation>PDF:ää ei ole liitetty.</translation>
        </message>
        <message>
            <source>Attach the decision PDF</source>
            <translation>Liitä päätöksen PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
    </context>
</TS>
