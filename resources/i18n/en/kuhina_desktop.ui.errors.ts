<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Row {row}: {message}</translation>
        </message>
        <message>
            <source>Cannot continue</source>
            <translation>Cannot continue</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Something unexpected happened. Your saved data is safe: every change is saved as a whole or not at all. You can keep working; if this repeats, copy the details and send them to your support person.</source>
            <translation>Something unexpected happened. Your saved data is safe: every change is saved as a whole or not at all. You can keep working; if this repeats, copy the details and send them to your support person.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
</TS>
