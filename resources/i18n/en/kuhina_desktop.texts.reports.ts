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
            <source>This report is not available in this version of the program yet.</source>
            <translation>This report is not available in this version of the program yet.</translation>
        </message>
        <message>
            <source>Choose the application period the calculation is for.</source>
            <translation>Choose the application period the calculation is for.</translation>
        </message>
        <message>
            <source>The application period was not recognised. Choose it from the list.</source>
            <translation>The application period was not recognised. Choose it from the list.</translation>
        </message>
        <message>
            <source>“{period}” is not a payment period: give an application id, DECISION_ID:YYYY-MM-DD or a month YYYY-MM.</source>
            <translation>“{period}” is not a payment period: give an application id, DECISION_ID:YYYY-MM-DD or a month YYYY-MM.</translation>
        </message>
        <message>
            <source>No payment period contains {period}.</source>
            <translation>No payment period contains {period}.</translation>
        </message>
        <message>
            <source>Several payment periods contain {period}: give --employee, or DECISION_ID:YYYY-MM-DD.</source>
            <translation>Several payment periods contain {period}: give --employee, or DECISION_ID:YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Choose the employee first.</source>
            <translation>Choose the employee first.</translation>
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
