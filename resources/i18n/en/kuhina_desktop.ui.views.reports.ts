<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ReportsView</name>
        <message>
            <source>Payment application calculation</source>
            <translation>Payment application calculation</translation>
        </message>
        <message>
            <source>The attachment of a payment application: each month's pay items, contributions, eligible costs, caps and support.</source>
            <translation>The attachment of a payment application: each month's pay items, contributions, eligible costs, caps and support.</translation>
        </message>
        <message>
            <source>Yearly support summary</source>
            <translation>Yearly support summary</translation>
        </message>
        <message>
            <source>For the board: wage costs, support, applied, paid, still owed and the association's own cost, by employee and month.</source>
            <translation>For the board: wage costs, support, applied, paid, still owed and the association's own cost, by employee and month.</translation>
        </message>
        <message>
            <source>Employee card</source>
            <translation>Employee card</translation>
        </message>
        <message>
            <source>For the personnel file: the person, contracts, decisions and consents.</source>
            <translation>For the personnel file: the person, contracts, decisions and consents.</translation>
        </message>
        <message>
            <source>Training and certificates</source>
            <translation>Training and certificates</translation>
        </message>
        <message>
            <source>Training packages, completions and certificates with their expiry dates, and the certificates a role requires that are missing.</source>
            <translation>Training packages, completions and certificates with their expiry dates, and the certificates a role requires that are missing.</translation>
        </message>
        <message>
            <source>Coaching and outcomes</source>
            <translation>Coaching and outcomes</translation>
        </message>
        <message>
            <source>Job coaching, outcomes and the project's two target shares.</source>
            <translation>Job coaching, outcomes and the project's two target shares.</translation>
        </message>
        <message>
            <source>Due list</source>
            <translation>Due list</translation>
        </message>
        <message>
            <source>Every open deadline, grouped by urgency.</source>
            <translation>Every open deadline, grouped by urgency.</translation>
        </message>
        <message>
            <source>Co-employment statement</source>
            <translation>Co-employment statement</translation>
        </message>
        <message>
            <source>A partner association's share of the wage costs and support by month, as the basis of its invoice.</source>
            <translation>A partner association's share of the wage costs and support by month, as the basis of its invoice.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Print the full henkilötunnus (the reveal is logged)</source>
            <translation>Print the full henkilötunnus (the reveal is logged)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>&amp;Employee</source>
            <translation>&amp;Employee</translation>
        </message>
        <message>
            <source>&amp;Application period</source>
            <translation>&amp;Application period</translation>
        </message>
        <message>
            <source>&amp;Language of the document</source>
            <translation>&amp;Language of the document</translation>
        </message>
        <message>
            <source>&amp;Open PDF (Ctrl+P)</source>
            <translation>&amp;Open PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Save PDF…</translation>
        </message>
        <message>
            <source>E&amp;xport for the job coach…</source>
            <translation>E&amp;xport for the job coach…</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
</TS>
