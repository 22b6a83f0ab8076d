<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AppInfo</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>फ़ोल्डर %1 नहीं बनाया जा सका</translation>
    </message>
</context>
<context>
    <name>AttendeeExporter</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>वेबिनार</translation>
    </message>
    <message>
        <source>Webinar ID</source>
        <translation>वेबिनार ID</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>रिकॉर्डिंग लिंक</translation>
    </message>
    <message>
        <source>First received</source>
        <translation>पहली बार मिला</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>आख़िरी बार मिला</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>empty column name in &apos;%1&apos;; known columns: %2</source>
        <translation>&apos;%1&apos; में कॉलम का नाम ख़ाली है; मान्य कॉलम: %2</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; known columns: %2</source>
        <translation>अनजान कॉलम &apos;%1&apos;; मान्य कॉलम: %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is listed twice</source>
        <translation>कॉलम &apos;%1&apos; दो बार दिया गया है</translation>
    </message>
    <message>
        <source>choose at least one column</source>
        <translation>कम से कम एक कॉलम चुनें</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>फ़िल्टर: %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>डेटाबेस %1 नहीं खुला: %2</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>डेटाबेस %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>cannot count the attendees: %1</source>
        <translation>प्रतिभागियों की गिनती नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>cannot read the attendees: %1</source>
        <translation>प्रतिभागी पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>एक्सपोर्ट रद्द कर दिया गया</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>एक्सपोर्ट लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>no file name to export to</source>
        <translation>एक्सपोर्ट के लिए फ़ाइल का नाम नहीं दिया गया</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 में नहीं लिखा जा सकता: यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 में नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>अस्थायी फ़ाइल नहीं बन सकी: %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>A column header in a workbook whose times are UTC, e.g. &quot;First received (UTC)&quot;.</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation>फ़ोन (E.164)</translation>
    </message>
</context>
<context>
    <name>AttendeeFilter</name>
    <message>
        <source>%1: expects a date like 2026-11-27</source>
        <translation>%1: तारीख़ 2026-11-27 जैसी होनी चाहिए</translation>
    </message>
    <message numerus="yes">
        <source>the filter has %n terms; at most %1 are allowed</source>
        <translation>
            <numerusform>फ़िल्टर में %n शब्द है; ज़्यादा से ज़्यादा %1 की अनुमति है</numerusform>
            <numerusform>फ़िल्टर में %n शब्द हैं; ज़्यादा से ज़्यादा %1 की अनुमति है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the filter is %n characters long; at most %1 are allowed</source>
        <translation>
            <numerusform>फ़िल्टर %n अक्षर लंबा है; ज़्यादा से ज़्यादा %1 अक्षरों की अनुमति है</numerusform>
            <numerusform>फ़िल्टर %n अक्षर लंबा है; ज़्यादा से ज़्यादा %1 अक्षरों की अनुमति है</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not earlier than %2: no day is left between them</source>
        <extracomment>%1 and %2 are filter terms as typed, e.g. &quot;after:2026-03-01&quot; and &quot;before:2026-02-01&quot;.</extracomment>
        <translation>%1, %2 से पहले का नहीं है: दोनों के बीच कोई दिन नहीं बचता</translation>
    </message>
    <message>
        <source>the date range starts on %1, after its last day %2</source>
        <extracomment>%1 and %2 are dates: the range&apos;s first and last day.</extracomment>
        <translation>तारीख़ की सीमा %1 से शुरू होती है, जो उसके आख़िरी दिन %2 के बाद है</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command &apos;%1&apos;; try --help</source>
        <translation>अनजान कमांड &apos;%1&apos;; --help देखें</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[विकल्प]</translation>
    </message>
    <message>
        <source>listen for webhooks without a window (servers)</source>
        <translation>बिना विंडो के webhook सुनें (सर्वर के लिए)</translation>
    </message>
    <message>
        <source>add, list or retire receiving URLs</source>
        <translation>webhook पाने वाले URL जोड़ें, देखें या बंद करें</translation>
    </message>
    <message>
        <source>register a new hook with TagMango (--public-url BASE; the key from
HOOKDESK_API_KEY or standard input)</source>
        <translation>TagMango के साथ नया हुक रजिस्टर करें (--public-url BASE; API key
HOOKDESK_API_KEY से या standard input से)</translation>
    </message>
    <message>
        <source>send a simulated webinar&apos;s attendees to a listener (--count N,
--url URL); --remove-test-data deletes them again</source>
        <translation>नकली वेबिनार के प्रतिभागी किसी लिसनर को भेजें (--count N,
--url URL); --remove-test-data उन्हें फिर मिटा देता है</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>उपयोग: %1</translation>
    </message>
    <message>
        <source>Usage: hookdesk [--db FILE] [--bind ADDR] [--port N]
       hookdesk COMMAND [OPTIONS]

Catches TagMango webinar.completed.all webhooks and keeps a clean attendee list.
Without a command, HookDesk opens its window and listens on 127.0.0.1:%1.
</source>
        <translation>उपयोग: hookdesk [--db FILE] [--bind ADDR] [--port N]
       hookdesk COMMAND [OPTIONS]

TagMango के webinar.completed.all webhook लेता है और प्रतिभागियों की साफ़-सुथरी सूची रखता है।
कमांड के बिना HookDesk अपनी विंडो खोलता है और 127.0.0.1:%1 पर सुनता है।
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>कमांड:</translation>
    </message>
    <message>
        <source>Options:
  --db FILE     database file (default: %1)
  -h, --help    show this help; &apos;hookdesk COMMAND --help&apos; shows a command&apos;s options
  -v, --version show the version
</source>
        <translation>विकल्प:
  --db FILE     डेटाबेस फ़ाइल (डिफ़ॉल्ट: %1)
  -h, --help    यह सहायता दिखाएँ; &apos;hookdesk COMMAND --help&apos; किसी कमांड के विकल्प दिखाता है
  -v, --version संस्करण दिखाएँ
</translation>
    </message>
    <message>
        <source>write attendees as CSV or Excel (--out FILE or -)</source>
        <translation>प्रतिभागियों को CSV या Excel में लिखें (--out FILE या -)</translation>
    </message>
    <message>
        <source>list webinars: registered, attended, no-shows, walk-ins, show-up rate
(--format csv)</source>
        <translation>वेबिनार की सूची: पंजीकृत, उपस्थित, नहीं आए, बिना पंजीकरण आए, उपस्थिति दर
