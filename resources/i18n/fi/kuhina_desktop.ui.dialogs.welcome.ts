<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to Kuhina Desktop</source>
            <translation>Tervetuloa Kuhina Desktopiin</translation>
        </message>
        <message>
            <source>Keep your association's employees, support decisions, wage months and payment applications in one file on this computer.</source>
            <translation>Pidä yhdistyksen työntekijät, tukipäätökset, palkkakuukaudet ja maksatushakemukset yhdessä tiedostossa tällä tietokoneella.</translation>
        </message>
        <message>
            <source>Create a new association file…</source>
            <translation>Luo uusi yhdistystiedosto…</translation>
        </message>
        <message>
            <source>Open an existing file…</source>
            <translation>Avaa olemassa oleva tiedosto…</translation>
        </message>
        <message>
            <source>Try the demo association</source>
            <translation>Kokeile esimerkkiyhdistystä</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Viimeksi käytetyt tiedostot</translation>
        </message>
    </context>
</TS>
