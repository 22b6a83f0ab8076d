<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendeeFilter</name>
    <message numerus="yes">
        <source>the filter has %n terms; at most %1 are allowed</source>
        <translation>
            <numerusform>the filter has %n term; at most %1 are allowed</numerusform>
            <numerusform>the filter has %n terms; at most %1 are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the filter is %n characters long; at most %1 are allowed</source>
        <translation>
            <numerusform>the filter is %n character long; at most %1 are allowed</numerusform>
            <numerusform>the filter is %n characters long; at most %1 are allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>exported %n attendee(s) to %1</source>
        <translation>
            <numerusform>exported %n attendee to %1</numerusform>
            <numerusform>exported %n attendees to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message numerus="yes">
        <source>removed %n test attendee(s)</source>
        <translation>
            <numerusform>removed %n test attendee</numerusform>
            <numerusform>removed %n test attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sending %n attendee(s) of webinar %1 to %2 (%3), %4 at a time</source>
        <extracomment>%1 webinar ID, %2 hook URL, %3 where the URL came from, %4 requests in flight at once.</extracomment>
        <translation>
            <numerusform>sending %n attendee of webinar %1 to %2 (%3), %4 at a time</numerusform>
            <numerusform>sending %n attendees of webinar %1 to %2 (%3), %4 at a time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeActions</name>
    <message numerus="yes">
        <source>Delete these %Ln attendee(s)?</source>
        <translation>
            <numerusform>Delete these %Ln attendee?</numerusform>
            <numerusform>Delete these %Ln attendees?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln attendee(s)</source>
        <extracomment>Button of the confirmation.</extracomment>
        <translation>
            <numerusform>Delete %Ln attendee</numerusform>
            <numerusform>Delete %Ln attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln attendee(s).</source>
        <translation>
            <numerusform>Deleted %Ln attendee.</numerusform>
            <numerusform>Deleted %Ln attendees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln registration(s)?</source>
        <translation>
            <numerusform>Delete this %Ln registration?</numerusform>
            <numerusform>Delete these %Ln registrations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln registration(s)</source>
        <extracomment>Button of the confirmation.</extracomment>
        <translation>
            <numerusform>Delete %Ln registration</numerusform>
            <numerusform>Delete %Ln registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln registration(s).</source>
        <translation>
            <numerusform>Deleted %Ln registration.</numerusform>
            <numerusform>Deleted %Ln registrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, its %Ln attendee(s) and its registrations?</source>
        <extracomment>%1 is the webinar&apos;s title.</extracomment>
        <translation>
            <numerusform>Delete “%1”, its %Ln attendee and its registrations?</numerusform>
            <numerusform>Delete “%1”, its %Ln attendees and its registrations?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeTableModel</name>
    <message numerus="yes">
        <source>TagMango sent this attendee %Ln time(s).</source>
        <translation>
            <numerusform>TagMango sent this attendee %Ln time.</numerusform>
            <numerusform>TagMango sent this attendee %Ln times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered for %Ln webinar(s), attended %1</source>
        <extracomment>Across all of the creator&apos;s webinars, by email: &quot;Registered for 3 webinars, attended 2&quot;.</extracomment>
        <translation>
            <numerusform>Registered for %Ln webinar, attended %1</numerusform>
            <numerusform>Registered for %Ln webinars, attended %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TagMango sent %Ln booking or reminder call(s) for this registration.</source>
        <translation>
            <numerusform>TagMango sent %Ln booking or reminder call for this registration.</numerusform>
            <numerusform>TagMango sent %Ln booking or reminder calls for this registration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeTablePanel</name>
    <message numerus="yes">
        <source>&amp;Delete %Ln attendee(s)…</source>
        <translation>
            <numerusform>&amp;Delete %Ln attendee…</numerusform>
            <numerusform>&amp;Delete %Ln attendees…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln registration(s)…</source>
        <translation>
            <numerusform>&amp;Delete %Ln registration…</numerusform>
            <numerusform>&amp;Delete %Ln registrations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::DeliveriesPage</name>
    <message numerus="yes">
        <source>%Ln request(s), newest first</source>
        <translation>
            <numerusform>%Ln request, newest first</numerusform>
            <numerusform>%Ln requests, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %1 of %Ln attendee(s)…</source>
        <extracomment>Progress: %1 attendees written so far out of %Ln.</extracomment>
        <translation>
            <numerusform>Exported %1 of %Ln attendee…</numerusform>
            <numerusform>Exported %1 of %Ln attendees…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln attendee(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln attendee to %1.</numerusform>
            <numerusform>Exported %Ln attendees to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::FilterBar</name>
    <message numerus="yes">
        <source>%1 of %Ln attendee(s)</source>
        <extracomment>%1 attendees match the filter, out of %Ln in the store: &quot;12 of 340 attendees&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %Ln attendee</numerusform>
            <numerusform>%1 of %Ln attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln attendee(s)…</source>
        <translation>
            <numerusform>Searching %Ln attendee…</numerusform>
            <numerusform>Searching %Ln attendees…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln registrant(s)…</source>
        <translation>
            <numerusform>Searching %Ln registrant…</numerusform>
            <numerusform>Searching %Ln registrants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting matches among %Ln registrant(s)…</source>
        <translation>
            <numerusform>Counting matches among %Ln registrant…</numerusform>
            <numerusform>Counting matches among %Ln registrants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln registrant(s)</source>
        <extracomment>%1 registrants match the filter, out of %Ln: &quot;12 of 340 registrants&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %Ln registrant</numerusform>
            <numerusform>%1 of %Ln registrants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln no-show(s)…</source>
        <translation>
            <numerusform>Searching %Ln no-show…</numerusform>
            <numerusform>Searching %Ln no-shows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting matches among %Ln no-show(s)…</source>
        <translation>
            <numerusform>Counting matches among %Ln no-show…</numerusform>
            <numerusform>Counting matches among %Ln no-shows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln no-show(s)</source>
        <extracomment>%1 no-shows match the filter, out of %Ln: &quot;12 of 40 no-shows&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %Ln no-show</numerusform>
            <numerusform>%1 of %Ln no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %Ln walk-in(s)…</source>
        <translation>
            <numerusform>Searching %Ln walk-in…</numerusform>
            <numerusform>Searching %Ln walk-ins…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting matches among %Ln walk-in(s)…</source>
        <translation>
            <numerusform>Counting matches among %Ln walk-in…</numerusform>
            <numerusform>Counting matches among %Ln walk-ins…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln walk-in(s)</source>
        <extracomment>%1 walk-ins match the filter, out of %Ln: &quot;3 of 8 walk-ins&quot;.</extracomment>
        <translation>
            <numerusform>%1 of %Ln walk-in</numerusform>
            <numerusform>%1 of %Ln walk-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln attendee(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln attendee to %1</numerusform>
            <numerusform>Exported %Ln attendees to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::MonitorFeatures</name>
    <message numerus="yes">
        <source>Simulated webinar: %1 of %Ln attendee(s) stored</source>
        <extracomment>%1 attendees stored out of %Ln sent.</extracomment>
        <translation>
            <numerusform>Simulated webinar: %1 of %Ln attendee stored</numerusform>
            <numerusform>Simulated webinar: %1 of %Ln attendees stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln test attendee(s) and registration(s)?</source>
        <translation>
            <numerusform>Remove %Ln test attendee or registration?</numerusform>
            <numerusform>Remove %Ln test attendees and registrations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln test attendee(s) and registration(s).</source>
        <translation>
            <numerusform>Removed %Ln test attendee or registration.</numerusform>
            <numerusform>Removed %Ln test attendees and registrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::PublicUrlCheck</name>
    <message numerus="yes">
        <source>No answer from %1 within %Ln second(s). Is the tunnel running, and is HookDesk listening?</source>
        <translation>
            <numerusform>No answer from %1 within %Ln second. Is the tunnel running, and is HookDesk listening?</numerusform>
            <numerusform>No answer from %1 within %Ln seconds. Is the tunnel running, and is HookDesk listening?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::SimulateDialog</name>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln attendee(s); those already sent are stored.</source>
        <extracomment>%1 attendees answered out of %Ln.</extracomment>
        <translation>
            <numerusform>Cancelled after %1 of %Ln attendee; those already sent are stored.</numerusform>
            <numerusform>Cancelled after %1 of %Ln attendees; those already sent are stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s) sent in %1 s. &lt;b&gt;Stored: %2&lt;/b&gt; · duplicates: %3 · refused: %4 · without an answer: %5.</source>
        <extracomment>%1 seconds; %2 to %5 are counts of attendees (labels, not plurals: &quot;duplicates: 1&quot;).</extracomment>
        <translation>
            <numerusform>%Ln attendee sent in %1 s. &lt;b&gt;Stored: %2&lt;/b&gt; · duplicates: %3 · refused: %4 · without an answer: %5.</numerusform>
            <numerusform>%Ln attendees sent in %1 s. &lt;b&gt;Stored: %2&lt;/b&gt; · duplicates: %3 · refused: %4 · without an answer: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::StatusBarPanel</name>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation>
            <numerusform>%Ln attendee</numerusform>
            <numerusform>%Ln attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln webinar(s)</source>
        <translation>
            <numerusform>%Ln webinar</numerusform>
            <numerusform>%Ln webinars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected today</source>
        <extracomment>Webhook requests the listener refused since midnight.</extracomment>
        <translation>
            <numerusform>%Ln rejected today</numerusform>
            <numerusform>%Ln rejected today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln other active hook(s)</source>
        <extracomment>Status bar button beside the hook URL; it opens the Subscriptions tab.</extracomment>
        <translation>
            <numerusform>+%Ln other active hook</numerusform>
            <numerusform>+%Ln other active hooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The URL on the left is the one TagMango calls with attendees. HookDesk also answers %Ln other active hook(s): drafts that were never registered, or other events. The Subscriptions tab lists them.</source>
        <translation>
            <numerusform>The URL on the left is the one TagMango calls with attendees. HookDesk also answers %Ln other active hook: a draft that was never registered, or another event. The Subscriptions tab lists it.</numerusform>
            <numerusform>The URL on the left is the one TagMango calls with attendees. HookDesk also answers %Ln other active hooks: drafts that were never registered, or other events. The Subscriptions tab lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::SubscriptionsPage</name>
    <message numerus="yes">
        <source>Removed %Ln test attendee(s) left by checks.</source>
        <translation>
            <numerusform>Removed %Ln test attendee left by checks.</numerusform>
            <numerusform>Removed %Ln test attendees left by checks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::TagMangoClient</name>
    <message numerus="yes">
        <source>Timeout: %1 did not answer within %Ln second(s). The hook may or may not be registered; check your connection and try again.</source>
        <translation>
            <numerusform>Timeout: %1 did not answer within %Ln second. The hook may or may not be registered; check your connection and try again.</numerusform>
            <numerusform>Timeout: %1 did not answer within %Ln seconds. The hook may or may not be registered; check your connection and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::TrayController</name>
    <message numerus="yes">
        <source>Webinar ‘%1’: %Ln attendee(s) received</source>
        <extracomment>%1 is the webinar&apos;s title.</extracomment>
        <translation>
            <numerusform>Webinar ‘%1’: %Ln attendee received</numerusform>
            <numerusform>Webinar ‘%1’: %Ln attendees received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests refused since %1.</source>
        <extracomment>%1 is a time of day; the count is always 2 or more.</extracomment>
        <translation>
            <numerusform>%Ln requests refused since %1.</numerusform>
            <numerusform>%Ln requests refused since %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
