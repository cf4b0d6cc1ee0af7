<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>FormDialog</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Tallentamattomia muutoksia</translation>
        </message>
        <message>
            <source>You have changes that are not saved. Save them before closing?</source>
            <translation>Kaikkia muutoksia ei ole tallennettu. Tallennetaanko ne ennen sulkemista?</translation>
        </message>
    </context>
</TS>
