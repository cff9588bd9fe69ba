<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
    <context>
        <name>AdminWidget</name>
        <message>
            <source>Bins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store connections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <source>Bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter bins, zones or SKUs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add bin…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Labels as PDF file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print labels of selected bins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set quantity in selected bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products in the bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity (0 removes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Labels to {station} ({address})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin {code} added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin is now {code}: print its new label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{bin} now holds {quantity} of {sku}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bins exported to {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n label(s) saved to {file}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) sent to {printer}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Add bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin code (zone-aisle-shelf-position, e.g. A-03-2-B):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select one or more bins first</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n bin(s) reactivated</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) retired</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Select exactly one bin to set its stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import bins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export bins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the bins whose labels you want</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save bin labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>{attribute} {ordered} → {requested}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}   {asks}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>This shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hour of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> orders/h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders per hour you expect of one packer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders shipped per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders per hour by packer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updating…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>On hold: %n order(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{period} · updated {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures not updated: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target not saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Team target (%n packer(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orders per hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target per packer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GiftMessageDialog</name>
        <message>
            <source>Gift card message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The card message was read from the customer's note. Check it, correct it if needed, then confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeldOrdersModel</name>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held while</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>packdesk — {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan here — or type a code and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sc&amp;an:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station {name} is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Batch pick (several small orders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the &amp;station screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the &amp;scan field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be reached, so nothing was recorded: try again in a moment (the status bar shows when it is back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be reached: scan {code} again when the status bar shows it is back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code}: {error} — scan it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan NOT recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order complete, but printing failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— fix the printer, then reprint (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The queue is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order is waiting to be packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the first bin and scan its label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No small orders to batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the next order with F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch of {count} orders: {numbers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One tote slot per order: the screen shows each item's slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short pick recorded: order {number} is on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}. A lead will see it; put its items aside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another bin holds this item: follow the screen to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— fix the printer, then reprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead: scan your badge to vouch for this line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} — Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line overridden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded with the lead's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Override cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan your badge to sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out after {minutes} min without activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan your badge to sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer FAILED: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not for this role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This screen needs a {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F4: back to the station screen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteConflictWidget</name>
        <message>
            <source>Notes that ask for another variant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order is waiting for a note decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack as &amp;ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack as the &amp;note says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Contact the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer wrote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting for the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {item} — ordered {attribute} {ordered}, the note asks for {requested}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} goes back to the queue: pack it as ordered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} goes back to the queue: the scanner now expects the variant the note asks for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} stays on hold until the customer answers.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteRequestsView</name>
        <message>
            <source>Line {line}: the note is unclear about the {what} — read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: note asked for {what} {value} — {lead} decided: pack as ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the scan checks it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: note asks for {values} — matches; {check}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>picking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackLineModel</name>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>override: {lead}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pack {sku} (per note)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackScreen</name>
        <message>
            <source>Note from the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have read the note  (F6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1  Gift slip, no prices  (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2  Message card in  (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3  Wrapped  (Ctrl+3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print message card  (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from the printed label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print slip + label  (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reprint sli&amp;p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reprint la&amp;bel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead override of line  (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship  (F10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  EXPRESS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pack order {number} — {ship_to} — {method}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note from the customer — read by {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note from the customer — read it, then press F6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready: check carrier and weight, then Ship (F10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scan the remaining items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>acknowledge the note (F6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gift slip (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message card (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrap (Ctrl+3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print the label (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still to do: {steps}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickListModel</name>
        <message>
            <source>Bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tote slots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slot {slot}: {qty}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickScreen</name>
        <message>
            <source>Go to bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bin empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough in bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrong item in bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short pick  (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bin does not hold enough: record it and put the order on hold for a lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch pick: {count} orders ({numbers})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick order {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin {step} of {steps} · {taken} of {units} items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything is picked: go to the packing bench</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NO BIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bin holds this item: record a short pick (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan each item ({picked} of {total} taken)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{marker}Slot {slot}: {left} × ({number})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barcodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search SKU, name or scan a barcode…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EAN/UPC/GTIN or store codes, comma-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as new product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from the store's catalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barcodes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a product first, or save as a new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the catalogue of {store}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a store connection first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift / note / hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hold: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>held: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <source>Next order  (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…or scan an order barcode to take that order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter: order, name, country…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh  (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Take selected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Scan your badge to sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No scanner? Type the badge code into the scan field above and press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…or choose your name and type your PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>P&amp;ull now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch new orders from the stores now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer: idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no scanner yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last pull: never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbox: …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanner: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanner OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database unreachable: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbox: —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, {failed} failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pull failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last pull: {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulling orders…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slip printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label format: automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard (USB HID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial / USB-COM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest pause between two characters of one scan; slower typing is a person at the keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test scan: click here and scan any code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label printer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slip printer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keystroke gap:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A serial scanner needs its port, e.g. /dev/ttyACM0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test label sent to {printer}: it shows T-00-0-0 and its barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read {raw} — not a code packdesk knows: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read a {kind} code: {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the label printer first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing a test label…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoresPage</name>
        <message>
            <source>Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File drop (CSV/JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consumer key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consumer secret:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by hand only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>URL or folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pull every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking {address}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{address} answered: the connection works</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 to 12 digits; empty keeps the PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add as new user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print badge…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a user first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Badge saved to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packing slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ship by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Color / size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note from the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gift message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A gift for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not quite right? You can return unused items within 30 days. Keep this slip, scan its barcode or quote the order number when you contact us, and we will send you a return label.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <source>colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>queue</name>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>Scan your badge first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out after a pause: scan your badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order in hand: press F2 for the next order or scan an order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No order with this number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This order cannot be taken now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish the order in hand first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order was put on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order was cancelled: put the items back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another station or a lead took this order over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This needs a lead's badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything is scanned: print and ship (F10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong colour and size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong variant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected {expected}, scanned {got}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scanned {got}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packing slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shipping label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{document} did not print: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>go to bin {bin}, scan its label, then the item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item}: all {count} are already scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item}: none more is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} belongs to order {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} is not in this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the first bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take {count} × {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bin {bin} ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slip and label are printing: check carrier and weight, then Ship (F10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put it in slot {slot}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} · the pick is complete: pack it now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picked: {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pick is complete: pack it now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next bin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK: {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line overridden by {lead}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line overridden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The order is on hold for a lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last scan of {item} is taken back: put it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan not used</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
