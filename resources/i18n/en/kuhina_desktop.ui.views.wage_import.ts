<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>WageImportPage</name>
        <message>
            <source>&lt;p&gt;Import the month's wage figures from the payroll service (for example Palkka.fi's wage report saved as CSV or Excel). The program recognises the columns by their names; you can change the choice before anything is saved.&lt;/p&gt;&lt;p&gt;Nothing is saved until every row of the file is in order. Months whose payment application has been sent are never changed by an import.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Import the month's wage figures from the payroll service (for example Palkka.fi's wage report saved as CSV or Excel). The program recognises the columns by their names; you can change the choice before anything is saved.&lt;/p&gt;&lt;p&gt;Nothing is saved until every row of the file is in order. Months whose payment application has been sent are never changed by an import.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>Saved mapping</source>
            <translation>Saved mapping</translation>
        </message>
        <message>
            <source>Choose another file</source>
            <translation>Choose another file</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Read the file again</translation>
        </message>
        <message>
            <source>After fixing the file, read it again with the same columns</source>
            <translation>After fixing the file, read it again with the same columns</translation>
        </message>
        <message>
            <source>Save mapping…</source>
            <translation>Save mapping…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose the payroll file</source>
            <translation>Choose the payroll file</translation>
        </message>
        <message>
            <source>Payroll files (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>Payroll files (*.csv *.txt *.xlsx);;All files (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>The file cannot be opened: %1</source>
            <translation>The file cannot be opened: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (%2), header on row %3</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2), header on row %3</translation>
        </message>
        <message>
            <source>(guess from the headers)</source>
            <translation>(guess from the headers)</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <source>Rejected rows (%1)</source>
            <translation>Rejected rows (%1)</translation>
        </message>
        <message>
            <source>Rows to import (%1)</source>
            <translation>Rows to import (%1)</translation>
        </message>
        <message>
            <source>All %1 rows are in order.</source>
            <translation>All %1 rows are in order.</translation>
        </message>
        <message>
            <source>%1 of them replace figures saved earlier.</source>
            <translation>%1 of them replace figures saved earlier.</translation>
        </message>
        <message>
            <source>Nothing can be imported until every row is in order: fix the rows listed below in the file (or change the columns above) and read the file again.</source>
            <translation>Nothing can be imported until every row is in order: fix the rows listed below in the file (or change the columns above) and read the file again.</translation>
        </message>
        <message>
            <source>Import %1 rows</source>
            <translation>Import %1 rows</translation>
        </message>
        <message>
            <source>Making a backup copy and importing %1 rows…</source>
            <translation>Making a backup copy and importing %1 rows…</translation>
        </message>
        <message>
            <source>Imported %1 wage months from %2.</source>
            <translation>Imported %1 wage months from %2.</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>Save the mapping</translation>
        </message>
        <message>
            <source>Name of the mapping (e.g. Palkka.fi)</source>
            <translation>Name of the mapping (e.g. Palkka.fi)</translation>
        </message>
    </context>
</TS>
