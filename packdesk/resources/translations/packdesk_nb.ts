<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
    <context>
        <name>AdminWidget</name>
        <message>
            <source>Bins</source>
            <translation>Lokasjoner</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Varer</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Brukere</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stasjoner</translation>
        </message>
        <message>
            <source>Store connections</source>
            <translation>Nettbutikker</translation>
        </message>
        <message>
            <source>Boxes and scale</source>
            <translation>Esker og vekt</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Transportører</translation>
        </message>
        <message>
            <source>Quality and cards</source>
            <translation>Kvalitet og kort</translation>
        </message>
    </context>
    <context>
        <name>BenchPictures</name>
        <message>
            <source>Extra parcel &amp;photo</source>
            <translation>Ekstra pakke&amp;foto</translation>
        </message>
        <message>
            <source>Order &amp;history…</source>
            <translation>Ordre&amp;historikk…</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Ingen foto</translation>
        </message>
        <message>
            <source>No order in hand to photograph</source>
            <translation>Ingen ordre i arbeid å fotografere</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <source>Camera ready: {name}</source>
            <translation>Kamera klar: {name}</translation>
        </message>
        <message>
            <source>No camera</source>
            <translation>Ingen kamera</translation>
        </message>
        <message>
            <source>Photo of {number} kept: {path}</source>
            <translation>Foto av {number} lagret: {path}</translation>
        </message>
        <message>
            <source>No photo of {number}: {reason}</source>
            <translation>Ingen foto av {number}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <source>Bin</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Sone</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>tatt ut</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Varer</translation>
        </message>
        <message>
            <source>Filter bins, zones or SKUs…</source>
            <translation>Filtrer lokasjon, sone eller varenr.…</translation>
        </message>
        <message>
            <source>Add bin…</source>
            <translation>Ny lokasjon…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Ta ut</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Aktiver igjen</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Eksporter CSV…</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Hvis en rad er feil: importer ingenting</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Hvis en rad er feil: importer de gyldige radene</translation>
        </message>
        <message>
            <source>Labels as PDF file…</source>
            <translation>Etiketter som PDF…</translation>
        </message>
        <message>
            <source>Print labels of selected bins</source>
            <translation>Skriv ut etiketter for valgte lokasjoner</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Set quantity in selected bin</source>
            <translation>Sett antall i valgt lokasjon</translation>
        </message>
        <message>
            <source>Products in the bin</source>
            <translation>Varer i lokasjonen</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Varenr.:</translation>
        </message>
        <message>
            <source>Quantity (0 removes):</source>
            <translation>Antall (0 fjerner):</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Importrapport</translation>
        </message>
        <message>
            <source>Labels to {station} ({address})</source>
            <translation>Etiketter til {station} ({address})</translation>
        </message>
        <message>
            <source>Bin {code} added</source>
            <translation>Lokasjon {code} lagt til</translation>
        </message>
        <message>
            <source>Bin is now {code}: print its new label</source>
            <translation>Lokasjonen heter nå {code}: skriv ut ny etikett</translation>
        </message>
        <message>
            <source>{bin} now holds {quantity} of {sku}</source>
            <translation>{bin} har nå {quantity} stk. {sku}</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Linje {line}: {error}</translation>
        </message>
        <message>
            <source>Bins exported to {file}</source>
            <translation>Lokasjoner eksportert til {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) saved to {file}</source>
            <translation>
                <numerusform>%n etikett lagret i {file}</numerusform>
                <numerusform>%n etiketter lagret i {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) sent to {printer}</source>
            <translation>
                <numerusform>%n etikett sendt til {printer}</numerusform>
                <numerusform>%n etiketter sendt til {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>Add bin</source>
            <translation>Ny lokasjon</translation>
        </message>
        <message>
            <source>Bin code (zone-aisle-shelf-position, e.g. A-03-2-B):</source>
            <translation>Lokasjonskode (sone-gang-hylle-plass, f.eks. A-03-2-B):</translation>
        </message>
        <message>
            <source>Select one or more bins first</source>
            <translation>Velg én eller flere lokasjoner først</translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) reactivated</source>
            <translation>
                <numerusform>%n lokasjon aktivert igjen</numerusform>
                <numerusform>%n lokasjoner aktivert igjen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) retired</source>
            <translation>
                <numerusform>%n lokasjon tatt ut</numerusform>
                <numerusform>%n lokasjoner tatt ut</numerusform>
            </translation>
        </message>
        <message>
            <source>Select exactly one bin to set its stock</source>
            <translation>Velg én lokasjon for å sette beholdningen</translation>
        </message>
        <message>
            <source>Import bins</source>
            <translation>Importer lokasjoner</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Export bins</source>
            <translation>Eksporter lokasjoner</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Select the bins whose labels you want</source>
            <translation>Velg lokasjonene du vil ha etiketter for</translation>
        </message>
        <message>
            <source>Save bin labels</source>
            <translation>Lagre lokasjonsetiketter</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BoxesPage</name>
        <message>
            <source>Box</source>
            <translation>Eske</translation>
        </message>
        <message>
            <source>Inner size (mm)</source>
            <translation>Innvendig mål (mm)</translation>
        </message>
        <message>
            <source>Tare (g)</source>
            <translation>Tara (g)</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Strekkode</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Learned weight: SKU</source>
            <translation>Lært vekt: SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Gram</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>ikke telt</translation>
        </message>
        <message>
            <source>Save box</source>
            <translation>Lagre eske</translation>
        </message>
        <message>
            <source>Remove box</source>
            <translation>Fjern eske</translation>
        </message>
        <message>
            <source>Save tolerance</source>
            <translation>Lagre toleranse</translation>
        </message>
        <message>
            <source>Accept learned weight</source>
            <translation>Godta lært vekt</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Avvis</translation>
        </message>
        <message>
            <source>/dev/ttyUSB0, COM4 (empty: no scale)</source>
            <translation>/dev/ttyUSB0, COM4 (tom: ingen vekt)</translation>
        </message>
        <message>
            <source>Continuous output</source>
            <translation>Kontinuerlig utdata</translation>
        </message>
        <message>
            <source>Save scale</source>
            <translation>Lagre vekt</translation>
        </message>
        <message>
            <source>Test read</source>
            <translation>Test avlesning</translation>
        </message>
        <message>
            <source>Box preset</source>
            <translation>Eskemal</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>Inner length:</source>
            <translation>Innvendig lengde:</translation>
        </message>
        <message>
            <source>Inner width:</source>
            <translation>Innvendig bredde:</translation>
        </message>
        <message>
            <source>Inner height:</source>
            <translation>Innvendig høyde:</translation>
        </message>
        <message>
            <source>Tare:</source>
            <translation>Tara:</translation>
        </message>
        <message>
            <source>Barcode:</source>
            <translation>Strekkode:</translation>
        </message>
        <message>
            <source>Stock:</source>
            <translation>Lager:</translation>
        </message>
        <message>
            <source>Weight check</source>
            <translation>Vektkontroll</translation>
        </message>
        <message>
            <source>Tolerance:</source>
            <translation>Toleranse:</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>Minst:</translation>
        </message>
        <message>
            <source>Dunnage allowance:</source>
            <translation>Tillegg for fyllmateriale:</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Vekt</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Stasjon:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Protocol:</source>
            <translation>Protokoll:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Hastighet (baud):</translation>
        </message>
        <message>
            <source>Box {code} saved</source>
            <translation>Eske {code} lagret</translation>
        </message>
        <message>
            <source>Box {code} removed</source>
            <translation>Eske {code} fjernet</translation>
        </message>
        <message>
            <source>Weight tolerance saved</source>
            <translation>Vekttoleranse lagret</translation>
        </message>
        <message>
            <source>Select a learned weight first</source>
            <translation>Velg en lært vekt først</translation>
        </message>
        <message>
            <source>{sku}: learned weight done</source>
            <translation>{sku}: lært vekt ferdig</translation>
        </message>
        <message>
            <source>Add a station first (Stations page)</source>
            <translation>Legg til en stasjon først (siden Stasjoner)</translation>
        </message>
        <message>
            <source>Scale of {station} saved</source>
            <translation>Vekt for {station} lagret</translation>
        </message>
        <message>
            <source>Reading the scale…</source>
            <translation>Leser vekten…</translation>
        </message>
        <message>
            <source>{grams} g, steady</source>
            <translation>{grams} g, stabil</translation>
        </message>
        <message>
            <source>{grams} g, still moving</source>
            <translation>{grams} g, svinger fortsatt</translation>
        </message>
    </context>
    <context>
        <name>CarriersPage</name>
        <message>
            <source>Buy through EasyPost</source>
            <translation>Kjøp via EasyPost</translation>
        </message>
        <message>
            <source>Buy from DHL Express</source>
            <translation>Kjøp fra DHL Express</translation>
        </message>
        <message>
            <source>Scan the carrier's label</source>
            <translation>Skann transportørens etikett</translation>
        </message>
        <message>
            <source>Our own label</source>
            <translation>Vår egen etikett</translation>
        </message>
        <message>
            <source>Store shipping method</source>
            <translation>Butikkens fraktmåte</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transportør</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Tjeneste</translation>
        </message>
        <message>
            <source>cheapest by the ship-by date</source>
            <translation>billigste innen sendedato</translation>
        </message>
        <message>
            <source>Own-label carrier</source>
            <translation>Transportør (egen etikett)</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Neste nummer</translation>
        </message>
        <message>
            <source>as the store names it; * for every other</source>
            <translation>slik butikken kaller den; * for alle andre</translation>
        </message>
        <message>
            <source>USPS, UPS, posten, latvijas_pasts…</source>
            <translation>USPS, UPS, posten, latvijas_pasts…</translation>
        </message>
        <message>
            <source>empty: the cheapest by the ship-by date</source>
            <translation>tom: billigste innen sendedato</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Lagre kobling</translation>
        </message>
        <message>
            <source>Remove mapping</source>
            <translation>Fjern kobling</translation>
        </message>
        <message>
            <source>Save ship-from address</source>
            <translation>Lagre avsenderadresse</translation>
        </message>
        <message>
            <source>Save number sequence</source>
            <translation>Lagre nummerserie</translation>
        </message>
        <message>
            <source>Shipping method</source>
            <translation>Fraktmåte</translation>
        </message>
        <message>
            <source>Store method:</source>
            <translation>Butikkens fraktmåte:</translation>
        </message>
        <message>
            <source>Label comes from:</source>
            <translation>Etiketten kommer fra:</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Transportør:</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Tjeneste:</translation>
        </message>
        <message>
            <source>Ship-from address</source>
            <translation>Avsenderadresse</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Stasjon:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Firma:</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Gate:</translation>
        </message>
        <message>
            <source>Street, line 2:</source>
            <translation>Gate, linje 2:</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>By:</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Region:</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Postnummer:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Land:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefon:</translation>
        </message>
        <message>
            <source>Own-label numbers</source>
            <translation>Numre for egne etiketter</translation>
        </message>
        <message>
            <source>Prefix:</source>
            <translation>Prefiks:</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>Neste nummer:</translation>
        </message>
        <message>
            <source>Digits:</source>
            <translation>Sifre:</translation>
        </message>
        <message>
            <source>Every station without its own</source>
            <translation>Alle stasjoner uten egen adresse</translation>
        </message>
        <message>
            <source>Shipping method {method} mapped</source>
            <translation>Fraktmåte {method} koblet</translation>
        </message>
        <message>
            <source>Shipping method {method} removed</source>
            <translation>Fraktmåte {method} fjernet</translation>
        </message>
        <message>
            <source>Ship-from address of {station} saved</source>
            <translation>Avsenderadressen til {station} er lagret</translation>
        </message>
        <message>
            <source>{carrier}: next own label {example}</source>
            <translation>{carrier}: neste egne etikett {example}</translation>
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
            <translation>Dette skiftet</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stasjon</translation>
        </message>
        <message>
            <source>Hour of day</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source> orders/h</source>
            <translation> ordre/t</translation>
        </message>
        <message>
            <source>Orders per hour you expect of one packer</source>
            <translation>Ordre per time du venter av én pakker</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Oppdater</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Eksporter CSV…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laster…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>Per:</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Mål:</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>På vent</translation>
        </message>
        <message>
            <source>Ship as &amp;packed</source>
            <translation>Send som &amp;pakket</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: go on with what was packed (the store is told only the units packed)</source>
            <translation>Butikken endret denne ordren etter at plukkingen startet: fortsett med det som er pakket (butikken får bare vite om pakkede varer)</translation>
        </message>
        <message>
            <source>&amp;Re-pick</source>
            <translation>&amp;Plukk på nytt</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: put the picked units back in their bins and start it over with the store's lines at the next pull</source>
            <translation>Butikken endret ordren etter at plukkingen startet: legg de plukkede varene tilbake på lokasjonene og start på nytt med butikkens linjer ved neste henting</translation>
        </message>
        <message>
            <source>Orders shipped per hour</source>
            <translation>Ordre sendt per time</translation>
        </message>
        <message>
            <source>Orders per hour by packer</source>
            <translation>Ordre per time per pakker</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Oppdaterer…</translation>
        </message>
        <message numerus="yes">
            <source>On hold: %n order(s)</source>
            <translation>
                <numerusform>På vent: %n ordre</numerusform>
                <numerusform>På vent: %n ordre</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · updated {time}</source>
            <translation>{period} · oppdatert {time}</translation>
        </message>
        <message>
            <source>Figures not updated: {error}</source>
            <translation>Tallene ble ikke oppdatert: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{number} starts over: %n unit(s) back in their bins; the next pull brings the store's lines</source>
            <translation>
                <numerusform>{number} starter på nytt: %n vare tilbake på lokasjonen; neste henting gir butikkens linjer</numerusform>
                <numerusform>{number} starter på nytt: %n varer tilbake på lokasjonene; neste henting gir butikkens linjer</numerusform>
            </translation>
        </message>
        <message>
            <source>Not changed: {message}</source>
            <translation>Ikke endret: {message}</translation>
        </message>
        <message>
            <source>Target not saved: {error}</source>
            <translation>Målet ble ikke lagret: {error}</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Eksportert til {file}</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Ikke eksportert: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Team target (%n packer(s))</source>
            <translation>
                <numerusform>Lagets mål (%n pakker)</numerusform>
                <numerusform>Lagets mål (%n pakkere)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export figures</source>
            <translation>Eksporter tall</translation>
        </message>
        <message>
            <source>{number} goes on as packed</source>
            <translation>{number} går videre som pakket</translation>
        </message>
        <message>
            <source>Not changed: {error}</source>
            <translation>Ikke endret: {error}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Orders shipped</source>
            <translation>Ordre sendt</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(ikke registrert)</translation>
        </message>
        <message>
            <source>Orders per hour</source>
            <translation>Ordre per time</translation>
        </message>
        <message>
            <source>Target per packer</source>
            <translation>Mål per pakker</translation>
        </message>
    </context>
    <context>
        <name>FinishingPage</name>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>tag: {tag}</source>
            <translation>etikett: {tag}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <source>or a tag: fragile, electronics…</source>
            <translation>eller en etikett: skjørt, elektronikk…</translation>
        </message>
        <message>
            <source>seal intact</source>
            <translation>forsegling intakt</translation>
        </message>
        <message>
            <source>Add check</source>
            <translation>Legg til kontroll</translation>
        </message>
        <message>
            <source>Remove check</source>
            <translation>Fjern kontroll</translation>
        </message>
        <message>
            <source>fragile, electronics</source>
            <translation>skjørt, elektronikk</translation>
        </message>
        <message>
            <source>Save tags</source>
            <translation>Lagre etiketter</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldri</translation>
        </message>
        <message>
            <source>every order</source>
            <translation>hver bestilling</translation>
        </message>
        <message>
            <source>a customer's first order</source>
            <translation>kundens første bestilling</translation>
        </message>
        <message>
            <source>orders above the amount</source>
            <translation>bestillinger over beløpet</translation>
        </message>
        <message>
            <source>empty: no code on the card</source>
            <translation>tom: ingen kode på kortet</translation>
        </message>
        <message>
            <source>Save links and card</source>
            <translation>Lagre lenker og kort</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>Kvalitetskontroll</translation>
        </message>
        <message>
            <source>Product SKU:</source>
            <translation>Produktets SKU:</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etikett:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Kontroll:</translation>
        </message>
        <message>
            <source>Tags of SKU:</source>
            <translation>Etiketter for SKU:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Etiketter:</translation>
        </message>
        <message>
            <source>Slip QR codes ({order}, {token})</source>
            <translation>QR-koder på pakkseddelen ({order}, {token})</translation>
        </message>
        <message>
            <source>Review page:</source>
            <translation>Side for omtale:</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Side for retur:</translation>
        </message>
        <message>
            <source>Thank-you card ({name}, {code})</source>
            <translation>Takkekort ({name}, {code})</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Skriv ut for:</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Beløp:</translation>
        </message>
        <message>
            <source>Next-order code:</source>
            <translation>Kode for neste bestilling:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>Check added: {check}</source>
            <translation>Kontroll lagt til: {check}</translation>
        </message>
        <message>
            <source>Select a check first</source>
            <translation>Velg en kontroll først</translation>
        </message>
        <message>
            <source>Check removed: {check}</source>
            <translation>Kontroll fjernet: {check}</translation>
        </message>
        <message>
            <source>{sku} is tagged: {tags}</source>
            <translation>{sku} har etikettene: {tags}</translation>
        </message>
        <message>
            <source>Links and card saved</source>
            <translation>Lenker og kort lagret</translation>
        </message>
    </context>
    <context>
        <name>GiftMessageDialog</name>
        <message>
            <source>Gift card message</source>
            <translation>Hilsen på kortet</translation>
        </message>
        <message>
            <source>The card message was read from the customer's note. Check it, correct it if needed, then confirm.</source>
            <translation>Hilsenen er hentet fra kundens merknad. Sjekk den, rett ved behov og bekreft.</translation>
        </message>
        <message>
            <source>Confirm message</source>
            <translation>Bekreft hilsen</translation>
        </message>
    </context>
    <context>
        <name>HeldOrdersModel</name>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <source>Held while</source>
            <translation>Satt på vent under</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stasjon</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Tid (UTC)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hva</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Stasjon</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>skann</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>foto</translation>
        </message>
        <message>
            <source>shipment</source>
            <translation>forsendelse</translation>
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
            <translation>Skann her — eller skriv en kode og trykk Enter</translation>
        </message>
        <message>
            <source>Sc&amp;an:</source>
            <translation>Sk&amp;ann:</translation>
        </message>
        <message>
            <source>Station {name} is ready</source>
            <translation>Stasjon {name} er klar</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Stasjon</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Angre siste skann</translation>
        </message>
        <message>
            <source>&amp;Batch pick (several small orders)</source>
            <translation>&amp;Plukk flere små ordre samlet</translation>
        </message>
        <message>
            <source>Back to the &amp;station screen</source>
            <translation>Tilbake til &amp;stasjonsbildet</translation>
        </message>
        <message>
            <source>Back to the &amp;scan field</source>
            <translation>Tilbake til s&amp;kannefeltet</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Logg ut</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Skiftleder</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Oversikt</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>&amp;Admin</translation>
        </message>
        <message>
            <source>&amp;Note conflicts</source>
            <translation>&amp;Merknadskonflikter</translation>
        </message>
        <message>
            <source>The database cannot be reached, so nothing was recorded: try again in a moment (the status bar shows when it is back)</source>
            <translation>Får ikke kontakt med databasen, ingenting ble lagret: prøv igjen om litt (statuslinjen viser når den er tilbake)</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Noe gikk galt: {error}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Ikke utført</translation>
        </message>
        <message>
            <source>the badge</source>
            <translation>kortet</translation>
        </message>
        <message>
            <source>The database cannot be reached: scan {code} again when the status bar shows it is back</source>
            <translation>Får ikke kontakt med databasen: skann {code} igjen når statuslinjen viser at den er tilbake</translation>
        </message>
        <message>
            <source>{code}: {error} — scan it again</source>
            <translation>{code}: {error} — skann igjen</translation>
        </message>
        <message>
            <source>Scan NOT recorded</source>
            <translation>Skann IKKE lagret</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Noe gikk galt</translation>
        </message>
        <message>
            <source>Order complete, but printing failed</source>
            <translation>Ordren er komplett, men utskriften feilet</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint (F7)</source>
            <translation>— fiks skriveren og skriv ut på nytt (F7)</translation>
        </message>
        <message>
            <source>&amp;Next order</source>
            <translation>&amp;Neste ordre</translation>
        </message>
        <message>
            <source>Admin &amp;area</source>
            <translation>&amp;Adminområde</translation>
        </message>
        <message>
            <source>&amp;Returns at the bench</source>
            <translation>&amp;Returer ved benken</translation>
        </message>
        <message>
            <source>&amp;Returns by reason and product</source>
            <translation>&amp;Returer etter årsak og produkt</translation>
        </message>
        <message>
            <source>Take the &amp;next order after each shipment</source>
            <translation>Ta &amp;neste ordre etter hver sending</translation>
        </message>
        <message>
            <source>Where the picker is the packer, the next order is taken by itself once an order ships</source>
            <translation>Der plukkeren også pakker, tas neste ordre av seg selv når en ordre er sendt</translation>
        </message>
        <message>
            <source>&amp;Bins</source>
            <translation>&amp;Lokasjoner</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>&amp;Varer</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Brukere</translation>
        </message>
        <message>
            <source>S&amp;tations</source>
            <translation>S&amp;tasjoner</translation>
        </message>
        <message>
            <source>Store &amp;connections</source>
            <translation>Nett&amp;butikker</translation>
        </message>
        <message>
            <source>The tracking field already holds {typed}</source>
            <translation>Sporingsfeltet har allerede {typed}</translation>
        </message>
        <message>
            <source>Scanned {code}: clear the field first to use it instead</source>
            <translation>Skannet {code}: tøm feltet først for å bruke den i stedet</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Velkommen, {name}</translation>
        </message>
        <message>
            <source>A badge: switch user?</source>
            <translation>Et kort: bytte bruker?</translation>
        </message>
        <message>
            <source>Scan the same badge again to sign in with it; order {number} stays at this station</source>
            <translation>Skann samme kort igjen for å logge inn med det; ordre {number} blir på denne stasjonen</translation>
        </message>
        <message>
            <source>Order {number} resumed at bin {step} of {steps}</source>
            <translation>Ordre {number} gjenopptatt ved lokasjon {step} av {steps}</translation>
        </message>
        <message>
            <source>Order {number} resumed at packing: {done} of {units} items checked</source>
            <translation>Ordre {number} gjenopptatt ved pakking: {done} av {units} varer sjekket</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Ordre {number} komplett</translation>
        </message>
        <message>
            <source>Scan the box, then put the parcel on the scale</source>
            <translation>Skann esken, og legg pakken på vekten</translation>
        </message>
        <message>
            <source>Some text cannot print</source>
            <translation>Noe tekst kan ikke skrives ut</translation>
        </message>
        <message>
            <source>— F7 prints anyway, Esc stops</source>
            <translation>— F7 skriver ut likevel, Esc stopper</translation>
        </message>
        <message>
            <source>Check the parcel and weigh it again, or a lead scans their badge</source>
            <translation>Sjekk pakken og vei den igjen, eller en leder skanner kortet sitt</translation>
        </message>
        <message>
            <source>Parcel weighed</source>
            <translation>Pakken er veid</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Les kundens merknad, så F6: pakkseddel og etikett skrives ut etterpå</translation>
        </message>
        <message>
            <source>— fix the printer, then Reprint label</source>
            <translation>— fiks skriveren, så Skriv ut etikett igjen</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>Trykk F2 for neste ordre, eller skann en ordrestrekkode</translation>
        </message>
        <message>
            <source>pick it to the end</source>
            <translation>plukk den ferdig</translation>
        </message>
        <message>
            <source>pack and ship it</source>
            <translation>pakk og send den</translation>
        </message>
        <message>
            <source>No new order: order {number} is in hand</source>
            <translation>Ingen ny ordre: ordre {number} er i arbeid</translation>
        </message>
        <message>
            <source>One order at a time: {what} first (F4 shows it)</source>
            <translation>Én ordre om gangen: {what} først (F4 viser den)</translation>
        </message>
        <message>
            <source>The queue is empty</source>
            <translation>Køen er tom</translation>
        </message>
        <message>
            <source>No order is waiting to be packed</source>
            <translation>Ingen ordre venter på pakking</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>Ordre {number} er din</translation>
        </message>
        <message>
            <source>Go to the first bin and scan its label</source>
            <translation>Gå til første lokasjon og skann etiketten</translation>
        </message>
        <message>
            <source>No small orders to batch</source>
            <translation>Ingen små ordre å samle</translation>
        </message>
        <message>
            <source>Take the next order with F2</source>
            <translation>Ta neste ordre med F2</translation>
        </message>
        <message>
            <source>Batch of {count} orders: {numbers}</source>
            <translation>Samleplukk med {count} ordre: {numbers}</translation>
        </message>
        <message>
            <source>One tote slot per order: the screen shows each item's slot</source>
            <translation>Én rom i kassen per ordre: skjermen viser rommet for hver vare</translation>
        </message>
        <message>
            <source>Short pick recorded: order {number} is on hold</source>
            <translation>Manko registrert: ordre {number} er satt på vent</translation>
        </message>
        <message>
            <source>{reason}. A lead will see it; put its items aside.</source>
            <translation>{reason}. Skiftlederen ser det; legg varene til side.</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Manko registrert</translation>
        </message>
        <message>
            <source>Another bin holds this item: follow the screen to it</source>
            <translation>En annen lokasjon har varen: følg skjermen dit</translation>
        </message>
        <message>
            <source>Note acknowledged</source>
            <translation>Merknad lest</translation>
        </message>
        <message>
            <source>Slip and label are printing</source>
            <translation>Pakkseddel og etikett skrives ut</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Gavekvittering</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Hilsenkort</translation>
        </message>
        <message>
            <source>Wrapping</source>
            <translation>Gaveinnpakning</translation>
        </message>
        <message>
            <source>{step} done</source>
            <translation>{step}: ferdig</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Utskriften feilet</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint</source>
            <translation>— fiks skriveren og skriv ut på nytt</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Skrevet ut</translation>
        </message>
        <message>
            <source>Weigh the parcel first</source>
            <translation>Vei pakken først</translation>
        </message>
        <message>
            <source>Already printed: reprint?</source>
            <translation>Allerede skrevet ut: skrive ut igjen?</translation>
        </message>
        <message>
            <source>Press F7 again to print slip and label again, or Reprint slip / Reprint label for one</source>
            <translation>Trykk F7 igjen for å skrive ut pakkseddel og etikett på nytt, eller Skriv ut pakkseddel / Skriv ut etikett for én</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Ordre {number} sendt</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Sporing {tracking} · neste ordre: F2 eller skann</translation>
        </message>
        <message>
            <source>The queue is empty: no order is waiting to be packed</source>
            <translation>Køen er tom: ingen ordre venter på pakking</translation>
        </message>
        <message>
            <source>Order {number} shipped · next: order {next}</source>
            <translation>Ordre {number} sendt · neste: ordre {next}</translation>
        </message>
        <message>
            <source>Reprint the label before shipping (F7)</source>
            <translation>Skriv ut etiketten på nytt før sending (F7)</translation>
        </message>
        <message>
            <source>Carrier, weight or tracking changed after the label printed: the label on the parcel must say the same</source>
            <translation>Transportør, vekt eller sporing er endret etter at etiketten ble skrevet ut: etiketten på pakken må si det samme</translation>
        </message>
        <message>
            <source>Lead: scan your badge to vouch for this line</source>
            <translation>Skiftleder: skann kortet ditt for å godkjenne linjen</translation>
        </message>
        <message>
            <source>{item} — Esc cancels</source>
            <translation>{item} — Esc avbryter</translation>
        </message>
        <message>
            <source>Printing stopped</source>
            <translation>Utskrift stoppet</translation>
        </message>
        <message>
            <source>Override cancelled</source>
            <translation>Godkjenning avbrutt</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Logg ut</translation>
        </message>
        <message>
            <source>Order {numbers} is in hand.</source>
            <translation>Ordre {numbers} er i arbeid.</translation>
        </message>
        <message>
            <source>Orders {numbers} are in hand.</source>
            <translation>Ordrene {numbers} er i arbeid.</translation>
        </message>
        <message>
            <source>Keep it: it stays at this station, held for {minutes} min, for whoever signs in next. Put it back: any station may take it from the queue; what was picked stays picked.</source>
            <translation>Behold: den blir på denne stasjonen, holdt i {minutes} min, for den som logger inn neste gang. Legg tilbake: hvilken som helst stasjon kan ta den fra køen; det som er plukket, forblir plukket.</translation>
        </message>
        <message>
            <source>Keep it here</source>
            <translation>Behold den her</translation>
        </message>
        <message>
            <source>Put it back in the queue</source>
            <translation>Legg den tilbake i køen</translation>
        </message>
        <message>
            <source>The order in hand went back to the queue. {detail}</source>
            <translation>Ordren i arbeid gikk tilbake i køen. {detail}</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Logget ut</translation>
        </message>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Skann kortet ditt for å logge inn</translation>
        </message>
        <message>
            <source>Signed out after {minutes} min without activity</source>
            <translation>Logget ut etter {minutes} min uten aktivitet</translation>
        </message>
        <message>
            <source>Scan your badge to sign in again</source>
            <translation>Skann kortet ditt for å logge inn igjen</translation>
        </message>
        <message>
            <source>Printer: {says}</source>
            <translation>Skriver: {says}</translation>
        </message>
        <message>
            <source>Printer FAILED: {title}</source>
            <translation>Skriver FEILET: {title}</translation>
        </message>
        <message>
            <source>Printer holds {title}: {says}</source>
            <translation>Skriveren holder {title}: {says}</translation>
        </message>
        <message>
            <source>Printer OK</source>
            <translation>Skriver OK</translation>
        </message>
        <message>
            <source>{title} printed</source>
            <translation>{title} skrevet ut</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Skriver ut…</translation>
        </message>
        <message>
            <source>{title}: {status}</source>
            <translation>{title}: {status}</translation>
        </message>
        <message>
            <source>Not for this role</source>
            <translation>Ikke for denne rollen</translation>
        </message>
        <message>
            <source>This screen needs a {role}</source>
            <translation>Dette bildet krever rollen {role}</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Ikke tilgjengelig</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Note conflicts</source>
            <translation>Merknadskonflikter</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Returer</translation>
        </message>
        <message>
            <source>Returns by reason and product</source>
            <translation>Returer etter årsak og produkt</translation>
        </message>
        <message>
            <source>F4: back to the station screen</source>
            <translation>F4: tilbake til stasjonsbildet</translation>
        </message>
    </context>
    <context>
        <name>NoteConflictWidget</name>
        <message>
            <source>Notes that ask for another variant</source>
            <translation>Merknader som ber om en annen variant</translation>
        </message>
        <message>
            <source>No order is waiting for a note decision.</source>
            <translation>Ingen ordre venter på en avgjørelse om merknad.</translation>
        </message>
        <message>
            <source>Pack as &amp;ordered</source>
            <translation>Pakk som &amp;bestilt</translation>
        </message>
        <message>
            <source>Pack as the &amp;note says</source>
            <translation>Pakk slik &amp;merknaden sier</translation>
        </message>
        <message>
            <source>&amp;Contact the customer</source>
            <translation>&amp;Kontakt kunden</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Oppdater</translation>
        </message>
        <message>
            <source>The customer wrote:</source>
            <translation>Kunden skrev:</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Ordre {number}</translation>
        </message>
        <message>
            <source>waiting for the customer</source>
            <translation>venter på kunden</translation>
        </message>
        <message>
            <source>Line {line}: {item} — ordered {attribute} {ordered}, the note asks for {requested}</source>
            <translation>Linje {line}: {item} — bestilt {attribute} {ordered}, merknaden ber om {requested}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Lagrer…</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: pack it as ordered.</source>
            <translation>Ordre {number} går tilbake i køen: pakk som bestilt.</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: the scanner now expects the variant the note asks for.</source>
            <translation>Ordre {number} går tilbake i køen: skanneren venter nå varianten merknaden ber om.</translation>
        </message>
        <message>
            <source>Order {number} stays on hold until the customer answers.</source>
            <translation>Ordre {number} står på vent til kunden svarer.</translation>
        </message>
    </context>
    <context>
        <name>NoteRequestsView</name>
        <message>
            <source>Line {line}: the note is unclear about the {what} — read it</source>
            <translation>Linje {line}: merknaden er uklar om {what} — les den</translation>
        </message>
        <message>
            <source>Line {line}: note asked for {what} {value} — {lead} decided: pack as ordered</source>
            <translation>Linje {line}: merknaden ba om {what} {value} — {lead} bestemte: pakk som bestilt</translation>
        </message>
        <message>
            <source>✓ scanned</source>
            <translation>✓ skannet</translation>
        </message>
        <message>
            <source>the scan checks it</source>
            <translation>skanningen sjekker det</translation>
        </message>
        <message>
            <source>Line {line}: note asks for {values} — matches; {check}</source>
            <translation>Linje {line}: merknaden ber om {values} — stemmer; {check}</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryDialog</name>
        <message>
            <source>Order history</source>
            <translation>Ordrehistorikk</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryWidget</name>
        <message>
            <source>Order number, e.g. #10001</source>
            <translation>Ordrenummer, f.eks. #10001</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>Vis historikk</translation>
        </message>
        <message>
            <source>Order {number} ({status}): {scans} scans, {photos} photos</source>
            <translation>Ordre {number} ({status}): {scans} skann, {photos} foto</translation>
        </message>
        <message>
            <source>No parcel photo</source>
            <translation>Ingen pakkefoto</translation>
        </message>
        <message>
            <source>The photo file is missing</source>
            <translation>Fotofilen mangler</translation>
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
            <translation>ny</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>plukkes</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>pakkes</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>pakket</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>sendt</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>på vent</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>kansellert</translation>
        </message>
    </context>
    <context>
        <name>PackLineModel</name>
        <message>
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farge</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Skannet</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} av {total}</translation>
        </message>
        <message>
            <source>override: {lead}</source>
            <translation>godkjent av: {lead}</translation>
        </message>
        <message>
            <source>{count} short</source>
            <translation>{count} mangler</translation>
        </message>
        <message>
            <source>pack {sku} (per note)</source>
            <translation>pakk {sku} (etter merknad)</translation>
        </message>
    </context>
    <context>
        <name>PackScreen</name>
        <message>
            <source>Note from the customer</source>
            <translation>Merknad fra kunden</translation>
        </message>
        <message>
            <source>I have read the note  (F6)</source>
            <translation>Jeg har lest merknaden  (F6)</translation>
        </message>
        <message>
            <source>Gift order</source>
            <translation>Gaveordre</translation>
        </message>
        <message>
            <source>1  Gift slip, no prices  (Ctrl+1)</source>
            <translation>1  Gavekvittering, uten priser  (Ctrl+1)</translation>
        </message>
        <message>
            <source>2  Message card in  (Ctrl+2)</source>
            <translation>2  Hilsenkort lagt i  (Ctrl+2)</translation>
        </message>
        <message>
            <source>3  Wrapped  (Ctrl+3)</source>
            <translation>3  Gavepakket  (Ctrl+3)</translation>
        </message>
        <message>
            <source>Print message card  (Ctrl+P)</source>
            <translation>Skriv ut hilsenkort  (Ctrl+P)</translation>
        </message>
        <message>
            <source>All checks pass  (Alt+0)</source>
            <translation>Alle kontroller OK  (Alt+0)</translation>
        </message>
        <message>
            <source>A check failed  (F9)</source>
            <translation>En kontroll feilet  (F9)</translation>
        </message>
        <message>
            <source>Scan the carrier label</source>
            <translation>Skann transportørens etikett</translation>
        </message>
        <message>
            <source>from the printed label</source>
            <translation>fra den utskrevne etiketten</translation>
        </message>
        <message>
            <source>Print slip + label  (F7)</source>
            <translation>Skriv ut følgeseddel + etikett  (F7)</translation>
        </message>
        <message>
            <source>Reprint sli&amp;p</source>
            <translation>Skriv ut &amp;følgeseddel igjen</translation>
        </message>
        <message>
            <source>Reprint la&amp;bel</source>
            <translation>Skriv ut &amp;etikett igjen</translation>
        </message>
        <message>
            <source>Lead override of line  (F8)</source>
            <translation>Skiftleder godkjenner linje  (F8)</translation>
        </message>
        <message>
            <source>Ship  (F10)</source>
            <translation>Send  (F10)</translation>
        </message>
        <message>
            <source>&amp;Carrier</source>
            <translation>&amp;Transportør</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Vekt</translation>
        </message>
        <message>
            <source>&amp;Tracking</source>
            <translation>S&amp;poring</translation>
        </message>
        <message>
            <source>  EXPRESS</source>
            <translation>  EKSPRESS</translation>
        </message>
        <message>
            <source>Pack order {number} — {ship_to} — {method}</source>
            <translation>Pakk ordre {number} — {ship_to} — {method}</translation>
        </message>
        <message>
            <source>{done} of {total} items</source>
            <translation>{done} av {total} varer</translation>
        </message>
        <message>
            <source>Note from the customer — read by {name}</source>
            <translation>Merknad fra kunden — lest av {name}</translation>
        </message>
        <message>
            <source>Note from the customer — read it, then press F6</source>
            <translation>Merknad fra kunden — les den, trykk så F6</translation>
        </message>
        <message>
            <source>Check {item} before it goes in the box</source>
            <translation>Kontroller {item} før det går i esken</translation>
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
            <translation>✗ Feilet</translation>
        </message>
        <message>
            <source>Ready: scan the label on the parcel to ship it, or Ship (F10)</source>
            <translation>Klar: skann etiketten på pakken for å sende den, eller Send (F10)</translation>
        </message>
        <message>
            <source>scan the remaining items</source>
            <translation>skann de resterende varene</translation>
        </message>
        <message>
            <source>acknowledge the note (F6)</source>
            <translation>bekreft merknaden (F6)</translation>
        </message>
        <message>
            <source>gift slip (Ctrl+1)</source>
            <translation>gavekvittering (Ctrl+1)</translation>
        </message>
        <message>
            <source>message card (Ctrl+2)</source>
            <translation>hilsenkort (Ctrl+2)</translation>
        </message>
        <message>
            <source>wrap (Ctrl+3)</source>
            <translation>gavepakk (Ctrl+3)</translation>
        </message>
        <message>
            <source>print the label (Reprint label)</source>
            <translation>skriv ut etiketten (Skriv ut etikett igjen)</translation>
        </message>
        <message>
            <source>print the label (F7)</source>
            <translation>skriv ut etiketten (F7)</translation>
        </message>
        <message>
            <source>reprint the label: carrier, weight or tracking changed (F7)</source>
            <translation>skriv ut etiketten på nytt: transportør, vekt eller sporing er endret (F7)</translation>
        </message>
        <message>
            <source>scan the carrier label into Tracking</source>
            <translation>skann transportørens etikett inn i Sporing</translation>
        </message>
        <message>
            <source>{reason} — a lead's badge lets it ship unpaid</source>
            <translation>{reason} — skiftlederens kort lar den sendes ubetalt</translation>
        </message>
        <message>
            <source>Still to do: {steps}</source>
            <translation>Gjenstår: {steps}</translation>
        </message>
    </context>
    <context>
        <name>ParcelPhotographer</name>
        <message>
            <source>No camera</source>
            <translation>Ingen kamera</translation>
        </message>
        <message>
            <source>No camera at this station</source>
            <translation>Ingen kamera på denne stasjonen</translation>
        </message>
    </context>
    <context>
        <name>PickListModel</name>
        <message>
            <source>Bin</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farge</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <source>Tote slots</source>
            <translation>Rom i kassen</translation>
        </message>
        <message>
            <source>no bin</source>
            <translation>ingen lokasjon</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} av {total}</translation>
        </message>
        <message>
            <source>slot {slot}: {qty}</source>
            <translation>rom {slot}: {qty}</translation>
        </message>
    </context>
    <context>
        <name>PickScreen</name>
        <message>
            <source>Go to bin</source>
            <translation>Gå til lokasjon</translation>
        </message>
        <message>
            <source>bin empty</source>
            <translation>lokasjonen er tom</translation>
        </message>
        <message>
            <source>not enough in bin</source>
            <translation>for lite i lokasjonen</translation>
        </message>
        <message>
            <source>item damaged</source>
            <translation>varen er skadet</translation>
        </message>
        <message>
            <source>wrong item in bin</source>
            <translation>feil vare i lokasjonen</translation>
        </message>
        <message>
            <source>Short pick  (F9)</source>
            <translation>Manko  (F9)</translation>
        </message>
        <message>
            <source>The bin does not hold enough: record it and put the order on hold for a lead</source>
            <translation>Lokasjonen har for lite: registrer manko, og ordren settes på vent for skiftleder</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Årsak:</translation>
        </message>
        <message>
            <source>Batch pick: {count} orders ({numbers})</source>
            <translation>Samleplukk: {count} ordre ({numbers})</translation>
        </message>
        <message>
            <source>Pick order {number}</source>
            <translation>Plukk ordre {number}</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Plukk</translation>
        </message>
        <message>
            <source>Bin {step} of {steps} · {taken} of {units} items</source>
            <translation>Lokasjon {step} av {steps} · {taken} av {units} varer</translation>
        </message>
        <message>
            <source>Everything is picked: go to the packing bench</source>
            <translation>Alt er plukket: gå til pakkebordet</translation>
        </message>
        <message>
            <source>NO BIN</source>
            <translation>INGEN LOKASJON</translation>
        </message>
        <message>
            <source>Take {count}</source>
            <translation>Ta {count}</translation>
        </message>
        <message>
            <source>No bin holds this item: record a short pick (F9)</source>
            <translation>Ingen lokasjon har varen: registrer manko (F9)</translation>
        </message>
        <message>
            <source>Scan each item ({picked} of {total} taken)</source>
            <translation>Skann hver vare ({picked} av {total} tatt)</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Skann lokasjonsetiketten først</translation>
        </message>
        <message>
            <source>{marker}Slot {slot}: {left} × ({number})</source>
            <translation>{marker}Rom {slot}: {left} × ({number})</translation>
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
            <translation>Navn</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Strekkoder</translation>
        </message>
        <message>
            <source>Search SKU, name or scan a barcode…</source>
            <translation>Søk varenr., navn eller skann strekkode…</translation>
        </message>
        <message>
            <source>EAN/UPC/GTIN or store codes, comma-separated</source>
            <translation>EAN/UPC/GTIN eller butikkoder, kommaseparert</translation>
        </message>
        <message>
            <source>for parcels leaving the customs union: 6109.10</source>
            <translation>for pakker som forlater tollunionen: 6109.10</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Save as new product</source>
            <translation>Lagre som ny vare</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Hvis en rad er feil: importer ingenting</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Hvis en rad er feil: importer de gyldige radene</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer CSV…</translation>
        </message>
        <message>
            <source>Import from the store's catalogue</source>
            <translation>Importer fra nettbutikkens katalog</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Varenr.:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>Variant:</source>
            <translation>Variant:</translation>
        </message>
        <message>
            <source>Barcodes:</source>
            <translation>Strekkoder:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Vekt:</translation>
        </message>
        <message>
            <source>HS code:</source>
            <translation>HS-kode:</translation>
        </message>
        <message>
            <source>Made in (country):</source>
            <translation>Produsert i (land):</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Select a product first, or save as a new one</source>
            <translation>Velg en vare først, eller lagre som ny</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} lagret</translation>
        </message>
        <message>
            <source>Reading the catalogue of {store}…</source>
            <translation>Leser katalogen til {store}…</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Linje {line}: {error}</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Importer varer</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Set up a store connection first</source>
            <translation>Sett opp en nettbutikk først</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <source>Quality checks failed</source>
            <translation>Feilede kvalitetskontroller</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Failed check</source>
            <translation>Feilet kontroll</translation>
        </message>
        <message>
            <source>Units set aside</source>
            <translation>Enheter lagt til side</translation>
        </message>
        <message>
            <source>Export quality CSV…</source>
            <translation>Eksporter kvalitet som CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Quality checks failed: %n unit(s)</source>
            <translation>
                <numerusform>Feilede kvalitetskontroller: %n enhet</numerusform>
                <numerusform>Feilede kvalitetskontroller: %n enheter</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {error}</source>
            <translation>Ikke oppdatert: {error}</translation>
        </message>
        <message>
            <source>Export quality failures</source>
            <translation>Eksporter kvalitetsfeil</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Eksportert til {file}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Send innen</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Mottaker</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Varer</translation>
        </message>
        <message>
            <source>Gift / note / hold</source>
            <translation>Gave / merknad / vent</translation>
        </message>
        <message>
            <source>At station</source>
            <translation>På stasjon</translation>
        </message>
        <message>
            <source>On hold: {reason}</source>
            <translation>På vent: {reason}</translation>
        </message>
        <message>
            <source>gift</source>
            <translation>gave</translation>
        </message>
        <message>
            <source>note</source>
            <translation>merknad</translation>
        </message>
        <message>
            <source>held: {reason}</source>
            <translation>på vent: {reason}</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <source>Next order  (F2)</source>
            <translation>Neste ordre  (F2)</translation>
        </message>
        <message>
            <source>…or scan an order barcode to take that order</source>
            <translation>…eller skann en ordrestrekkode for å ta den ordren</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Åpne ordre</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>Alle ordre</translation>
        </message>
        <message>
            <source>Filter: order, name, country…</source>
            <translation>Filter: ordre, navn, land…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Refresh  (F5)</source>
            <translation>Oppdater  (F5)</translation>
        </message>
        <message>
            <source>&amp;Take selected</source>
            <translation>&amp;Ta valgt</translation>
        </message>
    </context>
    <context>
        <name>RefusedMessagesModel</name>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Nettbutikk</translation>
        </message>
        <message>
            <source>The store said</source>
            <translation>Butikken sa</translation>
        </message>
    </context>
    <context>
        <name>ReturnsReportWidget</name>
        <message>
            <source>Returned units</source>
            <translation>Returnerte enheter</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Returandel</translation>
        </message>
        <message>
            <source>Packed by</source>
            <translation>Pakket av</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retur</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refusjon</translation>
        </message>
        <message>
            <source>Approve the selected refund</source>
            <translation>Godkjenn valgt refusjon</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Eksporter CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Refunds waiting for a lead's approval: %n</source>
            <translation>
                <numerusform>Refusjon som venter på leders godkjenning: %n</numerusform>
                <numerusform>Refusjoner som venter på leders godkjenning: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Export returns</source>
            <translation>Eksporter returer</translation>
        </message>
    </context>
    <context>
        <name>ReturnsWidget</name>
        <message>
            <source>resellable</source>
            <translation>kan selges</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>åpnet</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>skadet</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>feil vare</translation>
        </message>
        <message>
            <source>Returns: scan the order barcode, the return code or type the order number</source>
            <translation>Returer: skann ordrens strekkode, returkoden eller skriv ordrenummeret</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returnert</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Skannet</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Tilstand</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Går til</translation>
        </message>
        <message>
            <source>Reason (the store's list or the customer's words)</source>
            <translation>Årsak (butikkens liste eller kundens ord)</translation>
        </message>
        <message>
            <source>F10 Close return and refund</source>
            <translation>F10 Lukk retur og refunder</translation>
        </message>
        <message>
            <source>Return receipt (PDF)</source>
            <translation>Returkvittering (PDF)</translation>
        </message>
        <message>
            <source>return {code} announced by the store</source>
            <translation>retur {code} varslet av butikken</translation>
        </message>
        <message>
            <source>not announced by the store: the lead will see it</source>
            <translation>ikke varslet av butikken: lederen ser den</translation>
        </message>
        <message>
            <source>Return of order {number}</source>
            <translation>Retur av ordre {number}</translation>
        </message>
        <message>
            <source>Scan each returned unit; {announced}</source>
            <translation>Skann hver returnerte enhet; {announced}</translation>
        </message>
        <message>
            <source>{sku} received; condition: F5–F8</source>
            <translation>{sku} mottatt; tilstand: F5–F8</translation>
        </message>
        <message>
            <source>sent to the store through the outbox</source>
            <translation>sendt til butikken via utboksen</translation>
        </message>
        <message>
            <source>waits for a lead's approval</source>
            <translation>venter på godkjenning fra en leder</translation>
        </message>
        <message>
            <source>Return {id} closed: refund {amount} {currency} {status}</source>
            <translation>Retur {id} lukket: refusjon {amount} {currency} {status}</translation>
        </message>
        <message>
            <source>Scan the next order to receive another return</source>
            <translation>Skann neste ordre for å ta imot en ny retur</translation>
        </message>
        <message>
            <source>Save the return receipt</source>
            <translation>Lagre returkvitteringen</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Packer</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <source>Shift lead</source>
            <translation>Skiftleder</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Expected</source>
            <translation>Forventet</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Skannet</translation>
        </message>
        <message>
            <source>Put the scanned item back and scan the expected one</source>
            <translation>Legg tilbake den skannede varen og skann den forventede</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>ingen foto</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Skann kortet ditt for å logge inn</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Stasjon {name}</translation>
        </message>
        <message>
            <source>No scanner? Type the badge code into the scan field above and press Enter.</source>
            <translation>Ingen skanner? Skriv kortkoden i skannefeltet over og trykk Enter.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Logg inn</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>…or choose your name and type your PIN</source>
            <translation>…eller velg navnet ditt og skriv PIN</translation>
        </message>
        <message>
            <source>Language of this station</source>
            <translation>Språket på denne stasjonen</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Velg navnet ditt først.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Skriv PIN-koden din.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>P&amp;ull now</source>
            <translation>&amp;Hent nå</translation>
        </message>
        <message>
            <source>Fetch new orders from the stores now</source>
            <translation>Hent nye ordre fra nettbutikkene nå</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Stasjon {name}</translation>
        </message>
        <message>
            <source>Printer: idle</source>
            <translation>Skriver: ledig</translation>
        </message>
        <message>
            <source>no scanner yet</source>
            <translation>ingen skanner ennå</translation>
        </message>
        <message>
            <source>Database: …</source>
            <translation>Database: …</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Siste henting: aldri</translation>
        </message>
        <message>
            <source>Outbox: …</source>
            <translation>Utboks: …</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>Innlogget: {name} ({role})</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Ingen er logget inn</translation>
        </message>
        <message>
            <source>Scanner: not working</source>
            <translation>Skanner: virker ikke</translation>
        </message>
        <message>
            <source>Scanner: {message}</source>
            <translation>Skanner: {message}</translation>
        </message>
        <message numerus="yes">
            <source>Pulling: %n order(s)</source>
            <translation>
                <numerusform>Henter: %n ordre</numerusform>
                <numerusform>Henter: %n ordrer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, page %n</source>
            <translation>
                <numerusform>, side %n</numerusform>
                <numerusform>, side %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held: </source>
            <translation>
                <numerusform>%n på vent: </numerusform>
                <numerusform>%n på vent: </numerusform>
            </translation>
        </message>
        <message>
            <source>Scanner OK</source>
            <translation>Skanner OK</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Database: {name}</translation>
        </message>
        <message>
            <source>Database unreachable: {name}</source>
            <translation>Ingen kontakt med databasen: {name}</translation>
        </message>
        <message>
            <source>Outbox: —</source>
            <translation>Utboks: —</translation>
        </message>
        <message>
            <source>Outbox stopped: {stores} refused the token</source>
            <translation>Sending stoppet: {stores} avviste tokenet</translation>
        </message>
        <message>
            <source>The store token was refused: Admin &gt; Store connections ({stores})</source>
            <translation>Butikkens token ble avvist: Admin &gt; Nettbutikker ({stores})</translation>
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation>Utboks: {count}</translation>
        </message>
        <message>
            <source>, {failed} failed</source>
            <translation>, {failed} feilet</translation>
        </message>
        <message>
            <source>Pull failed</source>
            <translation>Henting feilet</translation>
        </message>
        <message>
            <source>Last pull: {time}</source>
            <translation>Siste henting: {time}</translation>
        </message>
        <message>
            <source>Database unreachable</source>
            <translation>Ingen kontakt med databasen</translation>
        </message>
        <message>
            <source>Pulling orders…</source>
            <translation>Henter ordre…</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Station</source>
            <translation>Stasjon</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation>Etikettskriver</translation>
        </message>
        <message>
            <source>Slip printer</source>
            <translation>Skriver for følgesedler</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Skanner</translation>
        </message>
        <message>
            <source>serial</source>
            <translation>seriell</translation>
        </message>
        <message>
            <source>keyboard</source>
            <translation>tastatur</translation>
        </message>
        <message>
            <source>Label format: automatic</source>
            <translation>Etikettformat: automatisk</translation>
        </message>
        <message>
            <source>Keyboard (USB HID)</source>
            <translation>Tastatur (USB HID)</translation>
        </message>
        <message>
            <source>Serial / USB-COM</source>
            <translation>Seriell / USB-COM</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Longest pause between two characters of one scan; slower typing is a person at the keyboard</source>
            <translation>Lengste pause mellom to tegn i én skanning; tregere er en person ved tastaturet</translation>
        </message>
        <message>
            <source>The picker is the packer</source>
            <translation>Plukkeren pakker også</translation>
        </message>
        <message>
            <source>A unit scanned at pick is not scanned again at packing; on by default where this is the only station</source>
            <translation>En enhet skannet ved plukk skannes ikke igjen ved pakking; på som standard der dette er eneste stasjon</translation>
        </message>
        <message>
            <source>Save station</source>
            <translation>Lagre stasjon</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Testutskrift</translation>
        </message>
        <message>
            <source>Test scan: click here and scan any code</source>
            <translation>Testskann: klikk her og skann en kode</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>Label printer:</source>
            <translation>Etikettskriver:</translation>
        </message>
        <message>
            <source>Slip printer:</source>
            <translation>Skriver for følgesedler:</translation>
        </message>
        <message>
            <source>Scanner:</source>
            <translation>Skanner:</translation>
        </message>
        <message>
            <source>Keystroke gap:</source>
            <translation>Pause mellom tegn:</translation>
        </message>
        <message>
            <source>Serial port:</source>
            <translation>Seriell port:</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Hastighet (baud):</translation>
        </message>
        <message>
            <source>A serial scanner needs its port, e.g. /dev/ttyACM0</source>
            <translation>En seriell skanner trenger port, f.eks. /dev/ttyACM0</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} lagret</translation>
        </message>
        <message>
            <source>Test label sent to {printer}: it shows T-00-0-0 and its barcode</source>
            <translation>Testetikett sendt til {printer}: den viser T-00-0-0 og strekkoden</translation>
        </message>
        <message>
            <source>Read {raw} — not a code packdesk knows: {why}</source>
            <translation>Leste {raw} — en kode packdesk ikke kjenner: {why}</translation>
        </message>
        <message>
            <source>Read a {kind} code: {key}</source>
            <translation>Leste en {kind}-kode: {key}</translation>
        </message>
        <message>
            <source>Enter the label printer first</source>
            <translation>Fyll inn etikettskriveren først</translation>
        </message>
        <message>
            <source>Printing a test label…</source>
            <translation>Skriver ut testetikett…</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message>
            <source>Orders shipped in the period</source>
            <translation>Ordrer sendt i perioden</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Units shipped (ordered minus short-picked)</source>
            <translation>Enheter sendt (bestilt minus manglende)</translation>
        </message>
        <message>
            <source>Orders/h</source>
            <translation>Ordrer/t</translation>
        </message>
        <message>
            <source>Orders per hour from the first scan to the last shipment</source>
            <translation>Ordrer per time fra første skanning til siste forsendelse</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Median time per order, first scan to shipped</source>
            <translation>Mediantid per ordre, fra første skanning til sendt</translation>
        </message>
        <message>
            <source>90th pct</source>
            <translation>90. persentil</translation>
        </message>
        <message>
            <source>9 in 10 orders took at most this long</source>
            <translation>9 av 10 ordrer tok høyst så lang tid</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Plukk</translation>
        </message>
        <message>
            <source>Mean time from first scan to picked</source>
            <translation>Gjennomsnittstid fra første skanning til plukket</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Pakk</translation>
        </message>
        <message>
            <source>Mean time from picked to packed</source>
            <translation>Gjennomsnittstid fra plukket til pakket</translation>
        </message>
        <message>
            <source>Mis-scans</source>
            <translation>Feilskanninger</translation>
        </message>
        <message>
            <source>Refused scans per scan of an item or a bin</source>
            <translation>Avviste skanninger per skanning av vare eller hylleplass</translation>
        </message>
        <message>
            <source>Short picks</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <source>Items the picker could not find</source>
            <translation>Varer plukkeren ikke fant</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Overstyringer</translation>
        </message>
        <message>
            <source>Lead overrides recorded</source>
            <translation>Registrerte overstyringer fra skiftleder</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(ikke registrert)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
    </context>
    <context>
        <name>StoreSyncPanel</name>
        <message>
            <source>Stores</source>
            <translation>Nettbutikker</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Siste henting: aldri</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Prøv igjen</translation>
        </message>
        <message>
            <source>Send the selected message to the store again</source>
            <translation>Send valgt melding til butikken igjen</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Avvis</translation>
        </message>
        <message>
            <source>Do not send the selected message (the store was told by hand)</source>
            <translation>Ikke send valgt melding (butikken er varslet manuelt)</translation>
        </message>
        <message>
            <source>Last pull {time}: {summary}</source>
            <translation>Henting {time}: {summary}</translation>
        </message>
        <message>
            <source>On hold after the pull: {numbers}</source>
            <translation>På vent etter hentingen: {numbers}</translation>
        </message>
        <message>
            <source>{store} refused the token, nothing is sent to it: Admin &gt; Store connections ({words})</source>
            <translation>{store} avviste tokenet, ingenting sendes dit: Admin &gt; Nettbutikker ({words})</translation>
        </message>
        <message numerus="yes">
            <source>Stores: %n refused message(s)</source>
            <translation>
                <numerusform>Nettbutikker: %n avvist melding</numerusform>
                <numerusform>Nettbutikker: %n avviste meldinger</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {message}</source>
            <translation>Ikke oppdatert: {message}</translation>
        </message>
        <message>
            <source>Order {number}: sent again at the next round</source>
            <translation>Ordre {number}: sendes igjen neste runde</translation>
        </message>
        <message>
            <source>Order {number}: dismissed, not sent</source>
            <translation>Ordre {number}: avvist, ikke sendt</translation>
        </message>
        <message>
            <source>Order {number}: already dealt with</source>
            <translation>Ordre {number}: allerede håndtert</translation>
        </message>
    </context>
    <context>
        <name>StoresPage</name>
        <message>
            <source>Store</source>
            <translation>Nettbutikk</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Pulled</source>
            <translation>Henting</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>hvert {minutes}. min</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>manuelt</translation>
        </message>
        <message>
            <source>File drop (CSV/JSON)</source>
            <translation>Filmappe (CSV/JSON)</translation>
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
            <translation>Tilgangstoken:</translation>
        </message>
        <message>
            <source>by hand only</source>
            <translation>bare manuelt</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Test tilkoblingen</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>lagres i systemets nøkkelring; tomt beholder den</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Tilkobling</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>URL or folder:</source>
            <translation>URL eller mappe:</translation>
        </message>
        <message>
            <source>Pull every:</source>
            <translation>Hent hvert:</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Alle lagre</translation>
        </message>
        <message>
            <source>List the store's locations</source>
            <translation>Vis nettbutikkens lagre</translation>
        </message>
        <message>
            <source>Pull test orders too</source>
            <translation>Hent testordre også</translation>
        </message>
        <message>
            <source>Packed here (slip, no shipping label)</source>
            <translation>Pakkes her (følgeseddel, ingen fraktetikett)</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Hoppes over</translation>
        </message>
        <message>
            <source>Save fulfilment options</source>
            <translation>Lagre forsendelsesvalg</translation>
        </message>
        <message>
            <source>Shopify fulfilment</source>
            <translation>Shopify-forsendelse</translation>
        </message>
        <message>
            <source>This station ships for:</source>
            <translation>Denne stasjonen sender for:</translation>
        </message>
        <message>
            <source>Local pickup orders:</source>
            <translation>Ordre for henting i butikk:</translation>
        </message>
        <message numerus="yes">
            <source>%n location(s) at the store</source>
            <translation>
                <numerusform>%n lager i nettbutikken</numerusform>
                <numerusform>%n lagre i nettbutikken</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} lagret</translation>
        </message>
        <message>
            <source>Asking {address}…</source>
            <translation>Spør {address}…</translation>
        </message>
        <message>
            <source>{store}: fulfilment options saved</source>
            <translation>{store}: forsendelsesvalg lagret</translation>
        </message>
        <message>
            <source>{address} answered: the connection works</source>
            <translation>{address} svarte: tilkoblingen virker</translation>
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
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Kort</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>set</source>
            <translation>satt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>låst</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>tatt ut</translation>
        </message>
        <message>
            <source>4 to 12 digits; empty keeps the PIN</source>
            <translation>4 til 12 sifre; tomt beholder PIN-koden</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Kan logge inn</translation>
        </message>
        <message>
            <source>Add as new user</source>
            <translation>Legg til som ny bruker</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Lagre endringer</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation>Lås opp PIN</translation>
        </message>
        <message>
            <source>Print badge…</source>
            <translation>Skriv ut kort…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruker</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Navn:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rolle:</translation>
        </message>
        <message>
            <source>Badge code:</source>
            <translation>Kortkode:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Ny PIN:</translation>
        </message>
        <message>
            <source>Select a user first</source>
            <translation>Velg en bruker først</translation>
        </message>
        <message>
            <source>{name} added</source>
            <translation>{name} lagt til</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} lagret</translation>
        </message>
        <message>
            <source>{name} unlocked</source>
            <translation>{name} låst opp</translation>
        </message>
        <message>
            <source>Badge saved to {file}</source>
            <translation>Kort lagret i {file}</translation>
        </message>
        <message>
            <source>Save badge</source>
            <translation>Lagre kort</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>WeighPanel</name>
        <message>
            <source>Weigh now</source>
            <translation>Vei nå</translation>
        </message>
        <message>
            <source>Box {code} ({length} × {width} × {height} mm, {fill} % full): scan its barcode, or another box's</source>
            <translation>Eske {code} ({length} × {width} × {height} mm, {fill} % full): skann strekkoden, eller en annen eskes</translation>
        </message>
        <message>
            <source>No box proposed: {reason}</source>
            <translation>Ingen eske foreslått: {reason}</translation>
        </message>
        <message>
            <source>Box {code} confirmed</source>
            <translation>Eske {code} bekreftet</translation>
        </message>
        <message>
            <source>The scale has no steady weight yet</source>
            <translation>Vekten har ikke stabil vekt ennå</translation>
        </message>
        <message>
            <source>{grams} g: ready for the label</source>
            <translation>{grams} g: klar for etikett</translation>
        </message>
        <message>
            <source>(let go by {name})</source>
            <translation>(godkjent av {name})</translation>
        </message>
        <message>
            <source>Finding the box…</source>
            <translation>Finner eske…</translation>
        </message>
        <message>
            <source>Scan the box you pack in</source>
            <translation>Skann esken du pakker i</translation>
        </message>
        <message>
            <source>Put the parcel on the scale</source>
            <translation>Legg pakken på vekten</translation>
        </message>
        <message>
            <source>Checking the weight…</source>
            <translation>Sjekker vekten…</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>From</source>
            <translation>Avsender</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Mottaker</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Sporing</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Vekt</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Følgeseddel</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Gavekvittering</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Bestilt</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Send innen</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <source>Color / size</source>
            <translation>Farge / størrelse</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Ant.</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Plass</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>Note from the customer</source>
            <translation>Merknad fra kunden</translation>
        </message>
        <message>
            <source>Gift message</source>
            <translation>Gavehilsen</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Returer</translation>
        </message>
        <message>
            <source>A gift for you</source>
            <translation>En gave til deg</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Varer</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Side {page}</translation>
        </message>
        <message>
            <source>Tell us how it went: scan the code</source>
            <translation>Fortell oss hvordan det gikk: skann koden</translation>
        </message>
        <message>
            <source>Returns: scan the code to start one</source>
            <translation>Retur: skann koden for å starte en</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Takk</translation>
        </message>
        <message>
            <source>Packing bench commands</source>
            <translation>Kommandoer for pakkebenken</translation>
        </message>
        <message>
            <source>All quality checks pass</source>
            <translation>Alle kvalitetskontroller OK</translation>
        </message>
        <message>
            <source>Quality check {number} failed</source>
            <translation>Kvalitetskontroll {number} feilet</translation>
        </message>
        <message>
            <source>Undo the last scan</source>
            <translation>Angre siste skanning</translation>
        </message>
        <message>
            <source>Not quite right? You can return unused items within 30 days. Keep this slip, scan its barcode or quote the order number when you contact us, and we will send you a return label.</source>
            <translation>Ikke helt riktig? Ubrukte varer kan returneres innen 30 dager. Ta vare på denne følgeseddelen, skann strekkoden eller oppgi ordrenummeret når du kontakter oss, så sender vi deg en returetikett.</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <source>colour</source>
            <translation>farge</translation>
        </message>
        <message>
            <source>size</source>
            <translation>størrelse</translation>
        </message>
    </context>
    <context>
        <name>queue</name>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Picking</source>
            <translation>Plukkes</translation>
        </message>
        <message>
            <source>Packing</source>
            <translation>Pakkes</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Pakket</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>På vent</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Kansellert</translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>a brace in the template is not closed</source>
            <translation>en klammeparentes i malen er ikke lukket</translation>
        </message>
        <message>
            <source>a link has at most {count} characters</source>
            <translation>en lenke har høyst {count} tegn</translation>
        </message>
        <message>
            <source>a link starts with https:// and has no spaces</source>
            <translation>en lenke starter med https:// og har ingen mellomrom</translation>
        </message>
        <message>
            <source>a link may hold the fields order and token only, not {field}</source>
            <translation>en lenke kan bare ha feltene order og token, ikke {field}</translation>
        </message>
        <message>
            <source>a card has at most {count} characters</source>
            <translation>et kort har høyst {count} tegn</translation>
        </message>
        <message>
            <source>a card may hold the fields name and code only, not {field}</source>
            <translation>et kort kan bare ha feltene name og code, ikke {field}</translation>
        </message>
        <message>
            <source>the amount {amount} is not a number</source>
            <translation>beløpet {amount} er ikke et tall</translation>
        </message>
        <message>
            <source>a code has at most {count} characters</source>
            <translation>en kode har høyst {count} tegn</translation>
        </message>
        <message>
            <source>the order has no such line</source>
            <translation>ordren har ingen slik linje</translation>
        </message>
        <message>
            <source>order {number} has no customer note</source>
            <translation>ordre {number} har ingen merknad fra kunden</translation>
        </message>
        <message>
            <source>order {number} is not a gift</source>
            <translation>ordre {number} er ikke en gave</translation>
        </message>
        <message>
            <source>print the message card of order {number} first (Ctrl+P): the card goes in with the message printed</source>
            <translation>skriv først ut hilsenkortet til ordre {number} (Ctrl+P): kortet legges i med hilsenen skrevet ut</translation>
        </message>
        <message>
            <source>authorisation expired</source>
            <translation>autorisasjonen er utløpt</translation>
        </message>
        <message>
            <source>the card was declined</source>
            <translation>kortet ble avvist</translation>
        </message>
        <message>
            <source>the store could not be reached</source>
            <translation>nettbutikken svarer ikke</translation>
        </message>
        <message>
            <source>the store did not confirm it</source>
            <translation>nettbutikken bekreftet det ikke</translation>
        </message>
        <message>
            <source>nothing is left to capture</source>
            <translation>det er ingenting igjen å trekke</translation>
        </message>
        <message>
            <source>payment could not be captured: {reason}</source>
            <translation>betalingen kunne ikke trekkes: {reason}</translation>
        </message>
        <message>
            <source>a PIN is 4 to 12 digits</source>
            <translation>en PIN er 4 til 12 sifre</translation>
        </message>
        <message>
            <source>a quality check needs its words</source>
            <translation>en kvalitetskontroll trenger en tekst</translation>
        </message>
        <message>
            <source>a quality check has at most {count} characters</source>
            <translation>en kvalitetskontroll har høyst {count} tegn</translation>
        </message>
        <message>
            <source>there is no check {number}</source>
            <translation>det finnes ingen kontroll {number}</translation>
        </message>
        <message>
            <source>could not read this code ({error})</source>
            <translation>kunne ikke lese koden ({error})</translation>
        </message>
        <message>
            <source>empty scan: no data was read</source>
            <translation>tom skanning: ingen data lest</translation>
        </message>
        <message>
            <source>this code is too long to be one packdesk knows ({count} characters)</source>
            <translation>koden er for lang for packdesk ({count} tegn)</translation>
        </message>
        <message>
            <source>bin label {code} does not hold a valid bin code</source>
            <translation>lokasjonsetiketten {code} har ingen gyldig lokasjonskode</translation>
        </message>
        <message>
            <source>this badge has no readable id</source>
            <translation>kortet har ingen lesbar ID</translation>
        </message>
        <message>
            <source>this order barcode has no readable order number</source>
            <translation>ordrestrekkoden har ikke noe lesbart ordrenummer</translation>
        </message>
        <message>
            <source>{code} looks like a product barcode but its check digit is wrong: scan it again</source>
            <translation>{code} ser ut som en varestrekkode, men kontrollsifferet er feil: skann igjen</translation>
        </message>
        <message>
            <source>{code} is a GS1 code packdesk cannot read</source>
            <translation>{code} er en GS1-kode packdesk ikke kan lese</translation>
        </message>
        <message>
            <source>unknown code {code}: it has spaces or control characters</source>
            <translation>ukjent kode {code}: den har mellomrom eller kontrolltegn</translation>
        </message>
        <message>
            <source>this is a shipping container code (SSCC {sscc}), not a product: scan the item's own barcode</source>
            <translation>dette er en kollikode (SSCC {sscc}), ikke en vare: skann varens egen strekkode</translation>
        </message>
        <message>
            <source>printer at {where} dropped the connection: {error}</source>
            <translation>skriveren {where} brøt forbindelsen: {error}</translation>
        </message>
        <message>
            <source>printer at {where} refused the connection: is it on, and is this its address?</source>
            <translation>skriveren {where} avviste forbindelsen: er den på, og er dette adressen?</translation>
        </message>
        <message>
            <source>no answer from the printer at {where} within {seconds} s: is it on and on the network?</source>
            <translation>ikke svar fra skriveren {where} innen {seconds} s: er den på og på nettet?</translation>
        </message>
        <message>
            <source>cannot reach the printer at {where}: {error}</source>
            <translation>får ikke kontakt med skriveren {where}: {error}</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>i kø</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>sendes</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sendt</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>venter i skriveren</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>feilet</translation>
        </message>
        <message>
            <source>nothing printed yet to print again</source>
            <translation>ingenting er skrevet ut ennå, ingenting å skrive ut igjen</translation>
        </message>
        <message>
            <source>the job is still {status}</source>
            <translation>jobben er fortsatt {status}</translation>
        </message>
        <message>
            <source>the first copy is still {status}: not sent again, so it cannot print twice</source>
            <translation>første kopi er fortsatt {status}: ikke sendt igjen, så den ikke skrives ut to ganger</translation>
        </message>
        <message>
            <source>the first copy is still {status} ({why}): not sent again, so it cannot print twice</source>
            <translation>første kopi er fortsatt {status} ({why}): ikke sendt igjen, så den ikke skrives ut to ganger</translation>
        </message>
        <message>
            <source>the printer has not taken the job after {seconds} s; it stays queued</source>
            <translation>skriveren har ikke tatt jobben etter {seconds} s; den blir stående i kø</translation>
        </message>
        <message>
            <source>this badge is not known here; ask a lead to register it</source>
            <translation>dette kortet er ukjent her; be en skiftleder registrere det</translation>
        </message>
        <message>
            <source>wrong name or PIN</source>
            <translation>feil navn eller PIN</translation>
        </message>
        <message>
            <source>too many wrong PINs: try again in {wait} s or scan your badge</source>
            <translation>for mange feil PIN-koder: prøv igjen om {wait} s eller skann kortet ditt</translation>
        </message>
        <message>
            <source>name the store's shipping method (* for every other)</source>
            <translation>oppgi butikkens fraktmåte (* for alle andre)</translation>
        </message>
        <message>
            <source>choose where the label comes from</source>
            <translation>velg hvor etiketten kommer fra</translation>
        </message>
        <message>
            <source>our own label needs a carrier: its numbers come from that carrier's sequence</source>
            <translation>vår egen etikett trenger en transportør: numrene kommer fra den transportørens nummerserie</translation>
        </message>
        <message>
            <source>a service needs its carrier</source>
            <translation>en tjeneste trenger sin transportør</translation>
        </message>
        <message>
            <source>shipping method {method} is not mapped</source>
            <translation>fraktmåte {method} er ikke koblet</translation>
        </message>
        <message>
            <source>the ship-from address needs a name</source>
            <translation>avsenderadressen trenger et navn</translation>
        </message>
        <message>
            <source>the ship-from address needs a street</source>
            <translation>avsenderadressen trenger en gate</translation>
        </message>
        <message>
            <source>the ship-from address needs a city</source>
            <translation>avsenderadressen trenger en by</translation>
        </message>
        <message>
            <source>the ship-from address needs a postal code</source>
            <translation>avsenderadressen trenger et postnummer</translation>
        </message>
        <message>
            <source>{country} is not a two-letter country code (LV, NO, BR)</source>
            <translation>{country} er ikke en landkode på to bokstaver (LV, NO, BR)</translation>
        </message>
        <message>
            <source>name the carrier of the number sequence</source>
            <translation>oppgi transportøren for nummerserien</translation>
        </message>
        <message>
            <source>the next number is 1 or more, the width 0 to 20 digits</source>
            <translation>neste nummer er 1 eller mer, bredden 0 til 20 sifre</translation>
        </message>
        <message>
            <source>a number prefix has no spaces</source>
            <translation>et nummerprefiks har ingen mellomrom</translation>
        </message>
        <message>
            <source>{carrier} numbers up to {used} are used: the next number cannot go back</source>
            <translation>{carrier}-numre opp til {used} er brukt: neste nummer kan ikke gå tilbake</translation>
        </message>
        <message>
            <source>{code} is not an HS code: 6 to 10 digits, such as 6109.10</source>
            <translation>{code} er ikke en HS-kode: 6 til 10 sifre, for eksempel 6109.10</translation>
        </message>
        <message>
            <source>a quality check is for one product or one tag</source>
            <translation>en kvalitetskontroll gjelder ett produkt eller én etikett</translation>
        </message>
        <message>
            <source>no product has the SKU {sku}</source>
            <translation>ingen produkter har SKU {sku}</translation>
        </message>
        <message>
            <source>this station's printer cannot print message cards</source>
            <translation>skriveren på denne stasjonen kan ikke skrive ut hilsenkort</translation>
        </message>
        <message>
            <source>a packer</source>
            <translation>en pakker</translation>
        </message>
        <message>
            <source>a lead</source>
            <translation>en skiftleder</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>en administrator</translation>
        </message>
        <message>
            <source>no order is being packed at this station</source>
            <translation>ingen ordre pakkes på denne stasjonen</translation>
        </message>
        <message>
            <source>order {number} has no such line</source>
            <translation>ordre {number} har ingen slik linje</translation>
        </message>
        <message>
            <source>{name} is {role}</source>
            <translation>{name} er {role}</translation>
        </message>
        <message>
            <source>no order is being picked at this station</source>
            <translation>ingen ordre plukkes på denne stasjonen</translation>
        </message>
        <message>
            <source>nothing left to pick</source>
            <translation>ingenting igjen å plukke</translation>
        </message>
        <message>
            <source>this badge is not known here</source>
            <translation>dette kortet er ukjent her</translation>
        </message>
        <message>
            <source>a lead can put it on hold to repack it</source>
            <translation>en skiftleder kan sette den på vent for ompakking</translation>
        </message>
        <message>
            <source>{source} is not set up at this station: the admin must add its key</source>
            <translation>{source} er ikke satt opp på denne stasjonen: administratoren må legge inn nøkkelen</translation>
        </message>
        <message>
            <source>order {number} is not packed yet: verify every unit first</source>
            <translation>ordre {number} er ikke pakket ennå: sjekk hver vare først</translation>
        </message>
        <message>
            <source>this station has no printer set up</source>
            <translation>denne stasjonen har ingen skriver satt opp</translation>
        </message>
        <message>
            <source>scan the carrier label</source>
            <translation>skann fraktetiketten</translation>
        </message>
        <message>
            <source>enter the {carrier} tracking number to ship</source>
            <translation>skriv inn sporingsnummeret fra {carrier} for å sende</translation>
        </message>
        <message>
            <source>no unit is waiting for its checks</source>
            <translation>ingen enhet venter på kontroll</translation>
        </message>
        <message>
            <source>confirm the quality checks of {sku} first</source>
            <translation>bekreft kvalitetskontrollene for {sku} først</translation>
        </message>
        <message>
            <source>quality check failed for {sku} ({reason}) and no bin has another</source>
            <translation>kvalitetskontroll feilet for {sku} ({reason}) og ingen hylle har en til</translation>
        </message>
        <message>
            <source>new</source>
            <translation>ny</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>plukkes</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>pakkes</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>pakket</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>sendt</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>på vent</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>kansellert</translation>
        </message>
        <message>
            <source>there is no order {number}</source>
            <translation>det finnes ingen ordre {number}</translation>
        </message>
        <message>
            <source>order {number} is {status}: {why}</source>
            <translation>ordre {number} er {status}: {why}</translation>
        </message>
        <message>
            <source>order {number} is {status}</source>
            <translation>ordre {number} er {status}</translation>
        </message>
        <message>
            <source>order {number} is held by {station} ({user}); a lead can take it over</source>
            <translation>ordre {number} holdes av {station} ({user}); en skiftleder kan ta den over</translation>
        </message>
        <message>
            <source>order {number} is held by {station}; a lead can take it over</source>
            <translation>ordre {number} holdes av {station}; en skiftleder kan ta den over</translation>
        </message>
        <message>
            <source>finish order {number} first</source>
            <translation>gjør ferdig ordre {number} først</translation>
        </message>
        <message>
            <source>a batch needs at least one order</source>
            <translation>et samleplukk trenger minst én ordre</translation>
        </message>
        <message>
            <source>order {number} is not held by any station</source>
            <translation>ordre {number} holdes ikke av noen stasjon</translation>
        </message>
        <message>
            <source>nobody (released by a lead)</source>
            <translation>ingen (frigitt av en skiftleder)</translation>
        </message>
        <message>
            <source>now held by {holder}</source>
            <translation>holdes nå av {holder}</translation>
        </message>
        <message>
            <source>this order is already in hand</source>
            <translation>denne ordren er allerede i arbeid</translation>
        </message>
        <message>
            <source>scanned order {number}</source>
            <translation>skannet ordre {number}</translation>
        </message>
        <message>
            <source>badge scanned while picking</source>
            <translation>kort skannet under plukking</translation>
        </message>
        <message>
            <source>no product has the barcode {code}</source>
            <translation>ingen vare har strekkoden {code}</translation>
        </message>
        <message>
            <source>packing: scan the items, not bins</source>
            <translation>ved pakking: skann varene, ikke lokasjonene</translation>
        </message>
        <message>
            <source>this is the label of order {other}, not of order {number}: take it off this parcel</source>
            <translation>dette er etiketten til ordre {other}, ikke til ordre {number}: ta den av denne pakken</translation>
        </message>
        <message>
            <source>{lead} lets order {number} ship without its payment: print (F7) and ship (F10)</source>
            <translation>{lead} lar ordre {number} sendes uten betaling: skriv ut (F7) og send (F10)</translation>
        </message>
        <message>
            <source>Scan your badge first</source>
            <translation>Skann kortet ditt først</translation>
        </message>
        <message>
            <source>Signed out after a pause: scan your badge</source>
            <translation>Logget ut etter en pause: skann kortet ditt</translation>
        </message>
        <message>
            <source>No order in hand: press F2 for the next order or scan an order</source>
            <translation>Ingen ordre i arbeid: trykk F2 for neste ordre eller skann en ordre</translation>
        </message>
        <message>
            <source>No order with this number</source>
            <translation>Ingen ordre med dette nummeret</translation>
        </message>
        <message>
            <source>This order cannot be taken now</source>
            <translation>Denne ordren kan ikke tas nå</translation>
        </message>
        <message>
            <source>Finish the order in hand first</source>
            <translation>Gjør ferdig ordren du holder på med først</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Skann lokasjonsetiketten først</translation>
        </message>
        <message>
            <source>The order was put on hold</source>
            <translation>Ordren ble satt på vent</translation>
        </message>
        <message>
            <source>The order was cancelled: put the items back</source>
            <translation>Ordren er kansellert: legg varene tilbake</translation>
        </message>
        <message>
            <source>Another station or a lead took this order over</source>
            <translation>En annen stasjon eller en skiftleder tok over ordren</translation>
        </message>
        <message>
            <source>This needs a lead's badge</source>
            <translation>Dette krever skiftlederens kort</translation>
        </message>
        <message>
            <source>Everything is scanned: print and ship (F10)</source>
            <translation>Alt er skannet: skriv ut og send (F10)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Ingenting å angre</translation>
        </message>
        <message>
            <source>This bin has no more of the item</source>
            <translation>Denne lokasjonen har ikke flere av varen</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Feil størrelse</translation>
        </message>
        <message>
            <source>Wrong colour</source>
            <translation>Feil farge</translation>
        </message>
        <message>
            <source>Wrong colour and size</source>
            <translation>Feil farge og størrelse</translation>
        </message>
        <message>
            <source>Wrong variant</source>
            <translation>Feil variant</translation>
        </message>
        <message>
            <source>expected {expected}, scanned {got}</source>
            <translation>ventet {expected}, skannet {got}</translation>
        </message>
        <message>
            <source>scanned {got}</source>
            <translation>skannet {got}</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Følgeseddel</translation>
        </message>
        <message>
            <source>Shipping label</source>
            <translation>Fraktetikett</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Hilsenkort</translation>
        </message>
        <message>
            <source>Thank-you card</source>
            <translation>Takkekort</translation>
        </message>
        <message>
            <source>{document} did not print: {message}</source>
            <translation>{document} ble ikke skrevet ut: {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>ukjent feil</translation>
        </message>
        <message>
            <source>a badge</source>
            <translation>et kort</translation>
        </message>
        <message>
            <source>scanned {code}</source>
            <translation>skannet {code}</translation>
        </message>
        <message>
            <source>Too many</source>
            <translation>For mange</translation>
        </message>
        <message>
            <source>{item}: already {done} of {ordered}</source>
            <translation>{item}: allerede {done} av {ordered}</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Feil vare</translation>
        </message>
        <message>
            <source>{bin} has no more {sku}</source>
            <translation>{bin} har ikke flere {sku}</translation>
        </message>
        <message>
            <source>go to {bin}, scan its label, then the item</source>
            <translation>gå til {bin}, skann etiketten der, så varen</translation>
        </message>
        <message>
            <source>no other bin has it: report a short pick (F9)</source>
            <translation>ingen annen lokasjon har den: meld manko (F9)</translation>
        </message>
        <message>
            <source>go to bin {bin}, scan its label, then the item</source>
            <translation>gå til lokasjon {bin}, skann etiketten, så varen</translation>
        </message>
        <message>
            <source>Wrong bin</source>
            <translation>Feil lokasjon</translation>
        </message>
        <message>
            <source>{item}: all {count} are already scanned</source>
            <translation>{item}: alle {count} er allerede skannet</translation>
        </message>
        <message>
            <source>{item}: none more is needed</source>
            <translation>{item}: trengs ikke flere</translation>
        </message>
        <message>
            <source>Wrong label: order {other}, not {number}</source>
            <translation>Feil etikett: ordre {other}, ikke {number}</translation>
        </message>
        <message>
            <source>Take it off and put this parcel's own label on</source>
            <translation>Ta den av og sett på pakkens egen etikett</translation>
        </message>
        <message>
            <source>Order {number} is not shipped</source>
            <translation>Ordre {number} er ikke sendt</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Ordre {number} sendt</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Sporing {tracking} · neste ordre: F2 eller skann</translation>
        </message>
        <message>
            <source>Not in this order</source>
            <translation>Ikke i denne ordren</translation>
        </message>
        <message>
            <source>{item} belongs to order {other}</source>
            <translation>{item} hører til ordre {other}</translation>
        </message>
        <message>
            <source>{item} is not in this order</source>
            <translation>{item} er ikke i denne ordren</translation>
        </message>
        <message>
            <source>Unknown code</source>
            <translation>Ukjent kode</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Velkommen, {name}</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>Trykk F2 for neste ordre, eller skann en ordrestrekkode</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>Ordre {number} er din</translation>
        </message>
        <message>
            <source>Go to the first bin</source>
            <translation>Gå til første lokasjon</translation>
        </message>
        <message>
            <source>Take {count} × {item}</source>
            <translation>Ta {count} × {item}</translation>
        </message>
        <message>
            <source>Bin {bin} ✓</source>
            <translation>Lokasjon {bin} ✓</translation>
        </message>
        <message>
            <source>Set {item} aside: {reason}</source>
            <translation>Legg {item} til side: {reason}</translation>
        </message>
        <message>
            <source>take a replacement from bin {bin} and scan it</source>
            <translation>ta en erstatning fra hylle {bin} og skann den</translation>
        </message>
        <message>
            <source>no bin has another: the order is on hold for a lead</source>
            <translation>ingen hylle har en til: bestillingen venter på en skiftleder</translation>
        </message>
        <message>
            <source>Check passed</source>
            <translation>Kontroll OK</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) left</source>
            <translation>
                <numerusform>%n kontroll igjen</numerusform>
                <numerusform>%n kontroller igjen</numerusform>
            </translation>
        </message>
        <message>
            <source>Check {item}</source>
            <translation>Kontroller {item}</translation>
        </message>
        <message>
            <source>Alt+1…Alt+{count}: each check passes · Alt+0: all pass · F9: a check failed</source>
            <translation>Alt+1…Alt+{count}: hver kontroll OK · Alt+0: alle OK · F9: en kontroll feilet</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Les kundens merknad, så F6: pakkseddel og etikett skrives ut etterpå</translation>
        </message>
        <message>
            <source>Slip and label are printing: see Still to do before Ship</source>
            <translation>Pakkseddel og etikett skrives ut: se Gjenstår før Send</translation>
        </message>
        <message>
            <source>Slip and label are printing: put the label on and scan it to ship (or F10)</source>
            <translation>Pakkseddel og etikett skrives ut: sett på etiketten og skann den for å sende (eller F10)</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Ordre {number} komplett</translation>
        </message>
        <message>
            <source>Put it in slot {slot}</source>
            <translation>Legg den i rom {slot}</translation>
        </message>
        <message>
            <source>{item} · the pick is complete: pack it now</source>
            <translation>{item} · plukket er ferdig: pakk nå</translation>
        </message>
        <message>
            <source>Picked: {item}</source>
            <translation>Plukket: {item}</translation>
        </message>
        <message>
            <source>The pick is complete: pack it now</source>
            <translation>Plukket er ferdig: pakk nå</translation>
        </message>
        <message>
            <source>Next bin</source>
            <translation>Neste lokasjon</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} av {total}</translation>
        </message>
        <message>
            <source>OK: {item}</source>
            <translation>OK: {item}</translation>
        </message>
        <message>
            <source>Line overridden by {lead}</source>
            <translation>Linje godkjent av {lead}</translation>
        </message>
        <message>
            <source>Line overridden</source>
            <translation>Linje godkjent av leder</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Manko registrert</translation>
        </message>
        <message>
            <source>The order is on hold for a lead</source>
            <translation>Ordren venter på skiftleder</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Angret</translation>
        </message>
        <message>
            <source>The last scan of {item} is taken back: put it back</source>
            <translation>Siste skann av {item} er angret: legg den tilbake</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Scan not used</source>
            <translation>Skann ikke brukt</translation>
        </message>
    </context>
</TS>
