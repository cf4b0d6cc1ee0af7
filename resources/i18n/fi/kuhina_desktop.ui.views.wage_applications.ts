<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
    <context>
        <name>ApplicationsPage</name>
        <message>
            <source>Show</source>
            <translation>Näytä</translation>
        </message>
        <message>
            <source>To do: apply</source>
            <translation>Tehtävät: haettavat</translation>
        </message>
        <message>
            <source>Waiting for the money</source>
            <translation>Odottaa maksua</translation>
        </message>
        <message>
            <source>Paid and closed</source>
            <translation>Maksetut ja päättyneet</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Ei vielä haettavissa</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>Kaikki jaksot</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Ladataan…</translation>
        </message>
        <message>
            <source>This and last year, and all open</source>
            <translation>Tämä ja viime vuosi sekä kaikki avoimet</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Kaikki vuodet</translation>
        </message>
        <message>
            <source>&amp;Open / prepare…</source>
            <translation>&amp;Avaa / valmistele…</translation>
        </message>
        <message>
            <source>&amp;Record payment…</source>
            <translation>&amp;Kirjaa maksu…</translation>
        </message>
        <message>
            <source>Reje&amp;cted…</source>
            <translation>&amp;Hylätty…</translation>
        </message>
        <message>
            <source>Correc&amp;t figures…</source>
            <translation>Korjaa &amp;luvut…</translation>
        </message>
        <message>
            <source>Applied %1, paid %2, waiting for payment %3.</source>
            <translation>Haettu %1, maksettu %2, odottaa maksua %3.</translation>
        </message>
        <message>
            <source>Rejected or left unpaid: %1.</source>
            <translation>Hylätty tai jäänyt maksamatta: %1.</translation>
        </message>
        <message>
            <source>&lt;span style='color:#a4161a'&gt;&lt;b&gt;Overdue: %1&lt;/b&gt;&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a4161a'&gt;&lt;b&gt;Myöhässä: %1&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Ei vielä lähetetty</translation>
        </message>
        <message>
            <source>This application has not been marked sent. Open it and mark it sent first.</source>
            <translation>Hakemusta ei ole merkitty lähetetyksi. Avaa se ja merkitse se ensin lähetetyksi.</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Päättynyt</translation>
        </message>
        <message>
            <source>This application is already paid in full or rejected.</source>
            <translation>Tämä hakemus on jo maksettu kokonaan tai hylätty.</translation>
        </message>
    </context>
    <context>
        <name>OwedPage</name>
        <message>
            <source>Owed to us: sent applications not yet paid. Ready to apply: periods that have ended but whose application has not been sent. Lost: the deadline passed without an application.</source>
            <translation>Saatavat: lähetetyt hakemukset, joita ei ole vielä maksettu. Haettavissa: päättyneet jaksot, joiden hakemusta ei ole lähetetty. Menetetty: määräpäivä meni ohi ilman hakemusta.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Ladataan…</translation>
        </message>
        <message>
            <source>We are owed &lt;b&gt;%1&lt;/b&gt; of support, the oldest since %2.</source>
            <translation>Tukea on saamatta &lt;b&gt;%1&lt;/b&gt;; vanhin hakemus lähetetty %2.</translation>
        </message>
        <message>
            <source>No support is waiting to be paid.</source>
            <translation>Maksua odottavaa tukea ei ole.</translation>
        </message>
        <message>
            <source>A further %1 can be applied for now.</source>
            <translation>Lisäksi %1 on nyt haettavissa.</translation>
        </message>
        <message>
            <source>&lt;span style='color:#a4161a'&gt;%1 was lost to missed deadlines.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#a4161a'&gt;%1 menetettiin myöhästyneiden määräpäivien vuoksi.&lt;/span&gt;</translation>
        </message>
    </context>
</TS>
