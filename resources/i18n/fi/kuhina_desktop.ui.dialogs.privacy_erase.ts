<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Erase</name>
        <message>
            <source>Everything about %1 is removed: %2. Nothing has to be kept any longer.</source>
            <translation>Kaikki henkilön %1 tiedot poistetaan: %2. Mitään ei tarvitse enää säilyttää.</translation>
        </message>
        <message>
            <source>• %1 (%2), kept until %3</source>
            <translation>• %1 (%2), säilytetään %3 asti</translation>
        </message>
        <message>
            <source>the employment or support ends</source>
            <translation>työsuhteen tai tuen päättymiseen</translation>
        </message>
        <message>
            <source>Removed at once: %1.

The law requires keeping these records; the name, identity code, contact details and notes are removed from them, so that they no longer identify %2:
%3</source>
            <translation>Poistetaan heti: %1.

Laki velvoittaa säilyttämään nämä tiedot; niistä poistetaan nimi, henkilötunnus, yhteystiedot ja muistiinpanot, jotta ne eivät enää yksilöi henkilöä %2:
%3</translation>
        </message>
        <message>
            <source>The data of %1 was erased.</source>
            <translation>Henkilön %1 tiedot poistettiin.</translation>
        </message>
        <message>
            <source>%1 older backup copies still hold the person; the automatic thinning removes the last of them by %2 at the latest.</source>
            <translation>Henkilön tiedot ovat yhä %1 vanhemmassa varmuuskopiossa; automaattinen harvennus poistaa niistä viimeisen viimeistään %2.</translation>
        </message>
        <message>
            <source>%1 copies could not be read; check or delete them by hand.</source>
            <translation>%1 kopiota ei voitu lukea; tarkista tai poista ne käsin.</translation>
        </message>
        <message>
            <source>Copies saved elsewhere (Save a copy, USB sticks, e-mail) must be deleted by hand.</source>
            <translation>Muualle tallennetut kopiot (Tallenna kopio, USB-muistit, sähköposti) on poistettava käsin.</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase a person's data</source>
            <translation>Poista henkilön tiedot</translation>
        </message>
        <message>
            <source>To confirm, type the name: %1</source>
            <translation>Vahvista kirjoittamalla nimi: %1</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Poista</translation>
        </message>
    </context>
    <context>
        <name>PersonPickerDialog</name>
        <message>
            <source>Search by name</source>
            <translation>Hae nimellä</translation>
        </message>
        <message>
            <source> (former)</source>
            <translation> (entinen)</translation>
        </message>
    </context>
</TS>
