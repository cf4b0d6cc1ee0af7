<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>“{field}” is not a henkilötunnus. Write it as DDMMYYCNNNT, e.g. 010594Y9032.</source>
            <translation>”{field}” ei ole henkilötunnus. Kirjoita se muodossa PPKKVVSNNNT, esim. 010594Y9032.</translation>
        </message>
        <message>
            <source>“{field}”: the birth date in the henkilötunnus does not exist (such as 31.2.). Check the first six digits.</source>
            <translation>”{field}”: henkilötunnuksen syntymäpäivää ei ole olemassa (kuten 31.2.). Tarkista kuusi ensimmäistä numeroa.</translation>
        </message>
        <message>
            <source>“{field}”: the century sign (7th character) must be one of + - Y X W V U A B C D E F.</source>
            <translation>”{field}”: välimerkin (7. merkki) on oltava jokin seuraavista: + - Y X W V U A B C D E F.</translation>
        </message>
        <message>
            <source>“{field}”: the individual number (digits 8–10) must be 002–999.</source>
            <translation>”{field}”: yksilönumeron (merkit 8–10) on oltava 002–999.</translation>
        </message>
        <message>
            <source>“{field}”: the check character (last character) does not match. Check for typing errors.</source>
            <translation>”{field}”: tarkistusmerkki (viimeinen merkki) ei täsmää. Tarkista näppäilyvirheet.</translation>
        </message>
        <message>
            <source>“{field}”: the birth date is in the future. Check the century sign.</source>
            <translation>”{field}”: syntymäpäivä on tulevaisuudessa. Tarkista välimerkki.</translation>
        </message>
        <message>
            <source>“{field}” is not a Y-tunnus. Write it as 1234567-1.</source>
            <translation>”{field}” ei ole Y-tunnus. Kirjoita se muodossa 1234567-1.</translation>
        </message>
        <message>
            <source>“{field}” is not a valid Y-tunnus: the last digit is a check digit and it does not match. Check for typing errors.</source>
            <translation>”{field}” ei ole kelvollinen Y-tunnus: viimeinen numero on tarkiste, eikä se täsmää. Tarkista näppäilyvirheet.</translation>
        </message>
        <message>
            <source>“{field}” is not an IBAN account number. Copy it from the bank's statement, e.g. FI49 5000 9420 0287 30.</source>
            <translation>”{field}” ei ole IBAN-tilinumero. Kopioi se pankin tiliotteelta, esim. FI49 5000 9420 0287 30.</translation>
        </message>
        <message>
            <source>“{field}” is not a Finnish account number (it should start with FI).</source>
            <translation>”{field}” ei ole suomalainen tilinumero (sen pitäisi alkaa FI).</translation>
        </message>
        <message>
            <source>“{field}”: the check digits of the IBAN do not match. Check for typing errors.</source>
            <translation>”{field}”: IBAN-tilinumeron tarkisteet eivät täsmää. Tarkista näppäilyvirheet.</translation>
        </message>
        <message>
            <source>“{field}” is not a reference number (viitenumero): use digits only.</source>
            <translation>”{field}” ei ole viitenumero: käytä vain numeroita.</translation>
        </message>
        <message>
            <source>“{field}”: a reference number has 4–20 digits.</source>
            <translation>”{field}”: viitenumerossa on 4–20 numeroa.</translation>
        </message>
        <message>
            <source>“{field}”: the check digit of the reference number does not match.</source>
            <translation>”{field}”: viitenumeron tarkiste ei täsmää.</translation>
        </message>
        <message>
            <source>“{field}” is not an e-mail address. Write it as name@example.fi.</source>
            <translation>”{field}” ei ole sähköpostiosoite. Kirjoita se muodossa nimi@esimerkki.fi.</translation>
        </message>
        <message>
            <source>“{field}” is not a phone number. Write it as 050 123 4567 or +358 50 123 4567.</source>
            <translation>”{field}” ei ole puhelinnumero. Kirjoita se muodossa 050 123 4567 tai +358 50 123 4567.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Henkilötunnus</source>
            <translation>Henkilötunnus</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
    </context>
</TS>
