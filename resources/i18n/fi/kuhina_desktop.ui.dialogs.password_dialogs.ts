<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>PasswordChangeDialog</name>
        <message>
            <source>Protect the file with a password</source>
            <translation>Suojaa tiedosto salasanalla</translation>
        </message>
        <message>
            <source>Change the password</source>
            <translation>Vaihda salasana</translation>
        </message>
        <message>
            <source>Remove password protection</source>
            <translation>Poista salasanasuojaus</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Uusi salasana</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Salasana uudelleen</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Nykyinen salasana</translation>
        </message>
        <message>
            <source>Type the current password, then the new one twice.</source>
            <translation>Kirjoita nykyinen salasana ja sitten uusi salasana kahdesti.</translation>
        </message>
        <message>
            <source>Identity codes, health data and stored documents in the file are encrypted with the password. The password is asked every time the file is opened. It cannot be recovered if it is forgotten: write it down and keep it safe. Use at least 8 characters.</source>
            <translation>Tiedoston henkilötunnukset, terveystiedot ja tallennetut asiakirjat salataan salasanalla. Salasana kysytään aina, kun tiedosto avataan. Unohtunutta salasanaa ei voi palauttaa: kirjoita se muistiin ja säilytä turvallisessa paikassa. Käytä vähintään 8 merkkiä.</translation>
        </message>
        <message>
            <source>&amp;Show the passwords</source>
            <translation>&amp;Näytä salasanat</translation>
        </message>
        <message>
            <source>&amp;Show the password</source>
            <translation>&amp;Näytä salasana</translation>
        </message>
        <message>
            <source>Identity codes, health data and stored documents will be stored unencrypted again. Type the password to confirm.</source>
            <translation>Henkilötunnukset, terveystiedot ja tallennetut asiakirjat tallennetaan jälleen salaamattomina. Vahvista kirjoittamalla salasana.</translation>
        </message>
        <message>
            <source>Too short: at least 8 characters.</source>
            <translation>Liian lyhyt: vähintään 8 merkkiä.</translation>
        </message>
        <message>
            <source>Strength: weak – a longer password is harder to guess.</source>
            <translation>Vahvuus: heikko – pidempää salasanaa on vaikeampi arvata.</translation>
        </message>
        <message>
            <source>Strength: fair.</source>
            <translation>Vahvuus: kohtalainen.</translation>
        </message>
        <message>
            <source>Strength: strong.</source>
            <translation>Vahvuus: vahva.</translation>
        </message>
        <message>
            <source>Encrypting…</source>
            <translation>Salataan…</translation>
        </message>
        <message>
            <source>Changing the password…</source>
            <translation>Vaihdetaan salasanaa…</translation>
        </message>
        <message>
            <source>Removing encryption…</source>
            <translation>Puretaan salausta…</translation>
        </message>
    </context>
    <context>
        <name>PasswordEdit</name>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Näytä</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Password-protected file</source>
            <translation>Salasanalla suojattu tiedosto</translation>
        </message>
        <message>
            <source>The file %1 is protected with a password. Type the password to open it.</source>
            <translation>Tiedosto %1 on suojattu salasanalla. Avaa se kirjoittamalla salasana.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Salasana</translation>
        </message>
        <message>
            <source>A forgotten password cannot be recovered. Only a backup copy made before the protection was turned on can be opened without it.</source>
            <translation>Unohtunutta salasanaa ei voi palauttaa. Ilman salasanaa voi avata vain varmuuskopion, joka on tehty ennen suojauksen käyttöönottoa.</translation>
        </message>
    </context>
</TS>
