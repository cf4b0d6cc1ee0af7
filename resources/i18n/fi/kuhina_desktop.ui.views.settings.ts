<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>SettingsView</name>
        <message>
            <source>&amp;Association</source>
            <translation>&amp;Yhdistys</translation>
        </message>
        <message>
            <source>&amp;Rates</source>
            <translation>&amp;Maksut ja tuet</translation>
        </message>
        <message>
            <source>&amp;Backups and history</source>
            <translation>&amp;Varmuuskopiot ja muutoshistoria</translation>
        </message>
        <message>
            <source>&amp;Privacy and password</source>
            <translation>Tieto&amp;suoja ja salasana</translation>
        </message>
        <message>
            <source>&amp;Language and practice mode</source>
            <translation>&amp;Kieli ja harjoittelutila</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Yhdistys</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>User interface</source>
            <translation>Käyttöliittymä</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Practice mode</source>
            <translation>Harjoitustila</translation>
        </message>
        <message>
            <source>See the due list as it will be on a future date, to learn what is coming. The file is not changed.</source>
            <translation>Katso tehtävälistaa sellaisena kuin se on tulevana päivänä ja opi, mitä on tulossa. Tiedostoa ei muuteta.</translation>
        </message>
        <message>
            <source>Show the due list as of this date</source>
            <translation>Näytä tehtävälista tämän päivän mukaan</translation>
        </message>
        <message>
            <source>Back to today</source>
            <translation>Palaa tähän päivään</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>The new language is used after a restart.</source>
            <translation>Uusi kieli otetaan käyttöön, kun ohjelma käynnistetään uudelleen.</translation>
        </message>
    </context>
</TS>
