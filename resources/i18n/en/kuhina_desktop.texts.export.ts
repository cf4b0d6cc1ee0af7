<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The export could not be made: {message}</source>
            <translation>The export could not be made: {message}</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}). Correct “{field}” or leave it empty.</source>
            <translation>The period ends ({end}) before it starts ({start}). Correct “{field}” or leave it empty.</translation>
        </message>
        <message>
            <source>The export could not be saved as {path}: {reason}. Nothing was written under that name. Free some disk space or choose another folder, and try again.</source>
            <translation>The export could not be saved as {path}: {reason}. Nothing was written under that name. Free some disk space or choose another folder, and try again.</translation>
        </message>
        <message>
            <source>The export cannot be saved as {path}. Choose another file name.</source>
            <translation>The export cannot be saved as {path}. Choose another file name.</translation>
        </message>
        <message>
            <source>{path} is a folder. Give the export a file name, e.g. valmennusvienti.zip.</source>
            <translation>{path} is a folder. Give the export a file name, e.g. valmennusvienti.zip.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist, so the export cannot be saved as {path}. Choose an existing folder.</source>
            <translation>The folder {folder} does not exist, so the export cannot be saved as {path}. Choose an existing folder.</translation>
        </message>
        <message>
            <source>Choose where to save the export (“{field}”).</source>
            <translation>Choose where to save the export (“{field}”).</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Dated rows from</source>
            <translation>Dated rows from</translation>
        </message>
        <message>
            <source>Dated rows until</source>
            <translation>Dated rows until</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
    </context>
</TS>
