<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActivationReportDialog</name>
    <message>
        <source>Activation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: now sold {1}, already sold {2}, unknown codes {3}, invalid lines {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines not applied and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation report was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActsDialog</name>
    <message>
        <source>Hand-over acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActsList</name>
    <message>
        <source>Act No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back from the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act No. {0} saved: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the act to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%Ln card(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) refused, see the reasons below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: {0}. {1}</source>
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
    <message>
        <source>Click to sort by this column; click again for the reverse order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted. Sort by one of: {0}.</source>
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
        <source>Hand-over acts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acts of the hand-overs, to print again</source>
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
    <name>HandoverAct</name>
    <message>
        <source>Hand-over act No. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards handed over to a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dealer hands over and the shop accepts the following SIM cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over (dealer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards taken back from a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop hands back and the dealer accepts the following SIM cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over (shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (dealer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
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
        <source>Code (ICCID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0} SIM card(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over cards to a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cards back from a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a card or type its code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the oldest in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the hand-over and its act (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active shop. Add a shop on the Shops page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty: scan or type the card&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it has characters other than digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it has {1} digits, a SIM card code has 19 or 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a SIM card code: it does not start with 89.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the check digit is wrong — a misread or mistyped code? Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not in the database. Add the card on the SIM cards page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is sold; a sold card stays where it was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is in another shop, {1}. Take it back from there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is in another shop, {1}, not in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already in this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is in stock, not in this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last code of the pack is not a valid SIM card code; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first code of the pack is not a valid SIM card code; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last code comes before the first; swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first and the last code have different lengths; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds too many codes (at most 100,000 at once); split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) of the pack added; {1} refused (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} card(s) of the pack added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} oldest card(s) in stock added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the list of {0} card(s) without handing them over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: scan at least one card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the hand-over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act No. {0}: {1} card(s) handed over to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act No. {0}: {1} card(s) taken back from {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the act as PDF or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {0} card(s) of the list changed since they were scanned (listed below). Remove them and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act No. {0} saved: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the act to {0}…</source>
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
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
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
        <source>Hand over cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cards back…</source>
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
        <source>{0}: not running — port {1} is busy</source>
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
        <source>Last check cancelled: {0} of {1} cards checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check stopped: the status source seems down ({0} of {1} cards checked); see the checks log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check failed: {0} of {1} cards checked; see the checks log</source>
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
    <message numerus="yes">
        <source>%Ln card(s) newly sold: {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>simdesk {0}
Shops, SIM cards and sales for a mobile-operator dealer&apos;s office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to lock: nobody is signed in. Add a user on the Users page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web app on this computer at {0} was refused: its address is not a trusted web-app origin, so it shows &quot;wrong password&quot; even with the right one. Trust it if it is the office&apos;s web app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be trusted: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now a trusted web-app origin; reload the web app.</source>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
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
        <source>Create New Folder</source>
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
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
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
        <source>Date Modified</source>
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
    <name>Regions</name>
    <message>
        <source>Republic of Karakalpakstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andijan Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bukhara Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fergana Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jizzakh Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khorezm Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namangan Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navoi Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kashkadarya Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samarkand Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syrdarya Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surkhandarya Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tashkent Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tashkent City</source>
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
    <name>ScannedModel</name>
    <message>
        <source>Code (ICCID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
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
        <source>The old status service (/check-simcard-status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator&apos;s JSON API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator&apos;s activation report (a file) is not a source to ask: import it with File → Import activation report (Ctrl+I).</source>
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
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealer&apos;s name on hand-over acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the act leaves a line to write it in</source>
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
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings have unsaved changes. Save them before leaving this page?</source>
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
        <source>Not tested — correct the marked fields: {0}</source>
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
        <source>Hand over cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the cards handed to this shop; an act is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cards back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over acts</source>
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
    <message numerus="yes">
        <source>%Ln shop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password. Check the keyboard layout and Caps Lock, then type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords in a row for {0}: the next try is possible in {1} s. An administrator can clear this with Unlock on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {0} is disabled; ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is locked by {0}: sign in as {0}, or press Switch user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another new password: at least {0} characters, not the user name, not one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next start of simdesk by this user of the computer does not ask again, until Lock or Switch user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simdesk is locked by {0}. Type the password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to simdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set this password: choose a new one of your own to go on.</source>
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
    <message numerus="yes">
        <source>%Ln card(s) exported to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s) copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) returned to stock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Deleting cards…</source>
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
    <message numerus="yes">
        <source>Checking %Ln card(s) in the background…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check stopped: {0} of {1} card(s) checked.</source>
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
    <message numerus="yes">
        <source>%Ln card(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln card(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not start.</source>
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
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as a {0}: this needs an {1}. Ask an administrator, or use Switch user (File menu) to sign in as one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains characters other than digits ({chars}); an ICCID has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell is a number in Excel and its last digits are lost; format the column as text and type or paste the codes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has {digits} digits; an ICCID has 19 or 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not start with 89, as every ICCID does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: the last digit should be {expected}, not {actual}. A typo? For packs printed without a check digit an administrator can turn off the check-digit setting (codes.verify_luhn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code appears twice in the input (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid code: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some codes are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is {length} characters long; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a number such as 41.3111.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period must be earlier than its end; widen the period or swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code appears twice in the report (first on line {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation date {value} cannot be read; write it like 2024-05-31 or 31.05.2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is sold; a sold card cannot be given to another shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is sold; a sold card stays with its shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is already in this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is already in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is already sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not an Uzbek number; write it like +998 90 123 45 67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is not a mobile number (a SIM card&apos;s number starts with an operator&apos;s code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an http:// or https:// address, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a port that is not a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an address of this computer such as 127.0.0.1, or 0.0.0.0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not an origin such as http://localhost:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May hold only the placeholders {{code}}, {{iccid}} and {{msisdn}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an http:// or https:// address with {{code}}, {{iccid}} or {{msisdn}} where the card goes, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the header {name} must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header {name} must be written in plain ASCII letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be dotted names such as data.status (list items as items.0.status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a port number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of texts (separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a JSON object of texts, such as {{&quot;X-Api-Key&quot;: &quot;...&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username must be {min}–{max} characters of Latin letters, digits and . _ - @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least {min} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at most {max} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the same as the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the current password; type your current password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request cannot be carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not found; it may have been deleted. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the current state; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simdesk cannot continue with this configuration. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space on {path} and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (a read-only folder, file or disk): nothing can be saved. Make them writable for this user and start simdesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {raw}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: some codes are not valid.
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIM card does not exist; it may have been deleted. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: cards not found: {count}.
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the cards cannot be changed this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: cards that cannot be changed this way: {count}.
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {raw}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {code} is already stored; each card is stored once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card {code} is sold: a sold card cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty; scan at least one card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was handed over: {count} card(s) cannot go ({codes}). Remove them from the list and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over act {act} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over goes to a shop or back from it; nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough cards in stock: {available} available, {requested} asked for. Add cards or ask for fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cards one way: by ids, by codes or by a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards were given; choose at least one card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a count or a last code for the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count must be at least 1 (got {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last code {last} has {digits} digits but the first has {width}; both ends of a range have the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting {count} codes up from {first} runs past the last {width}-digit ICCID; ask for fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last code {last} comes before the first code {first}; swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range holds {count} codes; at most {max} are taken at once. Split it into smaller packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop does not exist; it may have been deleted. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one shop has this name; choose the shop from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop named {name} already exists; give this one another name (for example add the street or district).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop {name} is archived; unarchive it or choose another shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop still holds cards: {assigned} unsold, {sold} sold. Return or move the unsold cards; a shop with sales can only be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop still holds unsold cards: {assigned}. Return them to stock or move them to another shop, then archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop has held cards, and the history keeps its name: it cannot be deleted. Archive it instead; it can be brought back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Choose a longer, less predictable one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user {name} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not found; it may have been deleted. Refresh the list of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the last active administrator; make another user an active administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed by someone else meanwhile; log in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled; ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {retry_after} s and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is not valid; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was ended (logged out); log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login has expired; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is unknown to this version of simdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read. Check that it exists, is a file and not a folder, is not open in another program, and is a CSV, Excel (.xlsx) or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no SIM card codes; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of SIM card codes found in {path}; put the codes in the first column or name the column “code” or “iccid”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {maxRows} rows; split it into files of at most {maxRows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is simdesk&apos;s live database; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a working file of simdesk&apos;s live database {database}; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the file being read; choose another file name for what is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is inside simdesk&apos;s backups folder {folder}, which keeps only backups; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup in simdesk&apos;s backups folder; choose a new file name so that it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the copy of the old server&apos;s database taken before its conversion, which simdesk never writes over; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an existing SQLite database (another data folder&apos;s, a backup or another program&apos;s), which simdesk never writes over; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a working file of the SQLite database {database}; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist or is a folder; choose a file name in an existing folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: close the file if it is open in Excel, or choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has more rows than an Excel sheet holds; export it as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CSV or Excel (.xlsx) for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made; finish the current operation and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and restore work only with the SQLite database; for PostgreSQL use the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a simdesk backup: {problem} Choose a file written by “Back up”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a simdesk database (it has no {detail} table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written by a newer simdesk (schema version {version}; this program knows up to {latest}); install the newer simdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lacks what a simdesk database has ({detail}): an incomplete or hand-made copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of rejected lines could not be written to {path}; choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed; the database was left as it was. Close other simdesk windows and servers and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be created; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs a driver that is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened; check the data folder&apos;s permissions or the database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or not a SQLite database; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer simdesk; install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a SQLite database can be a seed database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the seed database lost rows, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status source is configured. Set its address in Settings → Status source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status source does not answer; check its address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check run is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An auto-check is already running in another simdesk on this database ({owner}); none was started here. Its results appear here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This turn of the schedule was already taken by another simdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status checks are shut down (the program is closing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is closing; nothing new can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is already in use by another program. Choose another port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers&apos; address {host} is not an address of this computer; use 127.0.0.1, or 0.0.0.0 for every network, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot listen on {host}:{port}; choose another address or port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>source_errors</name>
    <message>
        <source>connection refused: nothing is listening at the status source&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect in time (connection timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status source closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status source&apos;s host name cannot be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed: the status source cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the deadline of {0} s; the status source is slow or not answering (raise the deadline in Settings if it is only slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status source answered HTTP {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no status at &apos;{0}&apos;; set the path of the status in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card {0} has no phone number, which the status source&apos;s address needs; add the phone to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after {0} attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
