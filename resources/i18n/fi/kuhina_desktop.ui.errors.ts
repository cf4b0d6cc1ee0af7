<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Rivi {row}: {message}</translation>
        </message>
        <message>
            <source>Cannot continue</source>
            <translation>Toimintoa ei voi jatkaa</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Odottamaton virhe</translation>
        </message>
        <message>
            <source>Something unexpected happened. Your saved data is safe: every change is saved as a whole or not at all. You can keep working; if this repeats, copy the details and send them to your support person.</source>
            <translation>Tapahtui jotain odottamatonta. Tallennetut tietosi ovat tallessa: jokainen muutos tallentuu kokonaan tai ei lainkaan. Voit jatkaa työskentelyä; jos virhe toistuu, kopioi lisätiedot ja lähetä ne tukihenkilöllesi.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Kopioi lisätiedot</translation>
        </message>
    </context>
</TS>
