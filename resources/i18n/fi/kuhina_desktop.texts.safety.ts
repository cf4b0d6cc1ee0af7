<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The file {path} was opened read-only, so changes cannot be saved. Open it again normally to edit it.</source>
            <translation>Tiedosto {path} avattiin vain luettavaksi, joten muutoksia ei voi tallentaa. Avaa se uudelleen tavalliseen tapaan, jos haluat muokata sitä.</translation>
        </message>
        <message>
            <source>The file {path} was saved by a newer version of Kuhina Desktop, so this version only shows it. Update the program to edit it.</source>
            <translation>Tiedosto {path} on tallennettu Kuhina Desktopin uudemmalla versiolla, joten tämä versio vain näyttää sen. Päivitä ohjelma, jos haluat muokata tiedostoa.</translation>
        </message>
        <message>
            <source>The file {path} cannot be written: it is marked read-only, you lack the permission to change it, or an anti-virus program blocks it. Nothing was changed. Check the file's properties, or save a copy elsewhere (File → Save a copy).</source>
            <translation>Tiedostoon {path} ei voi kirjoittaa: se on merkitty vain luettavaksi, sinulla ei ole oikeutta muuttaa sitä tai virustorjuntaohjelma estää kirjoittamisen. Mitään ei muutettu. Tarkista tiedoston ominaisuudet tai tallenna kopio muualle (Tiedosto → Tallenna kopio).</translation>
        </message>
        <message>
            <source>The folder of {path} cannot be written (it is read-only, or you lack the permission), so the file is open read-only. Nothing was changed. Move the file to a folder you can write to, such as Documents.</source>
            <translation>Tiedoston {path} kansioon ei voi kirjoittaa (kansio on vain luettava tai sinulla ei ole oikeutta), joten tiedosto on avattu vain luettavaksi. Mitään ei muutettu. Siirrä tiedosto kansioon, johon voit kirjoittaa, esimerkiksi Tiedostot-kansioon.</translation>
        </message>
        <message>
            <source>The file {path} is damaged, so nothing is written to it. Restore a backup copy (File → Restore from backup).</source>
            <translation>Tiedosto {path} on vioittunut, joten siihen ei kirjoiteta mitään. Palauta varmuuskopio (Tiedosto → Palauta varmuuskopiosta).</translation>
        </message>
        <message>
            <source>{path} is a backup copy opened for viewing, so changes cannot be saved. To continue from it, restore it (File → Restore from backup).</source>
            <translation>{path} on katseltavaksi avattu varmuuskopio, joten muutoksia ei voi tallentaa. Jos haluat jatkaa siitä, palauta se (Tiedosto → Palauta varmuuskopiosta).</translation>
        </message>
        <message>
            <source>The file {path} was deleted, renamed or moved while it was open, so the change was not saved anywhere. What you see is still here: save it with File → Save a copy, then open that copy.</source>
            <translation>Tiedosto {path} poistettiin, nimettiin uudelleen tai siirrettiin sen ollessa auki, joten muutosta ei tallennettu mihinkään. Näkyvät tiedot ovat yhä tallessa: tallenna ne valinnalla Tiedosto → Tallenna kopio ja avaa sitten se kopio.</translation>
        </message>
        <message>
            <source>The file {path} is busy: another program or computer is saving to it right now. Your change was not saved, but nothing was lost. Wait a moment and save again.</source>
            <translation>Tiedosto {path} on varattu: toinen ohjelma tai tietokone tallentaa siihen juuri nyt. Muutostasi ei tallennettu, mutta mitään ei kadonnut. Odota hetki ja tallenna uudelleen.</translation>
        </message>
        <message>
            <source>The file {path} turned out to be damaged while in use. Nothing more is written to it. Close the file and restore the newest backup copy (File → Restore from backup). Details: {reason}</source>
            <translation>Tiedosto {path} osoittautui vioittuneeksi käytön aikana. Siihen ei kirjoiteta enää mitään. Sulje tiedosto ja palauta uusin varmuuskopio (Tiedosto → Palauta varmuuskopiosta). Lisätiedot: {reason}</translation>
        </message>
        <message>
            <source>Writing to {path} failed: the drive refused to store more (it may be full, over a quota, or unable to hold a file this large). The change was not saved and nothing was lost. Free some space or move the file to another drive. Details: {detail}</source>
            <translation>Tiedostoon {path} kirjoittaminen epäonnistui: levy ei suostunut tallentamaan enempää (se voi olla täynnä, sen kiintiö voi olla käytetty tai se ei pysty säilyttämään näin suurta tiedostoa). Muutosta ei tallennettu, eikä mitään kadonnut. Vapauta tilaa tai siirrä tiedosto toiselle levylle. Lisätiedot: {detail}</translation>
        </message>
        <message>
            <source>The file {path} is on a network drive. That works when only one person uses it at a time, but a broken connection can damage the file. Keep the automatic backups on this computer or a USB stick, and never open the file on two computers at once.</source>
            <translation>Tiedosto {path} on verkkolevyllä. Se toimii, kun vain yksi ihminen käyttää sitä kerrallaan, mutta katkeava yhteys voi vioittaa tiedoston. Pidä automaattiset varmuuskopiot tällä tietokoneella tai USB-muistilla, äläkä koskaan avaa tiedostoa kahdella tietokoneella yhtä aikaa.</translation>
        </message>
        <message>
            <source>{path} is a backup copy, made {made_at} of {original}. Changes made in a copy do not reach the real file.</source>
            <translation>{path} on varmuuskopio, joka on tehty {made_at} tiedostosta {original}. Kopioon tehdyt muutokset eivät päädy varsinaiseen tiedostoon.</translation>
        </message>
        <message>
            <source>The backup folder {path} does not exist. Choose an existing folder, or plug in the USB stick first.</source>
            <translation>Varmuuskopiokansiota {path} ei ole. Valitse olemassa oleva kansio tai liitä ensin USB-muisti.</translation>
        </message>
        <message>
            <source>The backup folder {path} cannot be written to. Choose another folder.</source>
            <translation>Varmuuskopiokansioon {path} ei voi kirjoittaa. Valitse toinen kansio.</translation>
        </message>
        <message>
            <source>The backup folder {path} is on a network drive. If the network is down, the copies go to this computer's own backup folder instead; a USB stick or a local folder is safer.</source>
            <translation>Varmuuskopiokansio {path} on verkkolevyllä. Jos verkko ei toimi, kopiot tehdään sen sijaan tämän tietokoneen omaan varmuuskopiokansioon. USB-muisti tai paikallinen kansio on varmempi.</translation>
        </message>
        <message>
            <source>The backup folder {path} is not available (is the USB stick plugged in?). Copies are made in this computer's own backup folder until it is back.</source>
            <translation>Varmuuskopiokansio {path} ei ole käytettävissä (onko USB-muisti kiinni?). Kopiot tehdään tämän tietokoneen omaan varmuuskopiokansioon, kunnes kansio on taas saatavilla.</translation>
        </message>
        <message>
            <source>The newest backup copy in your backup folder is {days} days old. Plug in the backup drive and choose File → Save a copy / Backup now.</source>
            <translation>Varmuuskopiokansiosi uusin varmuuskopio on {days} päivää vanha. Liitä varmuuskopiolevy ja valitse Tiedosto → Tallenna kopio / varmuuskopioi nyt.</translation>
        </message>
        <message>
            <source>There is no backup copy of this file in your backup folder yet. Choose File → Save a copy / Backup now.</source>
            <translation>Varmuuskopiokansiossasi ei ole vielä yhtään tämän tiedoston varmuuskopiota. Valitse Tiedosto → Tallenna kopio / varmuuskopioi nyt.</translation>
        </message>
        <message>
            <source>“{field}” must be a number of days from 1 to 365.</source>
            <translation>”{field}” on annettava päivinä, 1–365.</translation>
        </message>
        <message>
            <source>The backup copy and the file to restore into are the same file ({path}). Choose a backup copy from the backup folder.</source>
            <translation>Varmuuskopio ja palautettava tiedosto ovat sama tiedosto ({path}). Valitse varmuuskopio varmuuskopiokansiosta.</translation>
        </message>
        <message>
            <source>Restoring replaces the open file, so the file must be open for editing, not read-only. Close the other program that has it open, open the file again and retry.</source>
            <translation>Palauttaminen korvaa avoinna olevan tiedoston, joten tiedoston on oltava auki muokattavana eikä vain luettavana. Sulje muu ohjelma, jossa tiedosto on auki, avaa tiedosto uudelleen ja yritä sitten uudestaan.</translation>
        </message>
        <message>
            <source>No intact backup copy of {path} was found. Look for copies on your USB stick or other drives and choose one with “Choose another copy…”.</source>
            <translation>Tiedostosta {path} ei löytynyt ehjää varmuuskopiota. Etsi kopioita USB-muistilta tai muilta levyiltä ja valitse sellainen painikkeella ”Valitse muu kopio…”.</translation>
        </message>
        <message>
            <source>The change history of {path} has been altered outside Kuhina Desktop (first broken entry: {entry}). The data may have been edited by another tool. Compare with a backup copy.</source>
            <translation>Tiedoston {path} muutoshistoriaa on muutettu Kuhina Desktopin ulkopuolella (ensimmäinen rikkoutunut merkintä: {entry}). Tietoja on ehkä muokattu jollakin muulla työkalulla. Vertaa tietoja varmuuskopioon.</translation>
        </message>
        <message>
            <source>The person was not found in this file (it may have been erased already).</source>
            <translation>Henkilöä ei löytynyt tästä tiedostosta (hänen tietonsa on ehkä jo poistettu).</translation>
        </message>
        <message>
            <source>Type the person's name exactly as shown to confirm the erasure.</source>
            <translation>Vahvista poisto kirjoittamalla henkilön nimi täsmälleen niin kuin se näkyy.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Backup folder</source>
            <translation>Varmuuskopiokansio</translation>
        </message>
        <message>
            <source>Warn when the newest backup is older than</source>
            <translation>Varoita, kun uusin varmuuskopio on vanhempi kuin</translation>
        </message>
    </context>
</TS>
