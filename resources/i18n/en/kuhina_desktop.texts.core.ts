<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {message}</source>
            <translation>Something went wrong: {message}</translation>
        </message>
        <message>
            <source>Check the field “{field}”.</source>
            <translation>Check the field “{field}”.</translation>
        </message>
        <message>
            <source>“{field}” is required. Fill it in.</source>
            <translation>“{field}” is required. Fill it in.</translation>
        </message>
        <message>
            <source>Choose a value for “{field}” from the list.</source>
            <translation>Choose a value for “{field}” from the list.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not a date. Write it as 5.3.2026 (or 5.3 for this year).</source>
            <translation>“{field}”: “{text}” is not a date. Write it as 5.3.2026 (or 5.3 for this year).</translation>
        </message>
        <message>
            <source>“{field}”: the day {text} does not exist. Check the day and the month.</source>
            <translation>“{field}”: the day {text} does not exist. Check the day and the month.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or 1 234,50.</source>
            <translation>“{field}”: “{text}” is not an amount of euros. Write it as 1234,50 or 1 234,50.</translation>
        </message>
        <message>
            <source>“{field}” cannot be negative.</source>
            <translation>“{field}” cannot be negative.</translation>
        </message>
        <message>
            <source>“{field}” is too large: at most 10 000 000,00 € is accepted. Check the figure; a decimal comma may be missing.</source>
            <translation>“{field}” is too large: at most 10 000 000,00 € is accepted. Check the figure; a decimal comma may be missing.</translation>
        </message>
        <message>
            <source>“{field}”: “{text}” is too large. Check the figure.</source>
            <translation>“{field}”: “{text}” is too large. Check the figure.</translation>
        </message>
        <message>
            <source>“{field}” must be five digits, e.g. 80100.</source>
            <translation>“{field}” must be five digits, e.g. 80100.</translation>
        </message>
        <message>
            <source>The file {path} cannot be used: {message}</source>
            <translation>The file {path} cannot be used: {message}</translation>
        </message>
        <message>
            <source>The file {path} already exists. Choose another name; an existing file is never overwritten.</source>
            <translation>The file {path} already exists. Choose another name; an existing file is never overwritten.</translation>
        </message>
        <message>
            <source>The file {path} was not found. It may have been moved, renamed or deleted.</source>
            <translation>The file {path} was not found. It may have been moved, renamed or deleted.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file. Choose a file; the name of a Kuhina data file ends in .kuhina.</source>
            <translation>{path} is a folder, not a file. Choose a file; the name of a Kuhina data file ends in .kuhina.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: you lack the permission to open it. It was not changed. Check the file's properties, or ask the person who gave it to you.</source>
            <translation>The file {path} cannot be read: you lack the permission to open it. It was not changed. Check the file's properties, or ask the person who gave it to you.</translation>
        </message>
        <message>
            <source>The file name is too long. Shorten it to at most {max} characters.</source>
            <translation>The file name is too long. Shorten it to at most {max} characters.</translation>
        </message>
        <message>
            <source>The file name or the folder path is too long for the computer: {path}. Choose a shorter file name or a folder nearer the top, such as Documents.</source>
            <translation>The file name or the folder path is too long for the computer: {path}. Choose a shorter file name or a folder nearer the top, such as Documents.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <translation>The folder {folder} does not exist. Choose an existing folder.</translation>
        </message>
        <message>
            <source>{path} cannot be created: part of the folder path is a file, not a folder. Choose an existing folder.</source>
            <translation>{path} cannot be created: part of the folder path is a file, not a folder. Choose an existing folder.</translation>
        </message>
        <message>
            <source>A file cannot be created in the folder {folder}: it is read-only, or you lack the permission. Choose another folder, such as Documents.</source>
            <translation>A file cannot be created in the folder {folder}: it is read-only, or you lack the permission. Choose another folder, such as Documents.</translation>
        </message>
        <message>
            <source>The file {path} is empty (0 bytes), so it holds no association data. It was not changed. Open a backup copy instead.</source>
            <translation>The file {path} is empty (0 bytes), so it holds no association data. It was not changed. Open a backup copy instead.</translation>
        </message>
        <message>
            <source>The file {path} is not a Kuhina data file (it is not a database at all). It was not changed. Choose a file that ends in .kuhina.</source>
            <translation>The file {path} is not a Kuhina data file (it is not a database at all). It was not changed. Choose a file that ends in .kuhina.</translation>
        </message>
        <message>
            <source>The file {path} is a database of some other program, not a Kuhina data file. It was not changed.</source>
            <translation>The file {path} is a database of some other program, not a Kuhina data file. It was not changed.</translation>
        </message>
        <message>
            <source>The file {path} was saved by a newer version of Kuhina Desktop. Update the program to edit it. The file was not changed.</source>
            <translation>The file {path} was saved by a newer version of Kuhina Desktop. Update the program to edit it. The file was not changed.</translation>
        </message>
        <message>
            <source>The file {path} is damaged and was not opened, so that nothing more is lost. It was not changed. Restore the newest backup copy. Details: {reason}</source>
            <translation>The file {path} is damaged and was not opened, so that nothing more is lost. It was not changed. Restore the newest backup copy. Details: {reason}</translation>
        </message>
        <message>
            <source>The file {path} is open elsewhere ({holder}). Close it there first, or open it read-only.</source>
            <translation>The file {path} is open elsewhere ({holder}). Close it there first, or open it read-only.</translation>
        </message>
        <message>
            <source>The file {path} is already open in this program. Use the window that shows it.</source>
            <translation>The file {path} is already open in this program. Use the window that shows it.</translation>
        </message>
        <message>
            <source>The file {path} is open read-only, so changes cannot be saved. Nothing was changed.</source>
            <translation>The file {path} is open read-only, so changes cannot be saved. Nothing was changed.</translation>
        </message>
        <message>
            <source>Saving to {path} failed. Nothing was changed. Details: {detail}</source>
            <translation>Saving to {path} failed. Nothing was changed. Details: {detail}</translation>
        </message>
        <message>
            <source>The disk is full, so the change was not saved. Nothing was lost: free some space (or choose another drive) and try again.</source>
            <translation>The disk is full, so the change was not saved. Nothing was lost: free some space (or choose another drive) and try again.</translation>
        </message>
        <message>
            <source>The file {path} could not be read or written. It may be on a drive that was removed or a network that went away. Nothing was changed. Details: {detail}</source>
            <translation>The file {path} could not be read or written. It may be on a drive that was removed or a network that went away. Nothing was changed. Details: {detail}</translation>
        </message>
        <message>
            <source>The backup copy {path} failed its check and was not kept. Try another folder. Details: {detail}</source>
            <translation>The backup copy {path} failed its check and was not kept. Try another folder. Details: {detail}</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Y-tunnus</source>
            <translation>Y-tunnus</translation>
        </message>
        <message>
            <source>Register number</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Street address</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Contact e-mail</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Language of documents</source>
            <translation>Language of documents</translation>
        </message>
    </context>
</TS>
