<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The export could not be made: {message}</source>
            <translation>Vientiä ei voitu tehdä: {message}</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}). Correct “{field}” or leave it empty.</source>
            <translation>Jakso päättyy ({end}) ennen kuin se alkaa ({start}). Korjaa kenttä ”{field}” tai jätä se tyhjäksi.</translation>
        </message>
        <message>
            <source>The export could not be saved as {path}: {reason}. Nothing was written under that name. Free some disk space or choose another folder, and try again.</source>
            <translation>Vientiä ei voitu tallentaa nimellä {path}: {reason}. Sillä nimellä ei kirjoitettu mitään. Vapauta levytilaa tai valitse toinen kansio ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>The export cannot be saved as {path}. Choose another file name.</source>
            <translation>Vientiä ei voi tallentaa nimellä {path}. Valitse toinen tiedostonimi.</translation>
        </message>
        <message>
            <source>{path} is a folder. Give the export a file name, e.g. valmennusvienti.zip.</source>
            <translation>{path} on kansio. Anna viennille tiedostonimi, esimerkiksi valmennusvienti.zip.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist, so the export cannot be saved as {path}. Choose an existing folder.</source>
            <translation>Kansiota {folder} ei ole, joten vientiä ei voi tallentaa nimellä {path}. Valitse olemassa oleva kansio.</translation>
        </message>
        <message>
            <source>Choose where to save the export (“{field}”).</source>
            <translation>Valitse, mihin vienti tallennetaan (”{field}”).</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Dated rows from</source>
            <translation>Päivätyt rivit alkaen</translation>
        </message>
        <message>
            <source>Dated rows until</source>
            <translation>Päivätyt rivit asti</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Tallenna nimellä</translation>
        </message>
    </context>
</TS>
