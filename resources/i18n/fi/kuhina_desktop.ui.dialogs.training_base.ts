<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>RecordDialog</name>
        <message>
            <source>(archived)</source>
            <translation>(arkistoitu)</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Hylätäänkö muutokset?</translation>
        </message>
        <message>
            <source>The changes have not been saved. Discard them?</source>
            <translation>Muutoksia ei ole tallennettu. Hylätäänkö ne?</translation>
        </message>
    </context>
</TS>
