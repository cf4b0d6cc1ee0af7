<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New association file…</source>
            <translation>&amp;New association file…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <source>Save a &amp;copy / Backup now…</source>
            <translation>Save a &amp;copy / Backup now…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>&amp;About Kuhina Desktop</source>
            <translation>&amp;About Kuhina Desktop</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Y-tunnus %1</source>
            <translation>Y-tunnus %1</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>(demo data)</source>
            <translation>(demo data)</translation>
        </message>
        <message>
            <source>The file is open read-only: changes cannot be saved.</source>
            <translation>The file is open read-only: changes cannot be saved.</translation>
        </message>
        <message>
            <source>Every change is saved at once.</source>
            <translation>Every change is saved at once.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kuhina Desktop %1&lt;/h3&gt;&lt;p&gt;Wage subsidies, payment applications, training and coaching for associations.&lt;/p&gt;&lt;p&gt;Data file schema version: %2&lt;br&gt;File: %3&lt;/p&gt;&lt;p&gt;Qt %4, Python %5&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kuhina Desktop %1&lt;/h3&gt;&lt;p&gt;Wage subsidies, payment applications, training and coaching for associations.&lt;/p&gt;&lt;p&gt;Data file schema version: %2&lt;br&gt;File: %3&lt;/p&gt;&lt;p&gt;Qt %4, Python %5&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Kuhina Desktop</source>
            <translation>About Kuhina Desktop</translation>
        </message>
    </context>
</TS>
