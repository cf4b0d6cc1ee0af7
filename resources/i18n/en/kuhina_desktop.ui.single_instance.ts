<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Kuhina Desktop</source>
            <translation>Kuhina Desktop</translation>
        </message>
        <message>
            <source>Kuhina Desktop is already running but does not respond. Wait a moment and try again. If that does not help, close it with the Task Manager or restart the computer; your saved data is safe.</source>
            <translation>Kuhina Desktop is already running but does not respond. Wait a moment and try again. If that does not help, close it with the Task Manager or restart the computer; your saved data is safe.</translation>
        </message>
    </context>
</TS>
