<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {message}</source>
            <translation>Jokin meni vikaan: {message}</translation>
        </message>
        <message>
            <source>Check the field “{field}”.</source>
            <translation>Tarkista kenttä ”{field}”.</translation>
        </message>
        <message>
            <source>“{field}” is required. Fill it in.</source>
            <translation>”{field}” on pakollinen. Täytä se.</translation>
        </message>
        <message>
            <source>Choose a value for “{field}” from the list.</source>
            <translation>Valitse kenttään ”{field}” arvo luettelosta.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a date. Write it as 5.3.2026 (or 5.3 for this year).</source>
            <translation>”{field}”: ”{text}” ei ole päivämäärä. Kirjoita se muodossa 5.3.2026 (tai 5.3 kuluvalle vuodelle).</translation>
        </message>
        <message>
            <source>“{field}”: the day {text} does not exist. Check the day and the month.</source>
            <translation>”{field}”: päivää {text} ei ole olemassa. Tarkista päivä ja kuukausi.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or 1 234,50.</source>
            <translation>”{field}”: ”{text}” ei ole euromäärä. Kirjoita se muodossa 1234,50 tai 1 234,50.</translation>
        </message>
        <message>
            <source>“{field}” cannot be negative.</source>
            <translation>”{field}” ei voi olla negatiivinen.</translation>
        </message>
        <message>
            <source>“{field}” is too large: at most 10 000 000,00 € is accepted. Check the figure; a decimal comma may be missing.</source>
            <translation>”{field}” on liian suuri: enintään 10 000 000,00 € hyväksytään. Tarkista luku; desimaalipilkku saattaa puuttua.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is too large. Check the figure.</source>
            <translation>”{field}”: ”{text}” on liian suuri. Tarkista luku.</translation>
        </message>
        <message>
            <source>“{field}” must be five digits, e.g. 80100.</source>
            <translation>”{field}” on viisi numeroa, esim. 80100.</translation>
        </message>
        <message>
            <source>The file {path} cannot be used: {message}</source>
            <translation>Tiedostoa {path} ei voi käyttää: {message}</translation>
        </message>
        <message>
            <source>The file {path} already exists. Choose another name; an existing file is never overwritten.</source>
            <translation>Tiedosto {path} on jo olemassa. Valitse toinen nimi; olemassa olevaa tiedostoa ei koskaan korvata.</translation>
        </message>
        <message>
            <source>The file {path} was not found. It may have been moved, renamed or deleted.</source>
            <translation>Tiedostoa {path} ei löydy. Se on ehkä siirretty, nimetty uudelleen tai poistettu.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file. Choose a file; the name of a Kuhina data file ends in .kuhina.</source>
            <translation>{path} on kansio eikä tiedosto. Valitse tiedosto; Kuhinan tietotiedoston nimi päättyy .kuhina.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: you lack the permission to open it. It was not changed. Check the file's properties, or ask the person who gave it to you.</source>
            <translation>Tiedostoa {path} ei voi lukea: sinulla ei ole oikeutta avata sitä. Tiedostoa ei muutettu. Tarkista tiedoston ominaisuudet tai kysy tiedoston antajalta.</translation>
        </message>
        <message>
            <source>The file name is too long. Shorten it to at most {max} characters.</source>
            <translation>Tiedoston nimi on liian pitkä. Lyhennä se enintään {max} merkkiin.</translation>
        </message>
        <message>
            <source>The file name or the folder path is too long for the computer: {path}. Choose a shorter file name or a folder nearer the top, such as Documents.</source>
            <translation>Tiedoston nimi tai kansiopolku on tietokoneelle liian pitkä: {path}. Valitse lyhyempi tiedostonimi tai ylempänä oleva kansio, esimerkiksi Tiedostot-kansio.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <translation>Kansiota {folder} ei ole olemassa. Valitse olemassa oleva kansio.</translation>
        </message>
        <message>
            <source>{path} cannot be created: part of the folder path is a file, not a folder. Choose an existing folder.</source>
            <translation>Tiedostoa {path} ei voi luoda: osa kansiopolusta on tiedosto eikä kansio. Valitse olemassa oleva kansio.</translation>
        </message>
        <message>
            <source>A file cannot be created in the folder {folder}: it is read-only, or you lack the permission. Choose another folder, such as Documents.</source>
            <translation>Kansioon {folder} ei voi luoda tiedostoa: kansio on vain luettava tai sinulla ei ole oikeutta. Valitse toinen kansio, esimerkiksi Tiedostot-kansio.</translation>
        </message>
        <message>
            <source>The file {path} is empty (0 bytes), so it holds no association data. It was not changed. Open a backup copy instead.</source>
            <translation>Tiedosto {path} on tyhjä (0 tavua), joten siinä ei ole yhdistyksen tietoja. Tiedostoa ei muutettu. Avaa sen sijaan varmuuskopio.</translation>
        </message>
        <message>
            <source>The file {path} is not a Kuhina data file (it is not a database at all). It was not changed. Choose a file that ends in .kuhina.</source>
            <translation>Tiedosto {path} ei ole Kuhinan tietotiedosto (se ei ole lainkaan tietokanta). Tiedostoa ei muutettu. Valitse tiedosto, jonka pääte on .kuhina.</translation>
        </message>
        <message>
            <source>The file {path} is a database of some other program, not a Kuhina data file. It was not changed.</source>
            <translation>Tiedosto {path} on jonkin toisen ohjelman tietokanta, ei Kuhinan tietotiedosto. Tiedostoa ei muutettu.</translation>
        </message>
        <message>
            <source>The file {path} was saved by a newer version of Kuhina Desktop. Update the program to edit it. The file was not changed.</source>
            <translation>Tiedosto {path} on tallennettu Kuhina Desktopin uudemmalla versiolla. Päivitä ohjelma, jotta voit muokata sitä. Tiedostoa ei muutettu.</translation>
        </message>
        <message>
            <source>The file {path} is damaged and was not opened, so that nothing more is lost. It was not changed. Restore the newest backup copy. Details: {reason}</source>
            <translation>Tiedosto {path} on vioittunut, eikä sitä avattu, jotta mitään ei menetetä lisää. Tiedostoa ei muutettu. Palauta uusin varmuuskopio. Lisätiedot: {reason}</translation>
        </message>
        <message>
            <source>The file {path} is open elsewhere ({holder}). Close it there first, or open it read-only.</source>
            <translation>Tiedosto {path} on auki muualla ({holder}). Sulje se siellä ensin tai avaa se vain luettavaksi.</translation>
        </message>
        <message>
            <source>The file {path} is already open in this program. Use the window that shows it.</source>
            <translation>Tiedosto {path} on jo auki tässä ohjelmassa. Käytä ikkunaa, jossa se näkyy.</translation>
        </message>
        <message>
            <source>The file {path} is open read-only, so changes cannot be saved. Nothing was changed.</source>
            <translation>Tiedosto {path} on avattu vain luettavaksi, joten muutoksia ei voi tallentaa. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>Saving to {path} failed. Nothing was changed. Details: {detail}</source>
            <translation>Tallennus tiedostoon {path} epäonnistui. Mitään ei muutettu. Lisätiedot: {detail}</translation>
        </message>
        <message>
            <source>The disk is full, so the change was not saved. Nothing was lost: free some space (or choose another drive) and try again.</source>
            <translation>Levy on täynnä, joten muutosta ei tallennettu. Mitään ei menetetty: vapauta tilaa (tai valitse toinen asema) ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>The file {path} could not be read or written. It may be on a drive that was removed or a network that went away. Nothing was changed. Details: {detail}</source>
            <translation>Tiedostoa {path} ei voitu lukea tai kirjoittaa. Se voi olla irrotetulla asemalla tai katkenneen verkkoyhteyden takana. Mitään ei muutettu. Lisätiedot: {detail}</translation>
        </message>
        <message>
            <source>The backup copy {path} failed its check and was not kept. Try another folder. Details: {detail}</source>
            <translation>Varmuuskopio {path} ei läpäissyt tarkistusta, eikä sitä säilytetty. Kokeile toista kansiota. Lisätiedot: {detail}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Y-tunnus</source>
            <translation>Y-tunnus</translation>
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
        <message>
            <source>Language of documents</source>
            <translation>Asiakirjojen kieli</translation>
        </message>
    </context>
</TS>
