<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AppInfo</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeExporter</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty column name in &apos;%1&apos;; known columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; known columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeFilter</name>
    <message>
        <source>%1: expects a date like 2026-11-27</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: hookdesk [--db FILE] [--bind ADDR] [--port N]
       hookdesk COMMAND [OPTIONS]

Catches TagMango webinar.completed.all webhooks and keeps a clean attendee list.
Without a command, HookDesk opens its window and listens on 127.0.0.1:8787.

Commands:
  serve       listen for webhooks without a window (servers)
  hook        add, list or retire receiving URLs (hook add | list | retire TOKEN)
  export      write attendees as CSV (export --out FILE|-)
  subscribe   register a new hook with TagMango (--public-url BASE; key from
              HOOKDESK_API_KEY or standard input)

Options:
  --db FILE   database file (default: %1)
  -h, --help  show this help; &apos;hookdesk COMMAND --help&apos; shows a command&apos;s options
  -v, --version  show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>request not completed within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many open connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection limit of %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>hookdesk: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the output took only %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectStoreAccess</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCatalogue</name>
    <message>
        <source>15 minutes after a webinar ends, once per attendee; HookDesk keeps each attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a webinar starts; kept in the delivery log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when someone registers; kept in the delivery log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write attendees as CSV.
