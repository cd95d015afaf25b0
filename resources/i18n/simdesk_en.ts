<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active shop. Add a shop on the Shops page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shop from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) assigned to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAddDialog</name>
    <message>
        <source>Bulk add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock (no shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards go to this shop; by default they stay in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only duplicates and invalid lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One code per line; a phone number may follow the code on the same line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last code of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, Excel (.xlsx) or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with the codes is found by its header or its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code (or type it and press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding SIM cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no card was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of codes (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {0} · Duplicates: {1} · Invalid: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) added; {1} line(s) refused, see the reasons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored, not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid code: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {0} · Refused: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEditDialog</name>
    <message>
        <source>Add SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19 or 20 digits, starting with 89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to detect it from the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsTableModel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksLogPage</name>
    <message>
        <source>Card code contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
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
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole checks log as Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} rows, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the checks log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the checks log to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the checks log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold in 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop holds cards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops by sell-through (top 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sold in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best day {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsold for more than {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card(s) held in a shop for more than {0} days; the longest-held first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card waits longer than {0} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now: {0} of {1} checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in another simdesk on this database: {0} of {1} checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auto-check has run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} checked, {2} newly sold, {3} error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — stopped: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {0} (in {1} min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to simdesk. Create the administrator account: it manages users and settings and logs in to the web app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineResultsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import activation report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About simdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this check; the answers so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: listening on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: not running — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: {0} checked, {1} newly sold, {2} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) newly sold: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s activation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the activation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) now sold, {1} already sold, {2} unknown code(s), {3} invalid line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simdesk {0}
Shops, SIM cards and sales for a mobile-operator dealer&apos;s office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simdesk keeps running in the tray; the servers stay on. Use Quit to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup failed: {0}</source>
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
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will have to choose a new password at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretEdit</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1: this computer only; 0.0.0.0: the whole office network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main API port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status API port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted web-app origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, such as http://localhost:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed web app contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic HTTP JSON API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}, {iccid} or {msisdn} where the card goes; empty: the address above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST body template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object, such as an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status path in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted names such as data.state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale date path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted names such as data.activatedAt; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values meaning sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values meaning not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values meaning blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card code to ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most checks per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit of one check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a run after failures in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all assigned cards automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-check every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook for newly sold cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called with the newly sold cards; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps simdesk and its servers running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database once a day (the last 14 are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — correct the marked fields: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main API: {0}. Status API: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes first: the test uses the saved status source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the status source about {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source did not answer properly ({0} ms): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected ({0} ms). Status: {1} — {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simdesk backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all shops, cards, users and settings with the contents of {0}?

A copy of the current database is written first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {0}. The database as it was before is in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDetail</name>
    <message>
        <source>Select a shop to see its numbers and cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold in 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest {0} of {1} cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards in this shop yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Edit shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude / longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopsModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (ICCID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopsPage</name>
    <message>
        <source>Search name, owner, phone or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shop (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected shop (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop that takes no more cards; its sales stay on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shop that never held a card can be deleted (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shop(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot archive the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop still holds {0} unsold card(s). Return them to stock or assign them to another shop on the SIM cards page, then archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the shop “{0}”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop “{0}” still holds {1} unsold card(s), so it cannot be deleted. A shop that held cards keeps its history: return the cards to stock or move them to another shop, then archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop “{0}” has held cards, so it cannot be deleted: its sales and its history keep its name. Archive it instead — it disappears from the lists and can be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimCardsPage</name>
    <message>
        <source>Search by code or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} card(s) matching the filter are selected. Click a row to select fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {0} codes to the clipboard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} code(s) copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) assigned to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) returned to stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cards were not returned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning cards to stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete card {0}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} cards? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {0} is sold. Sold cards are sales history and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the {1} selected cards are sold: {2}. Sold cards are sales history and cannot be deleted. Nothing was deleted: leave the sold cards out (for example, filter by the status Available or Assigned) and delete again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0} card(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {0}: the check failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {0}: {1} (operator says: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) checked: {1} changed, {2} newly sold, {3} error(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the selected cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0} card(s) in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) exported to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting SIM cards…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters, digits and . _ - @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the failed logins of the selected user from every address, so they may log in again at once (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users log in to the web app and the HTTP APIs. Administrators manage users and settings, operators work with shops and cards, viewers only look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {0} enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {0} disabled; their logins end now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins of {0} cleared; they may log in again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for {0}; they must change it at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user {0}? Their logins end now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {0} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TaskEntry</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this work; what it did so far is undone where it must be all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the status source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the check log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the activation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong: {0}. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {0} card(s) are available in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is archived; unarchive it or choose another shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status source is configured. Set its address in Settings → Status source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {0} is already in use by another program. Choose another port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sold card cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space on {0} and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only folder, file or disk): nothing can be saved. Make them writable for this user and start simdesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a database or one of simdesk&apos;s own files (a database, a backup or the copy made before the conversion), which simdesk never writes over; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {0} rows; split it into files of at most {0} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auto-check is already running in another simdesk on this database ({0}); none was started here. Its results appear here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has held cards, and the history keeps its name: it cannot be deleted. Archive it instead; it can be brought back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop still holds {0} unsold and {1} sold card(s). Return or move the unsold cards; a shop with sales can only be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
