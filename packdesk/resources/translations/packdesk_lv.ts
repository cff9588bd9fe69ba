<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv" sourcelanguage="en">
    <context>
        <name>AdminWidget</name>
        <message>
            <source>Bins</source>
            <translation>Vietas</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Preces</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Lietotāji</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stacijas</translation>
        </message>
        <message>
            <source>Store connections</source>
            <translation>Veikali</translation>
        </message>
        <message>
            <source>Boxes and scale</source>
            <translation>Kastes un svari</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Pārvadātāji</translation>
        </message>
        <message>
            <source>Quality and cards</source>
            <translation>Kvalitāte un kartītes</translation>
        </message>
    </context>
    <context>
        <name>BenchPictures</name>
        <message>
            <source>Extra parcel &amp;photo</source>
            <translation>Papildu sūtījuma &amp;foto</translation>
        </message>
        <message>
            <source>Order &amp;history…</source>
            <translation>Pasūtījuma &amp;vēsture…</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Nav foto</translation>
        </message>
        <message>
            <source>No order in hand to photograph</source>
            <translation>Nav pasūtījuma, ko fotografēt</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <source>Camera ready: {name}</source>
            <translation>Kamera gatava: {name}</translation>
        </message>
        <message>
            <source>No camera</source>
            <translation>Nav kameras</translation>
        </message>
        <message>
            <source>Photo of {number} kept: {path}</source>
            <translation>{number} foto saglabāts: {path}</translation>
        </message>
        <message>
            <source>No photo of {number}: {reason}</source>
            <translation>Nav {number} foto: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <source>Bin</source>
            <translation>Plaukts</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktīva</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>noņemta</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vienības</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Preces</translation>
        </message>
        <message>
            <source>Filter bins, zones or SKUs…</source>
            <translation>Filtrēt vietu, zonu vai artikulu…</translation>
        </message>
        <message>
            <source>Add bin…</source>
            <translation>Jauna vieta…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Atjaunot</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importēt CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Eksportēt CSV…</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Ja rinda ir kļūdaina: neimportēt neko</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Ja rinda ir kļūdaina: importēt derīgās rindas</translation>
        </message>
        <message>
            <source>Labels as PDF file…</source>
            <translation>Uzlīmes PDF failā…</translation>
        </message>
        <message>
            <source>Print labels of selected bins</source>
            <translation>Drukāt izvēlēto vietu uzlīmes</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Set quantity in selected bin</source>
            <translation>Iestatīt daudzumu vietā</translation>
        </message>
        <message>
            <source>Products in the bin</source>
            <translation>Preces vietā</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Artikuls:</translation>
        </message>
        <message>
            <source>Quantity (0 removes):</source>
            <translation>Daudzums (0 noņem):</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Importa pārskats</translation>
        </message>
        <message>
            <source>Labels to {station} ({address})</source>
            <translation>Uzlīmes uz {station} ({address})</translation>
        </message>
        <message>
            <source>Bin {code} added</source>
            <translation>Vieta {code} pievienota</translation>
        </message>
        <message>
            <source>Bin is now {code}: print its new label</source>
            <translation>Vieta tagad ir {code}: izdrukājiet jaunu uzlīmi</translation>
        </message>
        <message>
            <source>{bin} now holds {quantity} of {sku}</source>
            <translation>Vietā {bin} tagad ir {quantity} gab. {sku}</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>{line}. rinda: {error}</translation>
        </message>
        <message>
            <source>Bins exported to {file}</source>
            <translation>Vietas eksportētas uz {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) saved to {file}</source>
            <translation>
                <numerusform>%n uzlīme saglabāta failā {file}</numerusform>
                <numerusform>%n uzlīmes saglabātas failā {file}</numerusform>
                <numerusform>%n uzlīmju saglabāts failā {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) sent to {printer}</source>
            <translation>
                <numerusform>%n uzlīme nosūtīta uz {printer}</numerusform>
                <numerusform>%n uzlīmes nosūtītas uz {printer}</numerusform>
                <numerusform>%n uzlīmju nosūtīts uz {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>Add bin</source>
            <translation>Jauna vieta</translation>
        </message>
        <message>
            <source>Bin code (zone-aisle-shelf-position, e.g. A-03-2-B):</source>
            <translation>Vietas kods (zona-eja-plaukts-pozīcija, piem. A-03-2-B):</translation>
        </message>
        <message>
            <source>Select one or more bins first</source>
            <translation>Vispirms izvēlieties vienu vai vairākas vietas</translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) reactivated</source>
            <translation>
                <numerusform>%n vieta atjaunota</numerusform>
                <numerusform>%n vietas atjaunotas</numerusform>
                <numerusform>%n vietu atjaunots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) retired</source>
            <translation>
                <numerusform>%n vieta noņemta</numerusform>
                <numerusform>%n vietas noņemtas</numerusform>
                <numerusform>%n vietu noņemts</numerusform>
            </translation>
        </message>
        <message>
            <source>Select exactly one bin to set its stock</source>
            <translation>Izvēlieties tieši vienu vietu, lai iestatītu atlikumu</translation>
        </message>
        <message>
            <source>Import bins</source>
            <translation>Importēt vietas</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV faili (*.csv);;Visi faili (*)</translation>
        </message>
        <message>
            <source>Export bins</source>
            <translation>Eksportēt vietas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV faili (*.csv)</translation>
        </message>
        <message>
            <source>Select the bins whose labels you want</source>
            <translation>Izvēlieties vietas, kurām vajag uzlīmes</translation>
        </message>
        <message>
            <source>Save bin labels</source>
            <translation>Saglabāt vietu uzlīmes</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF faili (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BoxesPage</name>
        <message>
            <source>Box</source>
            <translation>Kaste</translation>
        </message>
        <message>
            <source>Inner size (mm)</source>
            <translation>Iekšējais izmērs (mm)</translation>
        </message>
        <message>
            <source>Tare (g)</source>
            <translation>Tara (g)</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Svītrkods</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Krājums</translation>
        </message>
        <message>
            <source>Learned weight: SKU</source>
            <translation>Iemācītais svars: SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Prece</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Grami</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>netiek skaitīts</translation>
        </message>
        <message>
            <source>Save box</source>
            <translation>Saglabāt kasti</translation>
        </message>
        <message>
            <source>Remove box</source>
            <translation>Noņemt kasti</translation>
        </message>
        <message>
            <source>Save tolerance</source>
            <translation>Saglabāt pielaidi</translation>
        </message>
        <message>
            <source>Accept learned weight</source>
            <translation>Pieņemt iemācīto svaru</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Noraidīt</translation>
        </message>
        <message>
            <source>/dev/ttyUSB0, COM4 (empty: no scale)</source>
            <translation>/dev/ttyUSB0, COM4 (tukšs: bez svariem)</translation>
        </message>
        <message>
            <source>Continuous output</source>
            <translation>Nepārtraukta izvade</translation>
        </message>
        <message>
            <source>Save scale</source>
            <translation>Saglabāt svarus</translation>
        </message>
        <message>
            <source>Test read</source>
            <translation>Pārbaudīt nolasīšanu</translation>
        </message>
        <message>
            <source>Box preset</source>
            <translation>Kastes veidne</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kods:</translation>
        </message>
        <message>
            <source>Inner length:</source>
            <translation>Iekšējais garums:</translation>
        </message>
        <message>
            <source>Inner width:</source>
            <translation>Iekšējais platums:</translation>
        </message>
        <message>
            <source>Inner height:</source>
            <translation>Iekšējais augstums:</translation>
        </message>
        <message>
            <source>Tare:</source>
            <translation>Tara:</translation>
        </message>
        <message>
            <source>Barcode:</source>
            <translation>Svītrkods:</translation>
        </message>
        <message>
            <source>Stock:</source>
            <translation>Krājums:</translation>
        </message>
        <message>
            <source>Weight check</source>
            <translation>Svara pārbaude</translation>
        </message>
        <message>
            <source>Tolerance:</source>
            <translation>Pielaide:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>Vismaz:</translation>
        </message>
        <message>
            <source>Dunnage allowance:</source>
            <translation>Pildmateriāla rezerve:</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Svari</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Stacija:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Ports:</translation>
        </message>
        <message>
            <source>Protocol:</source>
            <translation>Protokols:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Ātrums (bodi):</translation>
        </message>
        <message>
            <source>Box {code} saved</source>
            <translation>Kaste {code} saglabāta</translation>
        </message>
        <message>
            <source>Box {code} removed</source>
            <translation>Kaste {code} noņemta</translation>
        </message>
        <message>
            <source>Weight tolerance saved</source>
            <translation>Svara pielaide saglabāta</translation>
        </message>
        <message>
            <source>Select a learned weight first</source>
            <translation>Vispirms izvēlieties iemācīto svaru</translation>
        </message>
        <message>
            <source>{sku}: learned weight done</source>
            <translation>{sku}: iemācītais svars apstrādāts</translation>
        </message>
        <message>
            <source>Add a station first (Stations page)</source>
            <translation>Vispirms pievienojiet staciju (lapa Stacijas)</translation>
        </message>
        <message>
            <source>Scale of {station} saved</source>
            <translation>Stacijas {station} svari saglabāti</translation>
        </message>
        <message>
            <source>Reading the scale…</source>
            <translation>Nolasa svarus…</translation>
        </message>
        <message>
            <source>{grams} g, steady</source>
            <translation>{grams} g, stabils</translation>
        </message>
        <message>
            <source>{grams} g, still moving</source>
            <translation>{grams} g, vēl svārstās</translation>
        </message>
    </context>
    <context>
        <name>CarriersPage</name>
        <message>
            <source>Buy through EasyPost</source>
            <translation>Pirkt caur EasyPost</translation>
        </message>
        <message>
            <source>Buy from DHL Express</source>
            <translation>Pirkt no DHL Express</translation>
        </message>
        <message>
            <source>Scan the carrier's label</source>
            <translation>Skenēt pārvadātāja uzlīmi</translation>
        </message>
        <message>
            <source>Our own label</source>
            <translation>Mūsu pašu uzlīme</translation>
        </message>
        <message>
            <source>Store shipping method</source>
            <translation>Veikala piegādes veids</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Uzlīme</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Pārvadātājs</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Pakalpojums</translation>
        </message>
        <message>
            <source>cheapest by the ship-by date</source>
            <translation>lētākais līdz nosūtīšanas datumam</translation>
        </message>
        <message>
            <source>Own-label carrier</source>
            <translation>Pārvadātājs (pašu uzlīme)</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Nākamais numurs</translation>
        </message>
        <message>
            <source>as the store names it; * for every other</source>
            <translation>kā to sauc veikals; * visiem pārējiem</translation>
        </message>
        <message>
            <source>USPS, UPS, posten, latvijas_pasts…</source>
            <translation>USPS, UPS, posten, latvijas_pasts…</translation>
        </message>
        <message>
            <source>empty: the cheapest by the ship-by date</source>
            <translation>tukšs: lētākais līdz nosūtīšanas datumam</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Saglabāt sasaisti</translation>
        </message>
        <message>
            <source>Remove mapping</source>
            <translation>Noņemt sasaisti</translation>
        </message>
        <message>
            <source>Save ship-from address</source>
            <translation>Saglabāt sūtītāja adresi</translation>
        </message>
        <message>
            <source>Save number sequence</source>
            <translation>Saglabāt numuru secību</translation>
        </message>
        <message>
            <source>Shipping method</source>
            <translation>Piegādes veids</translation>
        </message>
        <message>
            <source>Store method:</source>
            <translation>Veikala veids:</translation>
        </message>
        <message>
            <source>Label comes from:</source>
            <translation>Uzlīme nāk no:</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Pārvadātājs:</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Pakalpojums:</translation>
        </message>
        <message>
            <source>Ship-from address</source>
            <translation>Sūtītāja adrese</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Stacija:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Vārds:</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Uzņēmums:</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Iela:</translation>
        </message>
        <message>
            <source>Street, line 2:</source>
            <translation>Iela, 2. rinda:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Pilsēta:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Reģions:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Pasta indekss:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Valsts:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Tālrunis:</translation>
        </message>
        <message>
            <source>Own-label numbers</source>
            <translation>Pašu uzlīmju numuri</translation>
        </message>
        <message>
            <source>Prefix:</source>
            <translation>Prefikss:</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>Nākamais numurs:</translation>
        </message>
        <message>
            <source>Digits:</source>
            <translation>Cipari:</translation>
        </message>
        <message>
            <source>Every station without its own</source>
            <translation>Visas stacijas bez savas adreses</translation>
        </message>
        <message>
            <source>Shipping method {method} mapped</source>
            <translation>Piegādes veids {method} sasaistīts</translation>
        </message>
        <message>
            <source>Shipping method {method} removed</source>
            <translation>Piegādes veids {method} noņemts</translation>
        </message>
        <message>
            <source>Ship-from address of {station} saved</source>
            <translation>Stacijas {station} sūtītāja adrese saglabāta</translation>
        </message>
        <message>
            <source>{carrier}: next own label {example}</source>
            <translation>{carrier}: nākamā pašu uzlīme {example}</translation>
        </message>
    </context>
    <context>
        <name>ConflictListModel</name>
        <message>
            <source>{attribute} {ordered} → {requested}</source>
            <translation>{attribute} {ordered} → {requested}</translation>
        </message>
        <message>
            <source>{number}   {asks}</source>
            <translation>{number}   {asks}</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <source>This shift</source>
            <translation>Šī maiņa</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Šodien</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Periods</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Pakotājs</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stacija</translation>
        </message>
        <message>
            <source>Hour of day</source>
            <translation>Stunda</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Diena</translation>
        </message>
        <message>
            <source> orders/h</source>
            <translation> pas./h</translation>
        </message>
        <message>
            <source>Orders per hour you expect of one packer</source>
            <translation>Cik pasūtījumu stundā gaidāt no viena pakotāja</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atjaunot</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Eksportēt CSV…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Ielādē…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periods:</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>Pēc:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Mērķis:</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Aizturēts</translation>
        </message>
        <message>
            <source>Ship as &amp;packed</source>
            <translation>Nosūtīt kā &amp;sapakots</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: go on with what was packed (the store is told only the units packed)</source>
            <translation>Veikals mainīja šo pasūtījumu pēc komplektēšanas sākuma: turpiniet ar sapakoto (veikalam ziņos tikai par sapakotajām vienībām)</translation>
        </message>
        <message>
            <source>&amp;Re-pick</source>
            <translation>&amp;Savākt no jauna</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: put the picked units back in their bins and start it over with the store's lines at the next pull</source>
            <translation>Veikals mainīja pasūtījumu pēc savākšanas sākuma: nolieciet savāktās preces atpakaļ vietās un sāciet no jauna ar veikala rindām nākamajā ielādē</translation>
        </message>
        <message>
            <source>Orders shipped per hour</source>
            <translation>Nosūtīti pasūtījumi stundā</translation>
        </message>
        <message>
            <source>Orders per hour by packer</source>
            <translation>Pasūtījumi stundā pa pakotājiem</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Atjauno…</translation>
        </message>
        <message numerus="yes">
            <source>On hold: %n order(s)</source>
            <translation>
                <numerusform>Aizturēts: %n pasūtījums</numerusform>
                <numerusform>Aizturēti: %n pasūtījumi</numerusform>
                <numerusform>Aizturēti: %n pasūtījumu</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · updated {time}</source>
            <translation>{period} · atjaunots {time}</translation>
        </message>
        <message>
            <source>Figures not updated: {error}</source>
            <translation>Skaitļi nav atjaunoti: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{number} starts over: %n unit(s) back in their bins; the next pull brings the store's lines</source>
            <translation>
                <numerusform>{number} sākas no jauna: %n prece atpakaļ vietā; nākamā ielāde atnesīs veikala rindas</numerusform>
                <numerusform>{number} sākas no jauna: %n prece atpakaļ vietās; nākamā ielāde atnesīs veikala rindas</numerusform>
                <numerusform>{number} sākas no jauna: %n preču atpakaļ vietās; nākamā ielāde atnesīs veikala rindas</numerusform>
            </translation>
        </message>
        <message>
            <source>Not changed: {message}</source>
            <translation>Nav mainīts: {message}</translation>
        </message>
        <message>
            <source>Target not saved: {error}</source>
            <translation>Mērķis nav saglabāts: {error}</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Eksportēts uz {file}</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Nav eksportēts: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Team target (%n packer(s))</source>
            <translation>
                <numerusform>Komandas mērķis (%n pakotājs)</numerusform>
                <numerusform>Komandas mērķis (%n pakotāji)</numerusform>
                <numerusform>Komandas mērķis (%n pakotāju)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export figures</source>
            <translation>Eksportēt skaitļus</translation>
        </message>
        <message>
            <source>{number} goes on as packed</source>
            <translation>{number} turpina kā sapakots</translation>
        </message>
        <message>
            <source>Not changed: {error}</source>
            <translation>Nav mainīts: {error}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV faili (*.csv)</translation>
        </message>
        <message>
            <source>Orders shipped</source>
            <translation>Nosūtīti pasūtījumi</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(nav reģistrēts)</translation>
        </message>
        <message>
            <source>Orders per hour</source>
            <translation>Pasūtījumi stundā</translation>
        </message>
        <message>
            <source>Target per packer</source>
            <translation>Mērķis vienam pakotājam</translation>
        </message>
    </context>
    <context>
        <name>FinishingPage</name>
        <message>
            <source>For</source>
            <translation>Kam</translation>
        </message>
        <message>
            <source>tag: {tag}</source>
            <translation>birka: {tag}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Pārbaude</translation>
        </message>
        <message>
            <source>or a tag: fragile, electronics…</source>
            <translation>vai birka: trausls, elektronika…</translation>
        </message>
        <message>
            <source>seal intact</source>
            <translation>plomba neskarta</translation>
        </message>
        <message>
            <source>Add check</source>
            <translation>Pievienot pārbaudi</translation>
        </message>
        <message>
            <source>Remove check</source>
            <translation>Noņemt pārbaudi</translation>
        </message>
        <message>
            <source>fragile, electronics</source>
            <translation>trausls, elektronika</translation>
        </message>
        <message>
            <source>Save tags</source>
            <translation>Saglabāt birkas</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nekad</translation>
        </message>
        <message>
            <source>every order</source>
            <translation>katrs pasūtījums</translation>
        </message>
        <message>
            <source>a customer's first order</source>
            <translation>klienta pirmais pasūtījums</translation>
        </message>
        <message>
            <source>orders above the amount</source>
            <translation>pasūtījumi virs summas</translation>
        </message>
        <message>
            <source>empty: no code on the card</source>
            <translation>tukšs: bez koda kartītē</translation>
        </message>
        <message>
            <source>Save links and card</source>
            <translation>Saglabāt saites un kartīti</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>Kvalitātes pārbaude</translation>
        </message>
        <message>
            <source>Product SKU:</source>
            <translation>Preces SKU:</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Birka:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Pārbaude:</translation>
        </message>
        <message>
            <source>Tags of SKU:</source>
            <translation>SKU birkas:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Birkas:</translation>
        </message>
        <message>
            <source>Slip QR codes ({order}, {token})</source>
            <translation>QR kodi pavadzīmē ({order}, {token})</translation>
        </message>
        <message>
            <source>Review page:</source>
            <translation>Atsauksmju lapa:</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Atgriešanas lapa:</translation>
        </message>
        <message>
            <source>Thank-you card ({name}, {code})</source>
            <translation>Pateicības kartīte ({name}, {code})</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Drukāt:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Summa:</translation>
        </message>
        <message>
            <source>Next-order code:</source>
            <translation>Kods nākamajam pasūtījumam:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Valoda:</translation>
        </message>
        <message>
            <source>Check added: {check}</source>
            <translation>Pārbaude pievienota: {check}</translation>
        </message>
        <message>
            <source>Select a check first</source>
            <translation>Vispirms izvēlieties pārbaudi</translation>
        </message>
        <message>
            <source>Check removed: {check}</source>
            <translation>Pārbaude noņemta: {check}</translation>
        </message>
        <message>
            <source>{sku} is tagged: {tags}</source>
            <translation>{sku} birkas: {tags}</translation>
        </message>
        <message>
            <source>Links and card saved</source>
            <translation>Saites un kartīte saglabātas</translation>
        </message>
    </context>
    <context>
        <name>GiftMessageDialog</name>
        <message>
            <source>Gift card message</source>
            <translation>Kartītes teksts</translation>
        </message>
        <message>
            <source>The card message was read from the customer's note. Check it, correct it if needed, then confirm.</source>
            <translation>Kartītes teksts ņemts no klienta piezīmes. Pārbaudiet, vajadzības gadījumā izlabojiet un apstipriniet.</translation>
        </message>
        <message>
            <source>Confirm message</source>
            <translation>Apstiprināt tekstu</translation>
        </message>
    </context>
    <context>
        <name>HeldOrdersModel</name>
        <message>
            <source>Order</source>
            <translation>Pasūtījums</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Iemesls</translation>
        </message>
        <message>
            <source>Held while</source>
            <translation>Aizturēts posmā</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Pakotājs</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stacija</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Laiks (UTC)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kas</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stacija</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kas veica</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Sīkāk</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>skenējums</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>foto</translation>
        </message>
        <message>
            <source>shipment</source>
            <translation>sūtījums</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>packdesk — {station}</source>
            <translation>packdesk — {station}</translation>
        </message>
        <message>
            <source>Scan here — or type a code and press Enter</source>
            <translation>Skenējiet šeit — vai ierakstiet kodu un nospiediet Enter</translation>
        </message>
        <message>
            <source>Sc&amp;an:</source>
            <translation>&amp;Skenēt:</translation>
        </message>
        <message>
            <source>Station {name} is ready</source>
            <translation>Stacija {name} gatava</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Stacija</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Atsaukt pēdējo skenējumu</translation>
        </message>
        <message>
            <source>&amp;Batch pick (several small orders)</source>
            <translation>&amp;Grupas komplektēšana (vairāki mazi pasūtījumi)</translation>
        </message>
        <message>
            <source>Back to the &amp;station screen</source>
            <translation>Atpakaļ uz &amp;stacijas ekrānu</translation>
        </message>
        <message>
            <source>Back to the &amp;scan field</source>
            <translation>Atpakaļ uz s&amp;kenēšanas lauku</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Iziet</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Maiņas vadītājs</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Rādītāji</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>A&amp;dministrēšana</translation>
        </message>
        <message>
            <source>&amp;Note conflicts</source>
            <translation>&amp;Piezīmju nesakritības</translation>
        </message>
        <message>
            <source>The database cannot be reached, so nothing was recorded: try again in a moment (the status bar shows when it is back)</source>
            <translation>Nav savienojuma ar datubāzi, nekas nav saglabāts: mēģiniet pēc brīža (statusa josla parādīs, kad tā atkal pieejama)</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Kaut kas nogāja greizi: {error}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Nav izdarīts</translation>
        </message>
        <message>
            <source>the badge</source>
            <translation>karti</translation>
        </message>
        <message>
            <source>The database cannot be reached: scan {code} again when the status bar shows it is back</source>
            <translation>Nav savienojuma ar datubāzi: skenējiet {code} vēlreiz, kad statusa josla rāda, ka tā atkal pieejama</translation>
        </message>
        <message>
            <source>{code}: {error} — scan it again</source>
            <translation>{code}: {error} — skenējiet vēlreiz</translation>
        </message>
        <message>
            <source>Scan NOT recorded</source>
            <translation>Skenējums NAV saglabāts</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Kaut kas nogāja greizi</translation>
        </message>
        <message>
            <source>Order complete, but printing failed</source>
            <translation>Pasūtījums pabeigts, bet drukāšana neizdevās</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint (F7)</source>
            <translation>— salabojiet printeri un drukājiet vēlreiz (F7)</translation>
        </message>
        <message>
            <source>&amp;Next order</source>
            <translation>&amp;Nākamais pasūtījums</translation>
        </message>
        <message>
            <source>Admin &amp;area</source>
            <translation>&amp;Administrēšanas sadaļa</translation>
        </message>
        <message>
            <source>&amp;Returns at the bench</source>
            <translation>&amp;Atgriešanas pie galda</translation>
        </message>
        <message>
            <source>&amp;Returns by reason and product</source>
            <translation>&amp;Atgriešanas pēc iemesla un preces</translation>
        </message>
        <message>
            <source>Take the &amp;next order after each shipment</source>
            <translation>Ņemt &amp;nākamo pasūtījumu pēc katras nosūtīšanas</translation>
        </message>
        <message>
            <source>Where the picker is the packer, the next order is taken by itself once an order ships</source>
            <translation>Kur komplektētājs arī iepako, nākamais pasūtījums tiek paņemts pats, tiklīdz pasūtījums nosūtīts</translation>
        </message>
        <message>
            <source>&amp;Bins</source>
            <translation>&amp;Vietas</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>&amp;Preces</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Lietotāji</translation>
        </message>
        <message>
            <source>S&amp;tations</source>
            <translation>S&amp;tacijas</translation>
        </message>
        <message>
            <source>Store &amp;connections</source>
            <translation>Veika&amp;li</translation>
        </message>
        <message>
            <source>The tracking field already holds {typed}</source>
            <translation>Sūtījuma nr. laukā jau ir {typed}</translation>
        </message>
        <message>
            <source>Scanned {code}: clear the field first to use it instead</source>
            <translation>Skenēts {code}: vispirms notīriet lauku, lai lietotu šo</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Sveiki, {name}</translation>
        </message>
        <message>
            <source>A badge: switch user?</source>
            <translation>Karte: mainīt lietotāju?</translation>
        </message>
        <message>
            <source>Scan the same badge again to sign in with it; order {number} stays at this station</source>
            <translation>Skenējiet to pašu karti vēlreiz, lai pieslēgtos ar to; pasūtījums {number} paliek šajā stacijā</translation>
        </message>
        <message>
            <source>Order {number} resumed at bin {step} of {steps}</source>
            <translation>Pasūtījums {number} turpināts no vietas {step} no {steps}</translation>
        </message>
        <message>
            <source>Order {number} resumed at packing: {done} of {units} items checked</source>
            <translation>Pasūtījums {number} turpināts pakošanā: pārbaudītas {done} no {units} precēm</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Pasūtījums {number} pabeigts</translation>
        </message>
        <message>
            <source>Scan the box, then put the parcel on the scale</source>
            <translation>Noskenējiet kasti, tad nolieciet sūtījumu uz svariem</translation>
        </message>
        <message>
            <source>Some text cannot print</source>
            <translation>Daļu teksta nevar izdrukāt</translation>
        </message>
        <message>
            <source>— F7 prints anyway, Esc stops</source>
            <translation>— F7 drukā tik un tā, Esc aptur</translation>
        </message>
        <message>
            <source>Check the parcel and weigh it again, or a lead scans their badge</source>
            <translation>Pārbaudiet sūtījumu un nosveriet vēlreiz, vai vadītājs noskenē savu karti</translation>
        </message>
        <message>
            <source>Parcel weighed</source>
            <translation>Paka nosvērta</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Izlasiet klienta piezīmi, tad F6: pavadzīme un uzlīme drukājas pēc tam</translation>
        </message>
        <message>
            <source>— fix the printer, then Reprint label</source>
            <translation>— salabojiet printeri, tad Vēlreiz uzlīmi</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 — nākamais pasūtījums, vai skenējiet pasūtījuma svītrkodu</translation>
        </message>
        <message>
            <source>pick it to the end</source>
            <translation>nokomplektējiet to līdz galam</translation>
        </message>
        <message>
            <source>pack and ship it</source>
            <translation>sapakojiet un nosūtiet to</translation>
        </message>
        <message>
            <source>No new order: order {number} is in hand</source>
            <translation>Jauns pasūtījums netika ņemts: darbā ir pasūtījums {number}</translation>
        </message>
        <message>
            <source>One order at a time: {what} first (F4 shows it)</source>
            <translation>Pa vienam pasūtījumam: vispirms {what} (F4 to parāda)</translation>
        </message>
        <message>
            <source>The queue is empty</source>
            <translation>Rinda ir tukša</translation>
        </message>
        <message>
            <source>No order is waiting to be packed</source>
            <translation>Nav pasūtījumu, ko pakot</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>Pasūtījums {number} ir jūsu</translation>
        </message>
        <message>
            <source>Go to the first bin and scan its label</source>
            <translation>Ejiet uz pirmo vietu un skenējiet tās uzlīmi</translation>
        </message>
        <message>
            <source>No small orders to batch</source>
            <translation>Nav mazu pasūtījumu grupai</translation>
        </message>
        <message>
            <source>Take the next order with F2</source>
            <translation>Ņemiet nākamo pasūtījumu ar F2</translation>
        </message>
        <message>
            <source>Batch of {count} orders: {numbers}</source>
            <translation>Grupa no {count} pasūtījumiem: {numbers}</translation>
        </message>
        <message>
            <source>One tote slot per order: the screen shows each item's slot</source>
            <translation>Katram pasūtījumam savs kastes nodalījums: ekrāns rāda nodalījumu katrai precei</translation>
        </message>
        <message>
            <source>Short pick recorded: order {number} is on hold</source>
            <translation>Iztrūkums reģistrēts: pasūtījums {number} aizturēts</translation>
        </message>
        <message>
            <source>{reason}. A lead will see it; put its items aside.</source>
            <translation>{reason}. Maiņas vadītājs to redzēs; nolieciet preces malā.</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Iztrūkums reģistrēts</translation>
        </message>
        <message>
            <source>Another bin holds this item: follow the screen to it</source>
            <translation>Šī prece ir citā vietā: sekojiet ekrānam</translation>
        </message>
        <message>
            <source>Note acknowledged</source>
            <translation>Piezīme izlasīta</translation>
        </message>
        <message>
            <source>Slip and label are printing</source>
            <translation>Pavadzīme un uzlīme drukājas</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Dāvanas pavadlapa</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Apsveikuma kartīte</translation>
        </message>
        <message>
            <source>Wrapping</source>
            <translation>Dāvanu iesaiņojums</translation>
        </message>
        <message>
            <source>{step} done</source>
            <translation>{step}: gatavs</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Drukāšana neizdevās</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint</source>
            <translation>— salabojiet printeri un drukājiet vēlreiz</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Izdrukāts</translation>
        </message>
        <message>
            <source>Weigh the parcel first</source>
            <translation>Vispirms nosveriet sūtījumu</translation>
        </message>
        <message>
            <source>Already printed: reprint?</source>
            <translation>Jau izdrukāts: drukāt vēlreiz?</translation>
        </message>
        <message>
            <source>Press F7 again to print slip and label again, or Reprint slip / Reprint label for one</source>
            <translation>Nospiediet F7 vēlreiz, lai atkal drukātu pavadzīmi un uzlīmi, vai Drukāt pavadzīmi / Drukāt uzlīmi tikai vienai</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Pasūtījums {number} nosūtīts</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Sūtījums {tracking} · nākamais pasūtījums: F2 vai skenējiet</translation>
        </message>
        <message>
            <source>The queue is empty: no order is waiting to be packed</source>
            <translation>Rinda ir tukša: neviens pasūtījums negaida iepakošanu</translation>
        </message>
        <message>
            <source>Order {number} shipped · next: order {next}</source>
            <translation>Pasūtījums {number} nosūtīts · nākamais: pasūtījums {next}</translation>
        </message>
        <message>
            <source>Reprint the label before shipping (F7)</source>
            <translation>Pirms nosūtīšanas drukājiet uzlīmi vēlreiz (F7)</translation>
        </message>
        <message>
            <source>Carrier, weight or tracking changed after the label printed: the label on the parcel must say the same</source>
            <translation>Pēc uzlīmes drukāšanas mainījies pārvadātājs, svars vai izsekošana: uzlīmei uz sūtījuma jāsaka tas pats</translation>
        </message>
        <message>
            <source>Lead: scan your badge to vouch for this line</source>
            <translation>Maiņas vadītāj, skenējiet savu karti, lai apstiprinātu rindu</translation>
        </message>
        <message>
            <source>{item} — Esc cancels</source>
            <translation>{item} — Esc atceļ</translation>
        </message>
        <message>
            <source>Printing stopped</source>
            <translation>Drukāšana apturēta</translation>
        </message>
        <message>
            <source>Override cancelled</source>
            <translation>Apstiprināšana atcelta</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Iziet</translation>
        </message>
        <message>
            <source>Order {numbers} is in hand.</source>
            <translation>Pasūtījums {numbers} ir rokās.</translation>
        </message>
        <message>
            <source>Orders {numbers} are in hand.</source>
            <translation>Pasūtījumi {numbers} ir rokās.</translation>
        </message>
        <message>
            <source>Keep it: it stays at this station, held for {minutes} min, for whoever signs in next. Put it back: any station may take it from the queue; what was picked stays picked.</source>
            <translation>Paturēt: tas paliek šajā vietā, rezervēts {minutes} min, nākamajam, kas ienāks. Atdot: jebkura vieta var to paņemt no rindas; savāktais paliek savākts.</translation>
        </message>
        <message>
            <source>Keep it here</source>
            <translation>Paturēt šeit</translation>
        </message>
        <message>
            <source>Put it back in the queue</source>
            <translation>Atdot rindā</translation>
        </message>
        <message>
            <source>The order in hand went back to the queue. {detail}</source>
            <translation>Pasūtījums rokās atgriezās rindā. {detail}</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Izrakstījies</translation>
        </message>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Skenējiet karti, lai pieslēgtos</translation>
        </message>
        <message>
            <source>Signed out after {minutes} min without activity</source>
            <translation>Izrakstīts pēc {minutes} min bez darbības</translation>
        </message>
        <message>
            <source>Scan your badge to sign in again</source>
            <translation>Skenējiet karti, lai pieslēgtos vēlreiz</translation>
        </message>
        <message>
            <source>Printer: {says}</source>
            <translation>Printeris: {says}</translation>
        </message>
        <message>
            <source>Printer FAILED: {title}</source>
            <translation>Printera KĻŪDA: {title}</translation>
        </message>
        <message>
            <source>Printer holds {title}: {says}</source>
            <translation>Printeris aiztur {title}: {says}</translation>
        </message>
        <message>
            <source>Printer OK</source>
            <translation>Printeris kārtībā</translation>
        </message>
        <message>
            <source>{title} printed</source>
            <translation>{title} izdrukāts</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Drukā…</translation>
        </message>
        <message>
            <source>{title}: {status}</source>
            <translation>{title}: {status}</translation>
        </message>
        <message>
            <source>Not for this role</source>
            <translation>Nav šai lomai</translation>
        </message>
        <message>
            <source>This screen needs a {role}</source>
            <translation>Šim ekrānam vajag lomu {role}</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Nav pieejams</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Rādītāji</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administrēšana</translation>
        </message>
        <message>
            <source>Note conflicts</source>
            <translation>Piezīmju nesakritības</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Atgriešanas</translation>
        </message>
        <message>
            <source>Returns by reason and product</source>
            <translation>Atgriešanas pēc iemesla un preces</translation>
        </message>
        <message>
            <source>F4: back to the station screen</source>
            <translation>F4: atpakaļ uz stacijas ekrānu</translation>
        </message>
    </context>
    <context>
        <name>NoteConflictWidget</name>
        <message>
            <source>Notes that ask for another variant</source>
            <translation>Piezīmes, kurās lūdz citu variantu</translation>
        </message>
        <message>
            <source>No order is waiting for a note decision.</source>
            <translation>Neviens pasūtījums negaida lēmumu par piezīmi.</translation>
        </message>
        <message>
            <source>Pack as &amp;ordered</source>
            <translation>Pakot kā &amp;pasūtīts</translation>
        </message>
        <message>
            <source>Pack as the &amp;note says</source>
            <translation>Pakot pēc &amp;piezīmes</translation>
        </message>
        <message>
            <source>&amp;Contact the customer</source>
            <translation>&amp;Sazināties ar klientu</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atjaunot</translation>
        </message>
        <message>
            <source>The customer wrote:</source>
            <translation>Klients rakstīja:</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Pasūtījums {number}</translation>
        </message>
        <message>
            <source>waiting for the customer</source>
            <translation>gaida klientu</translation>
        </message>
        <message>
            <source>Line {line}: {item} — ordered {attribute} {ordered}, the note asks for {requested}</source>
            <translation>{line}. rinda: {item} — pasūtīts {attribute} {ordered}, piezīmē lūdz {requested}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saglabā…</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: pack it as ordered.</source>
            <translation>Pasūtījums {number} atgriežas rindā: pakojiet kā pasūtīts.</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: the scanner now expects the variant the note asks for.</source>
            <translation>Pasūtījums {number} atgriežas rindā: skeneris tagad gaida piezīmē lūgto variantu.</translation>
        </message>
        <message>
            <source>Order {number} stays on hold until the customer answers.</source>
            <translation>Pasūtījums {number} paliek aizturēts, līdz klients atbild.</translation>
        </message>
    </context>
    <context>
        <name>NoteRequestsView</name>
        <message>
            <source>Line {line}: the note is unclear about the {what} — read it</source>
            <translation>{line}. rinda: piezīme nav skaidra par {what} — izlasiet to</translation>
        </message>
        <message>
            <source>Line {line}: note asked for {what} {value} — {lead} decided: pack as ordered</source>
            <translation>{line}. rinda: piezīmē lūdza {what} {value} — {lead} nolēma: pakot kā pasūtīts</translation>
        </message>
        <message>
            <source>✓ scanned</source>
            <translation>✓ skenēts</translation>
        </message>
        <message>
            <source>the scan checks it</source>
            <translation>skenēšana to pārbauda</translation>
        </message>
        <message>
            <source>Line {line}: note asks for {values} — matches; {check}</source>
            <translation>{line}. rinda: piezīmē lūdz {values} — sakrīt; {check}</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryDialog</name>
        <message>
            <source>Order history</source>
            <translation>Pasūtījuma vēsture</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryWidget</name>
        <message>
            <source>Order number, e.g. #10001</source>
            <translation>Pasūtījuma numurs, piem., #10001</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>Rādīt vēsturi</translation>
        </message>
        <message>
            <source>Order {number} ({status}): {scans} scans, {photos} photos</source>
            <translation>Pasūtījums {number} ({status}): skenējumi: {scans}, foto: {photos}</translation>
        </message>
        <message>
            <source>No parcel photo</source>
            <translation>Nav sūtījuma foto</translation>
        </message>
        <message>
            <source>The photo file is missing</source>
            <translation>Foto fails trūkst</translation>
        </message>
        <message>
            <source>{moment} photo, {station}, {who}, {at} UTC
SHA-256 {sha}</source>
            <translation>Foto ({moment}), {station}, {who}, {at} UTC
SHA-256 {sha}</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>new</source>
            <translation>jauns</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>komplektē</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>pako</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>sapakots</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>nosūtīts</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>aizturēts</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>atcelts</translation>
        </message>
    </context>
    <context>
        <name>PackLineModel</name>
        <message>
            <source>Item</source>
            <translation>Prece</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Krāsa</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Izmērs</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Noskenēts</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Plaukts</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Piezīme</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} no {total}</translation>
        </message>
        <message>
            <source>override: {lead}</source>
            <translation>apstiprināja: {lead}</translation>
        </message>
        <message>
            <source>{count} short</source>
            <translation>trūkst {count}</translation>
        </message>
        <message>
            <source>pack {sku} (per note)</source>
            <translation>pakot {sku} (pēc piezīmes)</translation>
        </message>
    </context>
    <context>
        <name>PackScreen</name>
        <message>
            <source>Note from the customer</source>
            <translation>Klienta piezīme</translation>
        </message>
        <message>
            <source>I have read the note  (F6)</source>
            <translation>Piezīmi izlasīju  (F6)</translation>
        </message>
        <message>
            <source>Gift order</source>
            <translation>Dāvanas pasūtījums</translation>
        </message>
        <message>
            <source>1  Gift slip, no prices  (Ctrl+1)</source>
            <translation>1  Dāvanas pavadlapa bez cenām  (Ctrl+1)</translation>
        </message>
        <message>
            <source>2  Message card in  (Ctrl+2)</source>
            <translation>2  Kartīte ielikta  (Ctrl+2)</translation>
        </message>
        <message>
            <source>3  Wrapped  (Ctrl+3)</source>
            <translation>3  Iesaiņots  (Ctrl+3)</translation>
        </message>
        <message>
            <source>Print message card  (Ctrl+P)</source>
            <translation>Drukāt kartīti  (Ctrl+P)</translation>
        </message>
        <message>
            <source>All checks pass  (Alt+0)</source>
            <translation>Visas pārbaudes izietas  (Alt+0)</translation>
        </message>
        <message>
            <source>A check failed  (F9)</source>
            <translation>Pārbaude neizdevās  (F9)</translation>
        </message>
        <message>
            <source>Scan the carrier label</source>
            <translation>Skenējiet pārvadātāja uzlīmi</translation>
        </message>
        <message>
            <source>from the printed label</source>
            <translation>no izdrukātās uzlīmes</translation>
        </message>
        <message>
            <source>Print slip + label  (F7)</source>
            <translation>Drukāt pavadlapu + uzlīmi  (F7)</translation>
        </message>
        <message>
            <source>Reprint sli&amp;p</source>
            <translation>Vēlreiz &amp;pavadlapu</translation>
        </message>
        <message>
            <source>Reprint la&amp;bel</source>
            <translation>Vēlreiz &amp;uzlīmi</translation>
        </message>
        <message>
            <source>Lead override of line  (F8)</source>
            <translation>Maiņas vadītāja apstiprinājums rindai  (F8)</translation>
        </message>
        <message>
            <source>Ship  (F10)</source>
            <translation>Nosūtīt  (F10)</translation>
        </message>
        <message>
            <source>&amp;Carrier</source>
            <translation>&amp;Pārvadātājs</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Svars</translation>
        </message>
        <message>
            <source>&amp;Tracking</source>
            <translation>Sūtījuma &amp;nr.</translation>
        </message>
        <message>
            <source>  EXPRESS</source>
            <translation>  EKSPRESIS</translation>
        </message>
        <message>
            <source>Pack order {number} — {ship_to} — {method}</source>
            <translation>Pakot pasūtījumu {number} — {ship_to} — {method}</translation>
        </message>
        <message>
            <source>{done} of {total} items</source>
            <translation>{done} no {total} precēm</translation>
        </message>
        <message>
            <source>Note from the customer — read by {name}</source>
            <translation>Klienta piezīme — izlasīja {name}</translation>
        </message>
        <message>
            <source>Note from the customer — read it, then press F6</source>
            <translation>Klienta piezīme — izlasiet un nospiediet F6</translation>
        </message>
        <message>
            <source>Check {item} before it goes in the box</source>
            <translation>Pārbaudiet {item}, pirms likt kastē</translation>
        </message>
        <message>
            <source>✓ {check}</source>
            <translation>✓ {check}</translation>
        </message>
        <message>
            <source>{check}  (Alt+{number})</source>
            <translation>{check}  (Alt+{number})</translation>
        </message>
        <message>
            <source>✗ Failed</source>
            <translation>✗ Neizdevās</translation>
        </message>
        <message>
            <source>Ready: scan the label on the parcel to ship it, or Ship (F10)</source>
            <translation>Gatavs: skenējiet uzlīmi uz sūtījuma, lai to nosūtītu, vai Nosūtīt (F10)</translation>
        </message>
        <message>
            <source>scan the remaining items</source>
            <translation>skenējiet atlikušās preces</translation>
        </message>
        <message>
            <source>acknowledge the note (F6)</source>
            <translation>apstipriniet piezīmi (F6)</translation>
        </message>
        <message>
            <source>gift slip (Ctrl+1)</source>
            <translation>dāvanas pavadlapa (Ctrl+1)</translation>
        </message>
        <message>
            <source>message card (Ctrl+2)</source>
            <translation>kartīte (Ctrl+2)</translation>
        </message>
        <message>
            <source>wrap (Ctrl+3)</source>
            <translation>iesaiņot (Ctrl+3)</translation>
        </message>
        <message>
            <source>print the label (Reprint label)</source>
            <translation>drukājiet uzlīmi (Vēlreiz uzlīmi)</translation>
        </message>
        <message>
            <source>print the label (F7)</source>
            <translation>drukājiet uzlīmi (F7)</translation>
        </message>
        <message>
            <source>reprint the label: carrier, weight or tracking changed (F7)</source>
            <translation>drukājiet uzlīmi vēlreiz: mainījies pārvadātājs, svars vai izsekošana (F7)</translation>
        </message>
        <message>
            <source>scan the carrier label into Tracking</source>
            <translation>ieskenēt pārvadātāja uzlīmi laukā Izsekošana</translation>
        </message>
        <message>
            <source>{reason} — a lead's badge lets it ship unpaid</source>
            <translation>{reason} — ar maiņas vadītāja karti to var nosūtīt neapmaksātu</translation>
        </message>
        <message>
            <source>Still to do: {steps}</source>
            <translation>Vēl jādara: {steps}</translation>
        </message>
    </context>
    <context>
        <name>ParcelPhotographer</name>
        <message>
            <source>No camera</source>
            <translation>Nav kameras</translation>
        </message>
        <message>
            <source>No camera at this station</source>
            <translation>Šajā stacijā nav kameras</translation>
        </message>
    </context>
    <context>
        <name>PickListModel</name>
        <message>
            <source>Bin</source>
            <translation>Plaukts</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Prece</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Krāsa</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Izmērs</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Paņemts</translation>
        </message>
        <message>
            <source>Tote slots</source>
            <translation>Kastes nodalījumi</translation>
        </message>
        <message>
            <source>no bin</source>
            <translation>nav vietas</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} no {total}</translation>
        </message>
        <message>
            <source>slot {slot}: {qty}</source>
            <translation>nodalījums {slot}: {qty}</translation>
        </message>
    </context>
    <context>
        <name>PickScreen</name>
        <message>
            <source>Go to bin</source>
            <translation>Ejiet uz vietu</translation>
        </message>
        <message>
            <source>bin empty</source>
            <translation>vieta tukša</translation>
        </message>
        <message>
            <source>not enough in bin</source>
            <translation>vietā nepietiek</translation>
        </message>
        <message>
            <source>item damaged</source>
            <translation>prece bojāta</translation>
        </message>
        <message>
            <source>wrong item in bin</source>
            <translation>vietā nepareiza prece</translation>
        </message>
        <message>
            <source>Short pick  (F9)</source>
            <translation>Iztrūkums  (F9)</translation>
        </message>
        <message>
            <source>The bin does not hold enough: record it and put the order on hold for a lead</source>
            <translation>Vietā nepietiek: reģistrējiet iztrūkumu, pasūtījums tiks aizturēts maiņas vadītājam</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Iemesls:</translation>
        </message>
        <message>
            <source>Batch pick: {count} orders ({numbers})</source>
            <translation>Grupas komplektēšana: {count} pasūtījumi ({numbers})</translation>
        </message>
        <message>
            <source>Pick order {number}</source>
            <translation>Komplektēt pasūtījumu {number}</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Komplektēšana</translation>
        </message>
        <message>
            <source>Bin {step} of {steps} · {taken} of {units} items</source>
            <translation>Vieta {step} no {steps} · {taken} no {units} precēm</translation>
        </message>
        <message>
            <source>Everything is picked: go to the packing bench</source>
            <translation>Viss nokomplektēts: ejiet uz pakošanas galdu</translation>
        </message>
        <message>
            <source>NO BIN</source>
            <translation>NAV VIETAS</translation>
        </message>
        <message>
            <source>Take {count}</source>
            <translation>Paņemiet {count}</translation>
        </message>
        <message>
            <source>No bin holds this item: record a short pick (F9)</source>
            <translation>Šīs preces nav nevienā vietā: reģistrējiet iztrūkumu (F9)</translation>
        </message>
        <message>
            <source>Scan each item ({picked} of {total} taken)</source>
            <translation>Skenējiet katru preci (paņemts {picked} no {total})</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Vispirms skenējiet vietas uzlīmi</translation>
        </message>
        <message>
            <source>{marker}Slot {slot}: {left} × ({number})</source>
            <translation>{marker}Nodalījums {slot}: {left} × ({number})</translation>
        </message>
    </context>
    <context>
        <name>ProductsPage</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variants</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Svītrkodi</translation>
        </message>
        <message>
            <source>Search SKU, name or scan a barcode…</source>
            <translation>Meklēt artikulu, nosaukumu vai skenēt svītrkodu…</translation>
        </message>
        <message>
            <source>EAN/UPC/GTIN or store codes, comma-separated</source>
            <translation>EAN/UPC/GTIN vai veikala kodi, atdalīti ar komatu</translation>
        </message>
        <message>
            <source>for parcels leaving the customs union: 6109.10</source>
            <translation>sūtījumiem, kas atstāj muitas savienību: 6109.10</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <source>Save as new product</source>
            <translation>Saglabāt kā jaunu preci</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Ja rinda ir kļūdaina: neimportēt neko</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Ja rinda ir kļūdaina: importēt derīgās rindas</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importēt CSV…</translation>
        </message>
        <message>
            <source>Import from the store's catalogue</source>
            <translation>Importēt no veikala kataloga</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Prece</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Artikuls:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nosaukums:</translation>
        </message>
        <message>
            <source>Variant:</source>
            <translation>Variants:</translation>
        </message>
        <message>
            <source>Barcodes:</source>
            <translation>Svītrkodi:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Svars:</translation>
        </message>
        <message>
            <source>HS code:</source>
            <translation>HS kods:</translation>
        </message>
        <message>
            <source>Made in (country):</source>
            <translation>Ražots (valstī):</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importēt</translation>
        </message>
        <message>
            <source>Select a product first, or save as a new one</source>
            <translation>Vispirms izvēlieties preci vai saglabājiet kā jaunu</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} saglabāts</translation>
        </message>
        <message>
            <source>Reading the catalogue of {store}…</source>
            <translation>Lasa {store} katalogu…</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>{line}. rinda: {error}</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Importēt preces</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV faili (*.csv);;Visi faili (*)</translation>
        </message>
        <message>
            <source>Set up a store connection first</source>
            <translation>Vispirms pievienojiet veikalu</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <source>Quality checks failed</source>
            <translation>Neizdevušās kvalitātes pārbaudes</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Failed check</source>
            <translation>Neizdevusies pārbaude</translation>
        </message>
        <message>
            <source>Units set aside</source>
            <translation>Atliktās vienības</translation>
        </message>
        <message>
            <source>Export quality CSV…</source>
            <translation>Eksportēt kvalitāti CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Quality checks failed: %n unit(s)</source>
            <translation>
                <numerusform>Neizdevušās pārbaudes: %n vienība</numerusform>
                <numerusform>Neizdevušās pārbaudes: %n vienības</numerusform>
                <numerusform>Neizdevušās pārbaudes: %n vienību</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {error}</source>
            <translation>Nav atjaunināts: {error}</translation>
        </message>
        <message>
            <source>Export quality failures</source>
            <translation>Eksportēt kvalitātes kļūmes</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV faili (*.csv)</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Eksportēts uz {file}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Order</source>
            <translation>Pasūtījums</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Nosūtīt līdz</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Piegāde</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Saņēmējs</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Valsts</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Preces</translation>
        </message>
        <message>
            <source>Gift / note / hold</source>
            <translation>Dāvana / piezīme / aizturēts</translation>
        </message>
        <message>
            <source>At station</source>
            <translation>Stacijā</translation>
        </message>
        <message>
            <source>On hold: {reason}</source>
            <translation>Aizturēts: {reason}</translation>
        </message>
        <message>
            <source>gift</source>
            <translation>dāvana</translation>
        </message>
        <message>
            <source>note</source>
            <translation>piezīme</translation>
        </message>
        <message>
            <source>held: {reason}</source>
            <translation>aizturēts: {reason}</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <source>Next order  (F2)</source>
            <translation>Nākamais pasūtījums  (F2)</translation>
        </message>
        <message>
            <source>…or scan an order barcode to take that order</source>
            <translation>…vai skenējiet pasūtījuma svītrkodu, lai to paņemtu</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Atvērtie pasūtījumi</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>Visi pasūtījumi</translation>
        </message>
        <message>
            <source>Filter: order, name, country…</source>
            <translation>Filtrs: pasūtījums, vārds, valsts…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Refresh  (F5)</source>
            <translation>Atjaunot  (F5)</translation>
        </message>
        <message>
            <source>&amp;Take selected</source>
            <translation>&amp;Paņemt izvēlēto</translation>
        </message>
    </context>
    <context>
        <name>RefusedMessagesModel</name>
        <message>
            <source>Order</source>
            <translation>Pasūtījums</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Veikals</translation>
        </message>
        <message>
            <source>The store said</source>
            <translation>Veikals teica</translation>
        </message>
    </context>
    <context>
        <name>ReturnsReportWidget</name>
        <message>
            <source>Returned units</source>
            <translation>Atgrieztās vienības</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Iemesls</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vienības</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Atgriešanas īpatsvars</translation>
        </message>
        <message>
            <source>Packed by</source>
            <translation>Iepakoja</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Atgriešana</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pasūtījums</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Atmaksa</translation>
        </message>
        <message>
            <source>Approve the selected refund</source>
            <translation>Apstiprināt izvēlēto atmaksu</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Eksportēt CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Refunds waiting for a lead's approval: %n</source>
            <translation>
                <numerusform>%n atmaksa gaida vadītāja apstiprinājumu</numerusform>
                <numerusform>%n atmaksas gaida vadītāja apstiprinājumu</numerusform>
                <numerusform>%n atmaksu gaida vadītāja apstiprinājumu</numerusform>
            </translation>
        </message>
        <message>
            <source>Export returns</source>
            <translation>Eksportēt atgriešanas</translation>
        </message>
    </context>
    <context>
        <name>ReturnsWidget</name>
        <message>
            <source>resellable</source>
            <translation>pārdodams</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>atvērts</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>bojāts</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>nepareiza prece</translation>
        </message>
        <message>
            <source>Returns: scan the order barcode, the return code or type the order number</source>
            <translation>Atgriešanas: noskenējiet pasūtījuma svītrkodu, atgriešanas kodu vai ierakstiet pasūtījuma numuru</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Prece</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Nosūtīts</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Atgriezts</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Plaukts</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Noskenēts</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Stāvoklis</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Uz</translation>
        </message>
        <message>
            <source>Reason (the store's list or the customer's words)</source>
            <translation>Iemesls (veikala saraksts vai klienta vārdi)</translation>
        </message>
        <message>
            <source>F10 Close return and refund</source>
            <translation>F10 Slēgt atgriešanu un atmaksāt</translation>
        </message>
        <message>
            <source>Return receipt (PDF)</source>
            <translation>Atgriešanas kvīts (PDF)</translation>
        </message>
        <message>
            <source>return {code} announced by the store</source>
            <translation>atgriešanu {code} pieteicis veikals</translation>
        </message>
        <message>
            <source>not announced by the store: the lead will see it</source>
            <translation>veikals nav pieteicis: vadītājs to redzēs</translation>
        </message>
        <message>
            <source>Return of order {number}</source>
            <translation>Pasūtījuma {number} atgriešana</translation>
        </message>
        <message>
            <source>Scan each returned unit; {announced}</source>
            <translation>Noskenējiet katru atgriezto vienību; {announced}</translation>
        </message>
        <message>
            <source>{sku} received; condition: F5–F8</source>
            <translation>{sku} saņemts; stāvoklis: F5–F8</translation>
        </message>
        <message>
            <source>sent to the store through the outbox</source>
            <translation>nosūtīta veikalam caur izsūtni</translation>
        </message>
        <message>
            <source>waits for a lead's approval</source>
            <translation>gaida vadītāja apstiprinājumu</translation>
        </message>
        <message>
            <source>Return {id} closed: refund {amount} {currency} {status}</source>
            <translation>Atgriešana {id} slēgta: atmaksa {amount} {currency} {status}</translation>
        </message>
        <message>
            <source>Scan the next order to receive another return</source>
            <translation>Noskenējiet nākamo pasūtījumu, lai pieņemtu citu atgriešanu</translation>
        </message>
        <message>
            <source>Save the return receipt</source>
            <translation>Saglabāt atgriešanas kvīti</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Packer</source>
            <translation>Pakotājs</translation>
        </message>
        <message>
            <source>Shift lead</source>
            <translation>Maiņas vadītājs</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administrators</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Expected</source>
            <translation>Gaidīts</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Noskenēts</translation>
        </message>
        <message>
            <source>Put the scanned item back and scan the expected one</source>
            <translation>Nolieciet atpakaļ noskenēto preci un noskenējiet gaidīto</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>nav foto</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Skenējiet karti, lai pieslēgtos</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Stacija {name}</translation>
        </message>
        <message>
            <source>No scanner? Type the badge code into the scan field above and press Enter.</source>
            <translation>Nav skenera? Ierakstiet kartes kodu skenēšanas laukā augšā un nospiediet Enter.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Pieslēgties</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Vārds</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>P&amp;IN</translation>
        </message>
        <message>
            <source>…or choose your name and type your PIN</source>
            <translation>…vai izvēlieties savu vārdu un ierakstiet PIN</translation>
        </message>
        <message>
            <source>Language of this station</source>
            <translation>Šīs stacijas valoda</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Vispirms izvēlieties vārdu.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Ierakstiet PIN.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>P&amp;ull now</source>
            <translation>&amp;Ielādēt tagad</translation>
        </message>
        <message>
            <source>Fetch new orders from the stores now</source>
            <translation>Ielādēt jaunos pasūtījumus no veikaliem tagad</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Stacija {name}</translation>
        </message>
        <message>
            <source>Printer: idle</source>
            <translation>Printeris: gaida</translation>
        </message>
        <message>
            <source>no scanner yet</source>
            <translation>skenera vēl nav</translation>
        </message>
        <message>
            <source>Database: …</source>
            <translation>Datubāze: …</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Pēdējā ielāde: nekad</translation>
        </message>
        <message>
            <source>Outbox: …</source>
            <translation>Nosūtāmie: …</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>Pieslēdzies: {name} ({role})</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Neviens nav pieslēdzies</translation>
        </message>
        <message>
            <source>Scanner: not working</source>
            <translation>Skeneris: nedarbojas</translation>
        </message>
        <message>
            <source>Scanner: {message}</source>
            <translation>Skeneris: {message}</translation>
        </message>
        <message numerus="yes">
            <source>Pulling: %n order(s)</source>
            <translation>
                <numerusform>Ielādē: %n pasūtījums</numerusform>
                <numerusform>Ielādē: %n pasūtījumi</numerusform>
                <numerusform>Ielādē: %n pasūtījumu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, page %n</source>
            <translation>
                <numerusform>, lapa %n</numerusform>
                <numerusform>, lapa %n</numerusform>
                <numerusform>, lapa %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held: </source>
            <translation>
                <numerusform>%n aizturēts: </numerusform>
                <numerusform>%n aizturēti: </numerusform>
                <numerusform>%n aizturēti: </numerusform>
            </translation>
        </message>
        <message>
            <source>Scanner OK</source>
            <translation>Skeneris kārtībā</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Datubāze: {name}</translation>
        </message>
        <message>
            <source>Database unreachable: {name}</source>
            <translation>Datubāze nav pieejama: {name}</translation>
        </message>
        <message>
            <source>Outbox: —</source>
            <translation>Nosūtāmie: —</translation>
        </message>
        <message>
            <source>Outbox stopped: {stores} refused the token</source>
            <translation>Sūtīšana apturēta: {stores} nepieņēma marķieri</translation>
        </message>
        <message>
            <source>The store token was refused: Admin &gt; Store connections ({stores})</source>
            <translation>Veikala marķieris netika pieņemts: Administrēšana &gt; Veikali ({stores})</translation>
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation>Nosūtāmie: {count}</translation>
        </message>
        <message>
            <source>, {failed} failed</source>
            <translation>, {failed} neizdevās</translation>
        </message>
        <message>
            <source>Pull failed</source>
            <translation>Ielāde neizdevās</translation>
        </message>
        <message>
            <source>Last pull: {time}</source>
            <translation>Pēdējā ielāde: {time}</translation>
        </message>
        <message>
            <source>Database unreachable</source>
            <translation>Datubāze nav pieejama</translation>
        </message>
        <message>
            <source>Pulling orders…</source>
            <translation>Ielādē pasūtījumus…</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Station</source>
            <translation>Stacija</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation>Uzlīmju printeris</translation>
        </message>
        <message>
            <source>Slip printer</source>
            <translation>Pavadlapu printeris</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Skeneris</translation>
        </message>
        <message>
            <source>serial</source>
            <translation>seriālais</translation>
        </message>
        <message>
            <source>keyboard</source>
            <translation>tastatūra</translation>
        </message>
        <message>
            <source>Label format: automatic</source>
            <translation>Uzlīmes formāts: automātiski</translation>
        </message>
        <message>
            <source>Keyboard (USB HID)</source>
            <translation>Tastatūra (USB HID)</translation>
        </message>
        <message>
            <source>Serial / USB-COM</source>
            <translation>Seriālais / USB-COM</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Longest pause between two characters of one scan; slower typing is a person at the keyboard</source>
            <translation>Garākā pauze starp divām viena skenējuma rakstzīmēm; lēnāk raksta cilvēks pie tastatūras</translation>
        </message>
        <message>
            <source>The picker is the packer</source>
            <translation>Komplektētājs arī iepako</translation>
        </message>
        <message>
            <source>A unit scanned at pick is not scanned again at packing; on by default where this is the only station</source>
            <translation>Komplektējot skenēta vienība iepakojot netiek skenēta vēlreiz; ieslēgts pēc noklusējuma, ja šī ir vienīgā stacija</translation>
        </message>
        <message>
            <source>Save station</source>
            <translation>Saglabāt staciju</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Testa druka</translation>
        </message>
        <message>
            <source>Test scan: click here and scan any code</source>
            <translation>Testa skenēšana: noklikšķiniet šeit un skenējiet jebkuru kodu</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nosaukums:</translation>
        </message>
        <message>
            <source>Label printer:</source>
            <translation>Uzlīmju printeris:</translation>
        </message>
        <message>
            <source>Slip printer:</source>
            <translation>Pavadlapu printeris:</translation>
        </message>
        <message>
            <source>Scanner:</source>
            <translation>Skeneris:</translation>
        </message>
        <message>
            <source>Keystroke gap:</source>
            <translation>Pauze starp taustiņiem:</translation>
        </message>
        <message>
            <source>Serial port:</source>
            <translation>Seriālais ports:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Ātrums (bodi):</translation>
        </message>
        <message>
            <source>A serial scanner needs its port, e.g. /dev/ttyACM0</source>
            <translation>Seriālajam skenerim vajag portu, piem. /dev/ttyACM0</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} saglabāts</translation>
        </message>
        <message>
            <source>Test label sent to {printer}: it shows T-00-0-0 and its barcode</source>
            <translation>Testa uzlīme nosūtīta uz {printer}: uz tās ir T-00-0-0 un svītrkods</translation>
        </message>
        <message>
            <source>Read {raw} — not a code packdesk knows: {why}</source>
            <translation>Nolasīts {raw} — packdesk šo kodu nezina: {why}</translation>
        </message>
        <message>
            <source>Read a {kind} code: {key}</source>
            <translation>Nolasīts {kind} kods: {key}</translation>
        </message>
        <message>
            <source>Enter the label printer first</source>
            <translation>Vispirms norādiet uzlīmju printeri</translation>
        </message>
        <message>
            <source>Printing a test label…</source>
            <translation>Drukā testa uzlīmi…</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <source>Group</source>
            <translation>Grupa</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pasūtījumi</translation>
        </message>
        <message>
            <source>Orders shipped in the period</source>
            <translation>Periodā nosūtītie pasūtījumi</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Vienības</translation>
        </message>
        <message>
            <source>Units shipped (ordered minus short-picked)</source>
            <translation>Nosūtītās vienības (pasūtītās mīnus trūkstošās)</translation>
        </message>
        <message>
            <source>Orders/h</source>
            <translation>Pas./h</translation>
        </message>
        <message>
            <source>Orders per hour from the first scan to the last shipment</source>
            <translation>Pasūtījumi stundā no pirmās skenēšanas līdz pēdējai nosūtīšanai</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediāna</translation>
        </message>
        <message>
            <source>Median time per order, first scan to shipped</source>
            <translation>Mediānais laiks pasūtījumam no pirmās skenēšanas līdz nosūtīšanai</translation>
        </message>
        <message>
            <source>90th pct</source>
            <translation>90. procentile</translation>
        </message>
        <message>
            <source>9 in 10 orders took at most this long</source>
            <translation>9 no 10 pasūtījumiem aizņēma ne ilgāk par šo</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Komplektēšana</translation>
        </message>
        <message>
            <source>Mean time from first scan to picked</source>
            <translation>Vidējais laiks no pirmās skenēšanas līdz komplektēšanas beigām</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pako</translation>
        </message>
        <message>
            <source>Mean time from picked to packed</source>
            <translation>Vidējais laiks no komplektēšanas līdz iepakošanai</translation>
        </message>
        <message>
            <source>Mis-scans</source>
            <translation>Kļūdainas skenēšanas</translation>
        </message>
        <message>
            <source>Refused scans per scan of an item or a bin</source>
            <translation>Noraidītās skenēšanas uz preces vai plaukta skenēšanu</translation>
        </message>
        <message>
            <source>Short picks</source>
            <translation>Trūkumi</translation>
        </message>
        <message>
            <source>Items the picker could not find</source>
            <translation>Preces, ko komplektētājs neatrada</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Vadītāja lēmumi</translation>
        </message>
        <message>
            <source>Lead overrides recorded</source>
            <translation>Reģistrētie maiņas vadītāja lēmumi</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(nav reģistrēts)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Kopā</translation>
        </message>
    </context>
    <context>
        <name>StoreSyncPanel</name>
        <message>
            <source>Stores</source>
            <translation>Veikali</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Pēdējā ielāde: nekad</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Mēģināt vēlreiz</translation>
        </message>
        <message>
            <source>Send the selected message to the store again</source>
            <translation>Sūtīt izvēlēto ziņu veikalam vēlreiz</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Noraidīt</translation>
        </message>
        <message>
            <source>Do not send the selected message (the store was told by hand)</source>
            <translation>Nesūtīt izvēlēto ziņu (veikalam paziņots manuāli)</translation>
        </message>
        <message>
            <source>Last pull {time}: {summary}</source>
            <translation>Ielāde {time}: {summary}</translation>
        </message>
        <message>
            <source>On hold after the pull: {numbers}</source>
            <translation>Aizturēti pēc ielādes: {numbers}</translation>
        </message>
        <message>
            <source>{store} refused the token, nothing is sent to it: Admin &gt; Store connections ({words})</source>
            <translation>{store} nepieņēma marķieri, tam nekas netiek sūtīts: Administrēšana &gt; Veikali ({words})</translation>
        </message>
        <message numerus="yes">
            <source>Stores: %n refused message(s)</source>
            <translation>
                <numerusform>Veikali: %n noraidīta ziņa</numerusform>
                <numerusform>Veikali: %n noraidītas ziņas</numerusform>
                <numerusform>Veikali: %n noraidītu ziņu</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {message}</source>
            <translation>Nav atjaunots: {message}</translation>
        </message>
        <message>
            <source>Order {number}: sent again at the next round</source>
            <translation>Pasūtījums {number}: tiks sūtīts vēlreiz nākamajā reizē</translation>
        </message>
        <message>
            <source>Order {number}: dismissed, not sent</source>
            <translation>Pasūtījums {number}: noraidīts, nav sūtīts</translation>
        </message>
        <message>
            <source>Order {number}: already dealt with</source>
            <translation>Pasūtījums {number}: jau izskatīts</translation>
        </message>
    </context>
    <context>
        <name>StoresPage</name>
        <message>
            <source>Store</source>
            <translation>Veikals</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adrese</translation>
        </message>
        <message>
            <source>Pulled</source>
            <translation>Ielāde</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>ik pēc {minutes} min</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuāli</translation>
        </message>
        <message>
            <source>File drop (CSV/JSON)</source>
            <translation>Failu mape (CSV/JSON)</translation>
        </message>
        <message>
            <source>Consumer key:</source>
            <translation>Consumer key:</translation>
        </message>
        <message>
            <source>Consumer secret:</source>
            <translation>Consumer secret:</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>Piekļuves marķieris:</translation>
        </message>
        <message>
            <source>by hand only</source>
            <translation>tikai manuāli</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Pārbaudīt savienojumu</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>glabājas sistēmas atslēgu glabātavā; tukšs — nemainīt</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Savienojums</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Veids:</translation>
        </message>
        <message>
            <source>URL or folder:</source>
            <translation>URL vai mape:</translation>
        </message>
        <message>
            <source>Pull every:</source>
            <translation>Ielādēt ik pēc:</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Visas noliktavas</translation>
        </message>
        <message>
            <source>List the store's locations</source>
            <translation>Parādīt veikala noliktavas</translation>
        </message>
        <message>
            <source>Pull test orders too</source>
            <translation>Ielādēt arī testa pasūtījumus</translation>
        </message>
        <message>
            <source>Packed here (slip, no shipping label)</source>
            <translation>Pakojam šeit (pavadlapa, bez sūtījuma uzlīmes)</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Izlaist</translation>
        </message>
        <message>
            <source>Save fulfilment options</source>
            <translation>Saglabāt nosūtīšanas iestatījumus</translation>
        </message>
        <message>
            <source>Shopify fulfilment</source>
            <translation>Shopify nosūtīšana</translation>
        </message>
        <message>
            <source>This station ships for:</source>
            <translation>Šī stacija nosūta:</translation>
        </message>
        <message>
            <source>Local pickup orders:</source>
            <translation>Pasūtījumi ar saņemšanu veikalā:</translation>
        </message>
        <message numerus="yes">
            <source>%n location(s) at the store</source>
            <translation>
                <numerusform>%n noliktava veikalā</numerusform>
                <numerusform>%n noliktavas veikalā</numerusform>
                <numerusform>%n noliktavu veikalā</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} saglabāts</translation>
        </message>
        <message>
            <source>Asking {address}…</source>
            <translation>Vaicā {address}…</translation>
        </message>
        <message>
            <source>{store}: fulfilment options saved</source>
            <translation>{store}: nosūtīšanas iestatījumi saglabāti</translation>
        </message>
        <message>
            <source>{address} answered: the connection works</source>
            <translation>{address} atbildēja: savienojums darbojas</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source> g</source>
            <translation> g</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Name</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Loma</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Karte</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>set</source>
            <translation>iestatīts</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nav</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statuss</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>bloķēts</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktīva</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>noņemta</translation>
        </message>
        <message>
            <source>4 to 12 digits; empty keeps the PIN</source>
            <translation>4 līdz 12 cipari; tukšs — PIN nemainās</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Drīkst pieslēgties</translation>
        </message>
        <message>
            <source>Add as new user</source>
            <translation>Pievienot kā jaunu lietotāju</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Saglabāt izmaiņas</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation>Atbloķēt PIN</translation>
        </message>
        <message>
            <source>Print badge…</source>
            <translation>Drukāt karti…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Lietotājs</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nosaukums:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Loma:</translation>
        </message>
        <message>
            <source>Badge code:</source>
            <translation>Kartes kods:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Jauns PIN:</translation>
        </message>
        <message>
            <source>Select a user first</source>
            <translation>Vispirms izvēlieties lietotāju</translation>
        </message>
        <message>
            <source>{name} added</source>
            <translation>{name} pievienots</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} saglabāts</translation>
        </message>
        <message>
            <source>{name} unlocked</source>
            <translation>{name} atbloķēts</translation>
        </message>
        <message>
            <source>Badge saved to {file}</source>
            <translation>Karte saglabāta failā {file}</translation>
        </message>
        <message>
            <source>Save badge</source>
            <translation>Saglabāt karti</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF faili (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>WeighPanel</name>
        <message>
            <source>Weigh now</source>
            <translation>Nosvērt</translation>
        </message>
        <message>
            <source>Box {code} ({length} × {width} × {height} mm, {fill} % full): scan its barcode, or another box's</source>
            <translation>Kaste {code} ({length} × {width} × {height} mm, {fill} % pilna): noskenējiet tās svītrkodu vai citas kastes</translation>
        </message>
        <message>
            <source>No box proposed: {reason}</source>
            <translation>Kaste nav ieteikta: {reason}</translation>
        </message>
        <message>
            <source>Box {code} confirmed</source>
            <translation>Kaste {code} apstiprināta</translation>
        </message>
        <message>
            <source>The scale has no steady weight yet</source>
            <translation>Svariem vēl nav stabila svara</translation>
        </message>
        <message>
            <source>{grams} g: ready for the label</source>
            <translation>{grams} g: gatavs uzlīmei</translation>
        </message>
        <message>
            <source>(let go by {name})</source>
            <translation>(atļāva {name})</translation>
        </message>
        <message>
            <source>Finding the box…</source>
            <translation>Meklē kasti…</translation>
        </message>
        <message>
            <source>Scan the box you pack in</source>
            <translation>Noskenējiet kasti, kurā iepakojat</translation>
        </message>
        <message>
            <source>Put the parcel on the scale</source>
            <translation>Nolieciet sūtījumu uz svariem</translation>
        </message>
        <message>
            <source>Checking the weight…</source>
            <translation>Pārbauda svaru…</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>From</source>
            <translation>Sūtītājs</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Saņēmējs</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pasūtījums</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Sūtījuma nr.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Svars</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Pavadlapa</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Dāvanas pavadlapa</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Pasūtīts</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Nosūtīt līdz</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Piegāde</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Prece</translation>
        </message>
        <message>
            <source>Color / size</source>
            <translation>Krāsa / izmērs</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Daudz.</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Plaukts</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Cena</translation>
        </message>
        <message>
            <source>Note from the customer</source>
            <translation>Klienta piezīme</translation>
        </message>
        <message>
            <source>Gift message</source>
            <translation>Apsveikums</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Atgriešanas</translation>
        </message>
        <message>
            <source>A gift for you</source>
            <translation>Dāvana jums</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Preces</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>{page}. lapa</translation>
        </message>
        <message>
            <source>Tell us how it went: scan the code</source>
            <translation>Pastāstiet, kā veicās: noskenējiet kodu</translation>
        </message>
        <message>
            <source>Returns: scan the code to start one</source>
            <translation>Atgriešana: noskenējiet kodu, lai to sāktu</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Paldies</translation>
        </message>
        <message>
            <source>Packing bench commands</source>
            <translation>Iepakošanas galda komandas</translation>
        </message>
        <message>
            <source>All quality checks pass</source>
            <translation>Visas kvalitātes pārbaudes izietas</translation>
        </message>
        <message>
            <source>Quality check {number} failed</source>
            <translation>Kvalitātes pārbaude {number} neizdevās</translation>
        </message>
        <message>
            <source>Undo the last scan</source>
            <translation>Atsaukt pēdējo skenēšanu</translation>
        </message>
        <message>
            <source>Not quite right? You can return unused items within 30 days. Keep this slip, scan its barcode or quote the order number when you contact us, and we will send you a return label.</source>
            <translation>Kaut kas neder? Nelietotas preces varat atgriezt 30 dienu laikā. Saglabājiet šo pavadlapu, noskenējiet tās svītrkodu vai nosauciet pasūtījuma numuru, sazinoties ar mums, un mēs atsūtīsim atgriešanas uzlīmi.</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <source>colour</source>
            <translation>krāsa</translation>
        </message>
        <message>
            <source>size</source>
            <translation>izmērs</translation>
        </message>
    </context>
    <context>
        <name>queue</name>
        <message>
            <source>New</source>
            <translation>Jauns</translation>
        </message>
        <message>
            <source>Picking</source>
            <translation>Komplektē</translation>
        </message>
        <message>
            <source>Packing</source>
            <translation>Pako</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Sapakots</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Nosūtīts</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Aizturēts</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Atcelts</translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>a brace in the template is not closed</source>
            <translation>veidnē nav aizvērta figūriekava</translation>
        </message>
        <message>
            <source>a link has at most {count} characters</source>
            <translation>saitē ir ne vairāk kā {count} rakstzīmes</translation>
        </message>
        <message>
            <source>a link starts with https:// and has no spaces</source>
            <translation>saite sākas ar https:// un tajā nav atstarpju</translation>
        </message>
        <message>
            <source>a link may hold the fields order and token only, not {field}</source>
            <translation>saitē drīkst būt tikai lauki order un token, nevis {field}</translation>
        </message>
        <message>
            <source>a card has at most {count} characters</source>
            <translation>kartītē ir ne vairāk kā {count} rakstzīmes</translation>
        </message>
        <message>
            <source>a card may hold the fields name and code only, not {field}</source>
            <translation>kartītē drīkst būt tikai lauki name un code, nevis {field}</translation>
        </message>
        <message>
            <source>the amount {amount} is not a number</source>
            <translation>summa {amount} nav skaitlis</translation>
        </message>
        <message>
            <source>a code has at most {count} characters</source>
            <translation>kodā ir ne vairāk kā {count} rakstzīmes</translation>
        </message>
        <message>
            <source>the order has no such line</source>
            <translation>pasūtījumā nav šādas rindas</translation>
        </message>
        <message>
            <source>order {number} has no customer note</source>
            <translation>pasūtījumam {number} nav klienta piezīmes</translation>
        </message>
        <message>
            <source>order {number} is not a gift</source>
            <translation>pasūtījums {number} nav dāvana</translation>
        </message>
        <message>
            <source>print the message card of order {number} first (Ctrl+P): the card goes in with the message printed</source>
            <translation>vispirms drukājiet pasūtījuma {number} kartīti (Ctrl+P): kartīte tiek ielikta ar nodrukātu apsveikumu</translation>
        </message>
        <message>
            <source>authorisation expired</source>
            <translation>autorizācijas termiņš beidzies</translation>
        </message>
        <message>
            <source>the card was declined</source>
            <translation>karte tika noraidīta</translation>
        </message>
        <message>
            <source>the store could not be reached</source>
            <translation>veikals nav sasniedzams</translation>
        </message>
        <message>
            <source>the store did not confirm it</source>
            <translation>veikals to neapstiprināja</translation>
        </message>
        <message>
            <source>nothing is left to capture</source>
            <translation>vairs nav ko iekasēt</translation>
        </message>
        <message>
            <source>payment could not be captured: {reason}</source>
            <translation>maksājumu neizdevās iekasēt: {reason}</translation>
        </message>
        <message>
            <source>a PIN is 4 to 12 digits</source>
            <translation>PIN ir no 4 līdz 12 cipariem</translation>
        </message>
        <message>
            <source>a quality check needs its words</source>
            <translation>kvalitātes pārbaudei vajag tekstu</translation>
        </message>
        <message>
            <source>a quality check has at most {count} characters</source>
            <translation>kvalitātes pārbaudē ir ne vairāk kā {count} rakstzīmes</translation>
        </message>
        <message>
            <source>there is no check {number}</source>
            <translation>nav pārbaudes {number}</translation>
        </message>
        <message>
            <source>could not read this code ({error})</source>
            <translation>neizdevās nolasīt kodu ({error})</translation>
        </message>
        <message>
            <source>empty scan: no data was read</source>
            <translation>tukšs skenējums: nekas netika nolasīts</translation>
        </message>
        <message>
            <source>this code is too long to be one packdesk knows ({count} characters)</source>
            <translation>kods ir par garu packdesk ({count} rakstzīmes)</translation>
        </message>
        <message>
            <source>bin label {code} does not hold a valid bin code</source>
            <translation>vietas uzlīmē {code} nav derīga vietas koda</translation>
        </message>
        <message>
            <source>this badge has no readable id</source>
            <translation>kartei nav nolasāma numura</translation>
        </message>
        <message>
            <source>this order barcode has no readable order number</source>
            <translation>pasūtījuma svītrkodā nav nolasāma numura</translation>
        </message>
        <message>
            <source>{code} looks like a product barcode but its check digit is wrong: scan it again</source>
            <translation>{code} izskatās pēc preces svītrkoda, bet kontrolcipars ir nepareizs: skenējiet vēlreiz</translation>
        </message>
        <message>
            <source>{code} is a GS1 code packdesk cannot read</source>
            <translation>{code} ir GS1 kods, ko packdesk nevar nolasīt</translation>
        </message>
        <message>
            <source>unknown code {code}: it has spaces or control characters</source>
            <translation>nezināms kods {code}: tajā ir atstarpes vai vadības rakstzīmes</translation>
        </message>
        <message>
            <source>this is a shipping container code (SSCC {sscc}), not a product: scan the item's own barcode</source>
            <translation>šis ir sūtījuma vienības kods (SSCC {sscc}), nevis prece: skenējiet preces svītrkodu</translation>
        </message>
        <message>
            <source>printer at {where} dropped the connection: {error}</source>
            <translation>printeris {where} pārtrauca savienojumu: {error}</translation>
        </message>
        <message>
            <source>printer at {where} refused the connection: is it on, and is this its address?</source>
            <translation>printeris {where} atteica savienojumu: vai tas ir ieslēgts un adrese pareiza?</translation>
        </message>
        <message>
            <source>no answer from the printer at {where} within {seconds} s: is it on and on the network?</source>
            <translation>printeris {where} neatbildēja {seconds} s laikā: vai tas ir ieslēgts un tīklā?</translation>
        </message>
        <message>
            <source>cannot reach the printer at {where}: {error}</source>
            <translation>nevar sasniegt printeri {where}: {error}</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>rindā</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>sūta</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>nosūtīts</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>gaida printerī</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>neizdevās</translation>
        </message>
        <message>
            <source>nothing printed yet to print again</source>
            <translation>vēl nekas nav drukāts, nav ko drukāt vēlreiz</translation>
        </message>
        <message>
            <source>the job is still {status}</source>
            <translation>darbs joprojām: {status}</translation>
        </message>
        <message>
            <source>the first copy is still {status}: not sent again, so it cannot print twice</source>
            <translation>pirmā kopija joprojām: {status}; nav sūtīta vēlreiz, lai nenodrukātu divreiz</translation>
        </message>
        <message>
            <source>the first copy is still {status} ({why}): not sent again, so it cannot print twice</source>
            <translation>pirmā kopija joprojām: {status} ({why}); nav sūtīta vēlreiz, lai nenodrukātu divreiz</translation>
        </message>
        <message>
            <source>the printer has not taken the job after {seconds} s; it stays queued</source>
            <translation>printeris nav pieņēmis darbu {seconds} s laikā; tas paliek rindā</translation>
        </message>
        <message>
            <source>this badge is not known here; ask a lead to register it</source>
            <translation>šī karte šeit nav zināma; lūdziet maiņas vadītājam to reģistrēt</translation>
        </message>
        <message>
            <source>wrong name or PIN</source>
            <translation>nepareizs vārds vai PIN</translation>
        </message>
        <message>
            <source>too many wrong PINs: try again in {wait} s or scan your badge</source>
            <translation>pārāk daudz nepareizu PIN: mēģiniet pēc {wait} s vai skenējiet karti</translation>
        </message>
        <message>
            <source>name the store's shipping method (* for every other)</source>
            <translation>norādiet veikala piegādes veidu (* visiem pārējiem)</translation>
        </message>
        <message>
            <source>choose where the label comes from</source>
            <translation>izvēlieties, no kurienes nāk uzlīme</translation>
        </message>
        <message>
            <source>our own label needs a carrier: its numbers come from that carrier's sequence</source>
            <translation>mūsu pašu uzlīmei vajag pārvadātāju: tās numuri nāk no šī pārvadātāja secības</translation>
        </message>
        <message>
            <source>a service needs its carrier</source>
            <translation>pakalpojumam vajag savu pārvadātāju</translation>
        </message>
        <message>
            <source>shipping method {method} is not mapped</source>
            <translation>piegādes veids {method} nav sasaistīts</translation>
        </message>
        <message>
            <source>the ship-from address needs a name</source>
            <translation>sūtītāja adresei vajag vārdu</translation>
        </message>
        <message>
            <source>the ship-from address needs a street</source>
            <translation>sūtītāja adresei vajag ielu</translation>
        </message>
        <message>
            <source>the ship-from address needs a city</source>
            <translation>sūtītāja adresei vajag pilsētu</translation>
        </message>
        <message>
            <source>the ship-from address needs a postal code</source>
            <translation>sūtītāja adresei vajag pasta indeksu</translation>
        </message>
        <message>
            <source>{country} is not a two-letter country code (LV, NO, BR)</source>
            <translation>{country} nav divburtu valsts kods (LV, NO, BR)</translation>
        </message>
        <message>
            <source>name the carrier of the number sequence</source>
            <translation>norādiet numuru secības pārvadātāju</translation>
        </message>
        <message>
            <source>the next number is 1 or more, the width 0 to 20 digits</source>
            <translation>nākamais numurs ir 1 vai vairāk, platums no 0 līdz 20 cipariem</translation>
        </message>
        <message>
            <source>a number prefix has no spaces</source>
            <translation>numura prefiksā nav atstarpju</translation>
        </message>
        <message>
            <source>{carrier} numbers up to {used} are used: the next number cannot go back</source>
            <translation>{carrier} numuri līdz {used} ir izlietoti: nākamais numurs nevar iet atpakaļ</translation>
        </message>
        <message>
            <source>{code} is not an HS code: 6 to 10 digits, such as 6109.10</source>
            <translation>{code} nav HS kods: 6 līdz 10 cipari, piemēram, 6109.10</translation>
        </message>
        <message>
            <source>a quality check is for one product or one tag</source>
            <translation>kvalitātes pārbaude ir vienai precei vai vienai birkai</translation>
        </message>
        <message>
            <source>no product has the SKU {sku}</source>
            <translation>nevienai precei nav SKU {sku}</translation>
        </message>
        <message>
            <source>this station's printer cannot print message cards</source>
            <translation>šīs stacijas printeris nevar drukāt kartītes</translation>
        </message>
        <message>
            <source>a packer</source>
            <translation>pakotājs</translation>
        </message>
        <message>
            <source>a lead</source>
            <translation>maiņas vadītājs</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>administrators</translation>
        </message>
        <message>
            <source>no order is being packed at this station</source>
            <translation>šajā stacijā pašlaik nekas netiek pakots</translation>
        </message>
        <message>
            <source>order {number} has no such line</source>
            <translation>pasūtījumā {number} nav šādas rindas</translation>
        </message>
        <message>
            <source>{name} is {role}</source>
            <translation>{name}: {role}</translation>
        </message>
        <message>
            <source>no order is being picked at this station</source>
            <translation>šajā stacijā pašlaik nekas netiek komplektēts</translation>
        </message>
        <message>
            <source>nothing left to pick</source>
            <translation>vairs nav ko komplektēt</translation>
        </message>
        <message>
            <source>this badge is not known here</source>
            <translation>šī karte šeit nav zināma</translation>
        </message>
        <message>
            <source>a lead can put it on hold to repack it</source>
            <translation>maiņas vadītājs var to aizturēt pārpakošanai</translation>
        </message>
        <message>
            <source>{source} is not set up at this station: the admin must add its key</source>
            <translation>{source} šajā stacijā nav iestatīts: administratoram jāpievieno tā atslēga</translation>
        </message>
        <message>
            <source>order {number} is not packed yet: verify every unit first</source>
            <translation>pasūtījums {number} vēl nav sapakots: vispirms pārbaudiet katru vienību</translation>
        </message>
        <message>
            <source>this station has no printer set up</source>
            <translation>šai stacijai nav iestatīta printera</translation>
        </message>
        <message>
            <source>scan the carrier label</source>
            <translation>noskenējiet pārvadātāja uzlīmi</translation>
        </message>
        <message>
            <source>enter the {carrier} tracking number to ship</source>
            <translation>ievadiet {carrier} sūtījuma numuru, lai nosūtītu</translation>
        </message>
        <message>
            <source>no unit is waiting for its checks</source>
            <translation>neviena vienība negaida pārbaudi</translation>
        </message>
        <message>
            <source>confirm the quality checks of {sku} first</source>
            <translation>vispirms apstipriniet {sku} kvalitātes pārbaudes</translation>
        </message>
        <message>
            <source>quality check failed for {sku} ({reason}) and no bin has another</source>
            <translation>{sku} neizturēja kvalitātes pārbaudi ({reason}), un nevienā plauktā nav cita</translation>
        </message>
        <message>
            <source>new</source>
            <translation>jauns</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>komplektē</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>pako</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>sapakots</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>nosūtīts</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>aizturēts</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>atcelts</translation>
        </message>
        <message>
            <source>there is no order {number}</source>
            <translation>nav pasūtījuma {number}</translation>
        </message>
        <message>
            <source>order {number} is {status}: {why}</source>
            <translation>pasūtījums {number}: {status} ({why})</translation>
        </message>
        <message>
            <source>order {number} is {status}</source>
            <translation>pasūtījums {number}: {status}</translation>
        </message>
        <message>
            <source>order {number} is held by {station} ({user}); a lead can take it over</source>
            <translation>pasūtījums {number} ir stacijā {station} ({user}); to var pārņemt maiņas vadītājs</translation>
        </message>
        <message>
            <source>order {number} is held by {station}; a lead can take it over</source>
            <translation>pasūtījums {number} ir stacijā {station}; to var pārņemt maiņas vadītājs</translation>
        </message>
        <message>
            <source>finish order {number} first</source>
            <translation>vispirms pabeidziet pasūtījumu {number}</translation>
        </message>
        <message>
            <source>a batch needs at least one order</source>
            <translation>grupā vajag vismaz vienu pasūtījumu</translation>
        </message>
        <message>
            <source>order {number} is not held by any station</source>
            <translation>pasūtījums {number} nav nevienā stacijā</translation>
        </message>
        <message>
            <source>nobody (released by a lead)</source>
            <translation>neviens (atbrīvoja maiņas vadītājs)</translation>
        </message>
        <message>
            <source>now held by {holder}</source>
            <translation>tagad pie {holder}</translation>
        </message>
        <message>
            <source>this order is already in hand</source>
            <translation>šis pasūtījums jau ir darbā</translation>
        </message>
        <message>
            <source>scanned order {number}</source>
            <translation>skenēts pasūtījums {number}</translation>
        </message>
        <message>
            <source>badge scanned while picking</source>
            <translation>karte skenēta komplektēšanas laikā</translation>
        </message>
        <message>
            <source>no product has the barcode {code}</source>
            <translation>nav preces ar svītrkodu {code}</translation>
        </message>
        <message>
            <source>packing: scan the items, not bins</source>
            <translation>pakojot skenējiet preces, nevis vietas</translation>
        </message>
        <message>
            <source>this is the label of order {other}, not of order {number}: take it off this parcel</source>
            <translation>šī ir pasūtījuma {other} uzlīme, nevis pasūtījuma {number}: noņemiet to no šī sūtījuma</translation>
        </message>
        <message>
            <source>{lead} lets order {number} ship without its payment: print (F7) and ship (F10)</source>
            <translation>{lead} atļauj nosūtīt pasūtījumu {number} bez maksājuma: drukāt (F7) un nosūtīt (F10)</translation>
        </message>
        <message>
            <source>Scan your badge first</source>
            <translation>Vispirms skenējiet karti</translation>
        </message>
        <message>
            <source>Signed out after a pause: scan your badge</source>
            <translation>Izrakstīts pēc pauzes: skenējiet karti</translation>
        </message>
        <message>
            <source>No order in hand: press F2 for the next order or scan an order</source>
            <translation>Nav pasūtījuma darbā: F2 — nākamais, vai skenējiet pasūtījumu</translation>
        </message>
        <message>
            <source>No order with this number</source>
            <translation>Nav pasūtījuma ar šo numuru</translation>
        </message>
        <message>
            <source>This order cannot be taken now</source>
            <translation>Šo pasūtījumu tagad nevar paņemt</translation>
        </message>
        <message>
            <source>Finish the order in hand first</source>
            <translation>Vispirms pabeidziet esošo pasūtījumu</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Vispirms skenējiet vietas uzlīmi</translation>
        </message>
        <message>
            <source>The order was put on hold</source>
            <translation>Pasūtījums aizturēts</translation>
        </message>
        <message>
            <source>The order was cancelled: put the items back</source>
            <translation>Pasūtījums atcelts: nolieciet preces atpakaļ</translation>
        </message>
        <message>
            <source>Another station or a lead took this order over</source>
            <translation>Šo pasūtījumu pārņēma cita stacija vai maiņas vadītājs</translation>
        </message>
        <message>
            <source>This needs a lead's badge</source>
            <translation>Vajag maiņas vadītāja karti</translation>
        </message>
        <message>
            <source>Everything is scanned: print and ship (F10)</source>
            <translation>Viss skenēts: drukājiet un nosūtiet (F10)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nav ko atsaukt</translation>
        </message>
        <message>
            <source>This bin has no more of the item</source>
            <translation>Šajā vietā prece ir beigusies</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Nepareizs izmērs</translation>
        </message>
        <message>
            <source>Wrong colour</source>
            <translation>Nepareiza krāsa</translation>
        </message>
        <message>
            <source>Wrong colour and size</source>
            <translation>Nepareiza krāsa un izmērs</translation>
        </message>
        <message>
            <source>Wrong variant</source>
            <translation>Nepareizs variants</translation>
        </message>
        <message>
            <source>expected {expected}, scanned {got}</source>
            <translation>gaidīts {expected}, skenēts {got}</translation>
        </message>
        <message>
            <source>scanned {got}</source>
            <translation>skenēts {got}</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Pavadlapa</translation>
        </message>
        <message>
            <source>Shipping label</source>
            <translation>Sūtījuma uzlīme</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Apsveikuma kartīte</translation>
        </message>
        <message>
            <source>Thank-you card</source>
            <translation>Pateicības kartīte</translation>
        </message>
        <message>
            <source>{document} did not print: {message}</source>
            <translation>{document} netika izdrukāts: {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>nezināma kļūda</translation>
        </message>
        <message>
            <source>a badge</source>
            <translation>karte</translation>
        </message>
        <message>
            <source>scanned {code}</source>
            <translation>skenēts {code}</translation>
        </message>
        <message>
            <source>Too many</source>
            <translation>Par daudz</translation>
        </message>
        <message>
            <source>{item}: already {done} of {ordered}</source>
            <translation>{item}: jau {done} no {ordered}</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Nepareiza prece</translation>
        </message>
        <message>
            <source>{bin} has no more {sku}</source>
            <translation>{bin} vairs nav {sku}</translation>
        </message>
        <message>
            <source>go to {bin}, scan its label, then the item</source>
            <translation>ejiet uz {bin}, skenējiet tās uzlīmi, tad preci</translation>
        </message>
        <message>
            <source>no other bin has it: report a short pick (F9)</source>
            <translation>citās vietās nav: ziņojiet par iztrūkumu (F9)</translation>
        </message>
        <message>
            <source>go to bin {bin}, scan its label, then the item</source>
            <translation>ejiet uz vietu {bin}, skenējiet tās uzlīmi, tad preci</translation>
        </message>
        <message>
            <source>Wrong bin</source>
            <translation>Nepareiza vieta</translation>
        </message>
        <message>
            <source>{item}: all {count} are already scanned</source>
            <translation>{item}: visi {count} jau skenēti</translation>
        </message>
        <message>
            <source>{item}: none more is needed</source>
            <translation>{item}: vairāk nevajag</translation>
        </message>
        <message>
            <source>Wrong label: order {other}, not {number}</source>
            <translation>Nepareiza uzlīme: pasūtījums {other}, nevis {number}</translation>
        </message>
        <message>
            <source>Take it off and put this parcel's own label on</source>
            <translation>Noņemiet to un uzlīmējiet šī sūtījuma uzlīmi</translation>
        </message>
        <message>
            <source>Order {number} is not shipped</source>
            <translation>Pasūtījums {number} nav nosūtīts</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Pasūtījums {number} nosūtīts</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Sūtījums {tracking} · nākamais pasūtījums: F2 vai skenējiet</translation>
        </message>
        <message>
            <source>Not in this order</source>
            <translation>Nav šajā pasūtījumā</translation>
        </message>
        <message>
            <source>{item} belongs to order {other}</source>
            <translation>{item} ir no pasūtījuma {other}</translation>
        </message>
        <message>
            <source>{item} is not in this order</source>
            <translation>{item} nav šajā pasūtījumā</translation>
        </message>
        <message>
            <source>Unknown code</source>
            <translation>Nezināms kods</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Sveiki, {name}</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 — nākamais pasūtījums, vai skenējiet pasūtījuma svītrkodu</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>Pasūtījums {number} ir jūsu</translation>
        </message>
        <message>
            <source>Go to the first bin</source>
            <translation>Ejiet uz pirmo vietu</translation>
        </message>
        <message>
            <source>Take {count} × {item}</source>
            <translation>Paņemiet {count} × {item}</translation>
        </message>
        <message>
            <source>Bin {bin} ✓</source>
            <translation>Vieta {bin} ✓</translation>
        </message>
        <message>
            <source>Set {item} aside: {reason}</source>
            <translation>Nolieciet {item} malā: {reason}</translation>
        </message>
        <message>
            <source>take a replacement from bin {bin} and scan it</source>
            <translation>paņemiet aizstājēju no plaukta {bin} un noskenējiet to</translation>
        </message>
        <message>
            <source>no bin has another: the order is on hold for a lead</source>
            <translation>nevienā plauktā nav cita: pasūtījums gaida maiņas vadītāju</translation>
        </message>
        <message>
            <source>Check passed</source>
            <translation>Pārbaude izieta</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) left</source>
            <translation>
                <numerusform>atlikusi %n pārbaude</numerusform>
                <numerusform>atlikušas %n pārbaudes</numerusform>
                <numerusform>atlikušas %n pārbaudes</numerusform>
            </translation>
        </message>
        <message>
            <source>Check {item}</source>
            <translation>Pārbaudiet {item}</translation>
        </message>
        <message>
            <source>Alt+1…Alt+{count}: each check passes · Alt+0: all pass · F9: a check failed</source>
            <translation>Alt+1…Alt+{count}: katra pārbaude izieta · Alt+0: visas izietas · F9: pārbaude neizdevās</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Izlasiet klienta piezīmi, tad F6: pavadzīme un uzlīme drukājas pēc tam</translation>
        </message>
        <message>
            <source>Slip and label are printing: see Still to do before Ship</source>
            <translation>Pavadzīme un uzlīme drukājas: skatiet Vēl jādara pirms Sūtīt</translation>
        </message>
        <message>
            <source>Slip and label are printing: put the label on and scan it to ship (or F10)</source>
            <translation>Pavadzīme un uzlīme drukājas: uzlīmējiet uzlīmi un skenējiet to, lai nosūtītu (vai F10)</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Pasūtījums {number} pabeigts</translation>
        </message>
        <message>
            <source>Put it in slot {slot}</source>
            <translation>Ielieciet nodalījumā {slot}</translation>
        </message>
        <message>
            <source>{item} · the pick is complete: pack it now</source>
            <translation>{item} · komplektēšana pabeigta: pakojiet</translation>
        </message>
        <message>
            <source>Picked: {item}</source>
            <translation>Paņemts: {item}</translation>
        </message>
        <message>
            <source>The pick is complete: pack it now</source>
            <translation>Komplektēšana pabeigta: pakojiet</translation>
        </message>
        <message>
            <source>Next bin</source>
            <translation>Nākamā vieta</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} no {total}</translation>
        </message>
        <message>
            <source>OK: {item}</source>
            <translation>OK: {item}</translation>
        </message>
        <message>
            <source>Line overridden by {lead}</source>
            <translation>Rindu apstiprināja {lead}</translation>
        </message>
        <message>
            <source>Line overridden</source>
            <translation>Rinda apstiprināta</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Iztrūkums reģistrēts</translation>
        </message>
        <message>
            <source>The order is on hold for a lead</source>
            <translation>Pasūtījums aizturēts maiņas vadītājam</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Atsaukts</translation>
        </message>
        <message>
            <source>The last scan of {item} is taken back: put it back</source>
            <translation>{item} pēdējais skenējums atsaukts: nolieciet atpakaļ</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Scan not used</source>
            <translation>Skenējums neizmantots</translation>
        </message>
    </context>
</TS>