Profiles: &apos;spreadsheet&apos; (default) for Excel, LibreOffice and Google Sheets: UTF-8 with BOM, and no cell a spreadsheet would run as a formula; &apos;rfc4180&apos; for programs: UTF-8 without BOM, every value exactly as stored.
Columns (default %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write; &apos;-&apos; writes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attendees of this webinar ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attendees matching this filter, as typed in the window&apos;s filter box (e.g. &apos;email:gmail.com after:2026-01-01&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spreadsheet (default) or rfc4180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated column keys, in the order to write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required (&apos;-&apos; for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos;: use spreadsheet or rfc4180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n attendee(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address (default: from the settings, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen port (default: from the settings, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk cannot use its database %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk cannot write to its database %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HookCommand</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage receiving URLs.
  add     create a hook and print its path /hooks/&lt;token&gt;
  list    show every hook
  retire TOKEN   make a hook answer 410 Gone from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event the hook receives (default webinar.completed.all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this webinar ID (informational).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require this request header to carry a secret value (e.g. x-api-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the header&apos;s secret value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding a Standard Webhooks signing secret (whsec_&lt;base64&gt;); requests must then be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing action: add, list or retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use add, list or retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire needs exactly one TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header and --header-secret-env go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header: &apos;%1&apos; is not a header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is empty or not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret in %1 is not of the form whsec_&lt;base64 of 16 or more bytes&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired; it now answers 410 Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hooks yet; create one with &apos;hookdesk hook add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HookRepository</name>
    <message>
        <source>cannot add the hook: the token is too short to be secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the hook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list hooks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hook with token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token prefix %1 matches several hooks; give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot retire the hook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hook %1 is already retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HookUrl</name>
    <message>
        <source>Enter the public address of your tunnel or server, for example https://example.trycloudflare.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public address must start with https:// (or http://), not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public address cannot contain “?” or “#”; enter only the address your tunnel or server shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public address cannot contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like a whole hook URL. Enter only the part before /hooks/; HookDesk adds a new /hooks/… path itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFramer</name>
    <message>
        <source>data after a rejected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request headers larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size line too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk data longer than its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request trailers larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadParser</name>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or a whole non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestVerifier</name>
    <message>
        <source>missing header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong secret in header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing webhook-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing webhook-timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing webhook-signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed webhook-timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-timestamp %1 s away from now (tolerance %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid webhook-signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer HookDesk (schema %1, this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected database schema %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for TagMango webhooks without a window. Prints &apos;listening on http://ADDR:PORT&apos; once ready; SIGINT or SIGTERM stops it after answering what is in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 8787).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request body in bytes (default 65536).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest request head in bytes (default 16384).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before an idle or stalled connection is closed (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connections open at once (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: no active hook yet; create one with &apos;hookdesk hook add --db %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1 stored, %2 duplicates, %3 refused, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscribeCommand</name>
    <message>
        <source>TagMango API key (typing is hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key is never taken from the command line, where the process list and shell history would keep it; set %1 or pipe the key on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a hook and register BASE/hooks/&lt;token&gt; with TagMango.
The API key comes from the %1 environment variable or, if that is not set, from one line of standard input. Exits 0 only when TagMango answers 2xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address that reaches this listener (tunnel or server), e.g. https://hooks.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event to subscribe to (default webinar.completed.all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this webinar ID (default: every webinar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TagMango API address (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this existing hook (token or its prefix) again instead of creating a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-url is required: the tunnel or server address TagMango will post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base must be an http(s) address, such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key: set %1 or pipe the key on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is an address only this computer or network can reach; TagMango&apos;s servers cannot post to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token prefix %1 matches several hooks; give more of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hook with token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the hook %1 is kept; register it again with &apos;hookdesk subscribe --hook %2 --public-url …&apos;, or retire it with &apos;hookdesk hook retire %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::ApiKeyField</name>
    <message>
        <source>Paste the key from TagMango → Platform Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a saved key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk saves the key in the system keychain once TagMango accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can keep it in memory until HookDesk quits; otherwise it is used once and then cleared from this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only: HookDesk forgets the key when it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TagMango refused this key. Paste the key from your TagMango dashboard (Platform Integrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can keep it in memory until HookDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeActions</name>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the replay in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 to copy.</source>
        <extracomment>%1 names the thing, e.g. &quot;phone number&quot;, &quot;replay link&quot;, &quot;hook URL&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <extracomment>%1 names the thing copied, e.g. &quot;email address&quot;, &quot;hook URL&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from “%3”?</source>
        <extracomment>%1 is a name (or &quot;this attendee&quot;), %2 an email address, %3 a webinar title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln attendee(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln attendee(s)</source>
        <extracomment>Button of the confirmation.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their rows and the logged requests that carried them are removed for good. If TagMango sends them again, they come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <extracomment>%1 is an email address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln attendee(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete webinar</source>
        <extracomment>Button of the confirmation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %Ln attendee(s)?</source>
        <extracomment>%1 is the webinar&apos;s title.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every attendee of this webinar and the logged requests that carried them are removed for good. Deliveries TagMango sends later are kept again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <extracomment>%1 is the webinar&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeTableModel</name>
    <message>
        <source>No recording link came with this attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk opens only web links (http or https). This one was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Webinar ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First received %1
Last received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TagMango sent this attendee %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the recording in your browser:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the replay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::AttendeeTablePanel</name>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy replay &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this &amp;webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete attendee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this webinar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln attendee(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No attendees match this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendees could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::ExportDialog</name>
    <message>
        <source>Export attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the table shows them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching the current filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the selected webinar (none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the selected webinar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All attendees of every webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test deliveries are left out, as in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns, in file order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the column later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet: Excel, LibreOffice, Google Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 4180: for programs and scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens correctly in spreadsheets. Cells that would run as a formula get a leading apostrophe; phone numbers, IDs and dates show exactly as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value exactly as stored, UTF-8 without a byte order mark. Do not open it in a spreadsheet if attendees can type their own names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendees-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-attendees-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln attendee(s)…</source>
        <extracomment>Progress: %1 attendees written so far out of %Ln.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln attendee(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1. %2 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::FilterBar</name>
    <message>
        <source>Filter by name, email, phone or webinar (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for in name, email, phone and webinar. Column terms such as email:gmail.com also work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to write a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Accessible name of the date-range box: when attendees were first received.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the attendees were first received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <extracomment>Date range choice; picking it shows two date fields (from, until).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filter&lt;/b&gt;&lt;br&gt;&lt;code&gt;priya&lt;/code&gt; — name, email, phone or webinar contains it&lt;br&gt;&lt;code&gt;&quot;priya sharma&quot;&lt;/code&gt; — the words together&lt;br&gt;&lt;code&gt;email:gmail.com&lt;/code&gt;, &lt;code&gt;name:&lt;/code&gt;, &lt;code&gt;phone:&lt;/code&gt;, &lt;code&gt;webinar:&lt;/code&gt; — in that column only&lt;br&gt;&lt;code&gt;id:WEBINAR_ID&lt;/code&gt; — one webinar&lt;br&gt;&lt;code&gt;after:2026-01-31&lt;/code&gt;, &lt;code&gt;before:2026-02-01&lt;/code&gt; — first received (UTC day)&lt;br&gt;&lt;code&gt;-word&lt;/code&gt;, &lt;code&gt;-email:yahoo&lt;/code&gt; — leave those out&lt;br&gt;Terms combine with AND; case does not matter.</source>
        <extracomment>Keep the words inside &lt;code&gt; (name:, email:, id:, after:, before:, AND) in English: the filter understands only those.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting matches among %1…</source>
        <extracomment>%1 is the number of attendees in the store; the matches are still being counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln attendee(s)</source>
        <extracomment>%1 attendees match the filter, out of %Ln in the store: &quot;12 of 340 attendees&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::FirstRunPanel</name>
    <message>
        <source>&lt;h2&gt;Waiting for the first attendee&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The listener is not running:&lt;/b&gt; %1&lt;br&gt;Another program may be using the port. Attendees cannot arrive until it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk is listening on &lt;b&gt;%1&lt;/b&gt;. About 15 minutes after a webinar ends, TagMango sends one request per attendee to your hook URL, and each attendee appears here. Three steps get you there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. Give this computer a public address&lt;/h3&gt;TagMango&apos;s servers cannot reach 127.0.0.1. Run one of these tunnels in a terminal and keep it running; it prints an &lt;b&gt;https&lt;/b&gt; address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloudflared command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngrok command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;2. Register your hook URL with TagMango&lt;/h3&gt;Use it for the &lt;b&gt;webinar.completed.all&lt;/b&gt; event. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is your public address followed by your hook path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the tunnel&apos;s https address in front of your hook path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook URL to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;3. Send a test attendee&lt;/h3&gt;Check that the listener answers. The test attendee appears here at once; delete its webinar afterwards from the webinar list&apos;s context menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or from a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command for a test attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://YOUR-TUNNEL-ADDRESS</source>
        <extracomment>Stands in for the user&apos;s tunnel address in a URL they will edit; no spaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener answered %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::IntakeServer</name>
    <message>
        <source>use GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this hook has been retired; stop sending to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook-id already processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type must be application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not accepting writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage unavailable; retry later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access to the API key (%1), so HookDesk cannot keep it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so HookDesk cannot keep the API key safely between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (it reported: %1), so HookDesk cannot keep the API key safely between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::MainWindow</name>
    <message>
        <source>HookDesk — webinar attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attendee database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webinar list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendee table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;webinars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HookDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HookDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HookDesk %1&lt;/h3&gt;&lt;p&gt;Catches TagMango&apos;s webinar.completed.all webhooks and keeps a clean, searchable list of every attendee.&lt;/p&gt;&lt;p&gt;Attendees are kept in&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::PublicUrlCheck</name>
    <message>
        <source>The address reaches a HookDesk that does not know this hook (HTTP 404). The tunnel may lead to another HookDesk, or the hook belongs to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook reached HookDesk but refused the test attendee (HTTP 401): its secret header or signature check did not pass. The tunnel works; check the hook&apos;s verification settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook is retired and answered 410 Gone. Check an active hook instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but not from HookDesk: the tunnel or proxy could not pass the call on. Is the tunnel running, and does it forward to HookDesk&apos;s listener (127.0.0.1:%3 unless you changed it)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2). TagMango posts to the exact address it is given, so use the address the redirect leads to (often https:// instead of http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3), which is not how HookDesk answers a valid attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk public URL check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk public URL check (test data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds. Is the tunnel running, and is HookDesk listening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). TagMango would fail the same way; check the tunnel&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk could not reach %1 (%2). Is the tunnel running, and is the address current? Free tunnel addresses change each time the tunnel restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 200, but not the way HookDesk answers (%2). Something other than HookDesk is listening at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works: the test attendee went out to %1 and came back into HookDesk through it. It is kept as test data until you remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works: the test call went out to %1 and came back into HookDesk&apos;s delivery log through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But %1 is an address only this computer or network can reach, so TagMango cannot use it: use your tunnel&apos;s public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the test attendee, but it did not arrive in this HookDesk&apos;s database: the address leads to another HookDesk. Point the tunnel at this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the test attendee, but HookDesk could not look for it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::StatusBarPanel</name>
    <message>
        <source>Hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <extracomment>Status bar button that copies the hook URL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Listening on %1</source>
        <extracomment>%1 is a local address such as http://127.0.0.1:8787</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk accepts TagMango&apos;s webhook calls at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local hook URL. TagMango reaches it through a tunnel: register the tunnel&apos;s https address followed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Not listening: %1</source>
        <extracomment>%1 is the reason, e.g. the port is already in use.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the listener refused today: unknown or retired hook URLs, payloads that are not a webinar attendee, oversized requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendees yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>attendees in webinars</comment>
        <extracomment>%1 is &quot;N attendees&quot;, %2 is &quot;N webinars&quot;: &quot;120 attendees in 4 webinars&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln webinar(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected today</source>
        <extracomment>Webhook requests the listener refused since midnight.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookdesk::StoreWriter</name>
    <message>
        <source>the database file is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SubscriptionService</name>
    <message>
        <source>“%1” is not a webinar event HookDesk knows; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webinar ID has no spaces; copy it again from TagMango, or leave the field empty for every webinar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk could not create the hook, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hook is retired; it answers 410 Gone and cannot be registered again. Subscribe anew instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HookDesk could not write the answer down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hook could not be retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SubscriptionTable</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired (answers 410 Gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, not registered from HookDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, registration got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, registration refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all webinars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::SubscriptionsPage</name>
    <message>
        <source>Subscribe a new hook with TagMango</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TagMango API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for every webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the public address to see the hook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where HookDesk sends the subscription. Change it only for TagMango&apos;s staging service or a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TagMango API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook URL copied. It holds a secret token: share it only with TagMango.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this hook&apos;s URL to TagMango again, with the public address above (e.g. after your tunnel address changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on the hook answers 410 Gone, which asks TagMango to stop sending to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test attendee to the public address of the selected hook and see whether it comes back in through your tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove check data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the test attendees that checks left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TagMango API address must be a web address such as %1; HookDesk keeps using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your tunnel (cloudflared, ngrok) or server that forwards to HookDesk. TagMango posts to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be reached only from this computer or network; TagMango&apos;s servers cannot post to it. Use your tunnel&apos;s public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TagMango will post each attendee to the hook URL below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the subscription to TagMango…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook stays in the list below as not registered: fix the problem and choose “Register again”, or retire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the hook to TagMango again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire this hook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on %1 answers every call with 410 Gone, which asks TagMango to stop sending to it. Attendees already received stay. This cannot be undone; you can subscribe a new hook at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: the hook now answers 410 Gone. Whether TagMango stops calling it is up to TagMango; calls that still arrive are refused and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook could not be retired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your public address above first: the check sends a test attendee to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: TagMango was given %1. If your address changed, choose “Register again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test attendee to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check data could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no check data to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n test attendee(s) left by checks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hooks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not registered from HookDesk. Register it with the public address above, or register it in TagMango yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TagMango&apos;s answer (from %1): HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::TagMangoClient</name>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: TagMango accepted the subscription (HTTP %1) and will send %2 calls to this hook URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key refused: TagMango did not accept the API key (HTTP %1, %2). Copy the key again from your TagMango dashboard under Platform Integrations; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the API answered with a redirect (HTTP %1) to %2 instead of taking the request. Check the TagMango API address in the settings; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: TagMango refused the request (HTTP %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error: TagMango&apos;s server failed (HTTP %1, %2). It may or may not have registered the hook; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the API gave an answer HookDesk does not understand (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1 did not answer within %2 seconds. The hook may or may not be registered; check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure: the secure connection to %1 could not be established (%2). Check the computer&apos;s date and time, and whether something on your network intercepts HTTPS; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable: HookDesk could not reach %1 (%2). Check your internet connection and the TagMango API address; nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your TagMango API key. You find it in the TagMango dashboard under Platform Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains spaces or characters a key cannot have. Copy it again from the TagMango dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::WebinarListModel</name>
    <message>
        <source>All webinars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the recording in your browser:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Webinar ID: %2
%n attendee(s), the latest received %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the replay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookdesk::WebinarListPanel</name>
    <message>
        <source>Webinars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webinar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy replay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy webinar ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webinar ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
