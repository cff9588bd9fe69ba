<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AdminWidget</name>
        <message>
            <source>Bins</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Store connections</source>
            <translation>Boutiques</translation>
        </message>
        <message>
            <source>Boxes and scale</source>
            <translation>Cartons et balance</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Transporteurs</translation>
        </message>
        <message>
            <source>Quality and cards</source>
            <translation>Qualité et cartes</translation>
        </message>
    </context>
    <context>
        <name>BenchPictures</name>
        <message>
            <source>Extra parcel &amp;photo</source>
            <translation>&amp;Photo de colis en plus</translation>
        </message>
        <message>
            <source>Order &amp;history…</source>
            <translation>&amp;Historique de la commande…</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>No order in hand to photograph</source>
            <translation>Aucune commande en cours à photographier</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <source>Camera ready: {name}</source>
            <translation>Caméra prête : {name}</translation>
        </message>
        <message>
            <source>No camera</source>
            <translation>Pas de caméra</translation>
        </message>
        <message>
            <source>Photo of {number} kept: {path}</source>
            <translation>Photo de {number} gardée : {path}</translation>
        </message>
        <message>
            <source>No photo of {number}: {reason}</source>
            <translation>Pas de photo de {number} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>BinsPage</name>
        <message>
            <source>Bin</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Filter bins, zones or SKUs…</source>
            <translation>Filtrer : emplacement, zone ou réf…</translation>
        </message>
        <message>
            <source>Add bin…</source>
            <translation>Ajouter un emplacement…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Si une ligne est fausse : ne rien importer</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Si une ligne est fausse : importer les lignes valides</translation>
        </message>
        <message>
            <source>Labels as PDF file…</source>
            <translation>Étiquettes en PDF…</translation>
        </message>
        <message>
            <source>Print labels of selected bins</source>
            <translation>Imprimer les étiquettes des emplacements choisis</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Set quantity in selected bin</source>
            <translation>Fixer la quantité de l’emplacement</translation>
        </message>
        <message>
            <source>Products in the bin</source>
            <translation>Produits dans l’emplacement</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Réf. :</translation>
        </message>
        <message>
            <source>Quantity (0 removes):</source>
            <translation>Quantité (0 = retirer) :</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Compte rendu d’import</translation>
        </message>
        <message>
            <source>Labels to {station} ({address})</source>
            <translation>Étiquettes vers {station} ({address})</translation>
        </message>
        <message>
            <source>Bin {code} added</source>
            <translation>Emplacement {code} ajouté</translation>
        </message>
        <message>
            <source>Bin is now {code}: print its new label</source>
            <translation>L’emplacement devient {code} : imprimez sa nouvelle étiquette</translation>
        </message>
        <message>
            <source>{bin} now holds {quantity} of {sku}</source>
            <translation>{bin} contient maintenant {quantity} × {sku}</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Ligne {line} : {error}</translation>
        </message>
        <message>
            <source>Bins exported to {file}</source>
            <translation>Emplacements exportés vers {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) saved to {file}</source>
            <translation>
                <numerusform>%n étiquette enregistrée dans {file}</numerusform>
                <numerusform>%n étiquettes enregistrées dans {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) sent to {printer}</source>
            <translation>
                <numerusform>%n étiquette envoyée à {printer}</numerusform>
                <numerusform>%n étiquettes envoyées à {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>Add bin</source>
            <translation>Nouvel emplacement</translation>
        </message>
        <message>
            <source>Bin code (zone-aisle-shelf-position, e.g. A-03-2-B):</source>
            <translation>Code emplacement (zone-allée-étagère-place, ex. A-03-2-B) :</translation>
        </message>
        <message>
            <source>Select one or more bins first</source>
            <translation>Choisissez d’abord un ou plusieurs emplacements</translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) reactivated</source>
            <translation>
                <numerusform>%n emplacement réactivé</numerusform>
                <numerusform>%n emplacements réactivés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bin(s) retired</source>
            <translation>
                <numerusform>%n emplacement retiré</numerusform>
                <numerusform>%n emplacements retirés</numerusform>
            </translation>
        </message>
        <message>
            <source>Select exactly one bin to set its stock</source>
            <translation>Choisissez un seul emplacement pour fixer son stock</translation>
        </message>
        <message>
            <source>Import bins</source>
            <translation>Importer des emplacements</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Export bins</source>
            <translation>Exporter les emplacements</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Select the bins whose labels you want</source>
            <translation>Choisissez les emplacements à étiqueter</translation>
        </message>
        <message>
            <source>Save bin labels</source>
            <translation>Enregistrer les étiquettes</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BoxesPage</name>
        <message>
            <source>Box</source>
            <translation>Carton</translation>
        </message>
        <message>
            <source>Inner size (mm)</source>
            <translation>Taille intérieure (mm)</translation>
        </message>
        <message>
            <source>Tare (g)</source>
            <translation>Tare (g)</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Code-barres</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Learned weight: SKU</source>
            <translation>Poids appris : SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Grammes</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>non compté</translation>
        </message>
        <message>
            <source>Save box</source>
            <translation>Enregistrer le carton</translation>
        </message>
        <message>
            <source>Remove box</source>
            <translation>Supprimer le carton</translation>
        </message>
        <message>
            <source>Save tolerance</source>
            <translation>Enregistrer la tolérance</translation>
        </message>
        <message>
            <source>Accept learned weight</source>
            <translation>Accepter le poids appris</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <source>/dev/ttyUSB0, COM4 (empty: no scale)</source>
            <translation>/dev/ttyUSB0, COM4 (vide : pas de balance)</translation>
        </message>
        <message>
            <source>Continuous output</source>
            <translation>Sortie continue</translation>
        </message>
        <message>
            <source>Save scale</source>
            <translation>Enregistrer la balance</translation>
        </message>
        <message>
            <source>Test read</source>
            <translation>Tester la lecture</translation>
        </message>
        <message>
            <source>Box preset</source>
            <translation>Modèle de carton</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code :</translation>
        </message>
        <message>
            <source>Inner length:</source>
            <translation>Longueur intérieure :</translation>
        </message>
        <message>
            <source>Inner width:</source>
            <translation>Largeur intérieure :</translation>
        </message>
        <message>
            <source>Inner height:</source>
            <translation>Hauteur intérieure :</translation>
        </message>
        <message>
            <source>Tare:</source>
            <translation>Tare :</translation>
        </message>
        <message>
            <source>Barcode:</source>
            <translation>Code-barres :</translation>
        </message>
        <message>
            <source>Stock:</source>
            <translation>Stock :</translation>
        </message>
        <message>
            <source>Weight check</source>
            <translation>Contrôle du poids</translation>
        </message>
        <message>
            <source>Tolerance:</source>
            <translation>Tolérance :</translation>
        </message>
        <message>
            <source>At least:</source>
            <translation>Au moins :</translation>
        </message>
        <message>
            <source>Dunnage allowance:</source>
            <translation>Marge de calage :</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Poste :</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>Protocol:</source>
            <translation>Protocole :</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Vitesse (bauds) :</translation>
        </message>
        <message>
            <source>Box {code} saved</source>
            <translation>Carton {code} enregistré</translation>
        </message>
        <message>
            <source>Box {code} removed</source>
            <translation>Carton {code} supprimé</translation>
        </message>
        <message>
            <source>Weight tolerance saved</source>
            <translation>Tolérance de poids enregistrée</translation>
        </message>
        <message>
            <source>Select a learned weight first</source>
            <translation>Choisissez d'abord un poids appris</translation>
        </message>
        <message>
            <source>{sku}: learned weight done</source>
            <translation>{sku} : poids appris traité</translation>
        </message>
        <message>
            <source>Add a station first (Stations page)</source>
            <translation>Ajoutez d'abord un poste (page Postes)</translation>
        </message>
        <message>
            <source>Scale of {station} saved</source>
            <translation>Balance de {station} enregistrée</translation>
        </message>
        <message>
            <source>Reading the scale…</source>
            <translation>Lecture de la balance…</translation>
        </message>
        <message>
            <source>{grams} g, steady</source>
            <translation>{grams} g, stable</translation>
        </message>
        <message>
            <source>{grams} g, still moving</source>
            <translation>{grams} g, encore instable</translation>
        </message>
    </context>
    <context>
        <name>CarriersPage</name>
        <message>
            <source>Buy through EasyPost</source>
            <translation>Acheter via EasyPost</translation>
        </message>
        <message>
            <source>Buy from DHL Express</source>
            <translation>Acheter chez DHL Express</translation>
        </message>
        <message>
            <source>Scan the carrier's label</source>
            <translation>Scanner l'étiquette du transporteur</translation>
        </message>
        <message>
            <source>Our own label</source>
            <translation>Notre propre étiquette</translation>
        </message>
        <message>
            <source>Store shipping method</source>
            <translation>Mode de livraison de la boutique</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>cheapest by the ship-by date</source>
            <translation>le moins cher avant la date d'expédition</translation>
        </message>
        <message>
            <source>Own-label carrier</source>
            <translation>Transporteur (étiquette propre)</translation>
        </message>
        <message>
            <source>Next number</source>
            <translation>Numéro suivant</translation>
        </message>
        <message>
            <source>as the store names it; * for every other</source>
            <translation>tel que la boutique le nomme ; * pour tous les autres</translation>
        </message>
        <message>
            <source>USPS, UPS, posten, latvijas_pasts…</source>
            <translation>USPS, UPS, posten, latvijas_pasts…</translation>
        </message>
        <message>
            <source>empty: the cheapest by the ship-by date</source>
            <translation>vide : le moins cher avant la date d'expédition</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>Enregistrer l'association</translation>
        </message>
        <message>
            <source>Remove mapping</source>
            <translation>Supprimer l'association</translation>
        </message>
        <message>
            <source>Save ship-from address</source>
            <translation>Enregistrer l'adresse d'expédition</translation>
        </message>
        <message>
            <source>Save number sequence</source>
            <translation>Enregistrer la séquence de numéros</translation>
        </message>
        <message>
            <source>Shipping method</source>
            <translation>Mode de livraison</translation>
        </message>
        <message>
            <source>Store method:</source>
            <translation>Mode de la boutique :</translation>
        </message>
        <message>
            <source>Label comes from:</source>
            <translation>L'étiquette vient de :</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Transporteur :</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>Service :</translation>
        </message>
        <message>
            <source>Ship-from address</source>
            <translation>Adresse d'expédition</translation>
        </message>
        <message>
            <source>Station:</source>
            <translation>Poste :</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Company:</source>
            <translation>Société :</translation>
        </message>
        <message>
            <source>Street:</source>
            <translation>Rue :</translation>
        </message>
        <message>
            <source>Street, line 2:</source>
            <translation>Rue, ligne 2 :</translation>
        </message>
        <message>
            <source>City:</source>
            <translation>Ville :</translation>
        </message>
        <message>
            <source>Region:</source>
            <translation>Région :</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Code postal :</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <source>Own-label numbers</source>
            <translation>Numéros des étiquettes propres</translation>
        </message>
        <message>
            <source>Prefix:</source>
            <translation>Préfixe :</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>Numéro suivant :</translation>
        </message>
        <message>
            <source>Digits:</source>
            <translation>Chiffres :</translation>
        </message>
        <message>
            <source>Every station without its own</source>
            <translation>Tous les postes sans adresse propre</translation>
        </message>
        <message>
            <source>Shipping method {method} mapped</source>
            <translation>Mode de livraison {method} associé</translation>
        </message>
        <message>
            <source>Shipping method {method} removed</source>
            <translation>Mode de livraison {method} supprimé</translation>
        </message>
        <message>
            <source>Ship-from address of {station} saved</source>
            <translation>Adresse d'expédition de {station} enregistrée</translation>
        </message>
        <message>
            <source>{carrier}: next own label {example}</source>
            <translation>{carrier} : prochaine étiquette propre {example}</translation>
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
            <translation>Cette équipe</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Emballeur</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Hour of day</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source> orders/h</source>
            <translation> cmd/h</translation>
        </message>
        <message>
            <source>Orders per hour you expect of one packer</source>
            <translation>Commandes par heure attendues d’un emballeur</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <source>By:</source>
            <translation>Par :</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Objectif :</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Ship as &amp;packed</source>
            <translation>Expédier comme &amp;emballé</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: go on with what was packed (the store is told only the units packed)</source>
            <translation>La boutique a modifié cette commande après le début de la préparation : continuez avec ce qui est emballé (la boutique n’apprend que les articles emballés)</translation>
        </message>
        <message>
            <source>&amp;Re-pick</source>
            <translation>&amp;Reprélever</translation>
        </message>
        <message>
            <source>The store changed this order after picking started: put the picked units back in their bins and start it over with the store's lines at the next pull</source>
            <translation>La boutique a modifié cette commande après le début du prélèvement : remettez les articles prélevés dans leurs emplacements et recommencez avec les lignes de la boutique au prochain import</translation>
        </message>
        <message>
            <source>Orders shipped per hour</source>
            <translation>Commandes expédiées par heure</translation>
        </message>
        <message>
            <source>Orders per hour by packer</source>
            <translation>Commandes par heure et par emballeur</translation>
        </message>
        <message>
            <source>Updating…</source>
            <translation>Mise à jour…</translation>
        </message>
        <message numerus="yes">
            <source>On hold: %n order(s)</source>
            <translation>
                <numerusform>En attente : %n commande</numerusform>
                <numerusform>En attente : %n commandes</numerusform>
            </translation>
        </message>
        <message>
            <source>{period} · updated {time}</source>
            <translation>{period} · à jour à {time}</translation>
        </message>
        <message>
            <source>Figures not updated: {error}</source>
            <translation>Chiffres non mis à jour : {error}</translation>
        </message>
        <message numerus="yes">
            <source>{number} starts over: %n unit(s) back in their bins; the next pull brings the store's lines</source>
            <translation>
                <numerusform>{number} recommence : %n article remis en emplacement ; le prochain import apporte les lignes de la boutique</numerusform>
                <numerusform>{number} recommence : %n articles remis en emplacement ; le prochain import apporte les lignes de la boutique</numerusform>
            </translation>
        </message>
        <message>
            <source>Not changed: {message}</source>
            <translation>Non modifié : {message}</translation>
        </message>
        <message>
            <source>Target not saved: {error}</source>
            <translation>Objectif non enregistré : {error}</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exporté vers {file}</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Non exporté : {error}</translation>
        </message>
        <message numerus="yes">
            <source>Team target (%n packer(s))</source>
            <translation>
                <numerusform>Objectif équipe (%n emballeur)</numerusform>
                <numerusform>Objectif équipe (%n emballeurs)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export figures</source>
            <translation>Exporter les chiffres</translation>
        </message>
        <message>
            <source>{number} goes on as packed</source>
            <translation>{number} continue comme emballée</translation>
        </message>
        <message>
            <source>Not changed: {error}</source>
            <translation>Non modifié : {error}</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Orders shipped</source>
            <translation>Commandes expédiées</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(non enregistré)</translation>
        </message>
        <message>
            <source>Orders per hour</source>
            <translation>Commandes par heure</translation>
        </message>
        <message>
            <source>Target per packer</source>
            <translation>Objectif par emballeur</translation>
        </message>
    </context>
    <context>
        <name>FinishingPage</name>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>tag: {tag}</source>
            <translation>étiquette : {tag}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>or a tag: fragile, electronics…</source>
            <translation>ou une étiquette : fragile, électronique…</translation>
        </message>
        <message>
            <source>seal intact</source>
            <translation>scellé intact</translation>
        </message>
        <message>
            <source>Add check</source>
            <translation>Ajouter le contrôle</translation>
        </message>
        <message>
            <source>Remove check</source>
            <translation>Retirer le contrôle</translation>
        </message>
        <message>
            <source>fragile, electronics</source>
            <translation>fragile, électronique</translation>
        </message>
        <message>
            <source>Save tags</source>
            <translation>Enregistrer les étiquettes</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>every order</source>
            <translation>chaque commande</translation>
        </message>
        <message>
            <source>a customer's first order</source>
            <translation>la première commande d'un client</translation>
        </message>
        <message>
            <source>orders above the amount</source>
            <translation>commandes au-dessus du montant</translation>
        </message>
        <message>
            <source>empty: no code on the card</source>
            <translation>vide : pas de code sur la carte</translation>
        </message>
        <message>
            <source>Save links and card</source>
            <translation>Enregistrer liens et carte</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>Contrôle qualité</translation>
        </message>
        <message>
            <source>Product SKU:</source>
            <translation>SKU du produit :</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Étiquette :</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation>Contrôle :</translation>
        </message>
        <message>
            <source>Tags of SKU:</source>
            <translation>Étiquettes du SKU :</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Étiquettes :</translation>
        </message>
        <message>
            <source>Slip QR codes ({order}, {token})</source>
            <translation>Codes QR du bordereau ({order}, {token})</translation>
        </message>
        <message>
            <source>Review page:</source>
            <translation>Page d'avis :</translation>
        </message>
        <message>
            <source>Returns page:</source>
            <translation>Page de retours :</translation>
        </message>
        <message>
            <source>Thank-you card ({name}, {code})</source>
            <translation>Carte de remerciement ({name}, {code})</translation>
        </message>
        <message>
            <source>Print for:</source>
            <translation>Imprimer pour :</translation>
        </message>
        <message>
            <source>Amount:</source>
            <translation>Montant :</translation>
        </message>
        <message>
            <source>Next-order code:</source>
            <translation>Code pour la prochaine commande :</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>Check added: {check}</source>
            <translation>Contrôle ajouté : {check}</translation>
        </message>
        <message>
            <source>Select a check first</source>
            <translation>Choisissez d'abord un contrôle</translation>
        </message>
        <message>
            <source>Check removed: {check}</source>
            <translation>Contrôle retiré : {check}</translation>
        </message>
        <message>
            <source>{sku} is tagged: {tags}</source>
            <translation>{sku} a les étiquettes : {tags}</translation>
        </message>
        <message>
            <source>Links and card saved</source>
            <translation>Liens et carte enregistrés</translation>
        </message>
    </context>
    <context>
        <name>GiftMessageDialog</name>
        <message>
            <source>Gift card message</source>
            <translation>Message de la carte</translation>
        </message>
        <message>
            <source>The card message was read from the customer's note. Check it, correct it if needed, then confirm.</source>
            <translation>Le message de la carte vient de la note du client. Vérifiez-le, corrigez si besoin, puis validez.</translation>
        </message>
        <message>
            <source>Confirm message</source>
            <translation>Valider le message</translation>
        </message>
    </context>
    <context>
        <name>HeldOrdersModel</name>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Held while</source>
            <translation>Bloquée pendant</translation>
        </message>
        <message>
            <source>Packer</source>
            <translation>Emballeur</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Heure (UTC)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>scan</source>
            <translation>scan</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>shipment</source>
            <translation>expédition</translation>
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
            <translation>Scannez ici — ou tapez un code puis Entrée</translation>
        </message>
        <message>
            <source>Sc&amp;an:</source>
            <translation>Sc&amp;an :</translation>
        </message>
        <message>
            <source>Station {name} is ready</source>
            <translation>Poste {name} prêt</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Poste</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Annuler le dernier scan</translation>
        </message>
        <message>
            <source>&amp;Batch pick (several small orders)</source>
            <translation>Préparation &amp;groupée (petites commandes)</translation>
        </message>
        <message>
            <source>Back to the &amp;station screen</source>
            <translation>Retour à l’écran du &amp;poste</translation>
        </message>
        <message>
            <source>Back to the &amp;scan field</source>
            <translation>Retour au champ de &amp;scan</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>&amp;Lead</source>
            <translation>&amp;Chef d’équipe</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Admin</source>
            <translation>A&amp;dministration</translation>
        </message>
        <message>
            <source>&amp;Note conflicts</source>
            <translation>&amp;Notes en conflit</translation>
        </message>
        <message>
            <source>The database cannot be reached, so nothing was recorded: try again in a moment (the status bar shows when it is back)</source>
            <translation>Base de données injoignable, rien n’est enregistré : réessayez dans un instant (la barre d’état indique son retour)</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Problème : {error}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Pas fait</translation>
        </message>
        <message>
            <source>the badge</source>
            <translation>le badge</translation>
        </message>
        <message>
            <source>The database cannot be reached: scan {code} again when the status bar shows it is back</source>
            <translation>Base de données injoignable : rescannez {code} quand la barre d’état indique son retour</translation>
        </message>
        <message>
            <source>{code}: {error} — scan it again</source>
            <translation>{code} : {error} — rescannez</translation>
        </message>
        <message>
            <source>Scan NOT recorded</source>
            <translation>Scan NON enregistré</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Order complete, but printing failed</source>
            <translation>Commande complète, mais l’impression a échoué</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint (F7)</source>
            <translation>— réparez l’imprimante, puis réimprimez (F7)</translation>
        </message>
        <message>
            <source>&amp;Next order</source>
            <translation>Commande &amp;suivante</translation>
        </message>
        <message>
            <source>Admin &amp;area</source>
            <translation>Espace &amp;administration</translation>
        </message>
        <message>
            <source>&amp;Returns at the bench</source>
            <translation>&amp;Retours au poste</translation>
        </message>
        <message>
            <source>&amp;Returns by reason and product</source>
            <translation>&amp;Retours par motif et produit</translation>
        </message>
        <message>
            <source>Take the &amp;next order after each shipment</source>
            <translation>Prendre la commande &amp;suivante après chaque expédition</translation>
        </message>
        <message>
            <source>Where the picker is the packer, the next order is taken by itself once an order ships</source>
            <translation>Là où le préparateur emballe aussi, la commande suivante est prise d'elle-même dès qu'une commande est expédiée</translation>
        </message>
        <message>
            <source>&amp;Bins</source>
            <translation>&amp;Emplacements</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>&amp;Produits</translation>
        </message>
        <message>
            <source>&amp;Users</source>
            <translation>&amp;Utilisateurs</translation>
        </message>
        <message>
            <source>S&amp;tations</source>
            <translation>P&amp;ostes</translation>
        </message>
        <message>
            <source>Store &amp;connections</source>
            <translation>&amp;Boutiques</translation>
        </message>
        <message>
            <source>The tracking field already holds {typed}</source>
            <translation>Le champ de suivi contient déjà {typed}</translation>
        </message>
        <message>
            <source>Scanned {code}: clear the field first to use it instead</source>
            <translation>Scanné {code} : videz d’abord le champ pour l’utiliser à la place</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Bienvenue, {name}</translation>
        </message>
        <message>
            <source>A badge: switch user?</source>
            <translation>Un badge : changer d’utilisateur ?</translation>
        </message>
        <message>
            <source>Scan the same badge again to sign in with it; order {number} stays at this station</source>
            <translation>Rescannez ce badge pour vous connecter avec ; la commande {number} reste à ce poste</translation>
        </message>
        <message>
            <source>Order {number} resumed at bin {step} of {steps}</source>
            <translation>Commande {number} reprise à l’emplacement {step} sur {steps}</translation>
        </message>
        <message>
            <source>Order {number} resumed at packing: {done} of {units} items checked</source>
            <translation>Commande {number} reprise à l’emballage : {done} articles vérifiés sur {units}</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Commande {number} complète</translation>
        </message>
        <message>
            <source>Scan the box, then put the parcel on the scale</source>
            <translation>Scannez le carton, puis posez le colis sur la balance</translation>
        </message>
        <message>
            <source>Some text cannot print</source>
            <translation>Du texte ne peut pas s'imprimer</translation>
        </message>
        <message>
            <source>— F7 prints anyway, Esc stops</source>
            <translation>— F7 imprime quand même, Échap arrête</translation>
        </message>
        <message>
            <source>Check the parcel and weigh it again, or a lead scans their badge</source>
            <translation>Vérifiez le colis et repesez-le, ou un chef scanne son badge</translation>
        </message>
        <message>
            <source>Parcel weighed</source>
            <translation>Colis pesé</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Lisez la note du client, puis F6 : bordereau et étiquette s'impriment ensuite</translation>
        </message>
        <message>
            <source>— fix the printer, then Reprint label</source>
            <translation>— réparez l’imprimante, puis Réimprimer l’étiquette</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 pour la commande suivante, ou scannez un code de commande</translation>
        </message>
        <message>
            <source>pick it to the end</source>
            <translation>finissez sa préparation</translation>
        </message>
        <message>
            <source>pack and ship it</source>
            <translation>emballez-la et expédiez-la</translation>
        </message>
        <message>
            <source>No new order: order {number} is in hand</source>
            <translation>Pas de nouvelle commande : la commande {number} est en cours</translation>
        </message>
        <message>
            <source>One order at a time: {what} first (F4 shows it)</source>
            <translation>Une commande à la fois : d’abord {what} (F4 l’affiche)</translation>
        </message>
        <message>
            <source>The queue is empty</source>
            <translation>La file est vide</translation>
        </message>
        <message>
            <source>No order is waiting to be packed</source>
            <translation>Aucune commande à emballer</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>La commande {number} est à vous</translation>
        </message>
        <message>
            <source>Go to the first bin and scan its label</source>
            <translation>Allez au premier emplacement et scannez son étiquette</translation>
        </message>
        <message>
            <source>No small orders to batch</source>
            <translation>Pas de petites commandes à grouper</translation>
        </message>
        <message>
            <source>Take the next order with F2</source>
            <translation>Prenez la commande suivante avec F2</translation>
        </message>
        <message>
            <source>Batch of {count} orders: {numbers}</source>
            <translation>Lot de {count} commandes : {numbers}</translation>
        </message>
        <message>
            <source>One tote slot per order: the screen shows each item's slot</source>
            <translation>Une case du bac par commande : l’écran indique la case de chaque article</translation>
        </message>
        <message>
            <source>Short pick recorded: order {number} is on hold</source>
            <translation>Manquant enregistré : commande {number} en attente</translation>
        </message>
        <message>
            <source>{reason}. A lead will see it; put its items aside.</source>
            <translation>{reason}. Le chef d’équipe est prévenu ; mettez les articles de côté.</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Manquant enregistré</translation>
        </message>
        <message>
            <source>Another bin holds this item: follow the screen to it</source>
            <translation>Un autre emplacement a cet article : suivez l’écran</translation>
        </message>
        <message>
            <source>Note acknowledged</source>
            <translation>Note lue</translation>
        </message>
        <message>
            <source>Slip and label are printing</source>
            <translation>Bordereau et étiquette en impression</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Bon cadeau</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Carte message</translation>
        </message>
        <message>
            <source>Wrapping</source>
            <translation>Emballage cadeau</translation>
        </message>
        <message>
            <source>{step} done</source>
            <translation>{step} : fait</translation>
        </message>
        <message>
            <source>Printing failed</source>
            <translation>Impression échouée</translation>
        </message>
        <message>
            <source>— fix the printer, then reprint</source>
            <translation>— réparez l’imprimante, puis réimprimez</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Imprimé</translation>
        </message>
        <message>
            <source>Weigh the parcel first</source>
            <translation>Pesez d'abord le colis</translation>
        </message>
        <message>
            <source>Already printed: reprint?</source>
            <translation>Déjà imprimé : réimprimer ?</translation>
        </message>
        <message>
            <source>Press F7 again to print slip and label again, or Reprint slip / Reprint label for one</source>
            <translation>Appuyez encore sur F7 pour réimprimer bordereau et étiquette, ou Réimprimer bordereau / Réimprimer étiquette pour un seul</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Commande {number} expédiée</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Suivi {tracking} · commande suivante : F2 ou scan</translation>
        </message>
        <message>
            <source>The queue is empty: no order is waiting to be packed</source>
            <translation>La file est vide : aucune commande n'attend d'être emballée</translation>
        </message>
        <message>
            <source>Order {number} shipped · next: order {next}</source>
            <translation>Commande {number} expédiée · suivante : commande {next}</translation>
        </message>
        <message>
            <source>Reprint the label before shipping (F7)</source>
            <translation>Réimprimez l'étiquette avant d'expédier (F7)</translation>
        </message>
        <message>
            <source>Carrier, weight or tracking changed after the label printed: the label on the parcel must say the same</source>
            <translation>Transporteur, poids ou suivi modifié après l'impression de l'étiquette : l'étiquette du colis doit dire la même chose</translation>
        </message>
        <message>
            <source>Lead: scan your badge to vouch for this line</source>
            <translation>Chef d’équipe : scannez votre badge pour valider cette ligne</translation>
        </message>
        <message>
            <source>{item} — Esc cancels</source>
            <translation>{item} — Échap pour annuler</translation>
        </message>
        <message>
            <source>Printing stopped</source>
            <translation>Impression arrêtée</translation>
        </message>
        <message>
            <source>Override cancelled</source>
            <translation>Validation annulée</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Order {numbers} is in hand.</source>
            <translation>La commande {numbers} est en cours.</translation>
        </message>
        <message>
            <source>Orders {numbers} are in hand.</source>
            <translation>Les commandes {numbers} sont en cours.</translation>
        </message>
        <message>
            <source>Keep it: it stays at this station, held for {minutes} min, for whoever signs in next. Put it back: any station may take it from the queue; what was picked stays picked.</source>
            <translation>La garder : elle reste à ce poste, réservée {minutes} min, pour la personne qui se connecte ensuite. La remettre : n'importe quel poste peut la reprendre dans la file ; ce qui est prélevé reste prélevé.</translation>
        </message>
        <message>
            <source>Keep it here</source>
            <translation>La garder ici</translation>
        </message>
        <message>
            <source>Put it back in the queue</source>
            <translation>La remettre dans la file</translation>
        </message>
        <message>
            <source>The order in hand went back to the queue. {detail}</source>
            <translation>La commande en cours est retournée dans la file. {detail}</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Scannez votre badge pour vous connecter</translation>
        </message>
        <message>
            <source>Signed out after {minutes} min without activity</source>
            <translation>Déconnecté après {minutes} min d’inactivité</translation>
        </message>
        <message>
            <source>Scan your badge to sign in again</source>
            <translation>Scannez votre badge pour vous reconnecter</translation>
        </message>
        <message>
            <source>Printer: {says}</source>
            <translation>Imprimante : {says}</translation>
        </message>
        <message>
            <source>Printer FAILED: {title}</source>
            <translation>Imprimante EN ÉCHEC : {title}</translation>
        </message>
        <message>
            <source>Printer holds {title}: {says}</source>
            <translation>L’imprimante bloque {title} : {says}</translation>
        </message>
        <message>
            <source>Printer OK</source>
            <translation>Imprimante OK</translation>
        </message>
        <message>
            <source>{title} printed</source>
            <translation>{title} imprimé</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Impression…</translation>
        </message>
        <message>
            <source>{title}: {status}</source>
            <translation>{title} : {status}</translation>
        </message>
        <message>
            <source>Not for this role</source>
            <translation>Pas pour ce rôle</translation>
        </message>
        <message>
            <source>This screen needs a {role}</source>
            <translation>Cet écran demande le rôle {role}</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Indisponible</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Note conflicts</source>
            <translation>Notes en conflit</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>Returns by reason and product</source>
            <translation>Retours par motif et produit</translation>
        </message>
        <message>
            <source>F4: back to the station screen</source>
            <translation>F4 : retour à l’écran du poste</translation>
        </message>
    </context>
    <context>
        <name>NoteConflictWidget</name>
        <message>
            <source>Notes that ask for another variant</source>
            <translation>Notes qui demandent une autre variante</translation>
        </message>
        <message>
            <source>No order is waiting for a note decision.</source>
            <translation>Aucune commande n’attend de décision sur une note.</translation>
        </message>
        <message>
            <source>Pack as &amp;ordered</source>
            <translation>Emballer comme &amp;commandé</translation>
        </message>
        <message>
            <source>Pack as the &amp;note says</source>
            <translation>Emballer selon la &amp;note</translation>
        </message>
        <message>
            <source>&amp;Contact the customer</source>
            <translation>Contacter le c&amp;lient</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>The customer wrote:</source>
            <translation>Le client a écrit :</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Commande {number}</translation>
        </message>
        <message>
            <source>waiting for the customer</source>
            <translation>en attente du client</translation>
        </message>
        <message>
            <source>Line {line}: {item} — ordered {attribute} {ordered}, the note asks for {requested}</source>
            <translation>Ligne {line} : {item} — {attribute} commandé {ordered}, la note demande {requested}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: pack it as ordered.</source>
            <translation>La commande {number} retourne dans la file : emballez comme commandé.</translation>
        </message>
        <message>
            <source>Order {number} goes back to the queue: the scanner now expects the variant the note asks for.</source>
            <translation>La commande {number} retourne dans la file : le scanner attend la variante de la note.</translation>
        </message>
        <message>
            <source>Order {number} stays on hold until the customer answers.</source>
            <translation>La commande {number} reste en attente de la réponse du client.</translation>
        </message>
    </context>
    <context>
        <name>NoteRequestsView</name>
        <message>
            <source>Line {line}: the note is unclear about the {what} — read it</source>
            <translation>Ligne {line} : la note n’est pas claire sur {what} — lisez-la</translation>
        </message>
        <message>
            <source>Line {line}: note asked for {what} {value} — {lead} decided: pack as ordered</source>
            <translation>Ligne {line} : la note demandait {what} {value} — {lead} a décidé : emballer comme commandé</translation>
        </message>
        <message>
            <source>✓ scanned</source>
            <translation>✓ scanné</translation>
        </message>
        <message>
            <source>the scan checks it</source>
            <translation>le scan le vérifie</translation>
        </message>
        <message>
            <source>Line {line}: note asks for {values} — matches; {check}</source>
            <translation>Ligne {line} : la note demande {values} — conforme ; {check}</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryDialog</name>
        <message>
            <source>Order history</source>
            <translation>Historique de la commande</translation>
        </message>
    </context>
    <context>
        <name>OrderHistoryWidget</name>
        <message>
            <source>Order number, e.g. #10001</source>
            <translation>Numéro de commande, ex. #10001</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>Afficher l'historique</translation>
        </message>
        <message>
            <source>Order {number} ({status}): {scans} scans, {photos} photos</source>
            <translation>Commande {number} ({status}) : {scans} scans, {photos} photos</translation>
        </message>
        <message>
            <source>No parcel photo</source>
            <translation>Pas de photo du colis</translation>
        </message>
        <message>
            <source>The photo file is missing</source>
            <translation>Le fichier photo manque</translation>
        </message>
        <message>
            <source>{moment} photo, {station}, {who}, {at} UTC
