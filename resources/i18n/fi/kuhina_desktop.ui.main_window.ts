<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;New association file…</source>
            <translation>&amp;Uusi yhdistystiedosto…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Avaa &amp;viimeaikainen</translation>
        </message>
        <message>
            <source>Save a &amp;copy / Backup now…</source>
            <translation>Tallenna &amp;kopio / varmuuskopioi nyt…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Palauta varmuuskopiosta…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>Käyttö&amp;opas</translation>
        </message>
        <message>
            <source>&amp;About Kuhina Desktop</source>
            <translation>&amp;Tietoja Kuhina Desktopista</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>Y-tunnus %1</source>
            <translation>Y-tunnus %1</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(vain luku)</translation>
        </message>
        <message>
            <source>(demo data)</source>
            <translation>(esittelyaineisto)</translation>
        </message>
        <message>
            <source>The file is open read-only: changes cannot be saved.</source>
            <translation>Tiedosto on avattu vain luettavaksi: muutoksia ei voi tallentaa.</translation>
        </message>
        <message>
            <source>Every change is saved at once.</source>
            <translation>Jokainen muutos tallentuu heti.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kuhina Desktop %1&lt;/h3&gt;&lt;p&gt;Wage subsidies, payment applications, training and coaching for associations.&lt;/p&gt;&lt;p&gt;Data file schema version: %2&lt;br&gt;File: %3&lt;/p&gt;&lt;p&gt;Qt %4, Python %5&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kuhina Desktop %1&lt;/h3&gt;&lt;p&gt;Palkkatuet, maksatushakemukset, koulutus ja valmennus yhdistyksille.&lt;/p&gt;&lt;p&gt;Tiedoston rakenneversio: %2&lt;br&gt;Tiedosto: %3&lt;/p&gt;&lt;p&gt;Qt %4, Python %5&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Kuhina Desktop</source>
            <translation>Tietoja Kuhina Desktopista</translation>
        </message>
    </context>
</TS>
