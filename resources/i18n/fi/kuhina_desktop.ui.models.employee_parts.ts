<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ConsentsModel</name>
        <message>
            <source>What may be shared</source>
            <translation>Mitä saa jakaa</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>Kenelle</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Annettu</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Voimassa asti</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Voimassa</translation>
        </message>
        <message>
            <source>Not yet in force</source>
            <translation>Ei vielä voimassa</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Päättynyt</translation>
        </message>
    </context>
    <context>
        <name>ContractsModel</name>
        <message>
            <source>Starts</source>
            <translation>Alkaa</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Päättyy</translation>
        </message>
        <message>
            <source>Trial period ends</source>
            <translation>Koeaika päättyy</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Tehtävänimike</translation>
        </message>
        <message>
            <source>Working time</source>
            <translation>Työaika</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Palkka</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Huomautukset</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Kumppani</translation>
        </message>
        <message>
            <source>%1 h a week (%2)</source>
            <translation>%1 h/vko (%2)</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>toistaiseksi</translation>
        </message>
    </context>
</TS>
