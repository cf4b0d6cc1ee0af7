<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AssociationForm</name>
        <message>
            <source>Finnish</source>
            <translation>Finnish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Language of documents</source>
            <translation>Language of documents</translation>
        </message>
        <message>
            <source>Name of the association *</source>
            <translation>Name of the association *</translation>
        </message>
        <message>
            <source>Y-tunnus *</source>
            <translation>Y-tunnus *</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Street address</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Contact e-mail</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
    </context>
</TS>