SHA-256 {sha}</source>
            <translation>Photo {moment}, {station}, {who}, {at} UTC
SHA-256 {sha}</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>en préparation</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>en emballage</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>emballée</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>expédiée</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
    </context>
    <context>
        <name>PackLineModel</name>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scanné</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>override: {lead}</source>
            <translation>validé par : {lead}</translation>
        </message>
        <message>
            <source>{count} short</source>
            <translation>{count} manquant(s)</translation>
        </message>
        <message>
            <source>pack {sku} (per note)</source>
            <translation>emballer {sku} (selon la note)</translation>
        </message>
    </context>
    <context>
        <name>PackScreen</name>
        <message>
            <source>Note from the customer</source>
            <translation>Note du client</translation>
        </message>
        <message>
            <source>I have read the note  (F6)</source>
            <translation>J’ai lu la note  (F6)</translation>
        </message>
        <message>
            <source>Gift order</source>
            <translation>Commande cadeau</translation>
        </message>
        <message>
            <source>1  Gift slip, no prices  (Ctrl+1)</source>
            <translation>1  Bon cadeau, sans prix  (Ctrl+1)</translation>
        </message>
        <message>
            <source>2  Message card in  (Ctrl+2)</source>
            <translation>2  Carte message mise  (Ctrl+2)</translation>
        </message>
        <message>
            <source>3  Wrapped  (Ctrl+3)</source>
            <translation>3  Emballé cadeau  (Ctrl+3)</translation>
        </message>
        <message>
            <source>Print message card  (Ctrl+P)</source>
            <translation>Imprimer la carte message  (Ctrl+P)</translation>
        </message>
        <message>
            <source>All checks pass  (Alt+0)</source>
            <translation>Tous les contrôles OK  (Alt+0)</translation>
        </message>
        <message>
            <source>A check failed  (F9)</source>
            <translation>Un contrôle a échoué  (F9)</translation>
        </message>
        <message>
            <source>Scan the carrier label</source>
            <translation>Scannez l'étiquette du transporteur</translation>
        </message>
        <message>
            <source>from the printed label</source>
            <translation>de l’étiquette imprimée</translation>
        </message>
        <message>
            <source>Print slip + label  (F7)</source>
            <translation>Imprimer bon + étiquette  (F7)</translation>
        </message>
        <message>
            <source>Reprint sli&amp;p</source>
            <translation>Réimprimer le &amp;bon</translation>
        </message>
        <message>
            <source>Reprint la&amp;bel</source>
            <translation>Réimprimer l’éti&amp;quette</translation>
        </message>
        <message>
            <source>Lead override of line  (F8)</source>
            <translation>Validation de ligne par le chef  (F8)</translation>
        </message>
        <message>
            <source>Ship  (F10)</source>
            <translation>Expédier  (F10)</translation>
        </message>
        <message>
            <source>&amp;Carrier</source>
            <translation>&amp;Transporteur</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Poids</translation>
        </message>
        <message>
            <source>&amp;Tracking</source>
            <translation>&amp;Suivi</translation>
        </message>
        <message>
            <source>  EXPRESS</source>
            <translation>  EXPRESS</translation>
        </message>
        <message>
            <source>Pack order {number} — {ship_to} — {method}</source>
            <translation>Emballer la commande {number} — {ship_to} — {method}</translation>
        </message>
        <message>
            <source>{done} of {total} items</source>
            <translation>{done} articles sur {total}</translation>
        </message>
        <message>
            <source>Note from the customer — read by {name}</source>
            <translation>Note du client — lue par {name}</translation>
        </message>
        <message>
            <source>Note from the customer — read it, then press F6</source>
            <translation>Note du client — lisez-la, puis F6</translation>
        </message>
        <message>
            <source>Check {item} before it goes in the box</source>
            <translation>Contrôlez {item} avant de le mettre dans le colis</translation>
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
            <translation>✗ Échec</translation>
        </message>
        <message>
            <source>Ready: scan the label on the parcel to ship it, or Ship (F10)</source>
            <translation>Prêt : scannez l'étiquette du colis pour l'expédier, ou Expédier (F10)</translation>
        </message>
        <message>
            <source>scan the remaining items</source>
            <translation>scannez les articles restants</translation>
        </message>
        <message>
            <source>acknowledge the note (F6)</source>
            <translation>confirmez la note (F6)</translation>
        </message>
        <message>
            <source>gift slip (Ctrl+1)</source>
            <translation>bon cadeau (Ctrl+1)</translation>
        </message>
        <message>
            <source>message card (Ctrl+2)</source>
            <translation>carte message (Ctrl+2)</translation>
        </message>
        <message>
            <source>wrap (Ctrl+3)</source>
            <translation>emballage cadeau (Ctrl+3)</translation>
        </message>
        <message>
            <source>print the label (Reprint label)</source>
            <translation>imprimez l’étiquette (Réimprimer l’étiquette)</translation>
        </message>
        <message>
            <source>print the label (F7)</source>
            <translation>imprimez l’étiquette (F7)</translation>
        </message>
        <message>
            <source>reprint the label: carrier, weight or tracking changed (F7)</source>
            <translation>réimprimez l'étiquette : transporteur, poids ou suivi modifié (F7)</translation>
        </message>
        <message>
            <source>scan the carrier label into Tracking</source>
            <translation>scanner l'étiquette du transporteur dans Suivi</translation>
        </message>
        <message>
            <source>{reason} — a lead's badge lets it ship unpaid</source>
            <translation>{reason} — le badge d'un chef d'équipe permet de l'expédier sans paiement</translation>
        </message>
        <message>
            <source>Still to do: {steps}</source>
            <translation>Reste à faire : {steps}</translation>
        </message>
    </context>
    <context>
        <name>ParcelPhotographer</name>
        <message>
            <source>No camera</source>
            <translation>Pas de caméra</translation>
        </message>
        <message>
            <source>No camera at this station</source>
            <translation>Pas de caméra à ce poste</translation>
        </message>
    </context>
    <context>
        <name>PickListModel</name>
        <message>
            <source>Bin</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>Tote slots</source>
            <translation>Cases du bac</translation>
        </message>
        <message>
            <source>no bin</source>
            <translation>sans emplacement</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>slot {slot}: {qty}</source>
            <translation>case {slot} : {qty}</translation>
        </message>
    </context>
    <context>
        <name>PickScreen</name>
        <message>
            <source>Go to bin</source>
            <translation>Allez à l’emplacement</translation>
        </message>
        <message>
            <source>bin empty</source>
            <translation>emplacement vide</translation>
        </message>
        <message>
            <source>not enough in bin</source>
            <translation>pas assez dans l’emplacement</translation>
        </message>
        <message>
            <source>item damaged</source>
            <translation>article abîmé</translation>
        </message>
        <message>
            <source>wrong item in bin</source>
            <translation>mauvais article dans l’emplacement</translation>
        </message>
        <message>
            <source>Short pick  (F9)</source>
            <translation>Manquant  (F9)</translation>
        </message>
        <message>
            <source>The bin does not hold enough: record it and put the order on hold for a lead</source>
            <translation>L’emplacement n’en a pas assez : enregistrez le manquant, la commande attend le chef d’équipe</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Batch pick: {count} orders ({numbers})</source>
            <translation>Préparation groupée : {count} commandes ({numbers})</translation>
        </message>
        <message>
            <source>Pick order {number}</source>
            <translation>Préparer la commande {number}</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Bin {step} of {steps} · {taken} of {units} items</source>
            <translation>Emplacement {step} sur {steps} · {taken} articles sur {units}</translation>
        </message>
        <message>
            <source>Everything is picked: go to the packing bench</source>
            <translation>Tout est prélevé : allez au poste d’emballage</translation>
        </message>
        <message>
            <source>NO BIN</source>
            <translation>SANS EMPLACEMENT</translation>
        </message>
        <message>
            <source>Take {count}</source>
            <translation>Prenez {count}</translation>
        </message>
        <message>
            <source>No bin holds this item: record a short pick (F9)</source>
            <translation>Aucun emplacement n’a cet article : enregistrez un manquant (F9)</translation>
        </message>
        <message>
            <source>Scan each item ({picked} of {total} taken)</source>
            <translation>Scannez chaque article ({picked} pris sur {total})</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Scannez d’abord l’étiquette de l’emplacement</translation>
        </message>
        <message>
            <source>{marker}Slot {slot}: {left} × ({number})</source>
            <translation>{marker}Case {slot} : {left} × ({number})</translation>
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
            <translation>Nom</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Codes-barres</translation>
        </message>
        <message>
            <source>Search SKU, name or scan a barcode…</source>
            <translation>Chercher réf., nom ou scanner un code-barres…</translation>
        </message>
        <message>
            <source>EAN/UPC/GTIN or store codes, comma-separated</source>
            <translation>EAN/UPC/GTIN ou codes boutique, séparés par des virgules</translation>
        </message>
        <message>
            <source>for parcels leaving the customs union: 6109.10</source>
            <translation>pour les colis qui quittent l'union douanière : 6109.10</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save as new product</source>
            <translation>Enregistrer comme nouveau produit</translation>
        </message>
        <message>
            <source>If a row is wrong: import nothing</source>
            <translation>Si une ligne est fausse : ne rien importer</translation>
        </message>
        <message>
            <source>If a row is wrong: import the valid rows</source>
            <translation>Si une ligne est fausse : importer les lignes valides</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>Import from the store's catalogue</source>
            <translation>Importer du catalogue de la boutique</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>SKU:</source>
            <translation>Réf. :</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Variant:</source>
            <translation>Variante :</translation>
        </message>
        <message>
            <source>Barcodes:</source>
            <translation>Codes-barres :</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Poids :</translation>
        </message>
        <message>
            <source>HS code:</source>
            <translation>Code SH :</translation>
        </message>
        <message>
            <source>Made in (country):</source>
            <translation>Fabriqué en (pays) :</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Select a product first, or save as a new one</source>
            <translation>Choisissez d’abord un produit, ou enregistrez-en un nouveau</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Reading the catalogue of {store}…</source>
            <translation>Lecture du catalogue de {store}…</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Ligne {line} : {error}</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Importer des produits</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Set up a store connection first</source>
            <translation>Configurez d’abord une boutique</translation>
        </message>
    </context>
    <context>
        <name>QualityPanel</name>
        <message>
            <source>Quality checks failed</source>
            <translation>Contrôles qualité échoués</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Failed check</source>
            <translation>Contrôle échoué</translation>
        </message>
        <message>
            <source>Units set aside</source>
            <translation>Unités mises de côté</translation>
        </message>
        <message>
            <source>Export quality CSV…</source>
            <translation>Exporter la qualité en CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Quality checks failed: %n unit(s)</source>
            <translation>
                <numerusform>Contrôles qualité échoués : %n unité</numerusform>
                <numerusform>Contrôles qualité échoués : %n unités</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {error}</source>
            <translation>Non mis à jour : {error}</translation>
        </message>
        <message>
            <source>Export quality failures</source>
            <translation>Exporter les échecs qualité</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exported to {file}</source>
            <translation>Exporté vers {file}</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Expédier avant</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Gift / note / hold</source>
            <translation>Cadeau / note / attente</translation>
        </message>
        <message>
            <source>At station</source>
            <translation>Au poste</translation>
        </message>
        <message>
            <source>On hold: {reason}</source>
            <translation>En attente : {reason}</translation>
        </message>
        <message>
            <source>gift</source>
            <translation>cadeau</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>held: {reason}</source>
            <translation>en attente : {reason}</translation>
        </message>
    </context>
    <context>
        <name>QueueScreen</name>
        <message>
            <source>Next order  (F2)</source>
            <translation>Commande suivante  (F2)</translation>
        </message>
        <message>
            <source>…or scan an order barcode to take that order</source>
            <translation>…ou scannez le code d’une commande pour la prendre</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>Commandes ouvertes</translation>
        </message>
        <message>
            <source>All orders</source>
            <translation>Toutes les commandes</translation>
        </message>
        <message>
            <source>Filter: order, name, country…</source>
            <translation>Filtrer : commande, nom, pays…</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Refresh  (F5)</source>
            <translation>Actualiser  (F5)</translation>
        </message>
        <message>
            <source>&amp;Take selected</source>
            <translation>&amp;Prendre la sélection</translation>
        </message>
    </context>
    <context>
        <name>RefusedMessagesModel</name>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Boutique</translation>
        </message>
        <message>
            <source>The store said</source>
            <translation>La boutique a dit</translation>
        </message>
    </context>
    <context>
        <name>ReturnsReportWidget</name>
        <message>
            <source>Returned units</source>
            <translation>Unités retournées</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Taux de retour</translation>
        </message>
        <message>
            <source>Packed by</source>
            <translation>Emballé par</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Approve the selected refund</source>
            <translation>Approuver le remboursement choisi</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Refunds waiting for a lead's approval: %n</source>
            <translation>
                <numerusform>Remboursement en attente d'un chef : %n</numerusform>
                <numerusform>Remboursements en attente d'un chef : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Export returns</source>
            <translation>Exporter les retours</translation>
        </message>
    </context>
    <context>
        <name>ReturnsWidget</name>
        <message>
            <source>resellable</source>
            <translation>revendable</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>abîmé</translation>
        </message>
        <message>
            <source>wrong item</source>
            <translation>mauvais article</translation>
        </message>
        <message>
            <source>Returns: scan the order barcode, the return code or type the order number</source>
            <translation>Retours : scannez le code-barres de la commande, le code de retour ou tapez le numéro de commande</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Expédié</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Retourné</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scanné</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Va vers</translation>
        </message>
        <message>
            <source>Reason (the store's list or the customer's words)</source>
            <translation>Motif (liste de la boutique ou mots du client)</translation>
        </message>
        <message>
            <source>F10 Close return and refund</source>
            <translation>F10 Clore le retour et rembourser</translation>
        </message>
        <message>
            <source>Return receipt (PDF)</source>
            <translation>Reçu de retour (PDF)</translation>
        </message>
        <message>
            <source>return {code} announced by the store</source>
            <translation>retour {code} annoncé par la boutique</translation>
        </message>
        <message>
            <source>not announced by the store: the lead will see it</source>
            <translation>non annoncé par la boutique : le chef le verra</translation>
        </message>
        <message>
            <source>Return of order {number}</source>
            <translation>Retour de la commande {number}</translation>
        </message>
        <message>
            <source>Scan each returned unit; {announced}</source>
            <translation>Scannez chaque unité retournée ; {announced}</translation>
        </message>
        <message>
            <source>{sku} received; condition: F5–F8</source>
            <translation>{sku} reçu ; état : F5–F8</translation>
        </message>
        <message>
            <source>sent to the store through the outbox</source>
            <translation>envoyé à la boutique par la file d'envoi</translation>
        </message>
        <message>
            <source>waits for a lead's approval</source>
            <translation>attend l'accord d'un chef</translation>
        </message>
        <message>
            <source>Return {id} closed: refund {amount} {currency} {status}</source>
            <translation>Retour {id} clos : remboursement {amount} {currency} {status}</translation>
        </message>
        <message>
            <source>Scan the next order to receive another return</source>
            <translation>Scannez la commande suivante pour un autre retour</translation>
        </message>
        <message>
            <source>Save the return receipt</source>
            <translation>Enregistrer le reçu de retour</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <source>Packer</source>
            <translation>Emballeur</translation>
        </message>
        <message>
            <source>Shift lead</source>
            <translation>Chef d’équipe</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Administrateur</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scanné</translation>
        </message>
        <message>
            <source>Put the scanned item back and scan the expected one</source>
            <translation>Reposez l'article scanné et scannez celui attendu</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>pas de photo</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Scan your badge to sign in</source>
            <translation>Scannez votre badge pour vous connecter</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Poste {name}</translation>
        </message>
        <message>
            <source>No scanner? Type the badge code into the scan field above and press Enter.</source>
            <translation>Pas de scanner ? Tapez le code du badge dans le champ de scan ci-dessus, puis Entrée.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Connexion</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>Code &amp;PIN</translation>
        </message>
        <message>
            <source>…or choose your name and type your PIN</source>
            <translation>…ou choisissez votre nom et tapez votre code PIN</translation>
        </message>
        <message>
            <source>Language of this station</source>
            <translation>Langue de ce poste</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Choisissez d’abord votre nom.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Tapez votre code PIN.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>P&amp;ull now</source>
            <translation>&amp;Récupérer maintenant</translation>
        </message>
        <message>
            <source>Fetch new orders from the stores now</source>
            <translation>Récupérer maintenant les nouvelles commandes des boutiques</translation>
        </message>
        <message>
            <source>Station {name}</source>
            <translation>Poste {name}</translation>
        </message>
        <message>
            <source>Printer: idle</source>
            <translation>Imprimante : au repos</translation>
        </message>
        <message>
            <source>no scanner yet</source>
            <translation>pas encore de scanner</translation>
        </message>
        <message>
            <source>Database: …</source>
            <translation>Base : …</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Dernière récupération : jamais</translation>
        </message>
        <message>
            <source>Outbox: …</source>
            <translation>À envoyer : …</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>Connecté : {name} ({role})</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Personne de connecté</translation>
        </message>
        <message>
            <source>Scanner: not working</source>
            <translation>Scanner : ne marche pas</translation>
        </message>
        <message>
            <source>Scanner: {message}</source>
            <translation>Scanner : {message}</translation>
        </message>
        <message numerus="yes">
            <source>Pulling: %n order(s)</source>
            <translation>
                <numerusform>Import : %n commande</numerusform>
                <numerusform>Import : %n commandes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, page %n</source>
            <translation>
                <numerusform>, page %n</numerusform>
                <numerusform>, page %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held: </source>
            <translation>
                <numerusform>%n en attente : </numerusform>
                <numerusform>%n en attente : </numerusform>
            </translation>
        </message>
        <message>
            <source>Scanner OK</source>
            <translation>Scanner OK</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Base : {name}</translation>
        </message>
        <message>
            <source>Database unreachable: {name}</source>
            <translation>Base injoignable : {name}</translation>
        </message>
        <message>
            <source>Outbox: —</source>
            <translation>À envoyer : —</translation>
        </message>
        <message>
            <source>Outbox stopped: {stores} refused the token</source>
            <translation>Envoi arrêté : {stores} a refusé le jeton</translation>
        </message>
        <message>
            <source>The store token was refused: Admin &gt; Store connections ({stores})</source>
            <translation>Le jeton de la boutique a été refusé : Administration &gt; Boutiques ({stores})</translation>
        </message>
        <message>
            <source>Outbox: {count}</source>
            <translation>À envoyer : {count}</translation>
        </message>
        <message>
            <source>, {failed} failed</source>
            <translation>, {failed} en échec</translation>
        </message>
        <message>
            <source>Pull failed</source>
            <translation>Récupération échouée</translation>
        </message>
        <message>
            <source>Last pull: {time}</source>
            <translation>Dernière récupération : {time}</translation>
        </message>
        <message>
            <source>Database unreachable</source>
            <translation>Base injoignable</translation>
        </message>
        <message>
            <source>Pulling orders…</source>
            <translation>Récupération des commandes…</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Label printer</source>
            <translation>Imprimante d’étiquettes</translation>
        </message>
        <message>
            <source>Slip printer</source>
            <translation>Imprimante de bons</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>serial</source>
            <translation>série</translation>
        </message>
        <message>
            <source>keyboard</source>
            <translation>clavier</translation>
        </message>
        <message>
            <source>Label format: automatic</source>
            <translation>Format d’étiquette : automatique</translation>
        </message>
        <message>
            <source>Keyboard (USB HID)</source>
            <translation>Clavier (USB HID)</translation>
        </message>
        <message>
            <source>Serial / USB-COM</source>
            <translation>Série / USB-COM</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Longest pause between two characters of one scan; slower typing is a person at the keyboard</source>
            <translation>Pause maximale entre deux caractères d’un scan ; plus lent, c’est quelqu’un au clavier</translation>
        </message>
        <message>
            <source>The picker is the packer</source>
            <translation>Le préparateur emballe aussi</translation>
        </message>
        <message>
            <source>A unit scanned at pick is not scanned again at packing; on by default where this is the only station</source>
            <translation>Un article scanné à la préparation n'est pas scanné à nouveau à l'emballage ; activé par défaut quand c'est le seul poste</translation>
        </message>
        <message>
            <source>Save station</source>
            <translation>Enregistrer le poste</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Impression test</translation>
        </message>
        <message>
            <source>Test scan: click here and scan any code</source>
            <translation>Scan test : cliquez ici et scannez un code</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Label printer:</source>
            <translation>Imprimante d’étiquettes :</translation>
        </message>
        <message>
            <source>Slip printer:</source>
            <translation>Imprimante de bons :</translation>
        </message>
        <message>
            <source>Scanner:</source>
            <translation>Scanner :</translation>
        </message>
        <message>
            <source>Keystroke gap:</source>
            <translation>Délai entre touches :</translation>
        </message>
        <message>
            <source>Serial port:</source>
            <translation>Port série :</translation>
        </message>
        <message>
            <source>Speed (baud):</source>
            <translation>Vitesse (bauds) :</translation>
        </message>
        <message>
            <source>A serial scanner needs its port, e.g. /dev/ttyACM0</source>
            <translation>Un scanner série a besoin de son port, ex. /dev/ttyACM0</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Test label sent to {printer}: it shows T-00-0-0 and its barcode</source>
            <translation>Étiquette test envoyée à {printer} : elle montre T-00-0-0 et son code-barres</translation>
        </message>
        <message>
            <source>Read {raw} — not a code packdesk knows: {why}</source>
            <translation>Lu {raw} — code inconnu de packdesk : {why}</translation>
        </message>
        <message>
            <source>Read a {kind} code: {key}</source>
            <translation>Code {kind} lu : {key}</translation>
        </message>
        <message>
            <source>Enter the label printer first</source>
            <translation>Indiquez d’abord l’imprimante d’étiquettes</translation>
        </message>
        <message>
            <source>Printing a test label…</source>
            <translation>Impression d’une étiquette test…</translation>
        </message>
    </context>
    <context>
        <name>StatsTableModel</name>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Orders shipped in the period</source>
            <translation>Commandes expédiées dans la période</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Units shipped (ordered minus short-picked)</source>
            <translation>Unités expédiées (commandées moins manquantes)</translation>
        </message>
        <message>
            <source>Orders/h</source>
            <translation>Cmd/h</translation>
        </message>
        <message>
            <source>Orders per hour from the first scan to the last shipment</source>
            <translation>Commandes par heure, du premier scan à la dernière expédition</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Médiane</translation>
        </message>
        <message>
            <source>Median time per order, first scan to shipped</source>
            <translation>Temps médian par commande, du premier scan à l'expédition</translation>
        </message>
        <message>
            <source>90th pct</source>
            <translation>90e centile</translation>
        </message>
        <message>
            <source>9 in 10 orders took at most this long</source>
            <translation>9 commandes sur 10 ont pris au plus ce temps</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Mean time from first scan to picked</source>
            <translation>Temps moyen du premier scan à la préparation terminée</translation>
        </message>
        <message>
            <source>Pack</source>
            <translation>Emball.</translation>
        </message>
        <message>
            <source>Mean time from picked to packed</source>
            <translation>Temps moyen de la préparation à l'emballage</translation>
        </message>
        <message>
            <source>Mis-scans</source>
            <translation>Erreurs de scan</translation>
        </message>
        <message>
            <source>Refused scans per scan of an item or a bin</source>
            <translation>Scans refusés par scan d'article ou d'emplacement</translation>
        </message>
        <message>
            <source>Short picks</source>
            <translation>Manquants</translation>
        </message>
        <message>
            <source>Items the picker could not find</source>
            <translation>Articles que le préparateur n'a pas trouvés</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Dérogations</translation>
        </message>
        <message>
            <source>Lead overrides recorded</source>
            <translation>Dérogations du chef d'équipe enregistrées</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(non enregistré)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>StoreSyncPanel</name>
        <message>
            <source>Stores</source>
            <translation>Boutiques</translation>
        </message>
        <message>
            <source>Last pull: never</source>
            <translation>Dernière récupération : jamais</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Send the selected message to the store again</source>
            <translation>Renvoyer le message choisi à la boutique</translation>
        </message>
        <message>
            <source>Dis&amp;miss</source>
            <translation>&amp;Écarter</translation>
        </message>
        <message>
            <source>Do not send the selected message (the store was told by hand)</source>
            <translation>Ne pas envoyer le message choisi (la boutique a été prévenue à la main)</translation>
        </message>
        <message>
            <source>Last pull {time}: {summary}</source>
            <translation>Récupération {time} : {summary}</translation>
        </message>
        <message>
            <source>On hold after the pull: {numbers}</source>
            <translation>En attente après la récupération : {numbers}</translation>
        </message>
        <message>
            <source>{store} refused the token, nothing is sent to it: Admin &gt; Store connections ({words})</source>
            <translation>{store} a refusé le jeton, rien ne lui est envoyé : Administration &gt; Boutiques ({words})</translation>
        </message>
        <message numerus="yes">
            <source>Stores: %n refused message(s)</source>
            <translation>
                <numerusform>Boutiques : %n message refusé</numerusform>
                <numerusform>Boutiques : %n messages refusés</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated: {message}</source>
            <translation>Non mis à jour : {message}</translation>
        </message>
        <message>
            <source>Order {number}: sent again at the next round</source>
            <translation>Commande {number} : renvoyée au prochain tour</translation>
        </message>
        <message>
            <source>Order {number}: dismissed, not sent</source>
            <translation>Commande {number} : écartée, non envoyée</translation>
        </message>
        <message>
            <source>Order {number}: already dealt with</source>
            <translation>Commande {number} : déjà traitée</translation>
        </message>
    </context>
    <context>
        <name>StoresPage</name>
        <message>
            <source>Store</source>
            <translation>Boutique</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Pulled</source>
            <translation>Récupération</translation>
        </message>
        <message>
            <source>every {minutes} min</source>
            <translation>toutes les {minutes} min</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>à la main</translation>
        </message>
        <message>
            <source>File drop (CSV/JSON)</source>
            <translation>Dépôt de fichiers (CSV/JSON)</translation>
        </message>
        <message>
            <source>Consumer key:</source>
            <translation>Clé client :</translation>
        </message>
        <message>
            <source>Consumer secret:</source>
            <translation>Secret client :</translation>
        </message>
        <message>
            <source>Access token:</source>
            <translation>Jeton d’accès :</translation>
        </message>
        <message>
            <source>by hand only</source>
            <translation>à la main seulement</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>kept in the system keyring; empty keeps it</source>
            <translation>gardé dans le trousseau du système ; vide = inchangé</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>URL or folder:</source>
            <translation>URL ou dossier :</translation>
        </message>
        <message>
            <source>Pull every:</source>
            <translation>Récupérer toutes les :</translation>
        </message>
        <message>
            <source>Every location</source>
            <translation>Tous les entrepôts</translation>
        </message>
        <message>
            <source>List the store's locations</source>
            <translation>Lister les entrepôts de la boutique</translation>
        </message>
        <message>
            <source>Pull test orders too</source>
            <translation>Récupérer aussi les commandes de test</translation>
        </message>
        <message>
            <source>Packed here (slip, no shipping label)</source>
            <translation>Emballées ici (bon, sans étiquette d’expédition)</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorées</translation>
        </message>
        <message>
            <source>Save fulfilment options</source>
            <translation>Enregistrer les options d’expédition</translation>
        </message>
        <message>
            <source>Shopify fulfilment</source>
            <translation>Expédition Shopify</translation>
        </message>
        <message>
            <source>This station ships for:</source>
            <translation>Ce poste expédie pour :</translation>
        </message>
        <message>
            <source>Local pickup orders:</source>
            <translation>Commandes à retirer en magasin :</translation>
        </message>
        <message numerus="yes">
            <source>%n location(s) at the store</source>
            <translation>
                <numerusform>%n entrepôt à la boutique</numerusform>
                <numerusform>%n entrepôts à la boutique</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Asking {address}…</source>
            <translation>Interrogation de {address}…</translation>
        </message>
        <message>
            <source>{store}: fulfilment options saved</source>
            <translation>{store} : options d’expédition enregistrées</translation>
        </message>
        <message>
            <source>{address} answered: the connection works</source>
            <translation>{address} a répondu : la connexion marche</translation>
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
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>set</source>
            <translation>défini</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>bloqué</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>4 to 12 digits; empty keeps the PIN</source>
            <translation>4 à 12 chiffres ; vide = PIN inchangé</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Peut se connecter</translation>
        </message>
        <message>
            <source>Add as new user</source>
            <translation>Ajouter comme nouvel utilisateur</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation>Débloquer le PIN</translation>
        </message>
        <message>
            <source>Print badge…</source>
            <translation>Imprimer le badge…</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <source>Badge code:</source>
            <translation>Code du badge :</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Nouveau PIN :</translation>
        </message>
        <message>
            <source>Select a user first</source>
            <translation>Choisissez d’abord un utilisateur</translation>
        </message>
        <message>
            <source>{name} added</source>
            <translation>{name} ajouté</translation>
        </message>
        <message>
            <source>{name} saved</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>{name} unlocked</source>
            <translation>{name} débloqué</translation>
        </message>
        <message>
            <source>Badge saved to {file}</source>
            <translation>Badge enregistré dans {file}</translation>
        </message>
        <message>
            <source>Save badge</source>
            <translation>Enregistrer le badge</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>WeighPanel</name>
        <message>
            <source>Weigh now</source>
            <translation>Peser</translation>
        </message>
        <message>
            <source>Box {code} ({length} × {width} × {height} mm, {fill} % full): scan its barcode, or another box's</source>
            <translation>Carton {code} ({length} × {width} × {height} mm, rempli à {fill} %) : scannez son code-barres, ou celui d'un autre carton</translation>
        </message>
        <message>
            <source>No box proposed: {reason}</source>
            <translation>Aucun carton proposé : {reason}</translation>
        </message>
        <message>
            <source>Box {code} confirmed</source>
            <translation>Carton {code} confirmé</translation>
        </message>
        <message>
            <source>The scale has no steady weight yet</source>
            <translation>La balance n'a pas encore de poids stable</translation>
        </message>
        <message>
            <source>{grams} g: ready for the label</source>
            <translation>{grams} g : prêt pour l'étiquette</translation>
        </message>
        <message>
            <source>(let go by {name})</source>
            <translation>(laissé passer par {name})</translation>
        </message>
        <message>
            <source>Finding the box…</source>
            <translation>Recherche du carton…</translation>
        </message>
        <message>
            <source>Scan the box you pack in</source>
            <translation>Scannez le carton utilisé</translation>
        </message>
        <message>
            <source>Put the parcel on the scale</source>
            <translation>Posez le colis sur la balance</translation>
        </message>
        <message>
            <source>Checking the weight…</source>
            <translation>Contrôle du poids…</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>From</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Bon de livraison</translation>
        </message>
        <message>
            <source>Gift slip</source>
            <translation>Bon cadeau</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Commandé le</translation>
        </message>
        <message>
            <source>Ship by</source>
            <translation>Expédier avant</translation>
        </message>
        <message>
            <source>Shipping</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Color / size</source>
            <translation>Couleur / taille</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Note from the customer</source>
            <translation>Note du client</translation>
        </message>
        <message>
            <source>Gift message</source>
            <translation>Message cadeau</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>A gift for you</source>
            <translation>Un cadeau pour vous</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Page {page}</translation>
        </message>
        <message>
            <source>Tell us how it went: scan the code</source>
            <translation>Dites-nous comment ça s'est passé : scannez le code</translation>
        </message>
        <message>
            <source>Returns: scan the code to start one</source>
            <translation>Retours : scannez le code pour en faire un</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Merci</translation>
        </message>
        <message>
            <source>Packing bench commands</source>
            <translation>Commandes du poste d'emballage</translation>
        </message>
        <message>
            <source>All quality checks pass</source>
            <translation>Tous les contrôles qualité sont OK</translation>
        </message>
        <message>
            <source>Quality check {number} failed</source>
            <translation>Contrôle qualité {number} échoué</translation>
        </message>
        <message>
            <source>Undo the last scan</source>
            <translation>Annuler le dernier scan</translation>
        </message>
        <message>
            <source>Not quite right? You can return unused items within 30 days. Keep this slip, scan its barcode or quote the order number when you contact us, and we will send you a return label.</source>
            <translation>Un souci ? Vous pouvez retourner les articles non utilisés sous 30 jours. Gardez ce bon, scannez son code-barres ou donnez le numéro de commande en nous contactant, et nous vous enverrons une étiquette retour.</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <source>colour</source>
            <translation>couleur</translation>
        </message>
        <message>
            <source>size</source>
            <translation>taille</translation>
        </message>
    </context>
    <context>
        <name>queue</name>
        <message>
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <source>Picking</source>
            <translation>En préparation</translation>
        </message>
        <message>
            <source>Packing</source>
            <translation>En emballage</translation>
        </message>
        <message>
            <source>Packed</source>
            <translation>Emballée</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Expédié</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>a brace in the template is not closed</source>
            <translation>une accolade du modèle n'est pas fermée</translation>
        </message>
        <message>
            <source>a link has at most {count} characters</source>
            <translation>un lien a au plus {count} caractères</translation>
        </message>
        <message>
            <source>a link starts with https:// and has no spaces</source>
            <translation>un lien commence par https:// et n'a pas d'espaces</translation>
        </message>
        <message>
            <source>a link may hold the fields order and token only, not {field}</source>
            <translation>un lien ne peut contenir que les champs order et token, pas {field}</translation>
        </message>
        <message>
            <source>a card has at most {count} characters</source>
            <translation>une carte a au plus {count} caractères</translation>
        </message>
        <message>
            <source>a card may hold the fields name and code only, not {field}</source>
            <translation>une carte ne peut contenir que les champs name et code, pas {field}</translation>
        </message>
        <message>
            <source>the amount {amount} is not a number</source>
            <translation>le montant {amount} n'est pas un nombre</translation>
        </message>
        <message>
            <source>a code has at most {count} characters</source>
            <translation>un code a au plus {count} caractères</translation>
        </message>
        <message>
            <source>the order has no such line</source>
            <translation>la commande n’a pas cette ligne</translation>
        </message>
        <message>
            <source>order {number} has no customer note</source>
            <translation>la commande {number} n’a pas de note client</translation>
        </message>
        <message>
            <source>order {number} is not a gift</source>
            <translation>la commande {number} n’est pas un cadeau</translation>
        </message>
        <message>
            <source>print the message card of order {number} first (Ctrl+P): the card goes in with the message printed</source>
            <translation>imprimez d'abord la carte message de la commande {number} (Ctrl+P) : la carte part avec le message imprimé</translation>
        </message>
        <message>
            <source>authorisation expired</source>
            <translation>autorisation expirée</translation>
        </message>
        <message>
            <source>the card was declined</source>
            <translation>la carte a été refusée</translation>
        </message>
        <message>
            <source>the store could not be reached</source>
            <translation>la boutique est injoignable</translation>
        </message>
        <message>
            <source>the store did not confirm it</source>
            <translation>la boutique ne l'a pas confirmé</translation>
        </message>
        <message>
            <source>nothing is left to capture</source>
            <translation>il ne reste rien à encaisser</translation>
        </message>
        <message>
            <source>payment could not be captured: {reason}</source>
            <translation>le paiement n'a pas pu être encaissé : {reason}</translation>
        </message>
        <message>
            <source>a PIN is 4 to 12 digits</source>
            <translation>un PIN fait 4 à 12 chiffres</translation>
        </message>
        <message>
            <source>a quality check needs its words</source>
            <translation>un contrôle qualité a besoin d'un texte</translation>
        </message>
        <message>
            <source>a quality check has at most {count} characters</source>
            <translation>un contrôle qualité a au plus {count} caractères</translation>
        </message>
        <message>
            <source>there is no check {number}</source>
            <translation>il n'y a pas de contrôle {number}</translation>
        </message>
        <message>
            <source>could not read this code ({error})</source>
            <translation>code illisible ({error})</translation>
        </message>
        <message>
            <source>empty scan: no data was read</source>
            <translation>scan vide : aucune donnée lue</translation>
        </message>
        <message>
            <source>this code is too long to be one packdesk knows ({count} characters)</source>
            <translation>code trop long pour packdesk ({count} caractères)</translation>
        </message>
        <message>
            <source>bin label {code} does not hold a valid bin code</source>
            <translation>l’étiquette {code} ne porte pas un code d’emplacement valide</translation>
        </message>
        <message>
            <source>this badge has no readable id</source>
            <translation>ce badge n’a pas d’identifiant lisible</translation>
        </message>
        <message>
            <source>this order barcode has no readable order number</source>
            <translation>ce code de commande n’a pas de numéro lisible</translation>
        </message>
        <message>
            <source>{code} looks like a product barcode but its check digit is wrong: scan it again</source>
            <translation>{code} ressemble à un code produit mais sa clé est fausse : rescannez</translation>
        </message>
        <message>
            <source>{code} is a GS1 code packdesk cannot read</source>
            <translation>{code} est un code GS1 que packdesk ne sait pas lire</translation>
        </message>
        <message>
            <source>unknown code {code}: it has spaces or control characters</source>
            <translation>code inconnu {code} : il contient des espaces ou des caractères de contrôle</translation>
        </message>
        <message>
            <source>this is a shipping container code (SSCC {sscc}), not a product: scan the item's own barcode</source>
            <translation>c’est un code de colis (SSCC {sscc}), pas un produit : scannez le code de l’article</translation>
        </message>
        <message>
            <source>printer at {where} dropped the connection: {error}</source>
            <translation>l’imprimante {where} a coupé la connexion : {error}</translation>
        </message>
        <message>
            <source>printer at {where} refused the connection: is it on, and is this its address?</source>
            <translation>l’imprimante {where} a refusé la connexion : est-elle allumée, et est-ce bien son adresse ?</translation>
        </message>
        <message>
            <source>no answer from the printer at {where} within {seconds} s: is it on and on the network?</source>
            <translation>pas de réponse de l’imprimante {where} en {seconds} s : est-elle allumée et sur le réseau ?</translation>
        </message>
        <message>
            <source>cannot reach the printer at {where}: {error}</source>
            <translation>impossible de joindre l’imprimante {where} : {error}</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en file</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>en envoi</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en attente à l’imprimante</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>en échec</translation>
        </message>
        <message>
            <source>nothing printed yet to print again</source>
            <translation>rien n’a encore été imprimé, rien à réimprimer</translation>
        </message>
        <message>
            <source>the job is still {status}</source>
            <translation>le travail est toujours {status}</translation>
        </message>
        <message>
            <source>the first copy is still {status}: not sent again, so it cannot print twice</source>
            <translation>la première copie est toujours {status} : pas renvoyée, pour ne pas imprimer deux fois</translation>
        </message>
        <message>
            <source>the first copy is still {status} ({why}): not sent again, so it cannot print twice</source>
            <translation>la première copie est toujours {status} ({why}) : pas renvoyée, pour ne pas imprimer deux fois</translation>
        </message>
        <message>
            <source>the printer has not taken the job after {seconds} s; it stays queued</source>
            <translation>l’imprimante n’a pas pris le travail après {seconds} s ; il reste en file</translation>
        </message>
        <message>
            <source>this badge is not known here; ask a lead to register it</source>
            <translation>badge inconnu ici ; demandez au chef d’équipe de l’enregistrer</translation>
        </message>
        <message>
            <source>wrong name or PIN</source>
            <translation>nom ou PIN incorrect</translation>
        </message>
        <message>
            <source>too many wrong PINs: try again in {wait} s or scan your badge</source>
            <translation>trop de PIN faux : réessayez dans {wait} s ou scannez votre badge</translation>
        </message>
        <message>
            <source>name the store's shipping method (* for every other)</source>
            <translation>indiquez le mode de livraison de la boutique (* pour tous les autres)</translation>
        </message>
        <message>
            <source>choose where the label comes from</source>
            <translation>choisissez d'où vient l'étiquette</translation>
        </message>
        <message>
            <source>our own label needs a carrier: its numbers come from that carrier's sequence</source>
            <translation>notre propre étiquette a besoin d'un transporteur : ses numéros viennent de la séquence de ce transporteur</translation>
        </message>
        <message>
            <source>a service needs its carrier</source>
            <translation>un service a besoin de son transporteur</translation>
        </message>
        <message>
            <source>shipping method {method} is not mapped</source>
            <translation>le mode de livraison {method} n'est pas associé</translation>
        </message>
        <message>
            <source>the ship-from address needs a name</source>
            <translation>l'adresse d'expédition a besoin d'un nom</translation>
        </message>
        <message>
            <source>the ship-from address needs a street</source>
            <translation>l'adresse d'expédition a besoin d'une rue</translation>
        </message>
        <message>
            <source>the ship-from address needs a city</source>
            <translation>l'adresse d'expédition a besoin d'une ville</translation>
        </message>
        <message>
            <source>the ship-from address needs a postal code</source>
            <translation>l'adresse d'expédition a besoin d'un code postal</translation>
        </message>
        <message>
            <source>{country} is not a two-letter country code (LV, NO, BR)</source>
            <translation>{country} n'est pas un code pays à deux lettres (LV, NO, BR)</translation>
        </message>
        <message>
            <source>name the carrier of the number sequence</source>
            <translation>indiquez le transporteur de la séquence de numéros</translation>
        </message>
        <message>
            <source>the next number is 1 or more, the width 0 to 20 digits</source>
            <translation>le numéro suivant vaut 1 ou plus, la largeur de 0 à 20 chiffres</translation>
        </message>
        <message>
            <source>a number prefix has no spaces</source>
            <translation>un préfixe de numéro n'a pas d'espaces</translation>
        </message>
        <message>
            <source>{carrier} numbers up to {used} are used: the next number cannot go back</source>
            <translation>les numéros {carrier} jusqu'à {used} sont utilisés : le numéro suivant ne peut pas reculer</translation>
        </message>
        <message>
            <source>{code} is not an HS code: 6 to 10 digits, such as 6109.10</source>
            <translation>{code} n'est pas un code SH : 6 à 10 chiffres, par exemple 6109.10</translation>
        </message>
        <message>
            <source>a quality check is for one product or one tag</source>
            <translation>un contrôle qualité vaut pour un produit ou une étiquette</translation>
        </message>
        <message>
            <source>no product has the SKU {sku}</source>
            <translation>aucun produit n'a le SKU {sku}</translation>
        </message>
        <message>
            <source>this station's printer cannot print message cards</source>
            <translation>l'imprimante de ce poste ne sait pas imprimer les cartes message</translation>
        </message>
        <message>
            <source>a packer</source>
            <translation>un emballeur</translation>
        </message>
        <message>
            <source>a lead</source>
            <translation>un chef d’équipe</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>un administrateur</translation>
        </message>
        <message>
            <source>no order is being packed at this station</source>
            <translation>aucune commande en emballage à ce poste</translation>
        </message>
        <message>
            <source>order {number} has no such line</source>
            <translation>la commande {number} n’a pas cette ligne</translation>
        </message>
        <message>
            <source>{name} is {role}</source>
            <translation>{name} est {role}</translation>
        </message>
        <message>
            <source>no order is being picked at this station</source>
            <translation>aucune commande en préparation à ce poste</translation>
        </message>
        <message>
            <source>nothing left to pick</source>
            <translation>plus rien à préparer</translation>
        </message>
        <message>
            <source>this badge is not known here</source>
            <translation>badge inconnu ici</translation>
        </message>
        <message>
            <source>a lead can put it on hold to repack it</source>
            <translation>un chef d’équipe peut la mettre en attente pour la réemballer</translation>
        </message>
        <message>
            <source>{source} is not set up at this station: the admin must add its key</source>
            <translation>{source} n'est pas configuré sur ce poste : l'administrateur doit ajouter sa clé</translation>
        </message>
        <message>
            <source>order {number} is not packed yet: verify every unit first</source>
            <translation>la commande {number} n’est pas encore emballée : vérifiez d’abord chaque article</translation>
        </message>
        <message>
            <source>this station has no printer set up</source>
            <translation>ce poste n’a pas d’imprimante configurée</translation>
        </message>
        <message>
            <source>scan the carrier label</source>
            <translation>scannez l'étiquette du transporteur</translation>
        </message>
        <message>
            <source>enter the {carrier} tracking number to ship</source>
            <translation>saisissez le numéro de suivi {carrier} pour expédier</translation>
        </message>
        <message>
            <source>no unit is waiting for its checks</source>
            <translation>aucune unité n'attend ses contrôles</translation>
        </message>
        <message>
            <source>confirm the quality checks of {sku} first</source>
            <translation>confirmez d'abord les contrôles qualité de {sku}</translation>
        </message>
        <message>
            <source>quality check failed for {sku} ({reason}) and no bin has another</source>
            <translation>contrôle qualité échoué pour {sku} ({reason}) et aucun emplacement n'en a d'autre</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <source>picking</source>
            <translation>en préparation</translation>
        </message>
        <message>
            <source>packing</source>
            <translation>en emballage</translation>
        </message>
        <message>
            <source>packed</source>
            <translation>emballée</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>expédiée</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>there is no order {number}</source>
            <translation>pas de commande {number}</translation>
        </message>
        <message>
            <source>order {number} is {status}: {why}</source>
            <translation>la commande {number} est {status} : {why}</translation>
        </message>
        <message>
            <source>order {number} is {status}</source>
            <translation>la commande {number} est {status}</translation>
        </message>
        <message>
            <source>order {number} is held by {station} ({user}); a lead can take it over</source>
            <translation>la commande {number} est prise par {station} ({user}) ; un chef d’équipe peut la reprendre</translation>
        </message>
        <message>
            <source>order {number} is held by {station}; a lead can take it over</source>
            <translation>la commande {number} est prise par {station} ; un chef d’équipe peut la reprendre</translation>
        </message>
        <message>
            <source>finish order {number} first</source>
            <translation>terminez d’abord la commande {number}</translation>
        </message>
        <message>
            <source>a batch needs at least one order</source>
            <translation>un lot demande au moins une commande</translation>
        </message>
        <message>
            <source>order {number} is not held by any station</source>
            <translation>la commande {number} n’est prise par aucun poste</translation>
        </message>
        <message>
            <source>nobody (released by a lead)</source>
            <translation>personne (libérée par un chef d’équipe)</translation>
        </message>
        <message>
            <source>now held by {holder}</source>
            <translation>maintenant prise par {holder}</translation>
        </message>
        <message>
            <source>this order is already in hand</source>
            <translation>cette commande est déjà en cours</translation>
        </message>
        <message>
            <source>scanned order {number}</source>
            <translation>commande {number} scannée</translation>
        </message>
        <message>
            <source>badge scanned while picking</source>
            <translation>badge scanné pendant la préparation</translation>
        </message>
        <message>
            <source>no product has the barcode {code}</source>
            <translation>aucun produit n’a le code-barres {code}</translation>
        </message>
        <message>
            <source>packing: scan the items, not bins</source>
            <translation>à l’emballage : scannez les articles, pas les emplacements</translation>
        </message>
        <message>
            <source>this is the label of order {other}, not of order {number}: take it off this parcel</source>
            <translation>c'est l'étiquette de la commande {other}, pas de la commande {number} : retirez-la de ce colis</translation>
        </message>
        <message>
            <source>{lead} lets order {number} ship without its payment: print (F7) and ship (F10)</source>
            <translation>{lead} autorise l'expédition de la commande {number} sans son paiement : imprimer (F7) et expédier (F10)</translation>
        </message>
        <message>
            <source>Scan your badge first</source>
            <translation>Scannez d’abord votre badge</translation>
        </message>
        <message>
            <source>Signed out after a pause: scan your badge</source>
            <translation>Déconnecté après une pause : scannez votre badge</translation>
        </message>
        <message>
            <source>No order in hand: press F2 for the next order or scan an order</source>
            <translation>Aucune commande en cours : F2 pour la suivante, ou scannez une commande</translation>
        </message>
        <message>
            <source>No order with this number</source>
            <translation>Aucune commande avec ce numéro</translation>
        </message>
        <message>
            <source>This order cannot be taken now</source>
            <translation>Cette commande ne peut pas être prise maintenant</translation>
        </message>
        <message>
            <source>Finish the order in hand first</source>
            <translation>Terminez d’abord la commande en cours</translation>
        </message>
        <message>
            <source>Scan the bin label first</source>
            <translation>Scannez d’abord l’étiquette de l’emplacement</translation>
        </message>
        <message>
            <source>The order was put on hold</source>
            <translation>La commande a été mise en attente</translation>
        </message>
        <message>
            <source>The order was cancelled: put the items back</source>
            <translation>La commande est annulée : remettez les articles en place</translation>
        </message>
        <message>
            <source>Another station or a lead took this order over</source>
            <translation>Un autre poste ou le chef d’équipe a repris cette commande</translation>
        </message>
        <message>
            <source>This needs a lead's badge</source>
            <translation>Il faut le badge du chef d’équipe</translation>
        </message>
        <message>
            <source>Everything is scanned: print and ship (F10)</source>
            <translation>Tout est scanné : imprimez et expédiez (F10)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>This bin has no more of the item</source>
            <translation>Cet emplacement n'a plus l'article</translation>
        </message>
        <message>
            <source>Wrong size</source>
            <translation>Mauvaise taille</translation>
        </message>
        <message>
            <source>Wrong colour</source>
            <translation>Mauvaise couleur</translation>
        </message>
        <message>
            <source>Wrong colour and size</source>
            <translation>Mauvaise couleur et taille</translation>
        </message>
        <message>
            <source>Wrong variant</source>
            <translation>Mauvaise variante</translation>
        </message>
        <message>
            <source>expected {expected}, scanned {got}</source>
            <translation>attendu {expected}, scanné {got}</translation>
        </message>
        <message>
            <source>scanned {got}</source>
            <translation>scanné {got}</translation>
        </message>
        <message>
            <source>Packing slip</source>
            <translation>Bon de livraison</translation>
        </message>
        <message>
            <source>Shipping label</source>
            <translation>Étiquette d’expédition</translation>
        </message>
        <message>
            <source>Message card</source>
            <translation>Carte message</translation>
        </message>
        <message>
            <source>Thank-you card</source>
            <translation>Carte de remerciement</translation>
        </message>
        <message>
            <source>{document} did not print: {message}</source>
            <translation>{document} non imprimé : {message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>erreur inconnue</translation>
        </message>
        <message>
            <source>a badge</source>
            <translation>un badge</translation>
        </message>
        <message>
            <source>scanned {code}</source>
            <translation>scanné {code}</translation>
        </message>
        <message>
            <source>Too many</source>
            <translation>En trop</translation>
        </message>
        <message>
            <source>{item}: already {done} of {ordered}</source>
            <translation>{item} : déjà {done} sur {ordered}</translation>
        </message>
        <message>
            <source>Wrong item</source>
            <translation>Mauvais article</translation>
        </message>
        <message>
            <source>{bin} has no more {sku}</source>
            <translation>{bin} n'a plus de {sku}</translation>
        </message>
        <message>
            <source>go to {bin}, scan its label, then the item</source>
            <translation>allez à {bin}, scannez son étiquette, puis l'article</translation>
        </message>
        <message>
            <source>no other bin has it: report a short pick (F9)</source>
            <translation>aucun autre emplacement ne l'a : déclarez un manquant (F9)</translation>
        </message>
        <message>
            <source>go to bin {bin}, scan its label, then the item</source>
            <translation>allez à l’emplacement {bin}, scannez son étiquette, puis l’article</translation>
        </message>
        <message>
            <source>Wrong bin</source>
            <translation>Mauvais emplacement</translation>
        </message>
        <message>
            <source>{item}: all {count} are already scanned</source>
            <translation>{item} : les {count} sont déjà scannés</translation>
        </message>
        <message>
            <source>{item}: none more is needed</source>
            <translation>{item} : plus besoin</translation>
        </message>
        <message>
            <source>Wrong label: order {other}, not {number}</source>
            <translation>Mauvaise étiquette : commande {other}, pas {number}</translation>
        </message>
        <message>
            <source>Take it off and put this parcel's own label on</source>
            <translation>Retirez-la et collez l'étiquette de ce colis</translation>
        </message>
        <message>
            <source>Order {number} is not shipped</source>
            <translation>La commande {number} n'est pas expédiée</translation>
        </message>
        <message>
            <source>Order {number} shipped</source>
            <translation>Commande {number} expédiée</translation>
        </message>
        <message>
            <source>Tracking {tracking} · next order: F2 or scan</source>
            <translation>Suivi {tracking} · commande suivante : F2 ou scan</translation>
        </message>
        <message>
            <source>Not in this order</source>
            <translation>Pas dans cette commande</translation>
        </message>
        <message>
            <source>{item} belongs to order {other}</source>
            <translation>{item} est pour la commande {other}</translation>
        </message>
        <message>
            <source>{item} is not in this order</source>
            <translation>{item} n’est pas dans cette commande</translation>
        </message>
        <message>
            <source>Unknown code</source>
            <translation>Code inconnu</translation>
        </message>
        <message>
            <source>Welcome, {name}</source>
            <translation>Bienvenue, {name}</translation>
        </message>
        <message>
            <source>Press F2 for the next order, or scan an order barcode</source>
            <translation>F2 pour la commande suivante, ou scannez un code de commande</translation>
        </message>
        <message>
            <source>Order {number} is yours</source>
            <translation>La commande {number} est à vous</translation>
        </message>
        <message>
            <source>Go to the first bin</source>
            <translation>Allez au premier emplacement</translation>
        </message>
        <message>
            <source>Take {count} × {item}</source>
            <translation>Prenez {count} × {item}</translation>
        </message>
        <message>
            <source>Bin {bin} ✓</source>
            <translation>Emplacement {bin} ✓</translation>
        </message>
        <message>
            <source>Set {item} aside: {reason}</source>
            <translation>Mettez {item} de côté : {reason}</translation>
        </message>
        <message>
            <source>take a replacement from bin {bin} and scan it</source>
            <translation>prenez-en un autre à l'emplacement {bin} et scannez-le</translation>
        </message>
        <message>
            <source>no bin has another: the order is on hold for a lead</source>
            <translation>aucun emplacement n'en a d'autre : la commande attend un chef d'équipe</translation>
        </message>
        <message>
            <source>Check passed</source>
            <translation>Contrôle OK</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) left</source>
            <translation>
                <numerusform>%n contrôle restant</numerusform>
                <numerusform>%n contrôles restants</numerusform>
            </translation>
        </message>
        <message>
            <source>Check {item}</source>
            <translation>Contrôlez {item}</translation>
        </message>
        <message>
            <source>Alt+1…Alt+{count}: each check passes · Alt+0: all pass · F9: a check failed</source>
            <translation>Alt+1…Alt+{count} : chaque contrôle OK · Alt+0 : tous OK · F9 : un contrôle a échoué</translation>
        </message>
        <message>
            <source>Read the customer note, then F6: slip and label print after it</source>
            <translation>Lisez la note du client, puis F6 : bordereau et étiquette s'impriment ensuite</translation>
        </message>
        <message>
            <source>Slip and label are printing: see Still to do before Ship</source>
            <translation>Bordereau et étiquette en impression : voir « Reste à faire » avant d'expédier</translation>
        </message>
        <message>
            <source>Slip and label are printing: put the label on and scan it to ship (or F10)</source>
            <translation>Bordereau et étiquette en impression : collez l'étiquette et scannez-la pour expédier (ou F10)</translation>
        </message>
        <message>
            <source>Order {number} complete</source>
            <translation>Commande {number} complète</translation>
        </message>
        <message>
            <source>Put it in slot {slot}</source>
            <translation>Mettez-le dans la case {slot}</translation>
        </message>
        <message>
            <source>{item} · the pick is complete: pack it now</source>
            <translation>{item} · préparation terminée : emballez maintenant</translation>
        </message>
        <message>
            <source>Picked: {item}</source>
            <translation>Prélevé : {item}</translation>
        </message>
        <message>
            <source>The pick is complete: pack it now</source>
            <translation>Préparation terminée : emballez maintenant</translation>
        </message>
        <message>
            <source>Next bin</source>
            <translation>Emplacement suivant</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} sur {total}</translation>
        </message>
        <message>
            <source>OK: {item}</source>
            <translation>OK : {item}</translation>
        </message>
        <message>
            <source>Line overridden by {lead}</source>
            <translation>Ligne validée par {lead}</translation>
        </message>
        <message>
            <source>Line overridden</source>
            <translation>Ligne validée par le chef</translation>
        </message>
        <message>
            <source>Short pick recorded</source>
            <translation>Manquant enregistré</translation>
        </message>
        <message>
            <source>The order is on hold for a lead</source>
            <translation>La commande attend le chef d’équipe</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>The last scan of {item} is taken back: put it back</source>
            <translation>Dernier scan de {item} annulé : remettez-le</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Scan not used</source>
            <translation>Scan ignoré</translation>
        </message>
    </context>
</TS>
