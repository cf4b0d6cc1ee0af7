<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>RetentionReviewDialog</name>
        <message>
            <source>Retention review</source>
            <translation>Säilytysaikojen tarkistus</translation>
        </message>
        <message>
            <source>Once a year, remove what no longer has to be kept: support files 10 years after the last payment, payroll material 6 years from the end of its year, employment details 10 years after the employment ended.</source>
            <translation>Poista kerran vuodessa se, mitä ei enää tarvitse säilyttää: tukiasiakirjat 10 vuotta viimeisestä maksusta, palkka-aineisto 6 vuotta vuoden päättymisestä ja työsuhteen tiedot 10 vuotta työsuhteen päättymisestä.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Henkilö</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Tiedot</translation>
        </message>
        <message>
            <source>Keeping ended</source>
            <translation>Säilytys päättyi</translation>
        </message>
        <message>
            <source>&amp;Delete the selected records…</source>
            <translation>&amp;Poista valitut tiedot…</translation>
        </message>
        <message>
            <source>&amp;Erase the person…</source>
            <translation>Poista &amp;henkilö…</translation>
        </message>
        <message>
            <source>&amp;Mark the review done</source>
            <translation>&amp;Merkitse tarkistus tehdyksi</translation>
        </message>
        <message>
            <source>Former employee: nothing has to be kept any longer</source>
            <translation>Entinen työntekijä: mitään ei tarvitse enää säilyttää</translation>
        </message>
        <message>
            <source>Nothing is past its retention time.</source>
            <translation>Minkään säilytysaika ei ole päättynyt.</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) of records past their retention time.</source>
            <translation>
                <numerusform>%n tietoryhmän säilytysaika on päättynyt.</numerusform>
                <numerusform>%n tietoryhmän säilytysaika on päättynyt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last review: %1.</source>
            <translation>Edellinen tarkistus: %1.</translation>
        </message>
        <message>
            <source>Delete records</source>
            <translation>Poista tiedot</translation>
        </message>
        <message>
            <source>Delete %1 of %2 for good? Their retention time ended on %3.</source>
            <translation>Poistetaanko henkilön %2 tiedot %1 pysyvästi? Niiden säilytysaika päättyi %3.</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Poistettu</translation>
        </message>
    </context>
</TS>
