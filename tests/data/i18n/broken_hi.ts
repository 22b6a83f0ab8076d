<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Every problem translations/check-ts.py must catch, one per entry (8), plus one good entry. -->
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>Sample</name>
    <message>
        <source>Good %1</source>
        <translation>अच्छा %1</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">अधूरा</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="obsolete">पुराना</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation type="vanished">ग़ायब</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>%1 कॉपी हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>एक प्रतिभागी</numerusform>
            <numerusform>%Ln प्रतिभागी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webinar(s)</source>
        <translation>
            <numerusform>%n वेबिनार</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bold&lt;/b&gt; text</source>
        <translation>मोटा पाठ</translation>
    </message>
</context>
</TS>
