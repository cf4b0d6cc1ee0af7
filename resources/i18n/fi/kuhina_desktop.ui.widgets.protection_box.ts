<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ProtectionBox</name>
        <message>
            <source>Password protection</source>
            <translation>Salasanasuojaus</translation>
        </message>
        <message>
            <source>Set a password…</source>
            <translation>Aseta salasana…</translation>
        </message>
        <message>
            <source>Change the password…</source>
            <translation>Vaihda salasana…</translation>
        </message>
        <message>
            <source>Remove password protection…</source>
            <translation>Poista salasanasuojaus…</translation>
        </message>
        <message>
            <source>On: identity codes, health data and stored documents (decision PDFs, scanned certificates) are encrypted, and the password is asked when the file is opened. A forgotten password cannot be recovered.</source>
            <translation>Käytössä: henkilötunnukset, terveystiedot ja tallennetut asiakirjat (päätösten PDF-tiedostot, korttien skannaukset) on salattu, ja salasana kysytään tiedostoa avattaessa. Unohtunutta salasanaa ei voi palauttaa.</translation>
        </message>
        <message>
            <source>Off. On a shared computer, protect the file with a password: identity codes, health data and stored documents are then stored encrypted.</source>
            <translation>Ei käytössä. Jos tietokone on yhteiskäytössä, suojaa tiedosto salasanalla: henkilötunnukset, terveystiedot ja tallennetut asiakirjat tallennetaan silloin salattuina.</translation>
        </message>
        <message>
            <source>The file is now protected with the password.</source>
            <translation>Tiedosto on nyt suojattu salasanalla.</translation>
        </message>
        <message>
            <source>Backup copies made before this moment still hold the identity codes, health data and documents unencrypted. They are in:
%1

Delete them when you no longer need them, or keep them in a safe place.</source>
            <translation>Ennen tätä hetkeä tehdyissä varmuuskopioissa henkilötunnukset, terveystiedot ja asiakirjat ovat yhä salaamattomina. Ne ovat kansiossa:
%1

Poista ne, kun et enää tarvitse niitä, tai säilytä ne turvallisessa paikassa.</translation>
        </message>
        <message>
            <source>Make a fresh, protected backup copy now?</source>
            <translation>Tehdäänkö nyt uusi, suojattu varmuuskopio?</translation>
        </message>
    </context>
</TS>
