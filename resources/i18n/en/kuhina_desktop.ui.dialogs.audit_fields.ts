<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>HistoryFields</name>
        <message>
            <source>first name</source>
            <translation>first name</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>last name</translation>
        </message>
        <message>
            <source>identity code</source>
            <translation>identity code</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>birth date</translation>
        </message>
        <message>
            <source>street address</source>
            <translation>street address</translation>
        </message>
        <message>
            <source>postal code</source>
            <translation>postal code</translation>
        </message>
        <message>
            <source>city</source>
            <translation>city</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>archived</translation>
        </message>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>setting</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>backup copy mark</source>
            <translation>backup copy mark</translation>
        </message>
        <message>
            <source>password protection</source>
            <translation>password protection</translation>
        </message>
        <message>
            <source>retention times</source>
            <translation>retention times</translation>
        </message>
        <message>
            <source>employer contributions</source>
            <translation>employer contributions</translation>
        </message>
        <message>
            <source>support amounts</source>
            <translation>support amounts</translation>
        </message>
        <message>
            <source>contribution</source>
            <translation>contribution</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>target group: long-term unemployed</source>
            <translation>target group: long-term unemployed</translation>
        </message>
        <message>
            <source>target group: immigrant</source>
            <translation>target group: immigrant</translation>
        </message>
        <message>
            <source>target group: young person</source>
            <translation>target group: young person</translation>
        </message>
        <message>
            <source>warnings</source>
            <translation>warnings</translation>
        </message>
        <message>
            <source>partial months</source>
            <translation>partial months</translation>
        </message>
        <message>
            <source>calculation</source>
            <translation>calculation</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>corrected</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>figures before</source>
            <translation>figures before</translation>
        </message>
        <message>
            <source>figures after</source>
            <translation>figures after</translation>
        </message>
        <message>
            <source>file name</source>
            <translation>file name</translation>
        </message>
        <message>
            <source>file type</source>
            <translation>file type</translation>
        </message>
        <message>
            <source>checksum</source>
            <translation>checksum</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>unpaid absence days</source>
            <translation>unpaid absence days</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>task</source>
            <translation>task</translation>
        </message>
        <message>
            <source>state</source>
            <translation>state</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>marked</source>
            <translation>marked</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>columns</source>
            <translation>columns</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>valid to the end of the expiry month</source>
            <translation>valid to the end of the expiry month</translation>
        </message>
        <message>
            <source>training enrolment</source>
            <translation>training enrolment</translation>
        </message>
        <message>
            <source>may be shared with the job coach</source>
            <translation>may be shared with the job coach</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>start</source>
            <translation>start</translation>
        </message>
        <message>
            <source>end</source>
            <translation>end</translation>
        </message>
        <message>
            <source>weekly hours</source>
            <translation>weekly hours</translation>
        </message>
        <message>
            <source>full-time hours</source>
            <translation>full-time hours</translation>
        </message>
        <message>
            <source>pay basis</source>
            <translation>pay basis</translation>
        </message>
        <message>
            <source>pay</source>
            <translation>pay</translation>
        </message>
        <message>
            <source>job title</source>
            <translation>job title</translation>
        </message>
        <message>
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <source>gross pay</source>
            <translation>gross pay</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>payer</source>
            <translation>payer</translation>
        </message>
        <message>
            <source>decision date</source>
            <translation>decision date</translation>
        </message>
        <message>
            <source>percent</source>
            <translation>percent</translation>
        </message>
        <message>
            <source>monthly cap</source>
            <translation>monthly cap</translation>
        </message>
        <message>
            <source>payment period</source>
            <translation>payment period</translation>
        </message>
        <message>
            <source>period start</source>
            <translation>period start</translation>
        </message>
        <message>
            <source>period end</source>
            <translation>period end</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>amount</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>paid</translation>
        </message>
        <message>
            <source>employee</source>
            <translation>employee</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>application</source>
            <translation>application</translation>
        </message>
        <message>
            <source>backup folder</source>
            <translation>backup folder</translation>
        </message>
        <message>
            <source>backup reminder</source>
            <translation>backup reminder</translation>
        </message>
        <message>
            <source>retention review</source>
            <translation>retention review</translation>
        </message>
    </context>
</TS>
