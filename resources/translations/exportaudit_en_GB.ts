<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>PackageController</name>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/packages.py" line="110"/>
        <source>%n change(s) merged from {file}.</source>
        <translation>
            <numerusform>%n change merged from {file}.</numerusform>
            <numerusform>%n changes merged from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageMergeDialog</name>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="103"/>
        <source>%n row(s) of {table}</source>
        <translation>
            <numerusform>%n row of {table}</numerusform>
            <numerusform>%n rows of {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="131"/>
        <source>%n change(s) will be taken from the package</source>
        <translation>
            <numerusform>%n change will be taken from the package</numerusform>
            <numerusform>%n changes will be taken from the package</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="132"/>
        <source>%n new evidence file(s)</source>
        <translation>
            <numerusform>%n new evidence file</numerusform>
            <numerusform>%n new evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../exportaudit/ui/controllers/package_merge.py" line="133"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
