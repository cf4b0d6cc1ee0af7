<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The password is wrong. Nothing in the file was changed. Check Caps Lock and the keyboard language, then type the password again.</source>
            <translation>Salasana on väärä. Tiedostoon ei muutettu mitään. Tarkista Caps Lock ja näppäimistön kieli ja kirjoita salasana uudelleen.</translation>
        </message>
        <message>
            <source>The file {path} is password-protected. Give the password in the environment variable KUHINA_PASSWORD, or run the command in a terminal to be asked for it.</source>
            <translation>Tiedosto {path} on suojattu salasanalla. Anna salasana ympäristömuuttujassa KUHINA_PASSWORD tai aja komento päätteessä, jolloin salasanaa kysytään.</translation>
        </message>
        <message>
            <source>The password is too short: use at least {min} characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
            <translation>Salasana on liian lyhyt: käytä vähintään {min} merkkiä. Muutama tavallinen sana peräkkäin on helppo muistaa ja vaikea arvata.</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password in both fields.</source>
            <translation>Salasanat eivät ole samat. Kirjoita sama salasana molempiin kenttiin.</translation>
        </message>
        <message>
            <source>The file is already password-protected. To change the password, use “Change the password…” in Settings.</source>
            <translation>Tiedosto on jo suojattu salasanalla. Salasanan voi vaihtaa Asetuksista kohdasta ”Vaihda salasana…”.</translation>
        </message>
        <message>
            <source>The file is not password-protected, so there is no password to change or remove.</source>
            <translation>Tiedostoa ei ole suojattu salasanalla, joten vaihdettavaa tai poistettavaa salasanaa ei ole.</translation>
        </message>
        <message>
            <source>A protected value in the file cannot be decrypted ({detail}): the file has been altered or damaged. Restore a backup copy (File → Restore from backup).</source>
            <translation>Tiedoston suojattua tietoa ei saada purettua ({detail}): tiedostoa on muutettu tai se on vioittunut. Palauta varmuuskopio (Tiedosto → Palauta varmuuskopiosta).</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Password</source>
            <translation>Salasana</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Salasana uudelleen</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Nykyinen salasana</translation>
        </message>
    </context>
</TS>
