<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>AssociationForm</name>
        <message>
            <source>Finnish</source>
            <translation>suomi</translation>
        </message>
        <message>
            <source>English</source>
            <translation>englanti</translation>
        </message>
        <message>
            <source>Language of documents</source>
            <translation>Asiakirjojen kieli</translation>
        </message>
        <message>
            <source>Name of the association *</source>
            <translation>Yhdistyksen nimi *</translation>
        </message>
        <message>
            <source>Y-tunnus *</source>
            <translation>Y-tunnus *</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Rekisterinumero</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Katuosoite</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postinumero</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Postitoimipaikka</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN-tilinumero</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Yhteyshenkilön sähköposti</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Yhteyshenkilön puhelin</translation>
        </message>
    </context>
</TS>
