<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>“{field}” is not a henkilötunnus. Write it as DDMMYYCNNNT, e.g. 010594Y9032.</source>
            <translation>“{field}” is not a henkilötunnus. Write it as DDMMYYCNNNT, e.g. 010594Y9032.</translation>
        </message>
        <message>
            <source>“{field}”: the birth date in the henkilötunnus does not exist (such as 31.2.). Check the first six digits.</source>
            <translation>“{field}”: the birth date in the henkilötunnus does not exist (such as 31.2.). Check the first six digits.</translation>
        </message>
        <message>
            <source>“{field}”: the century sign (7th character) must be one of + - Y X W V U A B C D E F.</source>
            <translation>“{field}”: the century sign (7th character) must be one of + - Y X W V U A B C D E F.</translation>
        </message>
        <message>
            <source>“{field}”: the individual number (digits 8–10) must be 002–999.</source>
            <translation>“{field}”: the individual number (digits 8–10) must be 002–999.</translation>
        </message>
        <message>
            <source>“{field}”: the check character (last character) does not match. Check for typing errors.</source>
            <translation>“{field}”: the check character (last character) does not match. Check for typing errors.</translation>
        </message>
        <message>
            <source>“{field}”: the birth date is in the future. Check the century sign.</source>
            <translation>“{field}”: the birth date is in the future. Check the century sign.</translation>
        </message>
        <message>
            <source>“{field}” is not a Y-tunnus. Write it as 1234567-1.</source>
            <translation>“{field}” is not a Y-tunnus. Write it as 1234567-1.</translation>
        </message>
        <message>
            <source>“{field}” is not a valid Y-tunnus: the last digit is a check digit and it does not match. Check for typing errors.</source>
            <translation>“{field}” is not a valid Y-tunnus: the last digit is a check digit and it does not match. Check for typing errors.</translation>
        </message>
        <message>
            <source>“{field}” is not an IBAN account number. Copy it from the bank's statement, e.g. FI49 5000 9420 0287 30.</source>
            <translation>“{field}” is not an IBAN account number. Copy it from the bank's statement, e.g. FI49 5000 9420 0287 30.</translation>
        </message>
        <message>
            <source>“{field}” is not a Finnish account number (it should start with FI).</source>
            <translation>“{field}” is not a Finnish account number (it should start with FI).</translation>
        </message>
        <message>
            <source>“{field}”: the check digits of the IBAN do not match. Check for typing errors.</source>
            <translation>“{field}”: the check digits of the IBAN do not match. Check for typing errors.</translation>
        </message>
        <message>
            <source>“{field}” is not a reference number (viitenumero): use digits only.</source>
            <translation>“{field}” is not a reference number (viitenumero): use digits only.</translation>
        </message>
        <message>
            <source>“{field}”: a reference number has 4–20 digits.</source>
            <translation>“{field}”: a reference number has 4–20 digits.</translation>
        </message>
        <message>
            <source>“{field}”: the check digit of the reference number does not match.</source>
            <translation>“{field}”: the check digit of the reference number does not match.</translation>
        </message>
        <message>
            <source>“{field}” is not an e-mail address. Write it as name@example.fi.</source>
            <translation>“{field}” is not an e-mail address. Write it as name@example.fi.</translation>
        </message>
        <message>
            <source>“{field}” is not a phone number. Write it as 050 123 4567 or +358 50 123 4567.</source>
            <translation>“{field}” is not a phone number. Write it as 050 123 4567 or +358 50 123 4567.</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
    </context>
</TS>
