<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CertificatesTab</name>
        <message>
            <source>&amp;Show replaced certificates</source>
            <translation>&amp;Show replaced certificates</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Required certificate</source>
            <translation>Required certificate</translation>
        </message>
        <message>
            <source>Employee</source>
            <translation>Employee</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Original seen by</source>
            <translation>Original seen by</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Replaced by a newer one</source>
            <translation>Replaced by a newer one</translation>
        </message>
        <message>
            <source>&amp;New certificate…</source>
            <translation>&amp;New certificate…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Open copy</source>
            <translation>&amp;Open copy</translation>
        </message>
        <message>
            <source>&amp;Certificate types…</source>
            <translation>&amp;Certificate types…</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Gaps: required certificates missing or expired</source>
            <translation>Gaps: required certificates missing or expired</translation>
        </message>
        <message>
            <source>Roles that require a certificate</source>
            <translation>Roles that require a certificate</translation>
        </message>
        <message>
            <source>Role, e.g. keittiö</source>
            <translation>Role, e.g. keittiö</translation>
        </message>
        <message>
            <source>Matches every job title that contains this text.</source>
            <translation>Matches every job title that contains this text.</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Expired: %1 · expiring within 90 days: %2 · gaps: %3</source>
            <translation>Expired: %1 · expiring within 90 days: %2 · gaps: %3</translation>
        </message>
        <message>
            <source>The chosen certificate has no scanned copy.</source>
            <translation>The chosen certificate has no scanned copy.</translation>
        </message>
    </context>
</TS>
