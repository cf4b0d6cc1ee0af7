<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The report could not be made: {message}</source>
            <translation>The report could not be made: {message}</translation>
        </message>
        <message>
            <source>The report font is missing from the installation ({path}). Reinstall Kuhina Desktop.</source>
            <translation>The report font is missing from the installation ({path}). Reinstall Kuhina Desktop.</translation>
        </message>
        <message>
            <source>The report could not be saved as {path}: {reason}. If the file is open in a PDF viewer, close it and try again, or choose another name.</source>
            <translation>The report could not be saved as {path}: {reason}. If the file is open in a PDF viewer, close it and try again, or choose another name.</translation>
        </message>
    </context>
</TS>
