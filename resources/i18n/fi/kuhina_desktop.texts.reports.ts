<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The report could not be made: {message}</source>
            <translation>Raporttia ei voitu tehdä: {message}</translation>
        </message>
        <message>
            <source>This report is not available in this version of the program yet.</source>
            <translation>Tämä raportti ei ole vielä käytettävissä tässä ohjelman versiossa.</translation>
        </message>
        <message>
            <source>Choose the application period the calculation is for.</source>
            <translation>Valitse maksatuskausi, jota laskelma koskee.</translation>
        </message>
        <message>
            <source>The application period was not recognised. Choose it from the list.</source>
            <translation>Maksatuskautta ei tunnistettu. Valitse se luettelosta.</translation>
        </message>
        <message>
            <source>“{period}” is not a payment period: give an application id, DECISION_ID:YYYY-MM-DD or a month YYYY-MM.</source>
            <translation>”{period}” ei ole maksatuskausi: anna hakemuksen tunniste, PÄÄTÖKSEN_TUNNISTE:VVVV-KK-PP tai kuukausi VVVV-KK.</translation>
        </message>
        <message>
            <source>No payment period contains {period}.</source>
            <translation>Mikään maksatuskausi ei osu kuukauteen {period}.</translation>
        </message>
        <message>
            <source>Several payment periods contain {period}: give --employee, or DECISION_ID:YYYY-MM-DD.</source>
            <translation>Kuukauteen {period} osuu useita maksatuskausia: anna myös --employee tai PÄÄTÖKSEN_TUNNISTE:VVVV-KK-PP.</translation>
        </message>
        <message>
            <source>Choose the employee first.</source>
            <translation>Valitse ensin työntekijä.</translation>
        </message>
        <message>
            <source>The report font is missing from the installation ({path}). Reinstall Kuhina Desktop.</source>
            <translation>Raportin kirjasin puuttuu asennuksesta ({path}). Asenna Kuhina Desktop uudelleen.</translation>
        </message>
        <message>
            <source>The report could not be saved as {path}: {reason}. If the file is open in a PDF viewer, close it and try again, or choose another name.</source>
            <translation>Raporttia ei voitu tallentaa nimellä {path}: {reason}. Jos tiedosto on auki PDF-katselimessa, sulje se ja yritä uudelleen, tai valitse toinen nimi.</translation>
        </message>
    </context>
</TS>
