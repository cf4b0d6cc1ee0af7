<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DecisionPdf</name>
        <message>
            <source>&amp;Attach PDF…</source>
            <translation>&amp;Attach PDF…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>%1 (saved with the decision)</source>
            <translation>%1 (saved with the decision)</translation>
        </message>
        <message>
            <source>No PDF attached.</source>
            <translation>No PDF attached.</translation>
        </message>
        <message>
            <source>Attach the decision PDF</source>
            <translation>Attach the decision PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
</TS>