(--format csv)</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>डेटाबेस फ़ाइल (डिफ़ॉल्ट: %1)।</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db के साथ फ़ाइल का नाम दें</translation>
    </message>
    <message>
        <source>Listen address (default: from the settings, 127.0.0.1).</source>
        <translation>सुनने का पता (डिफ़ॉल्ट: सेटिंग से, 127.0.0.1)।</translation>
    </message>
    <message>
        <source>Listen port (default: from the settings, %1).</source>
        <translation>सुनने का पोर्ट (डिफ़ॉल्ट: सेटिंग से, %1)।</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>सुनने का पता (डिफ़ॉल्ट 127.0.0.1)।</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default %1).</source>
        <translation>सुनने का पोर्ट; 0 देने पर कोई ख़ाली पोर्ट चुना जाता है (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 %2 से %3 तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation>--bind: &apos;%1&apos; IP पता नहीं है</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>hookdesk: error: %1</source>
        <translation>hookdesk: त्रुटि: %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the output took only %1 of %2 bytes</source>
        <translation>आउटपुट में %2 में से केवल %1 बाइट लिखे जा सके</translation>
    </message>
</context>
<context>
    <name>DeliveryReplay</name>
    <message>
        <source>This request did not reach a known hook (HookDesk answered %1), so there is no hook to send it to again.</source>
        <translation>यह अनुरोध किसी जाने-पहचाने हुक तक नहीं पहुँचा था (HookDesk ने %1 लौटाया), इसलिए इसे दोबारा भेजने के लिए कोई हुक नहीं है।</translation>
    </message>
    <message>
        <source>The delivery log kept only the first %1 of this request&apos;s %2 body, so it cannot be sent again as it was.</source>
        <translation>डिलीवरी लॉग ने इस अनुरोध की %2 बॉडी में से केवल पहले %1 रखे, इसलिए इसे ज्यों का त्यों दोबारा नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <source>The listener is not running. Start it, then replay the delivery.</source>
        <translation>लिसनर नहीं चल रहा। उसे चालू करें, फिर डिलीवरी रीप्ले करें।</translation>
    </message>
    <message>
        <source># Replace TOKEN with the hook&apos;s token (the end of the hook URL HookDesk shows).</source>
        <translation># TOKEN की जगह हुक का टोकन लिखें (HookDesk में दिखने वाले हुक URL का आख़िरी हिस्सा)।</translation>
    </message>
    <message>
        <source># Left out, their values were secret and not kept: %1.</source>
        <translation># छोड़े गए, इनके मान गुप्त थे और सहेजे नहीं गए: %1।</translation>
    </message>
    <message>
        <source># The body was %1 bytes; the delivery log kept the first %2 only.</source>
        <translation># बॉडी %1 बाइट की थी; डिलीवरी लॉग ने केवल पहले %2 रखे।</translation>
    </message>
</context>
<context>
    <name>DirectStoreAccess</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 नहीं खुला: %2</translation>
    </message>
    <message>
        <source>database %1 is unusable: %2</source>
        <translation>डेटाबेस %1 इस्तेमाल नहीं किया जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>EventCatalogue</name>
    <message>
        <source>15 minutes after a webinar ends, once per attendee; HookDesk keeps each attendee</source>
        <translation>वेबिनार ख़त्म होने के 15 मिनट बाद, हर प्रतिभागी के लिए एक बार; HookDesk हर प्रतिभागी को सहेजता है</translation>
    </message>
    <message>
        <source>1 day, 30 minutes and 15 minutes before a session, once per registrant; HookDesk keeps who registered, to count no-shows</source>
        <translation>सत्र से 1 दिन, 30 मिनट और 15 मिनट पहले, हर पंजीकृत व्यक्ति के लिए एक बार; HookDesk रखता है कि किसने पंजीकरण किया, ताकि न आने वालों की गिनती हो सके</translation>
    </message>
    <message>
        <source>1 day before a session, once per registrant; HookDesk keeps who registered</source>
        <translation>सत्र से 1 दिन पहले, हर पंजीकृत व्यक्ति के लिए एक बार; HookDesk रखता है कि किसने पंजीकरण किया</translation>
    </message>
    <message>
        <source>15 minutes before a session, once per registrant; HookDesk keeps who registered (people who register late get only this one)</source>
        <translation>सत्र से 15 मिनट पहले, हर पंजीकृत व्यक्ति के लिए एक बार; HookDesk रखता है कि किसने पंजीकरण किया (देर से पंजीकरण करने वालों को केवल यही मिलता है)</translation>
    </message>
    <message>
        <source>when someone books, or the webinar is created or moved, once per participant with every session; HookDesk keeps who registered and each session&apos;s times</source>
        <translation>जब कोई बुक करता है, या वेबिनार बनाया या खिसकाया जाता है, हर व्यक्ति के लिए एक बार, सभी सत्रों के साथ; HookDesk रखता है कि किसने पंजीकरण किया और हर सत्र का समय</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>File to write; &apos;-&apos; writes to standard output.</source>
        <translation>लिखने के लिए फ़ाइल; &apos;-&apos; देने पर standard output में लिखा जाता है।</translation>
    </message>
    <message>
        <source>Only attendees of this webinar ID.</source>
        <translation>केवल इस वेबिनार ID के प्रतिभागी।</translation>
    </message>
    <message>
        <source>Only attendees matching this filter, as typed in the window&apos;s filter box (e.g. &apos;email:gmail.com after:2026-01-01&apos;).</source>
        <translation>केवल इस फ़िल्टर से मेल खाते प्रतिभागी, ठीक वैसे जैसे विंडो के फ़िल्टर बॉक्स में लिखते हैं (जैसे &apos;email:gmail.com after:2026-01-01&apos;)।</translation>
    </message>
    <message>
        <source>Comma-separated column keys, in the order to write them.</source>
        <translation>कॉमा से अलग किए कॉलम के नाम, उसी क्रम में जिसमें लिखने हैं।</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनचाहा आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out FILE is required (&apos;-&apos; for standard output)</source>
        <translation>--out FILE देना ज़रूरी है (standard output के लिए &apos;-&apos;)</translation>
    </message>
    <message>
        <source>--columns: %1</source>
        <translation>--columns: %1</translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation>--filter: %1</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db के साथ फ़ाइल का नाम दें</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>%1 पर कोई डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>standard output में नहीं लिखा जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to %1</source>
        <translation>
            <numerusform>%n प्रतिभागी %1 में एक्सपोर्ट किया</numerusform>
            <numerusform>%n प्रतिभागी %1 में एक्सपोर्ट किए</numerusform>
        </translation>
    </message>
    <message>
        <source>csv or xlsx (an Excel workbook: phones and IDs as text, dates as date cells in this computer&apos;s time zone, links clickable). Default: xlsx when FILE ends in .xlsx, otherwise csv.</source>
        <translation>csv या xlsx (Excel वर्कबुक: फ़ोन और ID टेक्स्ट के रूप में, तारीखें इस कंप्यूटर के समय क्षेत्र में तारीख वाले सेल में, लिंक क्लिक करने योग्य)। डिफ़ॉल्ट: FILE के अंत में .xlsx हो तो xlsx, नहीं तो csv।</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use csv or xlsx</source>
        <translation>अनजान फ़ॉर्मैट &apos;%1&apos;: csv या xlsx दें</translation>
    </message>
    <message>
        <source>--profile applies to CSV only</source>
        <translation>--profile केवल CSV पर लागू होता है</translation>
    </message>
    <message>
        <source>Write attendees as CSV or as an Excel workbook.
CSV profiles: &apos;spreadsheet&apos; (default) for Excel, LibreOffice and Google Sheets: UTF-8 with BOM, and no cell a spreadsheet would run as a formula; &apos;mail&apos; (or &apos;rfc4180&apos;) for mail tools, CRMs and programs: UTF-8 without BOM, every value exactly as stored.
Columns (default %1): %2</source>
        <translation>प्रतिभागियों को CSV में या Excel वर्कबुक में लिखें।
CSV प्रोफ़ाइल: &apos;spreadsheet&apos; (डिफ़ॉल्ट) Excel, LibreOffice और Google Sheets के लिए: BOM के साथ UTF-8, और कोई भी सेल ऐसा नहीं जिसे स्प्रेडशीट फ़ॉर्मूला मानकर चला दे; &apos;mail&apos; (या &apos;rfc4180&apos;) मेल टूल, CRM और प्रोग्रामों के लिए: BOM के बिना UTF-8, हर मान ठीक वैसा ही जैसा सहेजा गया है।
कॉलम (डिफ़ॉल्ट %1): %2</translation>
    </message>
    <message>
        <source>spreadsheet (default) or mail (also called rfc4180).</source>
        <translation>spreadsheet (डिफ़ॉल्ट) या mail (इसे rfc4180 भी कहते हैं)।</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;: use spreadsheet or mail</source>
        <translation>अनजान प्रोफ़ाइल &apos;%1&apos;: spreadsheet या mail दें</translation>
    </message>
    <message>
        <source>utc (ISO 8601 with +00:00) or local (this computer&apos;s time zone, as the window shows; in CSV with its offset, e.g. +05:30). Default: utc for CSV, local for xlsx.</source>
        <translation>utc (ISO 8601, +00:00 के साथ) या local (इस कंप्यूटर का समय क्षेत्र, जैसा विंडो दिखाती है; CSV में उसके ऑफ़सेट के साथ, जैसे +05:30)। डिफ़ॉल्ट: CSV के लिए utc, xlsx के लिए local।</translation>
    </message>
    <message>
        <source>unknown --times &apos;%1&apos;: use utc or local</source>
        <translation>अनजान --times &apos;%1&apos;: utc या local दें</translation>
    </message>
    <message>
        <source>Whose list: attended (default), registered, no-shows (registered for a session that is over and did not attend; with the recording link, the list to mail the replay to) or walk-ins (attended without a registration HookDesk saw).</source>
        <translation>किसकी सूची: attended (उपस्थित, डिफ़ॉल्ट), registered (पंजीकृत), no-shows (जिन्होंने समाप्त हो चुके सत्र के लिए पंजीकरण किया पर नहीं आए; रिकॉर्डिंग लिंक के साथ, यही सूची रीप्ले भेजने के लिए है) या walk-ins (जो ऐसे पंजीकरण के बिना आए जो HookDesk ने देखा हो)।</translation>
    </message>
    <message>
        <source>unknown --people &apos;%1&apos;: use attended, registered, no-shows or walk-ins</source>
        <translation>अज्ञात --people &apos;%1&apos;: attended, registered, no-shows या walk-ins दें</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>HookDesk</source>
        <translation>HookDesk</translation>
    </message>
    <message>
        <source>HookDesk cannot use its database %1:
%2</source>
        <translation>HookDesk अपना डेटाबेस %1 इस्तेमाल नहीं कर पा रहा:
%2</translation>
    </message>
    <message>
        <source>HookDesk cannot write to its database %1:
%2</source>
        <translation>HookDesk अपने डेटाबेस %1 में लिख नहीं पा रहा:
%2</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>HookDesk is already open on %1; its window was brought forward.</source>
        <translation>HookDesk पहले से %1 पर खुला है; उसकी विंडो सामने ला दी गई है।</translation>
    </message>
    <message>
        <source>HookDesk is already open on %1 (process %2) but does not answer. Close it (or end that process) and start HookDesk again; to open another database, start it with --db FILE.</source>
        <translation>HookDesk पहले से %1 पर खुला है (प्रोसेस %2), पर जवाब नहीं दे रहा। उसे बंद करें (या वह प्रोसेस समाप्त करें) और HookDesk फिर से शुरू करें; कोई दूसरा डेटाबेस खोलने के लिए इसे --db FILE के साथ शुरू करें।</translation>
    </message>
</context>
<context>
    <name>HookCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 नहीं खुला: %2</translation>
    </message>
    <message>
        <source>database %1 is unusable: %2</source>
        <translation>डेटाबेस %1 इस्तेमाल नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>हेडर %1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>साइन किया हुआ</translation>
    </message>
    <message>
        <source>token only</source>
        <translation>केवल टोकन</translation>
    </message>
    <message>
        <source>Manage receiving URLs.
  add     create a hook and print its path /hooks/&lt;token&gt;
  list    show every hook
  retire TOKEN   make a hook answer 410 Gone from now on</source>
        <translation>webhook पाने वाले URL सँभालें।
  add     नया हुक बनाएँ और उसका पाथ /hooks/&lt;token&gt; दिखाएँ
  list    सभी हुक दिखाएँ
  retire TOKEN   हुक बंद करें: अब से वह 410 Gone लौटाएगा</translation>
    </message>
    <message>
        <source>add, list or retire</source>
        <translation>add, list या retire</translation>
    </message>
    <message>
        <source>Event the hook receives (default webinar.completed.all).</source>
        <translation>हुक कौन-सा इवेंट पाएगा (डिफ़ॉल्ट webinar.completed.all)।</translation>
    </message>
    <message>
        <source>Only this webinar ID (informational).</source>
        <translation>केवल यह वेबिनार ID (सिर्फ़ जानकारी के लिए)।</translation>
    </message>
    <message>
        <source>Require this request header to carry a secret value (e.g. x-api-key).</source>
        <translation>अनुरोध के इस हेडर में गुप्त मान होना ज़रूरी हो (जैसे x-api-key)।</translation>
    </message>
    <message>
        <source>Environment variable holding the header&apos;s secret value.</source>
        <translation>वह environment variable जिसमें हेडर का गुप्त मान है।</translation>
    </message>
    <message>
        <source>Environment variable holding a Standard Webhooks signing secret (whsec_&lt;base64&gt;); requests must then be signed.</source>
        <translation>वह environment variable जिसमें Standard Webhooks का साइनिंग सीक्रेट (whsec_&lt;base64&gt;) है; तब हर अनुरोध साइन किया हुआ होना चाहिए।</translation>
    </message>
    <message>
        <source>missing action: add, list or retire</source>
        <translation>काम नहीं बताया: add, list या retire दें</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, list or retire</source>
        <translation>अनजान काम &apos;%1&apos;: add, list या retire दें</translation>
    </message>
    <message>
        <source>retire needs exactly one TOKEN</source>
        <translation>retire के साथ ठीक एक TOKEN दें</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनचाहा आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;; known: %2</source>
        <translation>अनजान इवेंट &apos;%1&apos;; मान्य: %2</translation>
    </message>
    <message>
        <source>--header and --header-secret-env go together</source>
        <translation>--header और --header-secret-env साथ में दें</translation>
    </message>
    <message>
        <source>--header: &apos;%1&apos; is not a header name</source>
        <translation>--header: &apos;%1&apos; हेडर का नाम नहीं है</translation>
    </message>
    <message>
        <source>environment variable %1 is empty or not set</source>
        <translation>environment variable %1 ख़ाली है या सेट नहीं है</translation>
    </message>
    <message>
        <source>the secret in %1 is not of the form whsec_&lt;base64 of 16 or more bytes&gt;</source>
        <translation>%1 का सीक्रेट whsec_&lt;16 या ज़्यादा बाइट का base64&gt; के रूप में नहीं है</translation>
    </message>
    <message>
        <source>retired; it now answers 410 Gone</source>
        <translation>बंद किया; अब यह 410 Gone लौटाता है</translation>
    </message>
    <message>
        <source>no hooks yet; create one with &apos;hookdesk hook add&apos;</source>
        <translation>अभी कोई हुक नहीं है; &apos;hookdesk hook add&apos; से एक बनाएँ</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>active</source>
        <translation>चालू</translation>
    </message>
</context>
<context>
    <name>HookRepository</name>
    <message>
        <source>cannot add the hook: the token is too short to be secret</source>
        <translation>हुक नहीं जोड़ा जा सका: टोकन इतना छोटा है कि गुप्त नहीं रह सकता</translation>
    </message>
    <message>
        <source>cannot add the hook: %1</source>
        <translation>हुक नहीं जोड़ा जा सका: %1</translation>
    </message>
    <message>
        <source>cannot list hooks: %1</source>
        <translation>हुक की सूची नहीं मिल सकी: %1</translation>
    </message>
    <message>
        <source>no token given</source>
        <translation>कोई टोकन नहीं दिया गया</translation>
    </message>
    <message>
        <source>no hook with token %1</source>
        <translation>टोकन %1 वाला कोई हुक नहीं है</translation>
    </message>
    <message>
        <source>token prefix %1 matches several hooks; give more of it</source>
        <translation>टोकन की शुरुआत %1 कई हुक से मेल खाती है; टोकन का और हिस्सा दें</translation>
    </message>
    <message>
        <source>cannot retire the hook: %1</source>
        <translation>हुक बंद नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>the hook %1 is already retired</source>
        <translation>हुक %1 पहले से बंद है</translation>
    </message>
    <message>
        <source>cannot record the registration: %1</source>
        <translation>रजिस्ट्रेशन दर्ज नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>HookUrl</name>
    <message>
        <source>Enter the public address of your tunnel or server, for example https://example.trycloudflare.com.</source>
        <translation>अपने टनल या सर्वर का सार्वजनिक पता लिखें, जैसे https://example.trycloudflare.com</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” वेब पता नहीं है।</translation>
    </message>
    <message>
        <source>The public address must start with https:// (or http://), not %1://.</source>
        <translation>सार्वजनिक पता https:// (या http://) से शुरू होना चाहिए, %1:// से नहीं।</translation>
    </message>
    <message>
        <source>The public address cannot contain “?” or “#”; enter only the address your tunnel or server shows.</source>
        <translation>सार्वजनिक पते में “?” या “#” नहीं हो सकते; केवल वही पता लिखें जो आपका टनल या सर्वर दिखाता है।</translation>
    </message>
    <message>
        <source>The public address cannot contain a user name or password.</source>
        <translation>सार्वजनिक पते में यूज़र नेम या पासवर्ड नहीं हो सकता।</translation>
    </message>
    <message>
        <source>That looks like a whole hook URL. Enter only the part before /hooks/; HookDesk adds a new /hooks/… path itself.</source>
        <translation>यह पूरा हुक URL लगता है। केवल /hooks/ से पहले वाला हिस्सा लिखें; नया /hooks/… पाथ HookDesk ख़ुद जोड़ता है।</translation>
    </message>
</context>
<context>
    <name>ListenAdvice</name>
    <message>
        <source>Port %1 is already in use on %2, most likely by another HookDesk window or a running &apos;hookdesk serve&apos;. Close that one, or choose another port (for example %3) and press Start. To see which program holds the port, run: ss -ltnp &apos;sport = :%1&apos;</source>
        <translation>%2 पर पोर्ट %1 पहले से इस्तेमाल में है, शायद किसी दूसरी HookDesk विंडो या चल रहे &apos;hookdesk serve&apos; के द्वारा। उसे बंद करें, या कोई दूसरा पोर्ट (जैसे %3) चुनकर चालू करें दबाएँ। पोर्ट किस प्रोग्राम के पास है, यह देखने के लिए चलाएँ: ss -ltnp &apos;sport = :%1&apos;</translation>
    </message>
    <message>
        <source>port %1 is already in use on %2, most likely by another HookDesk window or &apos;hookdesk serve&apos;. Stop that one, or choose another port with --port (for example --port %3). To see which program holds the port, run: ss -ltnp &apos;sport = :%1&apos;</source>
        <translation>%2 पर पोर्ट %1 पहले से इस्तेमाल में है, शायद किसी दूसरी HookDesk विंडो या &apos;hookdesk serve&apos; के द्वारा। उसे रोकें, या --port से कोई दूसरा पोर्ट चुनें (जैसे --port %3)। पोर्ट किस प्रोग्राम के पास है, यह देखने के लिए चलाएँ: ss -ltnp &apos;sport = :%1&apos;</translation>
    </message>
    <message>
        <source>This computer has no network address %1. Use 127.0.0.1 to accept calls from this computer only (a tunnel forwards TagMango&apos;s calls to it), or 0.0.0.0 for every network.</source>
        <translation>इस कंप्यूटर का कोई नेटवर्क पता %1 नहीं है। केवल इसी कंप्यूटर से अनुरोध लेने के लिए 127.0.0.1 इस्तेमाल करें (टनल TagMango के अनुरोध इसी पर पहुँचाता है), या हर नेटवर्क के लिए 0.0.0.0।</translation>
    </message>
    <message>
        <source>this computer has no network address %1; use --bind 127.0.0.1 (this computer only) or --bind 0.0.0.0 (every network)</source>
        <translation>इस कंप्यूटर का कोई नेटवर्क पता %1 नहीं है; --bind 127.0.0.1 (केवल यह कंप्यूटर) या --bind 0.0.0.0 (हर नेटवर्क) दें</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights. Choose a port from 1024 up, for example %1, and press Start.</source>
        <translation>1024 से छोटे पोर्ट के लिए एडमिनिस्ट्रेटर अधिकार चाहिए। 1024 या उससे बड़ा पोर्ट चुनें, जैसे %1, और चालू करें दबाएँ।</translation>
    </message>
    <message>
        <source>ports below 1024 need administrator rights; choose one from 1024 up, for example --port %1</source>
        <translation>1024 से छोटे पोर्ट के लिए एडमिनिस्ट्रेटर अधिकार चाहिए; 1024 या उससे बड़ा पोर्ट चुनें, जैसे --port %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>सब चुनें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>एक कदम ऊपर (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>एक कदम नीचे (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>उपयोग: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>विकल्प:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>आर्ग्युमेंट:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[विकल्प]</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>कमांड लाइन के विकल्पों की सहायता दिखाता है।</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt के अपने विकल्पों समेत सहायता दिखाता है।</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>संस्करण की जानकारी दिखाता है।</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>अनजान विकल्प &apos;%1&apos;।</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>अनजान विकल्प: %1।</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; के बाद मान नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; के बाद अनचाहा मान।</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>यह क्या है?</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>यहाँ देखें:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस नाम से सहेजें</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ऊपर का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>आगे जाएँ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ऊपर के फ़ोल्डर में जाएँ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नया फ़ोल्डर (&amp;N)</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची के रूप में दिखाएँ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विवरण के साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>जगहों और बुकमार्क की सूची</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>हाल की जगहें</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहले से मौजूद है।
क्या इसकी जगह नई फ़ाइल रखनी है?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>क्या आप सचमुच &apos;%1&apos; मिटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फ़ोल्डर मिटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; में लिखने की अनुमति नहीं है।
क्या फिर भी इसे मिटाना है?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फ़ोल्डर नहीं मिला।
कृपया जाँच लें कि फ़ोल्डर का नाम सही है।</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फ़ाइल नहीं मिली।
कृपया जाँच लें कि फ़ाइल का नाम सही है।</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>किस्म</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>बदलाव की तारीख</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>कोई मान लिखें:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट वापस लाएँ</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>यहाँ तक स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>बायाँ किनारा</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>सबसे ऊपर</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>दायाँ किनारा</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>सबसे नीचे</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>एक पेज बाएँ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>एक पेज ऊपर</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>एक पेज दाएँ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>एक पेज नीचे</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>बाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>ऊपर स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>दाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>नीचे स्क्रॉल करें</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>बाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>दाएँ स्क्रॉल करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
</context>
<context>
    <name>ReplayLink</name>
    <message>
        <source>No recording link came with this attendee.</source>
        <translation>इस प्रतिभागी के साथ कोई रिकॉर्डिंग लिंक नहीं आया।</translation>
    </message>
    <message>
        <source>HookDesk opens only web links (http or https) with a host name.</source>
        <translation>HookDesk केवल होस्ट नाम वाले वेब लिंक (http या https) खोलता है।</translation>
    </message>
    <message>
        <source>The link contains hidden characters (such as text-direction controls) that can make it look like a different address.</source>
        <translation>लिंक में छिपे हुए अक्षर (जैसे टेक्स्ट की दिशा बदलने वाले कंट्रोल) हैं, जिनसे यह किसी दूसरे पते जैसा दिख सकता है।</translation>
    </message>
    <message>
        <source>The link hides its real destination behind a user name: it leads to %1.</source>
        <translation>लिंक अपनी असली मंज़िल को एक यूज़र नेम के पीछे छिपाता है: यह %1 पर ले जाता है।</translation>
    </message>
    <message>
        <source>The link leads to this computer (%1), not to a web site.</source>
        <translation>लिंक इसी कंप्यूटर (%1) पर ले जाता है, किसी वेबसाइट पर नहीं।</translation>
    </message>
    <message>
        <source>The link leads to a private network address (%1), not to a web site.</source>
        <translation>लिंक एक निजी नेटवर्क पते (%1) पर ले जाता है, किसी वेबसाइट पर नहीं।</translation>
    </message>
    <message>
        <source>The link leads to a link-local address (%1), not to a web site.</source>
        <translation>लिंक एक लिंक-लोकल पते (%1) पर ले जाता है, किसी वेबसाइट पर नहीं।</translation>
    </message>
    <message>
        <source>The link leads to a bare network address (%1) instead of a web site&apos;s name.</source>
        <translation>लिंक किसी वेबसाइट के नाम की जगह सीधे एक नेटवर्क पते (%1) पर ले जाता है।</translation>
    </message>
</context>
<context>
    <name>ReplayLinkText</name>
    <message>
        <source>Open the recording on %1 in your browser:
%2</source>
        <extracomment>%1 is a host name such as example.com, %2 the whole link.</extracomment>
        <translation>%1 पर रखी रिकॉर्डिंग अपने ब्राउज़र में खोलें:
%2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot read the database: %1</source>
        <translation>डेटाबेस पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>the database was written by a newer HookDesk (schema %1, this version knows up to %2)</source>
        <translation>यह डेटाबेस HookDesk के नए संस्करण ने लिखा है (schema %1; यह संस्करण %2 तक जानता है)</translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema %1: %2</source>
        <translation>डेटाबेस को schema %1 पर अपग्रेड नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>unexpected database schema %1 (expected %2)</source>
        <translation>डेटाबेस का schema %1 अपेक्षित नहीं है (%2 होना चाहिए)</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Listen for TagMango webhooks without a window. Prints &apos;listening on http://ADDR:PORT&apos; once ready; SIGINT or SIGTERM stops it after answering what is in flight.</source>
        <translation>बिना विंडो के TagMango webhook सुनें। तैयार होते ही &apos;listening on http://ADDR:PORT&apos; छापता है; SIGINT या SIGTERM मिलने पर चल रहे अनुरोधों का जवाब देकर रुक जाता है।</translation>
    </message>
    <message>
        <source>Largest request body in bytes (default 65536).</source>
        <translation>अनुरोध की बॉडी का अधिकतम आकार, बाइट में (डिफ़ॉल्ट 65536)।</translation>
    </message>
    <message>
        <source>Largest request head in bytes (default 16384).</source>
        <translation>अनुरोध के हेडर का अधिकतम आकार, बाइट में (डिफ़ॉल्ट 16384)।</translation>
    </message>
    <message>
        <source>Seconds before an idle or stalled connection is closed (default 15).</source>
        <translation>इतने सेकंड बाद रुका या बेकार पड़ा कनेक्शन बंद होगा (डिफ़ॉल्ट 15)।</translation>
    </message>
    <message>
        <source>Most connections open at once (default 1024).</source>
        <translation>एक साथ खुले कनेक्शन की अधिकतम संख्या (डिफ़ॉल्ट 1024)।</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनचाहा आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>database %1 is unusable: %2</source>
        <translation>डेटाबेस %1 इस्तेमाल नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>note: no active hook yet; create one with &apos;hookdesk hook add --db %1&apos;</source>
        <translation>ध्यान दें: अभी कोई चालू हुक नहीं है; &apos;hookdesk hook add --db %1&apos; से एक बनाएँ</translation>
    </message>
    <message>
        <source>stopped: %1 stored, %2 duplicates, %3 refused, %4 failed</source>
        <translation>रुका: %1 सहेजे, %2 दोहराए गए, %3 अस्वीकार, %4 विफल</translation>
    </message>
    <message>
        <source>Country whose numbers may come without a country code, as a two-letter code like IN or US (default IN).</source>
        <translation>वह देश जिसके नंबर बिना देश-कोड के आ सकते हैं, दो अक्षरों के कोड में, जैसे IN या US (डिफ़ॉल्ट IN)।</translation>
    </message>
    <message>
        <source>--phone-region: &apos;%1&apos; is not a two-letter country code libphonenumber knows (e.g. IN, US, GB)</source>
        <translation>--phone-region: &apos;%1&apos; ऐसा दो अक्षरों का देश-कोड नहीं है जिसे libphonenumber जानता हो (जैसे IN, US, GB)</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>there is no HookDesk database at %1; pass --db FILE, or the full hook URL with --url</source>
        <translation>%1 पर HookDesk का कोई डेटाबेस नहीं है; --db FILE दें, या --url के साथ पूरा हुक URL</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 नहीं खुला: %2</translation>
    </message>
    <message>
        <source>database %1 is unusable: %2</source>
        <translation>डेटाबेस %1 इस्तेमाल नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>cannot remove the test data: %1</source>
        <translation>टेस्ट डेटा हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Send made-up attendees of a simulated webinar to a HookDesk listener over real HTTP, as TagMango does after a webinar, and report how they were answered. They are stored as test data (webinar ID hookdesk-sim-…); remove them with --remove-test-data.</source>
        <translation>नकली वेबिनार के गढ़े हुए प्रतिभागी असली HTTP से किसी HookDesk लिसनर को भेजें, जैसे TagMango वेबिनार के बाद भेजता है, और बताएँ कि उन्हें क्या जवाब मिला। ये टेस्ट डेटा के रूप में सहेजे जाते हैं (वेबिनार ID hookdesk-sim-…); --remove-test-data से इन्हें हटाएँ।</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 64).</source>
        <translation>एक साथ चल रहे अनुरोध (डिफ़ॉल्ट 64)।</translation>
    </message>
    <message>
        <source>Hook URL to send to. A URL without a path gets the path of the newest active hook in the database (default http://127.0.0.1:%1).</source>
        <translation>किस हुक URL पर भेजना है। बिना पाथ वाले URL को डेटाबेस के सबसे नए चालू हुक का पाथ मिलता है (डिफ़ॉल्ट http://127.0.0.1:%1)।</translation>
    </message>
    <message>
        <source>Webinar title (default &quot;Simulated webinar&quot;).</source>
        <translation>वेबिनार का नाम (डिफ़ॉल्ट &quot;सिमुलेट किया गया वेबिनार&quot;)।</translation>
    </message>
    <message>
        <source>Webinar ID to use (default hookdesk-sim-&lt;date&gt;-&lt;time&gt;). Reusing one sends the same attendees again, as a retry would. Must start with hookdesk-sim-, so the attendees stay test data.</source>
        <translation>इस्तेमाल होने वाली वेबिनार ID (डिफ़ॉल्ट hookdesk-sim-&lt;date&gt;-&lt;time&gt;)। वही ID दोबारा देने पर वही प्रतिभागी फिर भेजे जाते हैं, जैसे दोबारा कोशिश में होता। यह hookdesk-sim- से शुरू होनी चाहिए, ताकि प्रतिभागी टेस्ट डेटा बने रहें।</translation>
    </message>
    <message>
        <source>Send nothing; delete every test attendee (simulations, URL checks) from the database instead.</source>
        <translation>कुछ न भेजें; इसके बजाय डेटाबेस से सभी टेस्ट प्रतिभागी (सिमुलेशन, URL जाँच) मिटा दें।</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनचाहा आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000</source>
        <translation>--count 1 से 1000000 तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to 1024</source>
        <translation>--concurrency 1 से 1024 तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>--webinar-id must start with hookdesk-sim-, so the attendees are stored as test data</source>
        <translation>--webinar-id hookdesk-sim- से शुरू होनी चाहिए, ताकि प्रतिभागी टेस्ट डेटा के रूप में सहेजे जाएँ</translation>
    </message>
    <message>
        <source>--url: &apos;%1&apos; is not an http or https URL</source>
        <translation>--url: &apos;%1&apos; http या https URL नहीं है</translation>
    </message>
    <message>
        <source>no active webinar.completed.all hook in %1; create one with &apos;hookdesk hook add&apos; or pass the full hook URL with --url</source>
        <translation>%1 में webinar.completed.all का कोई चालू हुक नहीं है; &apos;hookdesk hook add&apos; से एक बनाएँ या --url के साथ पूरा हुक URL दें</translation>
    </message>
    <message>
        <source>the newest active hook in %1</source>
        <translation>%1 का सबसे नया चालू हुक</translation>
    </message>
    <message>
        <source>--url</source>
        <translation>--url</translation>
    </message>
    <message>
        <source>sent %1 of %2</source>
        <translation>%2 में से %1 भेजे</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>webinar %1: %2 sent in %3 s (%4/s): %5 stored, %6 duplicate, %7 refused%8, %9 without an answer</source>
        <translation>वेबिनार %1: %3 सेकंड में %2 भेजे (%4/सेकंड): %5 सहेजे, %6 दोहराए गए, %7 अस्वीकार%8, %9 का कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>%1 accepted without being stored (the hook is not for webinar.completed.all)</source>
        <translation>%1 बिना सहेजे स्वीकार हुए (हुक webinar.completed.all के लिए नहीं है)</translation>
    </message>
    <message>
        <source>not every attendee was taken</source>
        <translation>सभी प्रतिभागी नहीं लिए गए</translation>
    </message>
    <message>
        <source>not every attendee was taken; first problem: %1</source>
        <translation>सभी प्रतिभागी नहीं लिए गए; पहली समस्या: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n test attendee(s)</source>
        <translation>
            <numerusform>%n टेस्ट प्रतिभागी हटाया</numerusform>
            <numerusform>%n टेस्ट प्रतिभागी हटाए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sending %n attendee(s) of webinar %1 to %2 (%3), %4 at a time</source>
        <extracomment>%1 webinar ID, %2 hook URL, %3 where the URL came from, %4 requests in flight at once.</extracomment>
        <translation>
            <numerusform>वेबिनार %1 का %n प्रतिभागी %2 (%3) पर भेजा जा रहा है, एक साथ %4</numerusform>
            <numerusform>वेबिनार %1 के %n प्रतिभागी %2 (%3) पर भेजे जा रहे हैं, एक साथ %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no active %1 hook; added one: %2</source>
        <extracomment>%1 event name, %2 the new hook&apos;s path (token shortened).</extracomment>
        <translation>कोई सक्रिय %1 हुक नहीं; एक जोड़ा गया: %2</translation>
    </message>
    <message>
        <source>webinar %1: registered %2, reminders %3, attended %4 + %5 walk-ins</source>
        <extracomment>%1 webinar ID; the rest are counts of calls per phase of a simulated webinar.</extracomment>
        <translation>वेबिनार %1: पंजीकृत %2, रिमाइंडर %3, उपस्थित %4 + %5 बिना पंजीकरण</translation>
    </message>
    <message>
        <source>  %1: %2 sent, %3 accepted (%4 stored, %5 duplicate), %6 refused%7, %8 without an answer</source>
        <extracomment>%1 event name; counts of calls: accepted (2xx), of them stored and duplicate, refused, unanswered.</extracomment>
        <translation>  %1: %2 भेजे, %3 स्वीकार (%4 सहेजे, %5 दोहराए), %6 अस्वीकार%7, %8 बिना जवाब</translation>
    </message>
    <message>
        <source>Attendees to send (default 1000); with --whole-webinar, registrants (default 200).</source>
        <translation>भेजने के लिए प्रतिभागी (डिफ़ॉल्ट 1000); --whole-webinar के साथ, पंजीकृत लोग (डिफ़ॉल्ट 200)।</translation>
    </message>
    <message>
        <source>Play a whole webinar: a booking per registrant (webinar.created.single), the three reminder rounds (webinar.reminder.all), then the completion calls of those who showed up and of a few walk-ins. Hooks for the first two events are taken from the database, or added there.</source>
        <translation>पूरा वेबिनार चलाएँ: हर पंजीकृत व्यक्ति की एक बुकिंग (webinar.created.single), रिमाइंडर के तीन दौर (webinar.reminder.all), फिर आने वालों और बिना पंजीकरण आए कुछ लोगों की समापन कॉल। पहले दो इवेंट के हुक डेटाबेस से लिए जाते हैं, या वहाँ जोड़े जाते हैं।</translation>
    </message>
    <message>
        <source>With --whole-webinar: the percentage of registrants who attend (default 60).</source>
        <translation>--whole-webinar के साथ: पंजीकृत लोगों में से आने वालों का प्रतिशत (डिफ़ॉल्ट 60)।</translation>
    </message>
    <message>
        <source>With --whole-webinar: attendees who never registered (default 5).</source>
        <translation>--whole-webinar के साथ: ऐसे प्रतिभागी जिन्होंने कभी पंजीकरण नहीं किया (डिफ़ॉल्ट 5)।</translation>
    </message>
    <message>
        <source>--show-up must be a whole number from 0 to 100</source>
        <translation>--show-up 0 से 100 तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>--walk-ins must be a whole number from 0 to 1000000</source>
        <translation>--walk-ins 0 से 1000000 तक की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>--show-up and --walk-ins need --whole-webinar</source>
        <translation>--show-up और --walk-ins के लिए --whole-webinar चाहिए</translation>
    </message>
    <message>
        <source>playing webinar %1: %2 registrants, %3 % of them attend, %4 walk-ins; completion calls to %5 (%6), %7 at a time</source>
        <extracomment>%1 webinar ID, %2 registrants, %3 percent, %4 walk-ins, %5 completion hook URL, %6 where it came from, %7 requests in flight.</extracomment>
        <translation>वेबिनार %1 चल रहा है: %2 पंजीकृत, उनमें से %3 % आते हैं, %4 बिना पंजीकरण; समापन कॉल %5 (%6) पर, एक बार में %7</translation>
    </message>
    <message>
        <source>not every call was taken</source>
        <translation>हर कॉल स्वीकार नहीं हुई</translation>
    </message>
    <message>
        <source>not every call was taken; first problem: %1</source>
        <translation>हर कॉल स्वीकार नहीं हुई; पहली समस्या: %1</translation>
    </message>
</context>
<context>
    <name>SimulationHooks</name>
    <message>
        <source>cannot add a %1 hook: %2</source>
        <translation>%1 हुक नहीं जोड़ा जा सका: %2</translation>
    </message>
</context>
<context>
    <name>SubscribeCommand</name>
    <message>
        <source>TagMango API key (typing is hidden): </source>
        <translation>TagMango API key (टाइप करते समय दिखेगी नहीं): </translation>
    </message>
    <message>
        <source>the API key is never taken from the command line, where the process list and shell history would keep it; set %1 or pipe the key on standard input</source>
        <translation>API key कमांड लाइन से कभी नहीं ली जाती, क्योंकि वहाँ वह प्रोसेस सूची और shell history में रह जाती; %1 सेट करें या key को standard input से भेजें</translation>
    </message>
    <message>
        <source>Create a hook and register BASE/hooks/&lt;token&gt; with TagMango.
The API key comes from the %1 environment variable or, if that is not set, from one line of standard input. Exits 0 only when TagMango answers 2xx.</source>
        <translation>एक हुक बनाएँ और BASE/hooks/&lt;token&gt; को TagMango के साथ रजिस्टर करें।
API key environment variable %1 से ली जाती है; वह सेट न हो तो standard input की एक लाइन से। TagMango के 2xx जवाब देने पर ही 0 के साथ बाहर निकलता है।</translation>
    </message>
    <message>
        <source>Public address that reaches this listener (tunnel or server), e.g. https://hooks.example.com.</source>
        <translation>वह सार्वजनिक पता जो इस लिसनर तक पहुँचता है (टनल या सर्वर), जैसे https://hooks.example.com</translation>
    </message>
    <message>
        <source>Event to subscribe to (default webinar.completed.all).</source>
        <translation>किस इवेंट के लिए सब्सक्राइब करना है (डिफ़ॉल्ट webinar.completed.all)।</translation>
    </message>
    <message>
        <source>Only this webinar ID (default: every webinar).</source>
        <translation>केवल यह वेबिनार ID (डिफ़ॉल्ट: सभी वेबिनार)।</translation>
    </message>
    <message>
        <source>TagMango API address (default %1).</source>
        <translation>TagMango API का पता (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Register this existing hook (token or its prefix) again instead of creating a new one.</source>
        <translation>नया हुक बनाने के बजाय इस मौजूदा हुक (टोकन या उसकी शुरुआत) को फिर से रजिस्टर करें।</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनचाहा आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--public-url is required: the tunnel or server address TagMango will post to</source>
        <translation>--public-url देना ज़रूरी है: टनल या सर्वर का वह पता जिस पर TagMango भेजेगा</translation>
    </message>
    <message>
        <source>--api-base must be an http(s) address, such as %1</source>
        <translation>--api-base एक http(s) पता होना चाहिए, जैसे %1</translation>
    </message>
    <message>
        <source>no API key: set %1 or pipe the key on standard input</source>
        <translation>API key नहीं मिली: %1 सेट करें या key को standard input से भेजें</translation>
    </message>
    <message>
        <source>warning: %1 is an address only this computer or network can reach; TagMango&apos;s servers cannot post to it</source>
        <translation>चेतावनी: %1 तक केवल यही कंप्यूटर या नेटवर्क पहुँच सकता है; TagMango के सर्वर उस पर नहीं भेज सकते</translation>
    </message>
    <message>
        <source>token prefix %1 matches several hooks; give more of it</source>
        <translation>टोकन की शुरुआत %1 कई हुक से मेल खाती है; टोकन का और हिस्सा दें</translation>
    </message>
    <message>
        <source>no hook with token %1</source>
        <translation>टोकन %1 वाला कोई हुक नहीं है</translation>
    </message>
    <message>
        <source>hook URL: %1</source>
        <translation>हुक URL: %1</translation>
    </message>
    <message>
        <source>note: the hook %1 is kept; register it again with &apos;hookdesk subscribe --hook %2 --public-url …&apos;, or retire it with &apos;hookdesk hook retire %2&apos;</source>
        <translation>ध्यान दें: हुक %1 रखा गया है; &apos;hookdesk subscribe --hook %2 --public-url …&apos; से उसे फिर से रजिस्टर करें, या &apos;hookdesk hook retire %2&apos; से बंद करें</translation>
    </message>
</context>
<context>
    <name>WebinarsCommand</name>
    <message>
        <source>List webinar sessions with who registered, attended, did not come (no-shows) and came without a registration (walk-ins). No-shows and the show-up rate stay empty while a session is still to come. Times are ISO 8601 UTC.</source>
        <translation>वेबिनार सत्रों की सूची: किसने पंजीकरण किया, कौन आया, कौन नहीं आया (no-shows) और कौन बिना पंजीकरण आया (walk-ins)। जब तक सत्र होना बाकी है, no-shows और उपस्थिति दर खाली रहते हैं। समय ISO 8601 UTC में हैं।</translation>
    </message>
    <message>
        <source>table (default, for reading) or csv (RFC 4180, UTF-8 without BOM, header webinar_id,title,starts_at,ends_at,registered,attended,no_shows,walk_ins,show_up_rate).</source>
        <translation>table (डिफ़ॉल्ट, पढ़ने के लिए) या csv (RFC 4180, BOM के बिना UTF-8, हेडर webinar_id,title,starts_at,ends_at,registered,attended,no_shows,walk_ins,show_up_rate)।</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनपेक्षित आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use table or csv</source>
        <translation>अज्ञात फ़ॉर्मेट &apos;%1&apos;: table या csv दें</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>%1 पर कोई डेटाबेस नहीं</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 नहीं खुल सका: %2</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>डेटाबेस %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>cannot read the webinars: %1</source>
        <translation>वेबिनार पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>स्टैंडर्ड आउटपुट पर लिखा नहीं जा सका</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>स्टैंडर्ड आउटपुट पर लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>no webinars yet</source>
        <translation>अभी कोई वेबिनार नहीं</translation>
    </message>
    <message>
        <source>Webinar ID</source>
        <translation>वेबिनार ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>शुरुआत (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>समाप्ति (UTC)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>बिना पंजीकरण</translation>
    </message>
    <message>
        <source>Show-up %</source>
        <translation>उपस्थिति %</translation>
    </message>
</context>
<context>
    <name>WireText</name>
    <message>
        <source>too many open connections</source>
        <translation>बहुत सारे कनेक्शन खुले हैं</translation>
    </message>
    <message>
        <source>absolute-form request target; send only the path, starting with /</source>
        <translation>absolute-form अनुरोध लक्ष्य; केवल / से शुरू होने वाला पथ भेजें</translation>
    </message>
    <message>
        <source>asterisk-form request target is not accepted</source>
        <translation>asterisk-form अनुरोध लक्ष्य स्वीकार नहीं है</translation>
    </message>
    <message>
        <source>request target must start with /</source>
        <translation>अनुरोध लक्ष्य / से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>request target must not start with //</source>
        <translation>अनुरोध लक्ष्य // से शुरू नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>malformed percent-encoding in request target</source>
        <translation>अनुरोध लक्ष्य में गलत percent-encoding</translation>
    </message>
    <message>
        <source>encoded slash, backslash or dot in the request path</source>
        <translation>अनुरोध पथ में encoded स्लैश, बैकस्लैश या डॉट</translation>
    </message>
    <message>
        <source>encoded NUL in request target</source>
        <translation>अनुरोध लक्ष्य में encoded NUL</translation>
    </message>
    <message>
        <source>fragment in request target</source>
        <translation>अनुरोध लक्ष्य में fragment (#)</translation>
    </message>
    <message>
        <source>invalid character in request target</source>
        <translation>अनुरोध लक्ष्य में अमान्य अक्षर</translation>
    </message>
    <message>
        <source>dot segment in the request path</source>
        <translation>अनुरोध पथ में dot segment (. या ..)</translation>
    </message>
    <message>
        <source>chunk data longer than its size</source>
        <translation>chunk का डेटा उसके बताए आकार से लंबा है</translation>
    </message>
    <message>
        <source>bare CR in request head</source>
        <translation>अनुरोध हेडर में अकेला CR</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>अनुरोध की पहली लाइन ग़लत है</translation>
    </message>
    <message>
        <source>unsupported HTTP version; use HTTP/1.1</source>
        <translation>असमर्थित HTTP संस्करण; HTTP/1.1 इस्तेमाल करें</translation>
    </message>
    <message>
        <source>obsolete line folding in request head</source>
        <translation>अनुरोध हेडर में पुरानी line folding</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>हेडर की लाइन ग़लत है</translation>
    </message>
    <message>
        <source>invalid character in a header value</source>
        <translation>हेडर के मान में अमान्य अक्षर</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length ग़लत है</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>Content-Length हेडर आपस में मेल नहीं खाते</translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation>एक से ज़्यादा Host हेडर</translation>
    </message>
    <message>
        <source>malformed Host header</source>
        <translation>गलत Host हेडर</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 request</source>
        <translation>HTTP/1.0 अनुरोध में Transfer-Encoding</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation>Content-Length और Transfer-Encoding दोनों दिए गए हैं</translation>
    </message>
    <message>
        <source>chunk size line too long</source>
        <translation>chunk size वाली लाइन बहुत लंबी है</translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation>chunk size ग़लत है</translation>
    </message>
    <message>
        <source>malformed trailer field</source>
        <translation>गलत trailer फ़ील्ड</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>GET इस्तेमाल करें</translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation>ऐसा कोई endpoint नहीं है</translation>
    </message>
    <message>
        <source>unknown hook</source>
        <translation>अनजान हुक</translation>
    </message>
    <message>
        <source>this hook has been retired; stop sending to it</source>
        <translation>यह हुक बंद हो चुका है; इस पर भेजना बंद करें</translation>
    </message>
    <message>
        <source>use POST</source>
        <translation>POST इस्तेमाल करें</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>अनुमति नहीं</translation>
    </message>
    <message>
        <source>Content-Type must be application/json</source>
        <translation>Content-Type application/json होना चाहिए</translation>
    </message>
    <message>
        <source>the store is not accepting writes</source>
        <translation>डेटाबेस अभी कुछ लिखने नहीं दे रहा</translation>
    </message>
    <message>
        <source>storage unavailable; retry later</source>
        <translation>स्टोरेज अभी उपलब्ध नहीं है; बाद में फिर कोशिश करें</translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation>अनुरोध की बॉडी %1 बाइट से बड़ी है</translation>
    </message>
    <message>
        <source>request headers larger than %1 bytes</source>
        <translation>अनुरोध के हेडर %1 बाइट से बड़े हैं</translation>
    </message>
    <message>
        <source>request trailers larger than %1 bytes</source>
        <translation>अनुरोध के trailer %1 बाइट से बड़े हैं</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>%1 से ज़्यादा हेडर फ़ील्ड</translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding: %1</source>
        <translation>यह Transfer-Encoding समर्थित नहीं है: %1</translation>
    </message>
    <message>
        <source>request not completed within %1 s</source>
        <translation>अनुरोध %1 सेकंड में पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>connection limit of %1 reached</source>
        <translation>%1 कनेक्शन की सीमा पूरी हो गई</translation>
    </message>
    <message>
        <source>connection closed to make room: no complete request head for %1 s</source>
        <translation>जगह बनाने के लिए कनेक्शन बंद किया: %1 सेकंड से कोई पूरा अनुरोध हेडर नहीं</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>ज़रूरी फ़ील्ड नहीं है</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>string होना चाहिए</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ख़ाली नहीं होना चाहिए</translation>
    </message>
    <message>
        <source>must be a string or a whole non-negative number without fraction or exponent</source>
        <translation>string या शून्य से बड़ी या उसके बराबर पूर्ण संख्या होनी चाहिए, बिना दशमलव या घातांक के</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>बॉडी एक JSON object होनी चाहिए</translation>
    </message>
    <message>
        <source>missing webhook-id</source>
        <translation>webhook-id नहीं है</translation>
    </message>
    <message>
        <source>missing webhook-timestamp</source>
        <translation>webhook-timestamp नहीं है</translation>
    </message>
    <message>
        <source>missing webhook-signature</source>
        <translation>webhook-signature नहीं है</translation>
    </message>
    <message>
        <source>malformed webhook-timestamp</source>
        <translation>webhook-timestamp ग़लत है</translation>
    </message>
    <message>
        <source>no valid webhook-signature</source>
        <translation>कोई मान्य webhook-signature नहीं है</translation>
    </message>
    <message>
        <source>no error occurred</source>
        <translation>कोई त्रुटि नहीं हुई</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>object पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>नाम के बाद विभाजक (:) नहीं है</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>array पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>मानों के बीच विभाजक (,) नहीं है</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>अमान्य मान</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>दस्तावेज़ एक संख्या पर अधूरा ख़त्म हुआ</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>अमान्य संख्या</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>अमान्य escape sequence</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>अमान्य UTF-8 string</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>string पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>comma के बाद object नहीं है</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>दस्तावेज़ में बहुत ज़्यादा परतें (nesting) हैं</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>दस्तावेज़ बहुत बड़ा है</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>दस्तावेज़ के अंत में फ़ालतू डेटा है</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>offset %1 पर JSON ग़लत है: %2</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 अक्षरों से लंबा है</translation>
    </message>
    <message>
        <source>is not an email address: %1</source>
        <translation>ईमेल पता नहीं है: %1</translation>
    </message>
    <message>
        <source>contains a space, an invisible or a control character (U+%1)</source>
        <translation>इसमें स्पेस, अदृश्य या कंट्रोल अक्षर (U+%1) है</translation>
    </message>
    <message>
        <source>the part before the @ may not contain &quot;%1&quot;</source>
        <translation>@ से पहले वाले हिस्से में &quot;%1&quot; नहीं हो सकता</translation>
    </message>
    <message>
        <source>the part before the @ is longer than %1 bytes</source>
        <translation>@ से पहले वाला हिस्सा %1 बाइट से लंबा है</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>%1 बाइट से लंबा है</translation>
    </message>
    <message>
        <source>missing header %1</source>
        <translation>हेडर %1 नहीं है</translation>
    </message>
    <message>
        <source>header %1 given more than once</source>
        <translation>हेडर %1 एक से ज़्यादा बार दिया गया है</translation>
    </message>
    <message>
        <source>wrong secret in header %1</source>
        <translation>हेडर %1 में ग़लत सीक्रेट</translation>
    </message>
    <message>
        <source>webhook-timestamp %1 s away from now (tolerance %2 s)</source>
        <translation>webhook-timestamp अभी के समय से %1 सेकंड दूर है (छूट %2 सेकंड)</translation>
    </message>
    <message>
        <source>webhook-id already processed</source>
        <translation>यह webhook-id पहले ही संसाधित हो चुका है</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ख़ाली है</translation>
    </message>
    <message>
        <source>must contain exactly one @</source>
        <translation>इसमें ठीक एक @ होना चाहिए</translation>
    </message>
    <message>
        <source>has nothing before the @</source>
        <translation>@ से पहले कुछ नहीं है</translation>
    </message>
    <message>
        <source>has no domain after the @</source>
        <translation>@ के बाद कोई डोमेन नहीं है</translation>
    </message>
    <message>
        <source>the part before the @ must not start or end with a dot or have two in a row</source>
        <translation>@ से पहले वाला हिस्सा डॉट से शुरू या ख़त्म नहीं हो सकता, और उसमें दो डॉट लगातार नहीं हो सकते</translation>
    </message>
    <message>
        <source>the domain is not a valid host name</source>
        <translation>डोमेन मान्य होस्ट नाम नहीं है</translation>
    </message>
    <message>
        <source>the domain must be labels of letters, digits and hyphens separated by single dots</source>
        <translation>डोमेन अक्षरों, अंकों और हाइफ़न वाले हिस्सों से बना होना चाहिए, जिनके बीच एक-एक डॉट हो</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with Z or an offset, such as 2024-03-15T10:00:00.000Z</source>
        <translation>Z या ऑफ़सेट के साथ ISO 8601 समय होना चाहिए, जैसे 2024-03-15T10:00:00.000Z</translation>
    </message>
    <message>
        <source>is before webinarFromTime</source>
        <translation>webinarFromTime से पहले है</translation>
    </message>
    <message>
        <source>must be an array of sessions</source>
        <translation>सत्रों की array होनी चाहिए</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>object होना चाहिए</translation>
    </message>
    <message>
        <source>more than %1 sessions</source>
        <translation>%1 से अधिक सत्र</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>cannot create the workbook %1</source>
        <translation>वर्कबुक %1 नहीं बन सकी</translation>
    </message>
    <message>
        <source>cannot create the worksheet in %1</source>
        <translation>%1 में वर्कशीट नहीं बन सकी</translation>
    </message>
    <message>
        <source>more than %1 rows do not fit in one worksheet</source>
        <translation>एक वर्कशीट में %1 से अधिक पंक्तियाँ नहीं आ सकतीं</translation>
    </message>
</context>
<context>
    <name>hookdesk::ActivityChart</name>
    <message>
        <source>Requests per minute over the last hour</source>
        <translation>पिछले एक घंटे में प्रति मिनट अनुरोध</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>Requests per minute, last hour</source>
        <translation>प्रति मिनट अनुरोध, पिछला घंटा</translation>
    </message>
</context>
<context>
    <name>hookdesk::ApiKeyField</name>
    <message>
        <source>Paste the key from TagMango → Platform Integrations</source>
        <translation>TagMango → Platform Integrations से key चिपकाएँ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>key भूल जाएँ</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>key केवल इस सत्र के लिए रखें</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <source>Looking for a saved key in the system keychain…</source>
        <translation>सिस्टम कीचेन में सहेजी गई key खोजी जा रही है…</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>सिस्टम कीचेन में सहेजी गई।</translation>
    </message>
    <message>
        <source>HookDesk saves the key in the system keychain once TagMango accepts it.</source>
        <translation>TagMango के key स्वीकार करते ही HookDesk उसे सिस्टम कीचेन में सहेज लेता है।</translation>
    </message>
    <message>
        <source>%1 You can keep it in memory until HookDesk quits; otherwise it is used once and then cleared from this form.</source>
        <translation>%1 आप इसे HookDesk बंद होने तक मेमोरी में रख सकते हैं; नहीं तो यह एक बार इस्तेमाल होकर इस फ़ॉर्म से हट जाएगी।</translation>
    </message>
    <message>
        <source>Kept for this session only: HookDesk forgets the key when it quits.</source>
        <translation>केवल इस सत्र के लिए रखी गई: HookDesk बंद होने पर key भूल जाएगा।</translation>
    </message>
    <message>
        <source>Removed from the system keychain.</source>
        <translation>सिस्टम कीचेन से हटा दी गई।</translation>
    </message>
    <message>
        <source>Forgotten.</source>
        <translation>भुला दी गई।</translation>
    </message>
    <message>
        <source>TagMango refused this key. Paste the key from your TagMango dashboard (Platform Integrations).</source>
        <translation>TagMango ने यह key नहीं मानी। अपने TagMango डैशबोर्ड (Platform Integrations) से key चिपकाएँ।</translation>
    </message>
    <message>
        <source>%1 You can keep it in memory until HookDesk quits.</source>
        <translation>%1 आप इसे HookDesk बंद होने तक मेमोरी में रख सकते हैं।</translation>
    </message>
    <message>
        <source>The system keychain reported: %1</source>
        <translation>सिस्टम कीचेन ने बताया: %1</translation>
    </message>
    <message>
        <source>%1 The API key field is empty, so there is nothing to keep yet: paste the key from TagMango (Platform Integrations) into it, then press “%2” again.</source>
        <translation>%1 API key का फ़ील्ड ख़ाली है, इसलिए अभी रखने को कुछ नहीं है: TagMango (Platform Integrations) से key उसमें चिपकाएँ, फिर “%2” दोबारा दबाएँ।</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain.</source>
        <translation>key कीचेन से हटाई नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeActions</name>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translation>%1 ब्राउज़र में नहीं खुल सका।</translation>
    </message>
    <message>
        <source>Opened the replay in your browser.</source>
        <translation>रीप्ले आपके ब्राउज़र में खुल गया।</translation>
    </message>
    <message>
        <source>There is no %1 to copy.</source>
        <extracomment>%1 names the thing, e.g. &quot;phone number&quot;, &quot;replay link&quot;, &quot;hook URL&quot;.</extracomment>
        <translation>कॉपी करने के लिए कोई %1 नहीं है।</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <extracomment>%1 names the thing copied, e.g. &quot;email address&quot;, &quot;hook URL&quot;.</extracomment>
        <translation>%1 कॉपी हो गया।</translation>
    </message>
    <message>
        <source>Delete attendees</source>
        <translation>प्रतिभागी मिटाएँ</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from “%3”?</source>
        <extracomment>%1 is a name (or &quot;this attendee&quot;), %2 an email address, %3 a webinar title.</extracomment>
        <translation>“%3” से %1 (%2) को मिटाएँ?</translation>
    </message>
    <message>
        <source>this attendee</source>
        <translation>इस प्रतिभागी</translation>
    </message>
    <message>
        <source>Delete attendee</source>
        <translation>प्रतिभागी मिटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln attendee(s)?</source>
        <translation>
            <numerusform>क्या यह %Ln प्रतिभागी मिटाना है?</numerusform>
            <numerusform>क्या ये %Ln प्रतिभागी मिटाने हैं?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln attendee(s)</source>
        <extracomment>Button of the confirmation.</extracomment>
        <translation>
            <numerusform>%Ln प्रतिभागी मिटाएँ</numerusform>
            <numerusform>%Ln प्रतिभागी मिटाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Their rows and the logged requests that carried them are removed for good. If TagMango sends them again, they come back.</source>
        <translation>इनकी पंक्तियाँ और इन्हें लाने वाले लॉग किए गए अनुरोध हमेशा के लिए हट जाएँगे। TagMango इन्हें फिर भेजे तो ये वापस आ जाएँगे।</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <extracomment>%1 is an email address.</extracomment>
        <translation>%1 मिटा दिया गया।</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln attendee(s).</source>
        <translation>
            <numerusform>%Ln प्रतिभागी मिटा दिया गया।</numerusform>
            <numerusform>%Ln प्रतिभागी मिटा दिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete webinar</source>
        <extracomment>Button of the confirmation.</extracomment>
        <translation>वेबिनार मिटाएँ</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <extracomment>%1 is the webinar&apos;s title.</extracomment>
        <translation>“%1” मिटा दिया गया।</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>कुछ भी नहीं मिटाया गया: %1</translation>
    </message>
    <message>
        <source>Cannot open the replay</source>
        <translation>रीप्ले नहीं खुल सका</translation>
    </message>
    <message>
        <source>HookDesk could not open the replay in your browser.</source>
        <translation>HookDesk रीप्ले को आपके ब्राउज़र में नहीं खोल सका।</translation>
    </message>
    <message>
        <source>Copy the link and paste it into your browser:
%1</source>
        <extracomment>%1 is the replay link.</extracomment>
        <translation>लिंक कॉपी करें और अपने ब्राउज़र में चिपकाएँ:
%1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>लिंक कॉपी करें</translation>
    </message>
    <message>
        <source>replay link</source>
        <extracomment>Fills &quot;Copied the %1.&quot; and &quot;There is no %1 to copy.&quot;</extracomment>
        <translation>रीप्ले लिंक</translation>
    </message>
    <message>
        <source>Delete registrations</source>
        <translation>पंजीकरण हटाएँ</translation>
    </message>
    <message>
        <source>Delete the registration of %1 (%2) for “%3”?</source>
        <extracomment>%1 is a name (or &quot;this person&quot;), %2 an email address, %3 a webinar title.</extracomment>
        <translation>“%3” के लिए %1 (%2) का पंजीकरण हटाएँ?</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>यह व्यक्ति</translation>
    </message>
    <message>
        <source>Delete registration</source>
        <translation>पंजीकरण हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln registration(s)?</source>
        <translation>
            <numerusform>यह %Ln पंजीकरण हटाएँ?</numerusform>
            <numerusform>ये %Ln पंजीकरण हटाएँ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln registration(s)</source>
        <extracomment>Button of the confirmation.</extracomment>
        <translation>
            <numerusform>%Ln पंजीकरण हटाएँ</numerusform>
            <numerusform>%Ln पंजीकरण हटाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave the registered and no-show lists and the counts; attendance is not touched. A reminder or booking TagMango sends later registers them again.</source>
        <translation>ये पंजीकृत और न आने वालों की सूचियों और गिनतियों से हट जाते हैं; उपस्थिति नहीं बदलती। TagMango बाद में कोई रिमाइंडर या बुकिंग भेजे तो ये फिर से पंजीकृत हो जाते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln registration(s).</source>
        <translation>
            <numerusform>%Ln पंजीकरण हटाया गया।</numerusform>
            <numerusform>%Ln पंजीकरण हटाए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, its %Ln attendee(s) and its registrations?</source>
        <extracomment>%1 is the webinar&apos;s title.</extracomment>
        <translation>
            <numerusform>“%1”, उसका %Ln प्रतिभागी और उसके पंजीकरण हटाएँ?</numerusform>
            <numerusform>“%1”, उसके %Ln प्रतिभागी और उसके पंजीकरण हटाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every attendee and registration of this webinar, and the logged requests that carried the attendees, are removed for good. Calls TagMango sends later are kept again.</source>
        <translation>इस वेबिनार के सभी प्रतिभागी और पंजीकरण, और प्रतिभागियों को लाने वाले लॉग किए गए अनुरोध, हमेशा के लिए हटा दिए जाते हैं। TagMango बाद में जो कॉल भेजेगा, वे फिर से रखी जाएँगी।</translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeTableModel</name>
    <message>
        <source>Replay</source>
        <translation>रीप्ले</translation>
    </message>
    <message>
        <source>%1
Webinar ID: %2</source>
        <translation>%1
वेबिनार ID: %2</translation>
    </message>
    <message>
        <source>First received %1
Last received %2</source>
        <translation>पहली बार मिला: %1
आख़िरी बार मिला: %2</translation>
    </message>
    <message>
        <source>Open the replay of %1</source>
        <translation>%1 का रीप्ले खोलें</translation>
    </message>
    <message>
        <source>Replay unavailable</source>
        <translation>रीप्ले उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>वेबिनार</translation>
    </message>
    <message>
        <source>First received</source>
        <translation>पहली बार मिला</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message numerus="yes">
        <source>TagMango sent this attendee %Ln time(s).</source>
        <translation>
            <numerusform>TagMango ने यह प्रतिभागी %Ln बार भेजा।</numerusform>
            <numerusform>TagMango ने यह प्रतिभागी %Ln बार भेजा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered for %Ln webinar(s), attended %1</source>
        <extracomment>Across all of the creator&apos;s webinars, by email: &quot;Registered for 3 webinars, attended 2&quot;.</extracomment>
        <translation>
            <numerusform>%Ln वेबिनार के लिए पंजीकृत, %1 में उपस्थित</numerusform>
            <numerusform>%Ln वेबिनार के लिए पंजीकृत, %1 में उपस्थित</numerusform>
        </translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक किया</translation>
    </message>
    <message>
        <source>Reminder a day before</source>
        <translation>एक दिन पहले का रिमाइंडर</translation>
    </message>
    <message>
        <source>Reminder 30 minutes before</source>
        <translation>30 मिनट पहले का रिमाइंडर</translation>
    </message>
    <message>
        <source>Reminder 15 minutes before</source>
        <translation>15 मिनट पहले का रिमाइंडर</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A call TagMango made for this registration: &quot;Booked: 3 Dec 2026 10:00&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registration first heard of %1
Latest call %2</source>
        <translation>पंजीकरण की पहली सूचना %1
आख़िरी कॉल %2</translation>
    </message>
    <message numerus="yes">
        <source>TagMango sent %Ln booking or reminder call(s) for this registration.</source>
        <translation>
            <numerusform>TagMango ने इस पंजीकरण के लिए %Ln बुकिंग या रिमाइंडर कॉल भेजी।</numerusform>
            <numerusform>TagMango ने इस पंजीकरण के लिए %Ln बुकिंग या रिमाइंडर कॉल भेजीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered</source>
        <extracomment>Column header: when a registration was first heard of (booking or first reminder).</extracomment>
        <translation>पंजीकृत</translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeTablePanel</name>
    <message>
        <source>Attendees</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Open replay</source>
        <translation>रीप्ले खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Copy &amp;email</source>
        <translation>ईमेल कॉपी करें (&amp;E)</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation>फ़ोन नंबर कॉपी करें (&amp;P)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Copy replay &amp;link</source>
        <translation>रीप्ले लिंक कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <source>replay link</source>
        <translation>रीप्ले लिंक</translation>
    </message>
    <message>
        <source>Show only this &amp;webinar</source>
        <translation>केवल यह वेबिनार दिखाएँ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete attendee…</source>
        <translation>प्रतिभागी मिटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>Delete this webinar…</source>
        <translation>यह वेबिनार मिटाएँ…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln attendee(s)…</source>
        <translation>
            <numerusform>%Ln प्रतिभागी मिटाएँ (&amp;D)…</numerusform>
            <numerusform>%Ln प्रतिभागी मिटाएँ (&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendees match this filter.</source>
        <translation>इस फ़िल्टर से कोई प्रतिभागी मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>The attendees could not be read: %1</source>
        <translation>प्रतिभागी पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>रीप्ले</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln registration(s)…</source>
        <translation>
            <numerusform>%Ln पंजीकरण हटाएँ… (&amp;D)</numerusform>
            <numerusform>%Ln पंजीकरण हटाएँ… (&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete registration…</source>
        <translation>पंजीकरण हटाएँ… (&amp;D)</translation>
    </message>
    <message>
        <source>No attendees in this webinar yet: TagMango sends them when the session is over (webinar.completed.all).</source>
        <translation>इस वेबिनार में अभी कोई प्रतिभागी नहीं: सत्र समाप्त होने पर TagMango उन्हें भेजता है (webinar.completed.all)।</translation>
    </message>
    <message>
        <source>No attendees yet: TagMango sends them when a session is over (webinar.completed.all).</source>
        <translation>अभी कोई प्रतिभागी नहीं: सत्र समाप्त होने पर TagMango उन्हें भेजता है (webinar.completed.all)।</translation>
    </message>
    <message>
        <source>No registrants match this filter.</source>
        <translation>इस फ़िल्टर से कोई पंजीकृत व्यक्ति मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No registrations for this webinar: HookDesk hears of them from the webinar.reminder.all or webinar.created.single hooks on the Subscriptions tab.</source>
        <translation>इस वेबिनार के लिए कोई पंजीकरण नहीं: HookDesk को इनकी जानकारी सब्सक्रिप्शन टैब के webinar.reminder.all या webinar.created.single हुक से मिलती है।</translation>
    </message>
    <message>
        <source>No registrations yet: add a hook for webinar.reminder.all or webinar.created.single on the Subscriptions tab.</source>
        <translation>अभी कोई पंजीकरण नहीं: सब्सक्रिप्शन टैब पर webinar.reminder.all या webinar.created.single के लिए हुक जोड़ें।</translation>
    </message>
    <message>
        <source>No no-shows match this filter.</source>
        <translation>इस फ़िल्टर से न आने वाला कोई मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No no-shows: every registrant came, or the session is still to come.</source>
        <translation>कोई न आने वाला नहीं: हर पंजीकृत व्यक्ति आया, या सत्र अभी होना है।</translation>
    </message>
    <message>
        <source>No walk-ins match this filter.</source>
        <translation>इस फ़िल्टर से बिना पंजीकरण आया कोई मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No walk-ins: everyone who attended had registered.</source>
        <translation>बिना पंजीकरण कोई नहीं आया: हर उपस्थित व्यक्ति ने पंजीकरण किया था।</translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveriesPage</name>
    <message>
        <source>Show requests answered</source>
        <translation>इस जवाब वाले अनुरोध दिखाएँ</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>सभी अनुरोध</translation>
    </message>
    <message>
        <source>Accepted (2xx)</source>
        <translation>स्वीकार (2xx)</translation>
    </message>
    <message>
        <source>Refused (4xx, 5xx)</source>
        <translation>अस्वीकार (4xx, 5xx)</translation>
    </message>
    <message>
        <source>Show requests to hook</source>
        <translation>इस हुक के अनुरोध दिखाएँ</translation>
    </message>
    <message>
        <source>All hooks</source>
        <translation>सभी हुक</translation>
    </message>
    <message>
        <source>No known hook</source>
        <translation>कोई जाना-पहचाना हुक नहीं</translation>
    </message>
    <message>
        <source>Requests to an unknown token or another path, and requests refused before their path was read.</source>
        <translation>अनजान टोकन या किसी दूसरे पाथ पर आए अनुरोध, और वे अनुरोध जो पाथ पढ़े जाने से पहले ही अस्वीकार हो गए।</translation>
    </message>
    <message>
        <source>Show requests received</source>
        <translation>इस समय में मिले अनुरोध दिखाएँ</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>पिछले 15 मिनट</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>पिछला एक घंटा</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>दिखाएँ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Hook:</source>
        <translation>हुक (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>प्राप्ति (&amp;R):</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Hook %1</source>
        <translation>हुक %1</translation>
    </message>
    <message>
        <source>Hook %1 (retired)</source>
        <translation>हुक %1 (बंद)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>डिलीवरी लॉग पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>No requests match</source>
        <translation>कोई अनुरोध मेल नहीं खाता</translation>
    </message>
    <message>
        <source>This request is no longer in the delivery log.</source>
        <translation>यह अनुरोध अब डिलीवरी लॉग में नहीं है।</translation>
    </message>
    <message>
        <source>Cannot read this request: %1</source>
        <translation>यह अनुरोध पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>The listener is not running.</source>
        <translation>लिसनर नहीं चल रहा।</translation>
    </message>
    <message>
        <source>This request reached no known hook, so there is nothing to send it to.</source>
        <translation>यह अनुरोध किसी जाने-पहचाने हुक तक नहीं पहुँचा, इसलिए इसे भेजने की कोई जगह नहीं है।</translation>
    </message>
    <message>
        <source>Only the beginning of this request&apos;s body was kept, so it cannot be sent again as it was.</source>
        <translation>इस अनुरोध की बॉडी का केवल शुरुआती हिस्सा रखा गया, इसलिए इसे ज्यों का त्यों दोबारा नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <source>Copied a curl command for this request. Replace TOKEN with your hook&apos;s token before running it; secret headers were never stored and are left out.</source>
        <translation>इस अनुरोध का curl कमांड कॉपी हो गया। चलाने से पहले TOKEN की जगह अपने हुक का टोकन लिखें; गुप्त हेडर कभी सहेजे नहीं गए, इसलिए उनमें नहीं हैं।</translation>
    </message>
    <message>
        <source>Copied the request as a curl command</source>
        <translation>अनुरोध curl कमांड के रूप में कॉपी हो गया</translation>
    </message>
    <message>
        <source>Sending the request to %1…</source>
        <translation>अनुरोध %1 पर भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The replay got no answer: %1</source>
        <translation>रीप्ले का कोई जवाब नहीं मिला: %1</translation>
    </message>
    <message>
        <source>Replayed: HookDesk answered 200 and stored the attendee. The replay is the newest request above.</source>
        <translation>रीप्ले हो गया: HookDesk ने 200 लौटाया और प्रतिभागी सहेज लिया। रीप्ले ऊपर सबसे नया अनुरोध है।</translation>
    </message>
    <message>
        <source>Replayed: HookDesk answered 200 duplicate; this attendee was already stored.</source>
        <translation>रीप्ले हो गया: HookDesk ने 200 duplicate लौटाया; यह प्रतिभागी पहले से सहेजा हुआ था।</translation>
    </message>
    <message>
        <source>Replayed: HookDesk answered %1 %2.</source>
        <translation>रीप्ले हो गया: HookDesk ने %1 %2 लौटाया।</translation>
    </message>
    <message>
        <source>Replayed: HookDesk refused it again with %1: %2</source>
        <translation>रीप्ले हो गया: HookDesk ने इसे फिर %1 के साथ अस्वीकार किया: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), newest first</source>
        <translation>
            <numerusform>%Ln अनुरोध, सबसे नए पहले</numerusform>
            <numerusform>%Ln अनुरोध, सबसे नए पहले</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveryDetailView</name>
    <message>
        <source>Header</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>अनुरोध के हेडर</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>अनुरोध की बॉडी</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Copies a curl command that sends this request again. Secret header values were never stored and stay out; the hook token is a placeholder, so the command is safe to share.</source>
        <translation>ऐसा curl कमांड कॉपी करता है जो यह अनुरोध फिर भेजे। गुप्त हेडर के मान कभी सहेजे नहीं गए और उसमें नहीं होते; हुक टोकन की जगह एक प्लेसहोल्डर है, इसलिए कमांड शेयर करना सुरक्षित है।</translation>
    </message>
    <message>
        <source>Replay into HookDesk</source>
        <translation>HookDesk में रीप्ले करें</translation>
    </message>
    <message>
        <source>Sends the stored request to this HookDesk&apos;s listener again, through the same checks and storage as a call from TagMango.</source>
        <translation>सहेजा गया अनुरोध इस HookDesk के लिसनर को फिर भेजता है, उन्हीं जाँचों और सहेजने की प्रक्रिया से जिनसे TagMango का अनुरोध गुज़रता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Headers&lt;/b&gt;</source>
        <translation>&lt;b&gt;हेडर&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Body&lt;/b&gt;</source>
        <translation>&lt;b&gt;बॉडी&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large; color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 · from %2 · %3 %4 · hook: %5</source>
        <translation>%1 · %2 से · %3 %4 · हुक: %5</translation>
    </message>
    <message>
        <source>unknown address</source>
        <translation>अनजान पता</translation>
    </message>
    <message>
        <source>(no path: refused before it was read)</source>
        <translation>(कोई पाथ नहीं: पढ़े जाने से पहले ही अस्वीकार)</translation>
    </message>
    <message>
        <source>••• secret, not kept</source>
        <translation>••• गुप्त, सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>HookDesk masks secret header values (tokens, keys, signatures) before it stores a request.</source>
        <translation>अनुरोध सहेजने से पहले HookDesk गुप्त हेडर के मान (टोकन, key, सिग्नेचर) छिपा देता है।</translation>
    </message>
    <message>
        <source>HookDesk refused this request before reading its body.</source>
        <translation>HookDesk ने यह अनुरोध उसकी बॉडी पढ़ने से पहले ही अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The request had no body.</source>
        <translation>अनुरोध में कोई बॉडी नहीं थी।</translation>
    </message>
    <message>
        <source>The body was %1; the delivery log keeps the first %2.</source>
        <translation>बॉडी %1 की थी; डिलीवरी लॉग पहले %2 रखता है।</translation>
    </message>
    <message>
        <source>%1, as received%2.</source>
        <translation>%1, जैसी मिली थी%2।</translation>
    </message>
    <message>
        <source>, shown indented</source>
        <translation>, इंडेंट करके दिखाई गई</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body.</source>
        <translation>हेडर और बॉडी देखने के लिए कोई अनुरोध चुनें।</translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveryTableModel</name>
    <message>
        <source>stored</source>
        <translation>सहेजा</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>लॉग किया</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>स्वीकार</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>ग़लत बना हुआ</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>अनुमति नहीं</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>नहीं मिला</translation>
    </message>
    <message>
        <source>wrong method</source>
        <translation>यह मेथड नहीं चलता</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>बहुत धीमा</translation>
    </message>
    <message>
        <source>retired hook</source>
        <translation>बंद हुक</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>बहुत बड़ा</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>JSON नहीं</translation>
    </message>
    <message>
        <source>invalid attendee</source>
        <translation>अमान्य प्रतिभागी</translation>
    </message>
    <message>
        <source>headers too large</source>
        <translation>हेडर बहुत बड़े</translation>
    </message>
    <message>
        <source>store unavailable</source>
        <translation>डेटाबेस उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>%1 (via tunnel)</source>
        <translation>%1 (टनल से)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>hook %1</source>
        <translation>हुक %1</translation>
    </message>
    <message>
        <source>The request named no hook HookDesk knows.</source>
        <translation>अनुरोध में ऐसा कोई हुक नहीं था जिसे HookDesk जानता हो।</translation>
    </message>
    <message>
        <source>%1 sent it to the tunnel, which passed it on from %2.</source>
        <translation>%1 ने इसे टनल पर भेजा, और टनल ने इसे %2 से आगे पहुँचाया।</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>From</source>
        <translation>कहाँ से</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>hookdesk::ExportDialog</name>
    <message>
        <source>Export attendees</source>
        <translation>प्रतिभागी एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>As the table shows them now</source>
        <translation>जैसे तालिका अभी दिखा रही है</translation>
    </message>
    <message>
        <source>Matching the current filter: %1</source>
        <translation>मौजूदा फ़िल्टर से मेल खाते: %1</translation>
    </message>
    <message>
        <source>Of the selected webinar (none is selected)</source>
        <translation>चुने गए वेबिनार के (कोई वेबिनार नहीं चुना गया)</translation>
    </message>
    <message>
        <source>Of the selected webinar: %1</source>
        <translation>चुने गए वेबिनार के: %1</translation>
    </message>
    <message>
        <source>All attendees of every webinar</source>
        <translation>सभी वेबिनार के सभी प्रतिभागी</translation>
    </message>
    <message>
        <source>Test deliveries are left out, as in the table.</source>
        <translation>तालिका की तरह, टेस्ट डिलीवरी शामिल नहीं हैं।</translation>
    </message>
    <message>
        <source>Columns, in file order</source>
        <translation>कॉलम, फ़ाइल के क्रम में</translation>
    </message>
    <message>
        <source>Move the column earlier</source>
        <translation>कॉलम को पहले ले जाएँ</translation>
    </message>
    <message>
        <source>Move the column later</source>
        <translation>कॉलम को बाद में ले जाएँ</translation>
    </message>
    <message>
        <source>Opens correctly in spreadsheets. Cells that would run as a formula get a leading apostrophe; phone numbers, IDs and dates show exactly as received.</source>
        <translation>स्प्रेडशीट में ठीक से खुलती है। जो सेल फ़ॉर्मूले की तरह चल सकते हैं, उनके आगे apostrophe (&apos;) लगता है; फ़ोन नंबर, ID और तारीख़ें ठीक वैसी दिखती हैं जैसी मिली थीं।</translation>
    </message>
    <message>
        <source>Every value exactly as stored, UTF-8 without a byte order mark. Do not open it in a spreadsheet if attendees can type their own names.</source>
        <translation>हर मान ठीक वैसा जैसा सहेजा गया है, byte order mark के बिना UTF-8। अगर प्रतिभागी अपना नाम ख़ुद लिखते हैं, तो इसे स्प्रेडशीट में न खोलें।</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>फ़ॉर्मैट:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>कम से कम एक कॉलम चुनें।</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 में एक्सपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln attendee(s)…</source>
        <extracomment>Progress: %1 attendees written so far out of %Ln.</extracomment>
        <translation>
            <numerusform>%Ln में से %1 प्रतिभागी एक्सपोर्ट हुए…</numerusform>
            <numerusform>%Ln में से %1 प्रतिभागी एक्सपोर्ट हुए…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln attendee(s) to %1.</source>
        <translation>
            <numerusform>%Ln प्रतिभागी %1 में एक्सपोर्ट हुआ।</numerusform>
            <numerusform>%Ln प्रतिभागी %1 में एक्सपोर्ट हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. %1 was left as it was.</source>
        <translation>एक्सपोर्ट रद्द हुआ। %1 में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>एक्सपोर्ट रद्द हुआ। कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>The export failed: %1. %2 was left as it was.</source>
        <translation>एक्सपोर्ट विफल रहा: %1। %2 में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>The export failed: %1. No file was written.</source>
        <translation>एक्सपोर्ट विफल रहा: %1। कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel वर्कबुक (*.xlsx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>CSV for Excel, LibreOffice and Google Sheets</source>
        <translation>Excel, LibreOffice और Google Sheets के लिए CSV</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel वर्कबुक (.xlsx)</translation>
    </message>
    <message>
        <source>CSV for mail tools, CRMs and programs</source>
        <translation>मेल टूल, CRM और प्रोग्रामों के लिए CSV</translation>
    </message>
    <message>
        <source>attendees-%1</source>
        <translation>attendees-%1</translation>
    </message>
    <message>
        <source>%1-attendees-%2</source>
        <translation>%1-attendees-%2</translation>
    </message>
    <message>
        <source>Rows in the table&apos;s order: %1.</source>
        <translation>पंक्तियाँ तालिका के क्रम में: %1।</translation>
    </message>
    <message>
        <source>A real workbook: phone numbers and IDs stay text, times are real date cells, recording links can be clicked and the header row stays in view.</source>
        <translation>असली वर्कबुक: फ़ोन नंबर और ID टेक्स्ट रहते हैं, समय असली तारीख़ वाले सेल होते हैं, रिकॉर्डिंग लिंक क्लिक किए जा सकते हैं और शीर्षक पंक्ति हमेशा दिखती है।</translation>
    </message>
    <message>
        <source>Local time (%1), as the table shows</source>
        <extracomment>%1 is the computer&apos;s time zone, e.g. &quot;Asia/Kolkata, UTC+05:30&quot;.</extracomment>
        <translation>स्थानीय समय (%1), जैसा तालिका दिखाती है</translation>
    </message>
    <message>
        <source>UTC (ISO 8601, the same on every computer)</source>
        <translation>UTC (ISO 8601, हर कंप्यूटर पर एक जैसा)</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>समय:</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>सबसे नए पहले</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>सबसे पुराने पहले</translation>
    </message>
    <message>
        <source>name, Z to A</source>
        <translation>नाम, Z से A</translation>
    </message>
    <message>
        <source>name, A to Z</source>
        <translation>नाम, A से Z</translation>
    </message>
    <message>
        <source>email, Z to A</source>
        <translation>ईमेल, Z से A</translation>
    </message>
    <message>
        <source>email, A to Z</source>
        <translation>ईमेल, A से Z</translation>
    </message>
    <message>
        <source>phone, highest first</source>
        <translation>फ़ोन, सबसे बड़ा पहले</translation>
    </message>
    <message>
        <source>phone, lowest first</source>
        <translation>फ़ोन, सबसे छोटा पहले</translation>
    </message>
    <message>
        <source>webinar, Z to A</source>
        <translation>वेबिनार, Z से A</translation>
    </message>
    <message>
        <source>webinar, A to Z</source>
        <translation>वेबिनार, A से Z</translation>
    </message>
    <message>
        <source>most deliveries first</source>
        <translation>सबसे ज़्यादा डिलीवरी पहले</translation>
    </message>
    <message>
        <source>fewest deliveries first</source>
        <translation>सबसे कम डिलीवरी पहले</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>बिना पंजीकरण</translation>
    </message>
    <message>
        <source>All registrants of every webinar</source>
        <translation>हर वेबिनार के सभी पंजीकृत लोग</translation>
    </message>
    <message>
        <source>All no-shows of every webinar</source>
        <translation>हर वेबिनार के सभी न आने वाले</translation>
    </message>
    <message>
        <source>All walk-ins of every webinar</source>
        <translation>हर वेबिनार के बिना पंजीकरण आए सभी लोग</translation>
    </message>
    <message>
        <source>Rows: attendees of %1</source>
        <extracomment>%1 is a webinar&apos;s title, or &quot;all webinars&quot;.</extracomment>
        <translation>पंक्तियाँ: %1 के प्रतिभागी</translation>
    </message>
    <message>
        <source>Rows: registrants of %1</source>
        <translation>पंक्तियाँ: %1 के पंजीकृत लोग</translation>
    </message>
    <message>
        <source>Rows: no-shows of %1</source>
        <translation>पंक्तियाँ: %1 में न आने वाले</translation>
    </message>
    <message>
        <source>Rows: walk-ins of %1</source>
        <translation>पंक्तियाँ: %1 में बिना पंजीकरण आए लोग</translation>
    </message>
    <message>
        <source>all webinars</source>
        <extracomment>Fills &quot;Rows: no-shows of %1&quot;.</extracomment>
        <translation>सभी वेबिनार</translation>
    </message>
    <message>
        <source>%1, as filtered</source>
        <translation>%1, फ़िल्टर के अनुसार</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln पंक्ति %1 में निर्यात की गई।</numerusform>
            <numerusform>%Ln पंक्तियाँ %1 में निर्यात की गईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::FilterBar</name>
    <message>
        <source>Filter by name, email, phone or webinar (Ctrl+F)</source>
        <translation>नाम, ईमेल, फ़ोन या वेबिनार से फ़िल्टर करें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter attendees</source>
        <translation>प्रतिभागी फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Words to look for in name, email, phone and webinar. Column terms such as email:gmail.com also work.</source>
        <translation>नाम, ईमेल, फ़ोन और वेबिनार में खोजे जाने वाले शब्द। email:gmail.com जैसे कॉलम वाले शब्द भी चलते हैं।</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>फ़िल्टर कैसे लिखें</translation>
    </message>
    <message>
        <source>How to write a filter</source>
        <translation>फ़िल्टर लिखने का तरीका</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Accessible name of the date-range box: when attendees were first received.</extracomment>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <source>When the attendees were first received</source>
        <translation>प्रतिभागी पहली बार कब मिले</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Between…</source>
        <extracomment>Date range choice; picking it shows two date fields (from, until).</extracomment>
        <translation>इनके बीच…</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>इस दिन से</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>इस दिन तक</translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation>पहला दिन, शामिल</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>आख़िरी दिन, शामिल</translation>
    </message>
    <message>
        <source>Attendees shown</source>
        <translation>दिखाए गए प्रतिभागी</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filter&lt;/b&gt;&lt;br&gt;&lt;code&gt;priya&lt;/code&gt; — name, email, phone or webinar contains it&lt;br&gt;&lt;code&gt;&quot;priya sharma&quot;&lt;/code&gt; — the words together&lt;br&gt;&lt;code&gt;email:gmail.com&lt;/code&gt;, &lt;code&gt;name:&lt;/code&gt;, &lt;code&gt;phone:&lt;/code&gt;, &lt;code&gt;webinar:&lt;/code&gt; — in that column only&lt;br&gt;&lt;code&gt;id:WEBINAR_ID&lt;/code&gt; — one webinar&lt;br&gt;&lt;code&gt;after:2026-01-31&lt;/code&gt;, &lt;code&gt;before:2026-02-01&lt;/code&gt; — first received (UTC day)&lt;br&gt;&lt;code&gt;-word&lt;/code&gt;, &lt;code&gt;-email:yahoo&lt;/code&gt; — leave those out&lt;br&gt;Terms combine with AND; case does not matter.</source>
        <extracomment>Keep the words inside &lt;code&gt; (name:, email:, id:, after:, before:, AND) in English: the filter understands only those.</extracomment>
        <translation>&lt;b&gt;फ़िल्टर&lt;/b&gt;&lt;br&gt;&lt;code&gt;priya&lt;/code&gt; — नाम, ईमेल, फ़ोन या वेबिनार में यह हो&lt;br&gt;&lt;code&gt;&quot;priya sharma&quot;&lt;/code&gt; — ये शब्द एक साथ&lt;br&gt;&lt;code&gt;email:gmail.com&lt;/code&gt;, &lt;code&gt;name:&lt;/code&gt;, &lt;code&gt;phone:&lt;/code&gt;, &lt;code&gt;webinar:&lt;/code&gt; — केवल उसी कॉलम में&lt;br&gt;&lt;code&gt;id:WEBINAR_ID&lt;/code&gt; — एक वेबिनार&lt;br&gt;&lt;code&gt;after:2026-01-31&lt;/code&gt;, &lt;code&gt;before:2026-02-01&lt;/code&gt; — पहली बार मिलने का दिन (UTC)&lt;br&gt;&lt;code&gt;-word&lt;/code&gt;, &lt;code&gt;-email:yahoo&lt;/code&gt; — इन्हें छोड़ दें&lt;br&gt;सभी शब्द एक साथ लागू होते हैं (AND); छोटे-बड़े अक्षर से फ़र्क नहीं पड़ता।</translation>
    </message>
    <message>
        <source>Counting matches among %1…</source>
        <extracomment>%1 is the number of attendees in the store; the matches are still being counted.</extracomment>
        <translation>%1 में से मिलान गिने जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln attendee(s)</source>
        <extracomment>%1 attendees match the filter, out of %Ln in the store: &quot;12 of 340 attendees&quot;.</extracomment>
        <translation>
            <numerusform>%Ln में से %1 प्रतिभागी</numerusform>
            <numerusform>%Ln में से %1 प्रतिभागी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln attendee(s)…</source>
        <translation>
            <numerusform>%Ln प्रतिभागियों में खोज हो रही है…</numerusform>
            <numerusform>%Ln प्रतिभागियों में खोज हो रही है…</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Accessible name of the box that picks whose rows the table shows.</extracomment>
        <translation>लोग</translation>
    </message>
    <message>
        <source>Attended</source>
        <extracomment>People selector: who attended a webinar.</extracomment>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Registered</source>
        <extracomment>People selector: who registered (booked or got a reminder).</extracomment>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>No-shows</source>
        <extracomment>People selector: registered but did not come.</extracomment>
        <translation>नहीं आए</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <extracomment>People selector: came without a registration HookDesk saw.</extracomment>
        <translation>बिना पंजीकरण</translation>
    </message>
    <message>
        <source>People who attended, as TagMango reported after the session.</source>
        <translation>जो लोग उपस्थित रहे, जैसा TagMango ने सत्र के बाद बताया।</translation>
    </message>
    <message>
        <source>People who registered for a session (from booking and reminder calls).</source>
        <translation>जिन लोगों ने किसी सत्र के लिए पंजीकरण किया (बुकिंग और रिमाइंडर कॉल से)।</translation>
    </message>
    <message>
        <source>Registered for a session that is over and did not attend.</source>
        <translation>समाप्त हो चुके सत्र के लिए पंजीकरण किया और उपस्थित नहीं हुए।</translation>
    </message>
    <message>
        <source>Attended without a registration HookDesk saw.</source>
        <translation>ऐसे पंजीकरण के बिना उपस्थित हुए जो HookDesk ने देखा हो।</translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln registrant(s)…</source>
        <translation>
            <numerusform>%Ln पंजीकृत व्यक्ति में खोज रहा है…</numerusform>
            <numerusform>%Ln पंजीकृत लोगों में खोज रहा है…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting matches among %Ln registrant(s)…</source>
        <translation>
            <numerusform>%Ln पंजीकृत व्यक्ति में मेल गिन रहा है…</numerusform>
            <numerusform>%Ln पंजीकृत लोगों में मेल गिन रहा है…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln registrant(s)</source>
        <extracomment>%1 registrants match the filter, out of %Ln: &quot;12 of 340 registrants&quot;.</extracomment>
        <translation>
            <numerusform>%Ln पंजीकृत में से %1</numerusform>
            <numerusform>%Ln पंजीकृत में से %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln no-show(s)…</source>
        <translation>
            <numerusform>%Ln न आने वाले में खोज रहा है…</numerusform>
            <numerusform>%Ln न आने वालों में खोज रहा है…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting matches among %Ln no-show(s)…</source>
        <translation>
            <numerusform>%Ln न आने वाले में मेल गिन रहा है…</numerusform>
            <numerusform>%Ln न आने वालों में मेल गिन रहा है…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln no-show(s)</source>
        <extracomment>%1 no-shows match the filter, out of %Ln: &quot;12 of 40 no-shows&quot;.</extracomment>
        <translation>
            <numerusform>%Ln न आने वाले में से %1</numerusform>
            <numerusform>%Ln न आने वालों में से %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln walk-in(s)…</source>
        <translation>
            <numerusform>बिना पंजीकरण आए %Ln व्यक्ति में खोज रहा है…</numerusform>
            <numerusform>बिना पंजीकरण आए %Ln लोगों में खोज रहा है…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting matches among %Ln walk-in(s)…</source>
        <translation>
            <numerusform>बिना पंजीकरण आए %Ln व्यक्ति में मेल गिन रहा है…</numerusform>
            <numerusform>बिना पंजीकरण आए %Ln लोगों में मेल गिन रहा है…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln walk-in(s)</source>
        <extracomment>%1 walk-ins match the filter, out of %Ln: &quot;3 of 8 walk-ins&quot;.</extracomment>
        <translation>
            <numerusform>बिना पंजीकरण आए %Ln में से %1</numerusform>
            <numerusform>बिना पंजीकरण आए %Ln में से %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Waiting for the first attendee&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;पहले प्रतिभागी का इंतज़ार है&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The listener is not running:&lt;/b&gt; %1&lt;br&gt;Another program may be using the port. Attendees cannot arrive until it runs.</source>
        <translation>&lt;b&gt;लिसनर नहीं चल रहा:&lt;/b&gt; %1&lt;br&gt;हो सकता है कोई दूसरा प्रोग्राम यह पोर्ट इस्तेमाल कर रहा हो। लिसनर चलने तक प्रतिभागी नहीं आ सकते।</translation>
    </message>
    <message>
        <source>HookDesk is listening on &lt;b&gt;%1&lt;/b&gt;. About 15 minutes after a webinar ends, TagMango sends one request per attendee to your hook URL, and each attendee appears here. Three steps get you there:</source>
        <translation>HookDesk &lt;b&gt;%1&lt;/b&gt; पर सुन रहा है। वेबिनार ख़त्म होने के लगभग 15 मिनट बाद TagMango हर प्रतिभागी के लिए आपके हुक URL पर एक अनुरोध भेजता है, और हर प्रतिभागी यहाँ दिखता है। इसके लिए तीन कदम:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. Give this computer a public address&lt;/h3&gt;TagMango&apos;s servers cannot reach 127.0.0.1. Run one of these tunnels in a terminal and keep it running; it prints an &lt;b&gt;https&lt;/b&gt; address.</source>
        <translation>&lt;h3&gt;1. इस कंप्यूटर को एक सार्वजनिक पता दें&lt;/h3&gt;TagMango के सर्वर 127.0.0.1 तक नहीं पहुँच सकते। इनमें से कोई एक टनल टर्मिनल में चलाएँ और चलता रहने दें; वह एक &lt;b&gt;https&lt;/b&gt; पता दिखाएगा।</translation>
    </message>
    <message>
        <source>cloudflared command</source>
        <translation>cloudflared कमांड</translation>
    </message>
    <message>
        <source>ngrok command</source>
        <translation>ngrok कमांड</translation>
    </message>
    <message>
        <source>Hook URL to register</source>
        <translation>रजिस्टर करने के लिए हुक URL</translation>
    </message>
    <message>
        <source>hook URL</source>
        <translation>हुक URL</translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Send a test attendee&lt;/h3&gt;Check that the listener answers. The test attendee appears here at once; delete its webinar afterwards from the webinar list&apos;s context menu.</source>
        <translation>&lt;h3&gt;3. एक टेस्ट प्रतिभागी भेजें&lt;/h3&gt;जाँचें कि लिसनर जवाब देता है। टेस्ट प्रतिभागी तुरंत यहाँ दिखेगा; बाद में वेबिनार सूची के राइट-क्लिक मेन्यू से उसका वेबिनार मिटा दें।</translation>
    </message>
    <message>
        <source>Send a test attendee</source>
        <translation>टेस्ट प्रतिभागी भेजें</translation>
    </message>
    <message>
        <source>or from a terminal:</source>
        <translation>या टर्मिनल से:</translation>
    </message>
    <message>
        <source>curl command for a test attendee</source>
        <translation>टेस्ट प्रतिभागी के लिए curl कमांड</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl कमांड</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 कॉपी करें</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The listener answered %1 %2.</source>
        <translation>लिसनर का जवाब: %1 %2।</translation>
    </message>
    <message>
        <source>The listener answered %1: %2</source>
        <translation>लिसनर का जवाब %1: %2</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>कोई जवाब नहीं: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Register your hook URL with TagMango&lt;/h3&gt;Use it for the &lt;b&gt;webinar.completed.all&lt;/b&gt; event (the Subscriptions tab can register it with your API key). Paste the tunnel&apos;s https address here once; HookDesk remembers it and shows the hook URL TagMango must call:</source>
        <translation>&lt;h3&gt;2. अपना हुक URL TagMango में रजिस्टर करें&lt;/h3&gt;इसे &lt;b&gt;webinar.completed.all&lt;/b&gt; इवेंट के लिए इस्तेमाल करें (सब्सक्रिप्शन टैब आपकी API key से इसे रजिस्टर कर सकता है)। टनल का https पता यहाँ एक बार चिपकाएँ; HookDesk उसे याद रखता है और वह हुक URL दिखाता है जिस पर TagMango को भेजना है:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>सार्वजनिक पता:</translation>
    </message>
    <message>
        <source>https://your-tunnel.trycloudflare.com</source>
        <translation>https://your-tunnel.trycloudflare.com</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>सार्वजनिक पता</translation>
    </message>
    <message>
        <source>Until you enter it, there is no URL to copy: TagMango can only call a public https address, never 127.0.0.1.</source>
        <translation>जब तक आप इसे नहीं लिखते, कॉपी करने को कोई URL नहीं है: TagMango केवल किसी सार्वजनिक https पते पर भेज सकता है, 127.0.0.1 पर कभी नहीं।</translation>
    </message>
    <message>
        <source>%1 can only be reached from this computer or network; TagMango&apos;s servers cannot call it. Enter the tunnel&apos;s https address.</source>
        <translation>%1 तक केवल इसी कंप्यूटर या नेटवर्क से पहुँचा जा सकता है; TagMango के सर्वर उस पर नहीं भेज सकते। टनल का https पता लिखें।</translation>
    </message>
    <message>
        <source>(enter the public address above)</source>
        <translation>(ऊपर सार्वजनिक पता लिखें)</translation>
    </message>
</context>
<context>
    <name>hookdesk::IntakeServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 पर सुन नहीं सकते: %3</translation>
    </message>
</context>
<context>
    <name>hookdesk::KeychainSecretStore</name>
    <message>
        <source>You declined HookDesk&apos;s request to use the system keychain, so it cannot keep the API key there. To keep it, restart HookDesk and allow the request when your desktop asks.</source>
        <translation>आपने HookDesk को सिस्टम कीचेन इस्तेमाल करने से मना किया, इसलिए वह API key वहाँ नहीं रख सकता। रखने के लिए HookDesk दोबारा शुरू करें और डेस्कटॉप के पूछने पर अनुमति दें।</translation>
    </message>
    <message>
        <source>The system keychain is locked or does not let HookDesk in, so it cannot keep the API key there. Unlock the keychain (it usually unlocks when you log in to your desktop), then restart HookDesk.</source>
        <translation>सिस्टम कीचेन लॉक है या HookDesk को अंदर नहीं आने देता, इसलिए वह API key वहाँ नहीं रख सकता। कीचेन अनलॉक करें (आम तौर पर यह डेस्कटॉप में लॉग इन करते ही खुल जाता है), फिर HookDesk दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>The system keychain did not let HookDesk delete the saved API key. Remove the entry named &quot;hookdesk&quot; with your keychain&apos;s own program (Passwords and Keys, KWalletManager).</source>
        <translation>सिस्टम कीचेन ने HookDesk को सहेजी गई API key हटाने नहीं दी। &quot;hookdesk&quot; नाम की प्रविष्टि अपने कीचेन के प्रोग्राम (Passwords and Keys, KWalletManager) से हटाएँ।</translation>
    </message>
    <message>
        <source>HookDesk found no system keychain to keep the API key in: no Secret Service (GNOME Keyring, KeePassXC) or KWallet is running. Install or start one in your desktop session, then restart HookDesk.</source>
        <translation>HookDesk को API key रखने के लिए कोई सिस्टम कीचेन नहीं मिला: कोई Secret Service (GNOME Keyring, KeePassXC) या KWallet नहीं चल रहा। अपने डेस्कटॉप सत्र में कोई एक इंस्टॉल करें या शुरू करें, फिर HookDesk दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>HookDesk could not reach a system keychain to keep the API key in. This usually means no Secret Service (GNOME Keyring, KeePassXC) or KWallet is running in your desktop session. Install or start one, then restart HookDesk.</source>
        <translation>HookDesk API key रखने के लिए किसी सिस्टम कीचेन तक नहीं पहुँच सका। आम तौर पर इसका मतलब है कि आपके डेस्कटॉप सत्र में कोई Secret Service (GNOME Keyring, KeePassXC) या KWallet नहीं चल रहा। कोई एक इंस्टॉल करें या शुरू करें, फिर HookDesk दोबारा शुरू करें।</translation>
    </message>
</context>
<context>
    <name>hookdesk::ListenerControl</name>
    <message>
        <source>This computer only. TagMango reaches it through a tunnel (cloudflared, ngrok). The safe choice.</source>
        <translation>केवल यह कंप्यूटर। TagMango इस तक टनल (cloudflared, ngrok) से पहुँचता है। सुरक्षित विकल्प।</translation>
    </message>
    <message>
        <source>Every network this computer is on: other machines can send to HookDesk directly.</source>
        <translation>वे सभी नेटवर्क जिन पर यह कंप्यूटर है: दूसरी मशीनें सीधे HookDesk को भेज सकती हैं।</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>सुनने का पता</translation>
    </message>
    <message>
        <source>The IP address HookDesk listens on. 127.0.0.1 accepts calls from this computer only (a tunnel forwards TagMango&apos;s calls to it).</source>
        <translation>वह IP पता जिस पर HookDesk सुनता है। 127.0.0.1 केवल इसी कंप्यूटर से अनुरोध लेता है (टनल TagMango के अनुरोध इसी पर पहुँचाता है)।</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>सुनने का पोर्ट</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>चालू करें (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>रोकें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Listen here instead</source>
        <translation>इसके बजाय यहाँ सुनें (&amp;L)</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network.</source>
        <translation>“%1” IP पता नहीं है। केवल इस कंप्यूटर के लिए 127.0.0.1 दें, या हर नेटवर्क के लिए 0.0.0.0।</translation>
    </message>
    <message>
        <source>HookDesk is still listening on %1.</source>
        <translation>HookDesk अब भी %1 पर सुन रहा है।</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b6e20&apos;&gt;● Listening&lt;/b&gt; on %1 — hook URL &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b style=&apos;color:#1b6e20&apos;&gt;● %1 पर सुन रहा है&lt;/b&gt; — हुक URL &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;✕ Not listening.&lt;/b&gt; TagMango&apos;s calls are not answered until you start the listener.</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;✕ सुन नहीं रहा।&lt;/b&gt; जब तक आप लिसनर चालू नहीं करते, TagMango के अनुरोधों का जवाब नहीं दिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>hookdesk::MainWindow</name>
    <message>
        <source>HookDesk — webinar attendees</source>
        <translation>HookDesk — वेबिनार प्रतिभागी</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>Cannot read the attendee database: %1</source>
        <translation>प्रतिभागियों का डेटाबेस पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find attendees</source>
        <translation>प्रतिभागी खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear the filter</source>
        <translation>फ़िल्टर हटाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Webinar list</source>
        <translation>वेबिनार सूची (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Attendee table</source>
        <translation>प्रतिभागी तालिका (&amp;A)</translation>
    </message>
    <message>
        <source>All &amp;webinars</source>
        <translation>सभी वेबिनार (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>टूल (&amp;T)</translation>
    </message>
    <message>
        <source>Copy the &amp;hook URL</source>
        <translation>हुक URL कॉपी करें (&amp;H)</translation>
    </message>
    <message>
        <source>hook URL</source>
        <translation>हुक URL</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Filter syntax</source>
        <translation>फ़िल्टर कैसे लिखें (&amp;F)</translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation>फ़िल्टर कैसे लिखें</translation>
    </message>
    <message>
        <source>&amp;About HookDesk</source>
        <translation>HookDesk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About HookDesk</source>
        <translation>HookDesk के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HookDesk %1&lt;/h3&gt;&lt;p&gt;Catches TagMango&apos;s webinar.completed.all webhooks and keeps a clean, searchable list of every attendee.&lt;/p&gt;&lt;p&gt;Attendees are kept in&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HookDesk %1&lt;/h3&gt;&lt;p&gt;TagMango के webinar.completed.all webhook लेता है और हर प्रतिभागी की साफ़-सुथरी, खोजने लायक सूची रखता है।&lt;/p&gt;&lt;p&gt;प्रतिभागी यहाँ सहेजे जाते हैं:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export attendees…</source>
        <translation>प्रतिभागी एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln attendee(s) to %1</source>
        <translation>
            <numerusform>%Ln प्रतिभागी %1 में एक्सपोर्ट हुआ</numerusform>
            <numerusform>%Ln प्रतिभागी %1 में एक्सपोर्ट हुए</numerusform>
        </translation>
    </message>
    <message>
        <source>Show webinar &amp;list</source>
        <translation>वेबिनार सूची दिखाएँ (&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln पंक्ति %1 में निर्यात की गई</numerusform>
            <numerusform>%Ln पंक्तियाँ %1 में निर्यात की गईं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::MonitorFeatures</name>
    <message>
        <source>Listener</source>
        <translation>लिसनर</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>&amp;Simulate a webinar…</source>
        <translation>वेबिनार सिमुलेट करें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Remove test data…</source>
        <translation>टेस्ट डेटा हटाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>सेटिंग (&amp;T)…</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1 पर सुन रहा है</translation>
    </message>
    <message>
        <source>The listener is stopped; TagMango&apos;s calls are not answered.</source>
        <translation>लिसनर रुका हुआ है; TagMango के अनुरोधों का जवाब नहीं दिया जा रहा।</translation>
    </message>
    <message>
        <source>Cannot count the test data: %1</source>
        <translation>टेस्ट डेटा गिना नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>There is no test data to remove.</source>
        <translation>हटाने के लिए कोई टेस्ट डेटा नहीं है।</translation>
    </message>
    <message>
        <source>Remove test data</source>
        <translation>टेस्ट डेटा हटाएँ</translation>
    </message>
    <message>
        <source>Attendees of simulated webinars and public URL checks (webinar IDs starting with hookdesk-sim- or hookdesk-check-) are deleted, with the logged requests that carried them. Real attendees stay.</source>
        <translation>सिमुलेट किए गए वेबिनार और सार्वजनिक URL जाँच के प्रतिभागी (जिनकी वेबिनार ID hookdesk-sim- या hookdesk-check- से शुरू होती है) उन्हें लाने वाले लॉग किए गए अनुरोधों के साथ मिटा दिए जाते हैं। असली प्रतिभागी बने रहते हैं।</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>कुछ भी नहीं हटाया गया: %1</translation>
    </message>
    <message>
        <source>The new language applies the next time HookDesk starts.</source>
        <translation>नई भाषा HookDesk के अगली बार शुरू होने पर लागू होगी।</translation>
    </message>
    <message numerus="yes">
        <source>Simulated webinar: %1 of %Ln attendee(s) stored</source>
        <extracomment>%1 attendees stored out of %Ln sent.</extracomment>
        <translation>
            <numerusform>सिमुलेट किया गया वेबिनार: %Ln में से %1 प्रतिभागी सहेजे गए</numerusform>
            <numerusform>सिमुलेट किया गया वेबिनार: %Ln में से %1 प्रतिभागी सहेजे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter reads phone numbers with the new country now; attendees arriving get it after HookDesk restarts.</source>
        <translation>फ़िल्टर अभी से फ़ोन नंबर नए देश के हिसाब से पढ़ता है; आने वाले प्रतिभागियों पर यह HookDesk दोबारा शुरू होने के बाद लागू होगा।</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln test attendee(s) and registration(s)?</source>
        <translation>
            <numerusform>%Ln टेस्ट प्रतिभागी और पंजीकरण हटाएँ?</numerusform>
            <numerusform>%Ln टेस्ट प्रतिभागी और पंजीकरण हटाएँ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln test attendee(s) and registration(s).</source>
        <translation>
            <numerusform>%Ln टेस्ट प्रतिभागी और पंजीकरण हटाए गए।</numerusform>
            <numerusform>%Ln टेस्ट प्रतिभागी और पंजीकरण हटाए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::MonitorPage</name>
    <message>
        <source>Listener</source>
        <translation>लिसनर</translation>
    </message>
    <message>
        <source>What the listener answered since HookDesk started: attendees stored, repeats of attendees already stored, requests refused (4xx) and requests that could not be stored (503, the sender retries).</source>
        <translation>HookDesk शुरू होने के बाद से लिसनर के जवाब: सहेजे गए प्रतिभागी, पहले से सहेजे प्रतिभागियों के दोहराव, अस्वीकार किए अनुरोध (4xx) और वे अनुरोध जो सहेजे नहीं जा सके (503, भेजने वाला फिर कोशिश करता है)।</translation>
    </message>
    <message>
        <source>Show refused requests</source>
        <translation>अस्वीकार किए अनुरोध दिखाएँ</translation>
    </message>
    <message>
        <source>Simulate a webinar…</source>
        <translation>वेबिनार सिमुलेट करें…</translation>
    </message>
    <message>
        <source>Sends made-up attendees to this HookDesk through real HTTP, to see a webinar&apos;s burst arrive. They are stored as test data.</source>
        <translation>असली HTTP से इस HookDesk को गढ़े हुए प्रतिभागी भेजता है, ताकि आप वेबिनार के बाद की भीड़ आती देख सकें। ये टेस्ट डेटा के रूप में सहेजे जाते हैं।</translation>
    </message>
    <message>
        <source>Remove test data…</source>
        <translation>टेस्ट डेटा हटाएँ…</translation>
    </message>
    <message>
        <source>Deletes every attendee of simulated webinars and public URL checks.</source>
        <translation>सिमुलेट किए गए वेबिनार और सार्वजनिक URL जाँच के सभी प्रतिभागी मिटाता है।</translation>
    </message>
    <message>
        <source>Cannot read the delivery log: %1</source>
        <translation>डिलीवरी लॉग पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Last hour: %1 accepted, %2 refused</source>
        <translation>पिछला घंटा: %1 स्वीकार, %2 अस्वीकार</translation>
    </message>
    <message>
        <source>Since HookDesk started: stored &lt;b&gt;%1&lt;/b&gt; · duplicates: %2 · refused: %3 · failed: %4</source>
        <translation>HookDesk शुरू होने के बाद से: सहेजे &lt;b&gt;%1&lt;/b&gt; · दोहराए गए: %2 · अस्वीकार: %3 · विफल: %4</translation>
    </message>
</context>
<context>
    <name>hookdesk::PublicUrlCheck</name>
    <message>
        <source>The address reaches a HookDesk that does not know this hook (HTTP 404). The tunnel may lead to another HookDesk, or the hook belongs to another database.</source>
        <translation>यह पता ऐसे HookDesk तक पहुँचता है जो इस हुक को नहीं पहचानता (HTTP 404)। हो सकता है टनल किसी दूसरे HookDesk तक जाता हो, या हुक किसी दूसरे डेटाबेस का हो।</translation>
    </message>
    <message>
        <source>The hook reached HookDesk but refused the test attendee (HTTP 401): its secret header or signature check did not pass. The tunnel works; check the hook&apos;s verification settings.</source>
        <translation>अनुरोध HookDesk तक पहुँचा, पर हुक ने टेस्ट प्रतिभागी अस्वीकार कर दिया (HTTP 401): गुप्त हेडर या सिग्नेचर की जाँच पास नहीं हुई। टनल ठीक काम कर रहा है; हुक की जाँच वाली सेटिंग देखें।</translation>
    </message>
    <message>
        <source>The hook is retired and answered 410 Gone. Check an active hook instead.</source>
        <translation>यह हुक बंद है और इसने 410 Gone लौटाया। इसकी जगह किसी चालू हुक की जाँच करें।</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but not from HookDesk: the tunnel or proxy could not pass the call on. Is the tunnel running, and does it forward to HookDesk&apos;s listener (127.0.0.1:%3 unless you changed it)?</source>
        <translation>%1 ने HTTP %2 लौटाया, पर यह जवाब HookDesk का नहीं है: टनल या प्रॉक्सी अनुरोध आगे नहीं पहुँचा सका। क्या टनल चल रहा है, और क्या वह HookDesk के लिसनर (जब तक आपने बदला न हो, 127.0.0.1:%3) तक भेजता है?</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). TagMango posts to the exact address it is given, so use the address the redirect leads to (often https:// instead of http://).</source>
        <translation>%1 ने रीडायरेक्ट लौटाया (HTTP %2)। TagMango ठीक उसी पते पर भेजता है जो उसे दिया जाता है, इसलिए वह पता इस्तेमाल करें जहाँ रीडायरेक्ट ले जाता है (अक्सर http:// की जगह https://)।</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3), which is not how HookDesk answers a valid attendee.</source>
        <translation>%1 ने HTTP %2 (%3) लौटाया, जबकि HookDesk सही प्रतिभागी का जवाब इस तरह नहीं देता।</translation>
    </message>
    <message>
        <source>HookDesk public URL check</source>
        <translation>HookDesk सार्वजनिक URL जाँच</translation>
    </message>
    <message>
        <source>HookDesk public URL check (test data)</source>
        <translation>HookDesk सार्वजनिक URL जाँच (टेस्ट डेटा)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). TagMango would fail the same way; check the tunnel&apos;s certificate.</source>
        <translation>%1 से सुरक्षित कनेक्शन नहीं बन सका (%2)। TagMango भी इसी तरह विफल होगा; टनल का सर्टिफ़िकेट जाँचें।</translation>
    </message>
    <message>
        <source>HookDesk could not reach %1 (%2). Is the tunnel running, and is the address current? Free tunnel addresses change each time the tunnel restarts.</source>
        <translation>HookDesk %1 तक नहीं पहुँच सका (%2)। क्या टनल चल रहा है, और क्या पता अभी भी वही है? मुफ़्त टनल का पता हर बार टनल दोबारा शुरू होने पर बदल जाता है।</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200, but not the way HookDesk answers (%2). Something other than HookDesk is listening at that address.</source>
        <translation>%1 ने HTTP 200 लौटाया, पर उस तरह नहीं जैसे HookDesk लौटाता है (%2)। उस पते पर HookDesk के अलावा कुछ और सुन रहा है।</translation>
    </message>
    <message>
        <source>It works: the test attendee went out to %1 and came back into HookDesk through it. It is kept as test data until you remove it.</source>
        <translation>सब ठीक है: टेस्ट प्रतिभागी %1 पर भेजा गया और उसी रास्ते HookDesk में वापस आ गया। आप हटाएँ तब तक वह टेस्ट डेटा के रूप में रहेगा।</translation>
    </message>
    <message>
        <source>It works: the test call went out to %1 and came back into HookDesk&apos;s delivery log through it.</source>
        <translation>सब ठीक है: टेस्ट अनुरोध %1 पर भेजा गया और उसी रास्ते HookDesk के डिलीवरी लॉग में वापस आ गया।</translation>
    </message>
    <message>
        <source>But %1 is an address only this computer or network can reach, so TagMango cannot use it: use your tunnel&apos;s public address.</source>
        <translation>लेकिन %1 तक केवल यही कंप्यूटर या नेटवर्क पहुँच सकता है, इसलिए TagMango इसे इस्तेमाल नहीं कर सकता: अपने टनल का सार्वजनिक पता दें।</translation>
    </message>
    <message>
        <source>%1 accepted the test attendee, but it did not arrive in this HookDesk&apos;s database: the address leads to another HookDesk. Point the tunnel at this computer.</source>
        <translation>%1 ने टेस्ट प्रतिभागी ले लिया, पर वह इस HookDesk के डेटाबेस में नहीं पहुँचा: यह पता किसी दूसरे HookDesk तक जाता है। टनल को इस कंप्यूटर की ओर मोड़ें।</translation>
    </message>
    <message>
        <source>%1 accepted the test attendee, but HookDesk could not look for it: %2</source>
        <translation>%1 ने टेस्ट प्रतिभागी ले लिया, पर HookDesk उसे खोज नहीं सका: %2</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s). Is the tunnel running, and is HookDesk listening?</source>
        <translation>
            <numerusform>%Ln सेकंड में %1 से कोई जवाब नहीं आया। क्या टनल चल रहा है, और क्या HookDesk सुन रहा है?</numerusform>
            <numerusform>%Ln सेकंड में %1 से कोई जवाब नहीं आया। क्या टनल चल रहा है, और क्या HookDesk सुन रहा है?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>HookDesk settings</source>
        <translation>HookDesk सेटिंग</translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only (a tunnel forwards TagMango&apos;s calls). 0.0.0.0: every network this computer is on.</source>
        <translation>127.0.0.1: केवल यह कंप्यूटर (टनल TagMango के अनुरोध पहुँचाता है)। 0.0.0.0: वे सभी नेटवर्क जिन पर यह कंप्यूटर है।</translation>
    </message>
    <message>
        <source>The https address your tunnel gives this computer; HookDesk adds the hook path to it when you register with TagMango.</source>
        <translation>वह https पता जो आपका टनल इस कंप्यूटर को देता है; TagMango में रजिस्टर करते समय HookDesk इसमें हुक पाथ जोड़ देता है।</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>लिसनर</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <source>Public &amp;URL (tunnel):</source>
        <translation>सार्वजनिक URL (टनल) (&amp;U):</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>Limits per request</source>
        <translation>हर अनुरोध की सीमाएँ</translation>
    </message>
    <message>
        <source>Largest &amp;body:</source>
        <translation>सबसे बड़ी बॉडी (&amp;B):</translation>
    </message>
    <message>
        <source>Largest &amp;headers:</source>
        <translation>सबसे बड़े हेडर (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Idle or slow client closed after:</source>
        <translation>रुका या धीमा क्लाइंट इतने बाद बंद (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>एक साथ कनेक्शन (&amp;C):</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> अनुरोध</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>डिलीवरी लॉग</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>ज़्यादा से ज़्यादा रखें (&amp;M):</translation>
    </message>
    <message>
        <source>Keep for at most:</source>
        <translation>ज़्यादा से ज़्यादा इतने समय रखें:</translation>
    </message>
    <message>
        <source>Every request is logged with its headers and the start of its body; older entries are deleted once either bound is reached. Attendees are never deleted by this.</source>
        <translation>हर अनुरोध उसके हेडर और बॉडी के शुरुआती हिस्से के साथ लॉग होता है; किसी भी सीमा तक पहुँचने पर पुरानी प्रविष्टियाँ मिटा दी जाती हैं। इससे प्रतिभागी कभी नहीं मिटते।</translation>
    </message>
    <message>
        <source>&amp;Notify me of each webinar&apos;s attendees and of refused requests</source>
        <translation>हर वेबिनार के प्रतिभागियों और अस्वीकार किए अनुरोधों की सूचना दें (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keep listening in the tray when the window is closed</source>
        <translation>विंडो बंद होने पर ट्रे में सुनते रहें (&amp;K)</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>डेस्कटॉप</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time HookDesk starts.</source>
        <translation>नई भाषा HookDesk के अगली बार शुरू होने पर लागू होगी।</translation>
    </message>
    <message>
        <source>TagMango API key</source>
        <translation>TagMango API key</translation>
    </message>
    <message>
        <source>The listen address “%1” is not an IP address: use 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>सुनने का पता “%1” IP पता नहीं है: 127.0.0.1 (केवल यह कंप्यूटर) या 0.0.0.0 (हर नेटवर्क) दें।</translation>
    </message>
    <message>
        <source>The public URL must be an https:// (or http://) address, such as https://quiet-river-4821.trycloudflare.com.</source>
        <translation>सार्वजनिक URL https:// (या http://) पता होना चाहिए, जैसे https://quiet-river-4821.trycloudflare.com</translation>
    </message>
    <message>
        <source>No keychain is configured.</source>
        <translation>कोई कीचेन सेट नहीं है।</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>सिस्टम कीचेन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>✔ The system keychain works, and your TagMango API key is stored there.</source>
        <translation>✔ सिस्टम कीचेन काम कर रहा है, और आपकी TagMango API key उसमें सहेजी हुई है।</translation>
    </message>
    <message>
        <source>✔ The system keychain works. No API key is stored yet; HookDesk asks for it when you register a hook with TagMango.</source>
        <translation>✔ सिस्टम कीचेन काम कर रहा है। अभी कोई API key सहेजी नहीं गई; TagMango में हुक रजिस्टर करते समय HookDesk इसे माँगेगा।</translation>
    </message>
    <message>
        <source>✕ %1 An API key you enter is kept only until HookDesk quits.</source>
        <translation>✕ %1 आप जो API key डालेंगे, वह केवल HookDesk बंद होने तक रखी जाएगी।</translation>
    </message>
    <message>
        <source>A two-letter country code such as IN, US or GB. Numbers typed without +country code are read as numbers of this country, for the E.164 column (exports for WhatsApp and SMS) and for finding a number typed in any form. Applies to attendees received after HookDesk restarts.</source>
        <translation>दो अक्षरों का देश-कोड, जैसे IN, US या GB। +देश-कोड के बिना लिखे नंबर इसी देश के माने जाते हैं: E.164 कॉलम (WhatsApp और SMS के लिए एक्सपोर्ट) के लिए, और किसी भी रूप में लिखा नंबर खोजने के लिए। HookDesk दोबारा शुरू होने के बाद आए प्रतिभागियों पर लागू होता है।</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>बिना देश-कोड वाले फ़ोन नंबर इस देश के हैं (&amp;P):</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code for phone numbers: use one such as IN, US or GB.</source>
        <translation>“%1” फ़ोन नंबरों के लिए दो अक्षरों का देश-कोड नहीं है: IN, US या GB जैसा कोई कोड दें।</translation>
    </message>
</context>
<context>
    <name>hookdesk::SimulateDialog</name>
    <message>
        <source>Simulate a webinar</source>
        <translation>वेबिनार सिमुलेट करें</translation>
    </message>
    <message>
        <source>HookDesk sends made-up attendees of a new webinar to its own listener, over real HTTP and as fast as TagMango would, so you see a burst arrive: the attendee list, the requests, the chart and the notification.&lt;br&gt;&lt;br&gt;They are marked as &lt;b&gt;test data&lt;/b&gt;: the webinar ID starts with &lt;code&gt;hookdesk-sim-&lt;/code&gt;, and Tools → Remove test data deletes them all.</source>
        <translation>HookDesk एक नए वेबिनार के गढ़े हुए प्रतिभागी असली HTTP से, TagMango जितनी तेज़ी से, अपने ही लिसनर को भेजता है, ताकि आप भीड़ आती देख सकें: प्रतिभागी सूची, अनुरोध, चार्ट और सूचना।&lt;br&gt;&lt;br&gt;इन्हें &lt;b&gt;टेस्ट डेटा&lt;/b&gt; के रूप में चिह्नित किया जाता है: वेबिनार ID &lt;code&gt;hookdesk-sim-&lt;/code&gt; से शुरू होती है, और टूल → टेस्ट डेटा हटाएँ इन सभी को मिटा देता है।</translation>
    </message>
    <message>
        <source>Attendees to send</source>
        <translation>भेजने के लिए प्रतिभागी</translation>
    </message>
    <message>
        <source>&amp;Send attendees</source>
        <translation>प्रतिभागी भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>प्रतिभागी (&amp;A):</translation>
    </message>
    <message>
        <source>The listener is not running. Start it on the Listener page first.</source>
        <translation>लिसनर नहीं चल रहा। पहले लिसनर पेज पर उसे चालू करें।</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>First problem: %1</source>
        <translation>पहली समस्या: %1</translation>
    </message>
    <message>
        <source>Webinar ID &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>वेबिनार ID &lt;code&gt;%1&lt;/code&gt;।</translation>
    </message>
    <message>
        <source>&amp;Send another webinar</source>
        <translation>एक और वेबिनार भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln attendee(s); those already sent are stored.</source>
        <extracomment>%1 attendees answered out of %Ln.</extracomment>
        <translation>
            <numerusform>%Ln में से %1 प्रतिभागियों के बाद रद्द किया; जो भेजे जा चुके हैं, वे सहेजे गए हैं।</numerusform>
            <numerusform>%Ln में से %1 प्रतिभागियों के बाद रद्द किया; जो भेजे जा चुके हैं, वे सहेजे गए हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s) sent in %1 s. &lt;b&gt;Stored: %2&lt;/b&gt; · duplicates: %3 · refused: %4 · without an answer: %5.</source>
        <extracomment>%1 seconds; %2 to %5 are counts of attendees (labels, not plurals: &quot;duplicates: 1&quot;).</extracomment>
        <translation>
            <numerusform>%1 सेकंड में %Ln प्रतिभागी भेजा गया। &lt;b&gt;सहेजे: %2&lt;/b&gt; · दोहराए गए: %3 · अस्वीकार: %4 · बिना जवाब: %5।</numerusform>
            <numerusform>%1 सेकंड में %Ln प्रतिभागी भेजे गए। &lt;b&gt;सहेजे: %2&lt;/b&gt; · दोहराए गए: %3 · अस्वीकार: %4 · बिना जवाब: %5।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <extracomment>Simulation progress: attendees sent so far of the total.</extracomment>
        <translation>%2 में से %1 भेजे गए</translation>
    </message>
    <message>
        <source>Attendees &amp;only</source>
        <translation>केवल प्रतिभागी (&amp;O)</translation>
    </message>
    <message>
        <source>A &amp;whole webinar (registrations, reminders, attendance)</source>
        <translation>पूरा वेबिनार (पंजीकरण, रिमाइंडर, उपस्थिति) (&amp;W)</translation>
    </message>
    <message>
        <source> %</source>
        <extracomment>Suffix of the show-up share&apos;s spin box (&quot;60 %&quot;).</extracomment>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the registrants who attend</source>
        <translation>पंजीकृत लोगों में से आने वालों का हिस्सा</translation>
    </message>
    <message>
        <source>Attendees who never registered</source>
        <translation>ऐसे प्रतिभागी जिन्होंने कभी पंजीकरण नहीं किया</translation>
    </message>
    <message>
        <source>Bookings go to the &lt;code&gt;webinar.created.single&lt;/code&gt; hook, reminders to the &lt;code&gt;webinar.reminder.all&lt;/code&gt; hook; HookDesk adds either if it is missing.</source>
        <translation>बुकिंग &lt;code&gt;webinar.created.single&lt;/code&gt; हुक पर जाती हैं, रिमाइंडर &lt;code&gt;webinar.reminder.all&lt;/code&gt; हुक पर; जो हुक न हो, HookDesk उसे जोड़ देता है।</translation>
    </message>
    <message>
        <source>Show-&amp;up share:</source>
        <translation>उपस्थिति हिस्सा (&amp;U):</translation>
    </message>
    <message>
        <source>Wal&amp;k-ins:</source>
        <translation>बिना पंजीकरण (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Registrants:</source>
        <translation>पंजीकृत (&amp;R):</translation>
    </message>
    <message>
        <source>Registrants to send</source>
        <translation>भेजने के लिए पंजीकृत लोग</translation>
    </message>
    <message>
        <source>&amp;Play the webinar</source>
        <translation>वेबिनार चलाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>this window cannot look up hooks</source>
        <translation>यह विंडो हुक नहीं ढूँढ सकती</translation>
    </message>
    <message>
        <source>Looking up the hooks for bookings and reminders…</source>
        <translation>बुकिंग और रिमाइंडर के हुक ढूँढे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 calls; what was already sent is kept.</source>
        <extracomment>%1 calls answered out of %2 (a whole simulated webinar: bookings, reminders, attendance).</extracomment>
        <translation>%2 में से %1 कॉल के बाद रद्द किया; जो भेजा जा चुका है वह रखा गया है।</translation>
    </message>
    <message>
        <source>Webinar played in %1 s: registrations: %2 · reminders: %3 · attended: %4 · walk-ins: %5.</source>
        <extracomment>%1 seconds; %2 to %5 are counts of calls (labels, not plurals: &quot;walk-ins: 1&quot;).</extracomment>
        <translation>वेबिनार %1 सेकंड में चला: पंजीकरण: %2 · रिमाइंडर: %3 · उपस्थित: %4 · बिना पंजीकरण: %5।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendees stored: %1&lt;/b&gt; · duplicates: %2 · registrations accepted: %3 · reminders accepted: %4 · refused: %5 · without an answer: %6.</source>
        <extracomment>How the listener answered; counts (labels, not plurals).</extracomment>
        <translation>&lt;b&gt;सहेजे गए प्रतिभागी: %1&lt;/b&gt; · दोहराए: %2 · स्वीकार पंजीकरण: %3 · स्वीकार रिमाइंडर: %4 · अस्वीकार: %5 · बिना जवाब: %6।</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <extracomment>A refusal count: %1 requests answered with HTTP status %2.</extracomment>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>Refused: %1. First problem: %2</source>
        <translation>अस्वीकार: %1। पहली समस्या: %2</translation>
    </message>
    <message>
        <source>Added a hook for %1.</source>
        <extracomment>%1 event names, e.g. &quot;webinar.created.single, webinar.reminder.all&quot;.</extracomment>
        <translation>%1 के लिए एक हुक जोड़ा गया।</translation>
    </message>
</context>
<context>
    <name>hookdesk::StatusBarPanel</name>
    <message>
        <source>Hook URL</source>
        <translation>हुक URL</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <extracomment>Status bar button that copies the hook URL.</extracomment>
        <translation>URL कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the hook URL</source>
        <translation>हुक URL कॉपी करें</translation>
    </message>
    <message>
        <source>hook URL</source>
        <translation>हुक URL</translation>
    </message>
    <message>
        <source>✕ Not listening: %1</source>
        <extracomment>%1 is the reason, e.g. the port is already in use.</extracomment>
        <translation>✕ सुन नहीं रहा: %1</translation>
    </message>
    <message>
        <source>Requests the listener refused today: unknown or retired hook URLs, payloads that are not a webinar attendee, oversized requests.</source>
        <translation>आज लिसनर ने जो अनुरोध अस्वीकार किए: अनजान या बंद हुक URL, ऐसा डेटा जो वेबिनार प्रतिभागी नहीं है, बहुत बड़े अनुरोध।</translation>
    </message>
    <message>
        <source>No attendees yet</source>
        <translation>अभी कोई प्रतिभागी नहीं</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>attendees in webinars</comment>
        <extracomment>%1 is &quot;N attendees&quot;, %2 is &quot;N webinars&quot;: &quot;120 attendees in 4 webinars&quot;.</extracomment>
        <translation>%2 में %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln प्रतिभागी</numerusform>
            <numerusform>%Ln प्रतिभागी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln webinar(s)</source>
        <translation>
            <numerusform>%Ln वेबिनार</numerusform>
            <numerusform>%Ln वेबिनार</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected today</source>
        <extracomment>Webhook requests the listener refused since midnight.</extracomment>
        <translation>
            <numerusform>आज %Ln अस्वीकार</numerusform>
            <numerusform>आज %Ln अस्वीकार</numerusform>
        </translation>
    </message>
    <message>
        <source>The hook URL TagMango calls: your public address followed by %1. Your tunnel passes the calls on to %2.</source>
        <translation>वह हुक URL जिस पर TagMango भेजता है: आपका सार्वजनिक पता और उसके बाद %1। आपका टनल अनुरोधों को %2 तक पहुँचाता है।</translation>
    </message>
    <message>
        <source>Copy the URL to register with TagMango</source>
        <translation>TagMango में रजिस्टर करने वाला URL कॉपी करें</translation>
    </message>
    <message>
        <source>The local hook URL, reachable only from this computer. TagMango reaches it through a tunnel: enter the tunnel&apos;s public address (first-run page, Subscriptions tab or Settings) to see and copy the URL to register.</source>
        <translation>स्थानीय हुक URL, जिस तक केवल यही कंप्यूटर पहुँच सकता है। TagMango इस तक टनल से पहुँचता है: रजिस्टर करने वाला URL देखने और कॉपी करने के लिए टनल का सार्वजनिक पता लिखें (पहली बार वाला पेज, सब्सक्रिप्शन टैब या सेटिंग)।</translation>
    </message>
    <message>
        <source>Copy local URL</source>
        <extracomment>Status bar button; the URL works only on this computer.</extracomment>
        <translation>स्थानीय URL कॉपी करें</translation>
    </message>
    <message>
        <source>Copies the local URL, for testing on this computer. TagMango cannot call it.</source>
        <translation>स्थानीय URL कॉपी करता है, इसी कंप्यूटर पर जाँच के लिए। TagMango उस पर नहीं भेज सकता।</translation>
    </message>
    <message numerus="yes">
        <source>+%Ln other active hook(s)</source>
        <extracomment>Status bar button beside the hook URL; it opens the Subscriptions tab.</extracomment>
        <translation>
            <numerusform>+%Ln और सक्रिय हुक</numerusform>
            <numerusform>+%Ln और सक्रिय हुक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The URL on the left is the one TagMango calls with attendees. HookDesk also answers %Ln other active hook(s): drafts that were never registered, or other events. The Subscriptions tab lists them.</source>
        <translation>
            <numerusform>बाईं ओर का URL वही है जिस पर TagMango प्रतिभागी भेजता है। HookDesk %Ln और सक्रिय हुक का भी जवाब देता है: ड्राफ़्ट जो कभी रजिस्टर नहीं हुआ, या दूसरे इवेंट। सब्सक्रिप्शन टैब में ये सब दिखते हैं।</numerusform>
            <numerusform>बाईं ओर का URL वही है जिस पर TagMango प्रतिभागी भेजता है। HookDesk %Ln और सक्रिय हुक का भी जवाब देता है: ड्राफ़्ट जो कभी रजिस्टर नहीं हुए, या दूसरे इवेंट। सब्सक्रिप्शन टैब में ये सब दिखते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>● Listening</source>
        <translation>● सुन रहा है</translation>
    </message>
    <message>
        <source>HookDesk accepts TagMango&apos;s webhook calls at %1.</source>
        <extracomment>%1 is a local address such as http://127.0.0.1:8787</extracomment>
        <translation>HookDesk %1 पर TagMango के webhook अनुरोध लेता है।</translation>
    </message>
</context>
<context>
    <name>hookdesk::StoreHealthBanner</name>
    <message>
        <source>Database problem</source>
        <translation>डेटाबेस में समस्या</translation>
    </message>
    <message>
        <source>&lt;b&gt;HookDesk cannot save attendees right now:&lt;/b&gt; %1.&lt;br&gt;TagMango&apos;s calls are answered “503, retry later”, so nothing is lost if the sender retries. Free some disk space or check that the database file is writable; HookDesk resumes by itself.</source>
        <extracomment>%1 is SQLite&apos;s own message, e.g. &quot;database or disk is full&quot;.</extracomment>
        <translation>&lt;b&gt;HookDesk अभी प्रतिभागी सहेज नहीं पा रहा:&lt;/b&gt; %1।&lt;br&gt;TagMango के अनुरोधों को “503, बाद में फिर कोशिश करें” जवाब दिया जा रहा है, इसलिए भेजने वाला फिर कोशिश करे तो कुछ नहीं खोता। डिस्क पर कुछ जगह ख़ाली करें या जाँचें कि डेटाबेस फ़ाइल में लिखा जा सकता है; HookDesk अपने-आप फिर शुरू हो जाएगा।</translation>
    </message>
</context>
<context>
    <name>hookdesk::StoreWriter</name>
    <message>
        <source>the database file is read-only: %1</source>
        <translation>डेटाबेस फ़ाइल केवल पढ़ने के लिए है: %1</translation>
    </message>
</context>
<context>
    <name>hookdesk::SubscriptionService</name>
    <message>
        <source>“%1” is not a webinar event HookDesk knows; choose one of %2.</source>
        <translation>“%1” ऐसा वेबिनार इवेंट नहीं है जिसे HookDesk जानता है; इनमें से कोई चुनें: %2।</translation>
    </message>
    <message>
        <source>A webinar ID has no spaces; copy it again from TagMango, or leave the field empty for every webinar.</source>
        <translation>वेबिनार ID में स्पेस नहीं होते; इसे TagMango से फिर से कॉपी करें, या सभी वेबिनार के लिए यह फ़ील्ड ख़ाली छोड़ दें।</translation>
    </message>
    <message>
        <source>HookDesk could not create the hook, so nothing was sent: %1</source>
        <translation>HookDesk हुक नहीं बना सका, इसलिए कुछ नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>This hook is retired; it answers 410 Gone and cannot be registered again. Subscribe anew instead.</source>
        <translation>यह हुक बंद है; यह 410 Gone लौटाता है और फिर से रजिस्टर नहीं हो सकता। इसकी जगह नए सिरे से सब्सक्राइब करें।</translation>
    </message>
    <message>
        <source>HookDesk could not write the answer down: %1</source>
        <translation>HookDesk जवाब दर्ज नहीं कर सका: %1</translation>
    </message>
    <message>
        <source>the hook could not be retired</source>
        <translation>हुक बंद नहीं किया जा सका</translation>
    </message>
</context>
<context>
    <name>hookdesk::SubscriptionTable</name>
    <message>
        <source>Event</source>
        <translation>इवेंट</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>वेबिनार</translation>
    </message>
    <message>
        <source>Hook URL</source>
        <translation>हुक URL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>आख़िरी डिलीवरी</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Retired (answers 410 Gone)</source>
        <translation>बंद (410 Gone लौटाता है)</translation>
    </message>
    <message>
        <source>Active, not registered from HookDesk</source>
        <translation>चालू, HookDesk से रजिस्टर नहीं किया गया</translation>
    </message>
    <message>
        <source>Active, registered</source>
        <translation>चालू, रजिस्टर्ड</translation>
    </message>
    <message>
        <source>all webinars</source>
        <translation>सभी वेबिनार</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Active, registration got no answer (but TagMango calls it)</source>
        <translation>चालू, रजिस्ट्रेशन का कोई जवाब नहीं मिला (पर TagMango इस पर भेजता है)</translation>
    </message>
    <message>
        <source>Draft: not registered, TagMango gave no answer</source>
        <translation>ड्राफ़्ट: रजिस्टर नहीं हुआ, TagMango ने कोई जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>Active, registration refused (HTTP %1) (but TagMango calls it)</source>
        <translation>चालू, रजिस्ट्रेशन अस्वीकार (HTTP %1) (पर TagMango इस पर भेजता है)</translation>
    </message>
    <message>
        <source>Draft: not registered, TagMango refused it (HTTP %1)</source>
        <translation>ड्राफ़्ट: रजिस्टर नहीं हुआ, TagMango ने अस्वीकार किया (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>hookdesk::SubscriptionsPage</name>
    <message>
        <source>Subscribe a new hook with TagMango</source>
        <translation>TagMango के साथ नया हुक सब्सक्राइब करें</translation>
    </message>
    <message>
        <source>TagMango API key:</source>
        <translation>TagMango API key:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>सार्वजनिक पता:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>इवेंट:</translation>
    </message>
    <message>
        <source>Leave empty for every webinar</source>
        <translation>सभी वेबिनार के लिए ख़ाली छोड़ें</translation>
    </message>
    <message>
        <source>Webinar ID:</source>
        <translation>वेबिनार ID:</translation>
    </message>
    <message>
        <source>Enter the public address to see the hook URL</source>
        <translation>हुक URL देखने के लिए सार्वजनिक पता लिखें</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Hook URL:</source>
        <translation>हुक URL:</translation>
    </message>
    <message>
        <source>Where HookDesk sends the subscription. Change it only for TagMango&apos;s staging service or a test server.</source>
        <translation>HookDesk सब्सक्रिप्शन यहाँ भेजता है। इसे केवल TagMango की स्टेजिंग सेवा या किसी टेस्ट सर्वर के लिए बदलें।</translation>
    </message>
    <message>
        <source>TagMango API address:</source>
        <translation>TagMango API का पता:</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>सब्सक्राइब करें</translation>
    </message>
    <message>
        <source>Hook URL copied. It holds a secret token: share it only with TagMango.</source>
        <translation>हुक URL कॉपी हो गया। इसमें एक गुप्त टोकन है: इसे केवल TagMango को दें।</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>सब्सक्रिप्शन</translation>
    </message>
    <message>
        <source>Register again</source>
        <translation>फिर से रजिस्टर करें</translation>
    </message>
    <message>
        <source>Send this hook&apos;s URL to TagMango again, with the public address above (e.g. after your tunnel address changed).</source>
        <translation>ऊपर दिए सार्वजनिक पते के साथ इस हुक का URL TagMango को फिर से भेजें (जैसे टनल का पता बदलने के बाद)।</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>बंद करें…</translation>
    </message>
    <message>
        <source>From now on the hook answers 410 Gone, which asks TagMango to stop sending to it.</source>
        <translation>अब से हुक 410 Gone लौटाएगा, जिससे TagMango को इस पर भेजना बंद करने को कहा जाता है।</translation>
    </message>
    <message>
        <source>Check my public URL</source>
        <translation>मेरा सार्वजनिक URL जाँचें</translation>
    </message>
    <message>
        <source>Send a test attendee to the public address of the selected hook and see whether it comes back in through your tunnel.</source>
        <translation>चुने गए हुक के सार्वजनिक पते पर एक टेस्ट प्रतिभागी भेजें और देखें कि वह आपके टनल से वापस आता है या नहीं।</translation>
    </message>
    <message>
        <source>Remove check data</source>
        <translation>जाँच का डेटा हटाएँ</translation>
    </message>
    <message>
        <source>Delete the test attendees that checks left behind.</source>
        <translation>जाँचों से बचे टेस्ट प्रतिभागी मिटाएँ।</translation>
    </message>
    <message>
        <source>The TagMango API address must be a web address such as %1; HookDesk keeps using %2.</source>
        <translation>TagMango API का पता %1 जैसा वेब पता होना चाहिए; HookDesk %2 ही इस्तेमाल करता रहेगा।</translation>
    </message>
    <message>
        <source>The address of your tunnel (cloudflared, ngrok) or server that forwards to HookDesk. TagMango posts to it.</source>
        <translation>आपके टनल (cloudflared, ngrok) या सर्वर का पता, जो अनुरोध HookDesk तक पहुँचाता है। TagMango इसी पर भेजता है।</translation>
    </message>
    <message>
        <source>%1 can be reached only from this computer or network; TagMango&apos;s servers cannot post to it. Use your tunnel&apos;s public address.</source>
        <translation>%1 तक केवल इसी कंप्यूटर या नेटवर्क से पहुँचा जा सकता है; TagMango के सर्वर उस पर नहीं भेज सकते। अपने टनल का सार्वजनिक पता दें।</translation>
    </message>
    <message>
        <source>TagMango will post each attendee to the hook URL below.</source>
        <translation>TagMango हर प्रतिभागी को नीचे दिए हुक URL पर भेजेगा।</translation>
    </message>
    <message>
        <source>Sending the subscription to TagMango…</source>
        <translation>सब्सक्रिप्शन TagMango को भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Sending the hook to TagMango again…</source>
        <translation>हुक TagMango को फिर से भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Retire this hook?</source>
        <translation>यह हुक बंद करें?</translation>
    </message>
    <message>
        <source>From now on %1 answers every call with 410 Gone, which asks TagMango to stop sending to it. Attendees already received stay. This cannot be undone; you can subscribe a new hook at any time.</source>
        <translation>अब से %1 हर अनुरोध पर 410 Gone लौटाएगा, जिससे TagMango को इस पर भेजना बंद करने को कहा जाता है। जो प्रतिभागी आ चुके हैं, वे बने रहेंगे। इसे वापस नहीं पलटा जा सकता; आप कभी भी नया हुक सब्सक्राइब कर सकते हैं।</translation>
    </message>
    <message>
        <source>Retired: the hook now answers 410 Gone. Whether TagMango stops calling it is up to TagMango; calls that still arrive are refused and logged.</source>
        <translation>बंद हो गया: हुक अब 410 Gone लौटाता है। भेजना बंद करना TagMango पर निर्भर है; फिर भी आने वाले अनुरोध अस्वीकार होकर लॉग होंगे।</translation>
    </message>
    <message>
        <source>The hook could not be retired: %1</source>
        <translation>हुक बंद नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Enter your public address above first: the check sends a test attendee to it.</source>
        <translation>पहले ऊपर अपना सार्वजनिक पता लिखें: जाँच उसी पर एक टेस्ट प्रतिभागी भेजती है।</translation>
    </message>
    <message>
        <source>Note: TagMango was given %1. If your address changed, choose “Register again”.</source>
        <translation>ध्यान दें: TagMango को %1 दिया गया था। अगर आपका पता बदल गया है, तो “फिर से रजिस्टर करें” चुनें।</translation>
    </message>
    <message>
        <source>Sending a test attendee to %1…</source>
        <translation>%1 पर टेस्ट प्रतिभागी भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The check data could not be removed: %1</source>
        <translation>जाँच का डेटा हटाया नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>There is no check data to remove.</source>
        <translation>हटाने के लिए जाँच का कोई डेटा नहीं है।</translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>सब्सक्रिप्शन पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>No hooks yet.</source>
        <translation>अभी कोई हुक नहीं है।</translation>
    </message>
    <message>
        <source>%1 was not registered from HookDesk. Register it with the public address above, or register it in TagMango yourself.</source>
        <translation>%1 HookDesk से रजिस्टर नहीं किया गया था। इसे ऊपर दिए सार्वजनिक पते के साथ रजिस्टर करें, या ख़ुद TagMango में रजिस्टर करें।</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>%1 को भेजा गया: %2</translation>
    </message>
    <message>
        <source>TagMango&apos;s answer (from %1): HTTP %2 %3</source>
        <translation>TagMango का जवाब (%1 से): HTTP %2 %3</translation>
    </message>
    <message>
        <source>Nothing was registered: TagMango goes on calling the hook URL it had. The new URL stays in the list below as a draft: fix the problem and choose “Register again”, or retire it.</source>
        <translation>कुछ भी रजिस्टर नहीं हुआ: TagMango पहले वाले हुक URL पर ही भेजता रहेगा। नया URL नीचे की सूची में ड्राफ़्ट के रूप में रहता है: समस्या ठीक करें और “फिर से रजिस्टर करें” चुनें, या उसे बंद करें।</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln test attendee(s) left by checks.</source>
        <translation>
            <numerusform>जाँचों से बचा %Ln टेस्ट प्रतिभागी हटाया गया।</numerusform>
            <numerusform>जाँचों से बचे %Ln टेस्ट प्रतिभागी हटाए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::TagMangoClient</name>
    <message>
        <source>no message</source>
        <translation>कोई संदेश नहीं</translation>
    </message>
    <message>
        <source>Created: TagMango accepted the subscription (HTTP %1) and will send %2 calls to this hook URL.</source>
        <translation>बन गया: TagMango ने सब्सक्रिप्शन स्वीकार कर लिया (HTTP %1) और वह %2 अनुरोध इस हुक URL पर भेजेगा।</translation>
    </message>
    <message>
        <source>Key refused: TagMango did not accept the API key (HTTP %1, %2). Copy the key again from your TagMango dashboard under Platform Integrations; nothing was registered.</source>
        <translation>key अस्वीकार: TagMango ने API key नहीं मानी (HTTP %1, %2)। अपने TagMango डैशबोर्ड में Platform Integrations से key फिर से कॉपी करें; कुछ भी रजिस्टर नहीं हुआ।</translation>
    </message>
    <message>
        <source>Rejected: the API answered with a redirect (HTTP %1) to %2 instead of taking the request. Check the TagMango API address in the settings; nothing was registered.</source>
        <translation>अस्वीकार: API ने अनुरोध लेने के बजाय %2 पर रीडायरेक्ट लौटाया (HTTP %1)। सेटिंग में TagMango API का पता जाँचें; कुछ भी रजिस्टर नहीं हुआ।</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>बिना नाम का कोई पता</translation>
    </message>
    <message>
        <source>Rejected: TagMango refused the request (HTTP %1): %2.</source>
        <translation>अस्वीकार: TagMango ने अनुरोध ठुकरा दिया (HTTP %1): %2।</translation>
    </message>
    <message>
        <source>Server error: TagMango&apos;s server failed (HTTP %1, %2). It may or may not have registered the hook; try again in a few minutes.</source>
        <translation>सर्वर त्रुटि: TagMango का सर्वर विफल रहा (HTTP %1, %2)। हो सकता है हुक रजिस्टर हुआ हो, हो सकता है नहीं; कुछ मिनट बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Rejected: the API gave an answer HookDesk does not understand (HTTP %1).</source>
        <translation>अस्वीकार: API ने ऐसा जवाब दिया जो HookDesk नहीं समझता (HTTP %1)।</translation>
    </message>
    <message>
        <source>TLS failure: the secure connection to %1 could not be established (%2). Check the computer&apos;s date and time, and whether something on your network intercepts HTTPS; nothing was sent.</source>
        <translation>TLS विफल: %1 से सुरक्षित कनेक्शन नहीं बन सका (%2)। कंप्यूटर की तारीख़ और समय जाँचें, और देखें कि आपके नेटवर्क पर कोई HTTPS को बीच में तो नहीं रोक रहा; कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Unreachable: HookDesk could not reach %1 (%2). Check your internet connection and the TagMango API address; nothing was registered.</source>
        <translation>पहुँच नहीं: HookDesk %1 तक नहीं पहुँच सका (%2)। अपना इंटरनेट कनेक्शन और TagMango API का पता जाँचें; कुछ भी रजिस्टर नहीं हुआ।</translation>
    </message>
    <message>
        <source>Enter your TagMango API key. You find it in the TagMango dashboard under Platform Integrations.</source>
        <translation>अपनी TagMango API key डालें। यह TagMango डैशबोर्ड में Platform Integrations के अंदर मिलती है।</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters a key cannot have. Copy it again from the TagMango dashboard.</source>
        <translation>API key में स्पेस या ऐसे अक्षर हैं जो key में नहीं हो सकते। इसे TagMango डैशबोर्ड से फिर से कॉपी करें।</translation>
    </message>
    <message numerus="yes">
        <source>Timeout: %1 did not answer within %Ln second(s). The hook may or may not be registered; check your connection and try again.</source>
        <translation>
            <numerusform>समय समाप्त: %1 ने %Ln सेकंड में जवाब नहीं दिया। हो सकता है हुक रजिस्टर हुआ हो, हो सकता है नहीं; अपना कनेक्शन जाँचकर फिर कोशिश करें।</numerusform>
            <numerusform>समय समाप्त: %1 ने %Ln सेकंड में जवाब नहीं दिया। हो सकता है हुक रजिस्टर हुआ हो, हो सकता है नहीं; अपना कनेक्शन जाँचकर फिर कोशिश करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::TrayController</name>
    <message>
        <source>&amp;Show HookDesk</source>
        <translation>HookDesk दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit HookDesk</source>
        <translation>HookDesk बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>HookDesk</source>
        <translation>HookDesk</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so HookDesk cannot keep running there; closing the window quits HookDesk.</source>
        <translation>इस डेस्कटॉप में सिस्टम ट्रे नहीं है, इसलिए HookDesk वहाँ चलता नहीं रह सकता; विंडो बंद करने पर HookDesk बंद हो जाएगा।</translation>
    </message>
    <message>
        <source>HookDesk — listening on %1</source>
        <translation>HookDesk — %1 पर सुन रहा है</translation>
    </message>
    <message>
        <source>HookDesk — not listening</source>
        <translation>HookDesk — सुन नहीं रहा</translation>
    </message>
    <message>
        <source> (test data)</source>
        <extracomment>Appended to &quot;Webinar ‘…’: N attendees received&quot; for simulated webinars.</extracomment>
        <translation> (टेस्ट डेटा)</translation>
    </message>
    <message>
        <source>1 request refused at %1.</source>
        <extracomment>%1 is a time of day.</extracomment>
        <translation>%1 बजे 1 अनुरोध अस्वीकार हुआ।</translation>
    </message>
    <message>
        <source>Most: %1 %2 (%3).</source>
        <translation>सबसे ज़्यादा: %1 %2 (%3)।</translation>
    </message>
    <message>
        <source>without a reason</source>
        <translation>बिना कारण</translation>
    </message>
    <message>
        <source>HookDesk: requests refused</source>
        <translation>HookDesk: अनुरोध अस्वीकार हुए</translation>
    </message>
    <message>
        <source>HookDesk keeps listening</source>
        <translation>HookDesk सुनता रहेगा</translation>
    </message>
    <message>
        <source>HookDesk is still receiving webhooks in the tray. Click its icon to open the window; use Quit in its menu to stop it.</source>
        <translation>HookDesk ट्रे में अब भी webhook ले रहा है। विंडो खोलने के लिए उसके आइकन पर क्लिक करें; रोकने के लिए उसके मेन्यू में बंद करें चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>Webinar ‘%1’: %Ln attendee(s) received</source>
        <extracomment>%1 is the webinar&apos;s title.</extracomment>
        <translation>
            <numerusform>वेबिनार ‘%1’: %Ln प्रतिभागी मिला</numerusform>
            <numerusform>वेबिनार ‘%1’: %Ln प्रतिभागी मिले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests refused since %1.</source>
        <extracomment>%1 is a time of day; the count is always 2 or more.</extracomment>
        <translation>
            <numerusform>%1 बजे से %Ln अनुरोध अस्वीकार हुए।</numerusform>
            <numerusform>%1 बजे से %Ln अनुरोध अस्वीकार हुए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::WebinarListModel</name>
    <message>
        <source>All webinars</source>
        <translation>सभी वेबिनार</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>रीप्ले</translation>
    </message>
    <message>
        <source>Open the replay of %1</source>
        <translation>%1 का रीप्ले खोलें</translation>
    </message>
    <message>
        <source>Replay unavailable</source>
        <translation>रीप्ले उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>वेबिनार</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>सबसे नया</translation>
    </message>
    <message>
        <source>%1%2</source>
        <extracomment>A show-up rate: %1 is the number, %2 the locale&apos;s percent sign (&quot;62.5%&quot;).</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Webinar ID: %1</source>
        <translation>वेबिनार ID: %1</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>शुरुआत %1</translation>
    </message>
    <message>
        <source>Starts %1, ends %2</source>
        <translation>शुरुआत %1, समाप्ति %2</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>अभी होना है</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>पंजीकृत: %1</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>उपस्थित: %1</translation>
    </message>
    <message>
        <source>No-shows: %1</source>
        <translation>नहीं आए: %1</translation>
    </message>
    <message>
        <source>Walk-ins: %1</source>
        <translation>बिना पंजीकरण: %1</translation>
    </message>
    <message>
        <source>Show-up rate: %1</source>
        <translation>उपस्थिति दर: %1</translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation>मीटिंग लिंक: %1</translation>
    </message>
    <message>
        <source>Latest call received %1</source>
        <translation>आख़िरी कॉल %1 को मिली</translation>
    </message>
    <message>
        <source>Show-up rate (sessions that are over): %1</source>
        <extracomment>Of all webinars: counts only the sessions that are over.</extracomment>
        <translation>उपस्थिति दर (समाप्त सत्र): %1</translation>
    </message>
    <message>
        <source>Registered (from booking and reminder calls)</source>
        <translation>पंजीकृत (बुकिंग और रिमाइंडर कॉल से)</translation>
    </message>
    <message>
        <source>Attended, walk-ins included</source>
        <translation>उपस्थित, बिना पंजीकरण आए लोगों सहित</translation>
    </message>
    <message>
        <source>Show-up rate: registrants who attended, once the session is over</source>
        <translation>उपस्थिति दर: सत्र समाप्त होने पर, पंजीकृत लोगों में से जो उपस्थित हुए</translation>
    </message>
    <message>
        <source>Reg.</source>
        <extracomment>Short column header: registered people (a narrow column).</extracomment>
        <translation>पंजी.</translation>
    </message>
    <message>
        <source>Came</source>
        <extracomment>Short column header: people who attended (a narrow column).</extracomment>
        <translation>आए</translation>
    </message>
    <message>
        <source>Show-up</source>
        <extracomment>Short column header: share of registrants who attended.</extracomment>
        <translation>उपस्थिति</translation>
    </message>
</context>
<context>
    <name>hookdesk::WebinarListPanel</name>
    <message>
        <source>Webinars</source>
        <translation>वेबिनार</translation>
    </message>
    <message>
        <source>Delete webinar…</source>
        <translation>वेबिनार मिटाएँ…</translation>
    </message>
    <message>
        <source>Open replay</source>
        <translation>रीप्ले खोलें</translation>
    </message>
    <message>
        <source>Copy replay link</source>
        <translation>रीप्ले लिंक कॉपी करें</translation>
    </message>
    <message>
        <source>replay link</source>
        <translation>रीप्ले लिंक</translation>
    </message>
    <message>
        <source>Copy webinar ID</source>
        <translation>वेबिनार ID कॉपी करें</translation>
    </message>
    <message>
        <source>webinar ID</source>
        <translation>वेबिनार ID</translation>
    </message>
</context>
<context>
    <name>hookdesk::WebinarSimulator</name>
    <message>
        <source>Simulated webinar</source>
        <translation>सिमुलेट किया गया वेबिनार</translation>
    </message>
    <message>
        <source>a simulation is already running</source>
        <translation>एक सिमुलेशन पहले से चल रहा है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; http या https URL नहीं है</translation>
    </message>
    <message>
        <source>the number of attendees and of parallel requests must be at least 1</source>
        <translation>प्रतिभागियों और एक साथ चलने वाले अनुरोधों की संख्या कम से कम 1 होनी चाहिए</translation>
    </message>
    <message>
        <source>the show-up share must be 0 to 100 %, the walk-ins 0 or more</source>
        <translation>उपस्थिति हिस्सा 0 से 100 % होना चाहिए, बिना पंजीकरण वाले 0 या अधिक</translation>
    </message>
</context>
</TS>
