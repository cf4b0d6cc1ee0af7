<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>HealthAccessDialog</name>
        <message>
            <source>Health-data handlers</source>
            <translation>Terveystietojen käsittelijät</translation>
        </message>
        <message>
            <source>Partial work ability and its details are health data. Only the named health-data handlers see them, recognised by the user name they use to sign in to this computer. While nobody is named, nobody sees health data; once someone is named, only a handler can change this list. Every change is recorded in the audit trail.</source>
            <translation>Osatyökykyisyys ja sen lisätiedot ovat terveystietoja. Niitä näkevät vain nimetyt terveystietojen käsittelijät, jotka tunnistetaan tämän tietokoneen käyttäjätunnuksesta. Kun ketään ei ole nimetty, kukaan ei näe terveystietoja; kun joku on nimetty, vain käsittelijä voi muuttaa tätä luetteloa. Jokainen muutos kirjataan muutoslokiin.</translation>
        </message>
        <message>
            <source>Your user name: %1</source>
            <translation>Käyttäjätunnuksesi: %1</translation>
        </message>
        <message>
            <source>One user name a line</source>
            <translation>Yksi käyttäjätunnus riville</translation>
        </message>
        <message>
            <source>&amp;Add me</source>
            <translation>&amp;Lisää minut</translation>
        </message>
    </context>
</TS>
