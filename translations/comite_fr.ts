<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Comite::CommitteeDialog</name>
    <message>
        <source>Record a past committee</source>
        <translation>Consigner un comité passé</translation>
    </message>
    <message>
        <source>Committee date</source>
        <translation>Date du comité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenu le :</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Conclusions :</translation>
    </message>
</context>
<context>
    <name>Comite::IncubatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Organisation porteuse</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>« %1 » n&apos;est pas un montant en euros.</translation>
    </message>
</context>
<context>
    <name>Comite::MainWindow</name>
    <message>
        <source>Comité</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>Load the &amp;demo portfolio…</source>
        <translation>Charger le portefeuille de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Import from beta.gouv.fr…</source>
        <translation>&amp;Importer depuis beta.gouv.fr…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nouveau produit…</translation>
    </message>
    <message>
        <source>&amp;Delete product…</source>
        <translation>&amp;Supprimer le produit…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Close product</source>
        <translation>&amp;Fermer le produit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Comité</source>
        <translation>À &amp;propos de Comité</translation>
    </message>
    <message>
        <source>About Comité</source>
        <translation>À propos de Comité</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comité %1&lt;/h3&gt;&lt;p&gt;Investment committees of the beta.gouv.fr incubators: portfolio, roadmaps, indicators, committee sessions and deliberations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comité %1&lt;/h3&gt;&lt;p&gt;Les comités d&apos;investissement des incubateurs beta.gouv.fr : portefeuille, feuilles de route, indicateurs, séances de comité et délibérations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Supprimer le produit</translation>
    </message>
    <message>
        <source>Delete “%1” with its phases and committees? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer « %1 » avec ses phases et ses comités ? Vous pourrez revenir en arrière avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Load the demo portfolio</source>
        <translation>Charger le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>This database already holds a portfolio. Replace it with the demo? This cannot be undone.</source>
        <translation>Cette base de données contient déjà un portefeuille. Le remplacer par le portefeuille de démonstration ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Comité databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Comité (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>“%1” already exists: open it with File &gt; Open database.</source>
        <translation>« %1 » existe déjà : ouvrez-le avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) · %1</source>
        <translation>
            <numerusform>%n produit · %1</numerusform>
            <numerusform>%n produits · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organisations and incubators…</source>
        <translation>&amp;Organisations et incubateurs…</translation>
    </message>
</context>
<context>
    <name>Comite::NewProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>First phase</source>
        <translation>Première phase</translation>
    </message>
    <message>
        <source>Start of the first phase</source>
        <translation>Début de la première phase</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>I&amp;ncubator:</source>
        <translation>I&amp;ncubateur :</translation>
    </message>
    <message>
        <source>First &amp;phase:</source>
        <translation>&amp;Première phase :</translation>
    </message>
    <message>
        <source>&amp;Starting on:</source>
        <translation>&amp;Date de début :</translation>
    </message>
</context>
<context>
    <name>Comite::OrganisationTableModel</name>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>Comite::PhaseHistoryModel</name>
    <message>
        <source>Restart</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Edit phase history</source>
        <translation>Modification de l&apos;historique des phases</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Suppression d&apos;une phase</translation>
    </message>
</context>
<context>
    <name>Comite::PhaseTransitionDialog</name>
    <message>
        <source>This explicitly &amp;restarts the stopped product</source>
        <translation>Ce passage &amp;relance explicitement le produit arrêté</translation>
    </message>
    <message>
        <source>Move to a new phase</source>
        <translation>Passer à une nouvelle phase</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase :</translation>
    </message>
    <message>
        <source>&amp;Starting on:</source>
        <translation>&amp;Date de début :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
</context>
<context>
    <name>Comite::PitchDialog</name>
    <message>
        <source>Pitch from the template</source>
        <translation>Pitch à partir du modèle</translation>
    </message>
    <message>
        <source>the targeted users, e.g. « aux collectivités »</source>
        <translation>les usagers visés, par ex. « aux collectivités »</translation>
    </message>
    <message>
        <source>the benefit they get</source>
        <translation>le bénéfice qu&apos;ils en retirent</translation>
    </message>
    <message>
        <source>the value proposition</source>
        <translation>la proposition de valeur</translation>
    </message>
    <message>
        <source>the public-policy goal</source>
        <translation>l&apos;objectif de politique publique</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Bénéfices</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Proposition de valeur</translation>
    </message>
    <message>
        <source>Public-policy goal</source>
        <translation>Objectif de politique publique</translation>
    </message>
    <message>
        <source>Permettre à (&amp;targets):</source>
        <translation>Permettre à (&amp;cibles) :</translation>
    </message>
    <message>
        <source>d&apos;obtenir (&amp;benefits):</source>
        <translation>d&apos;obtenir (&amp;bénéfices) :</translation>
    </message>
    <message>
        <source>grâce à (&amp;value proposition):</source>
        <translation>grâce à (&amp;proposition de valeur) :</translation>
    </message>
    <message>
        <source>afin de (&amp;goal):</source>
        <translation>afin de (&amp;objectif) :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
</context>
<context>
    <name>Comite::PortfolioModel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time in phase</source>
        <translation>Durée dans la phase</translation>
    </message>
    <message>
        <source>Last committee</source>
        <translation>Dernier comité</translation>
    </message>
    <message>
        <source>Next committee due</source>
        <translation>Échéance du prochain comité</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>Comite::PortfolioView</name>
    <message>
        <source>Committee &amp;overdue only</source>
        <translation>Comité en re&amp;tard uniquement</translation>
    </message>
    <message>
        <source>Search products, incubators, sponsors…</source>
        <translation>Rechercher un produit, un incubateur, un sponsor…</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>Rechercher dans le portefeuille</translation>
    </message>
    <message>
        <source>Filter by incubator</source>
        <translation>Filtrer par incubateur</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filtrer par phase</translation>
    </message>
    <message>
        <source>Show only products whose committee is overdue</source>
        <translation>N&apos;afficher que les produits dont le comité est en retard</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>All incubators</source>
        <translation>Tous les incubateurs</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 sur %n produit</numerusform>
            <numerusform>%1 sur %n produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::ProductDetailsForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Stable identifier used in files and on the command line: lower-case letters, digits, dots and dashes.</source>
        <translation>Identifiant stable, utilisé dans les fichiers et en ligne de commande : lettres minuscules, chiffres, points et tirets.</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Permettre à … d&apos;obtenir … grâce à … afin de …</source>
        <translation>Permettre à … d&apos;obtenir … grâce à … afin de …</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Find a sponsor…</source>
        <translation>Rechercher un sponsor…</translation>
    </message>
    <message>
        <source>Find a sponsor</source>
        <translation>Rechercher un sponsor</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Description (Markdown)</source>
        <translation>Description (Markdown)</translation>
    </message>
    <message>
        <source>Describe the product in Markdown: the problem, the solution, the users.</source>
        <translation>Décrivez le produit en Markdown : le problème, la solution, les usagers.</translation>
    </message>
    <message>
        <source>Compose from the &amp;template…</source>
        <translation>Composer à partir du &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Pitch :</translation>
    </message>
    <message>
        <source>I&amp;ncubator:</source>
        <translation>I&amp;ncubateur :</translation>
    </message>
    <message>
        <source>&amp;Sponsors:</source>
        <translation>&amp;Sponsors :</translation>
    </message>
    <message>
        <source>I&amp;ntrapreneur:</source>
        <translation>Int&amp;rapreneur :</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach :</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Liens :</translation>
    </message>
    <message>
        <source>&amp;Description (Markdown):</source>
        <translation>Descripti&amp;on (Markdown) :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>Ajo&amp;uter un lien</translation>
    </message>
    <message>
        <source>Remo&amp;ve link</source>
        <translation>Supprim&amp;er le lien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Comite::ProductPhasesPage</name>
    <message>
        <source>Phase history</source>
        <translation>Historique des phases</translation>
    </message>
    <message>
        <source>&amp;Move to a new phase…</source>
        <translation>&amp;Passer à une nouvelle phase…</translation>
    </message>
    <message>
        <source>Remove the selected p&amp;hase</source>
        <translation>Supprimer la phase &amp;sélectionnée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>&amp;Record a past committee…</source>
        <translation>&amp;Consigner un comité passé…</translation>
    </message>
    <message>
        <source>Remove the selected c&amp;ommittee</source>
        <translation>Supprimer le c&amp;omité sélectionné</translation>
    </message>
    <message>
        <source>Committees held</source>
        <translation>Comités tenus</translation>
    </message>
</context>
<context>
    <name>Comite::ProductView</name>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Product overview</source>
        <translation>Vue d&apos;ensemble du produit</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>P&amp;hases and committees</source>
        <translation>P&amp;hases et comités</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Phase actuelle : %1</translation>
    </message>
    <message>
        <source>in phase for %1</source>
        <translation>dans cette phase depuis %1</translation>
    </message>
    <message>
        <source>next committee due %1</source>
        <translation>prochain comité attendu le %1</translation>
    </message>
    <message>
        <source>Phase overrun: %1 has lasted %2, longer than expected.</source>
        <translation>Phase trop longue : la phase %1 dure depuis %2, plus longtemps que prévu.</translation>
    </message>
    <message>
        <source>Committee overdue: the next committee was due on %1.</source>
        <translation>Comité en retard : le prochain comité était attendu le %1.</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>No committee yet.</source>
        <translation>Aucun comité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Comite::ReferencesDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Incubators</source>
        <translation>Incubateurs</translation>
    </message>
    <message>
        <source>Organisations and incubators</source>
        <translation>Organisations et incubateurs</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Ajouter une organisation</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Add incubator</source>
        <translation>&amp;Ajouter un incubateur</translation>
    </message>
    <message>
        <source>&amp;Incubators</source>
        <translation>&amp;Incubateurs</translation>
    </message>
    <message>
        <source>&amp;Remove the selected line</source>
        <translation>&amp;Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New incubator</source>
        <translation>Nouvel incubateur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>Comite::WelcomePage</name>
    <message>
        <source>Start with an empty portfolio</source>
        <translation>Commencer avec un portefeuille vide</translation>
    </message>
    <message>
        <source>Add your incubator&apos;s products one by one.</source>
        <translation>Ajoutez un à un les produits de votre incubateur.</translation>
    </message>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>Explorer le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>Fourteen fictitious products across four incubators, with their phases and committees.</source>
        <translation>Quatorze produits fictifs répartis entre quatre incubateurs, avec leurs phases et leurs comités.</translation>
    </message>
    <message>
        <source>Import from beta.gouv.fr…</source>
        <translation>Importer depuis beta.gouv.fr…</translation>
    </message>
    <message>
        <source>Read the products, phases and committees your incubator publishes on beta.gouv.fr.</source>
        <translation>Récupérez les produits, les phases et les comités que votre incubateur publie sur beta.gouv.fr.</translation>
    </message>
    <message>
        <source>Welcome to Comité</source>
        <translation>Bienvenue dans Comité</translation>
    </message>
    <message>
        <source>Comité keeps your incubator&apos;s portfolio, prepares and runs investment committees, and writes their deliberations. How would you like to start?</source>
        <translation>Comité tient le portefeuille de votre incubateur, prépare et anime les comités d&apos;investissement, et rédige leurs délibérations. Comment souhaitez-vous commencer ?</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit product</source>
        <translation>Modification du produit</translation>
    </message>
    <message>
        <source>Add product “%1”</source>
        <translation>Ajout du produit « %1 »</translation>
    </message>
    <message>
        <source>Delete product “%1”</source>
        <translation>Suppression du produit « %1 »</translation>
    </message>
    <message>
        <source>Record committee</source>
        <translation>Enregistrement d&apos;un comité</translation>
    </message>
    <message>
        <source>Remove committee</source>
        <translation>Suppression d&apos;un comité</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “comite --help” for the commands and their options.</source>
        <translation>Lancez « comite --help » pour connaître les commandes et leurs options.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Fichier de base de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Take this date (YYYY-MM-DD) as today.</source>
        <translation>Prendre cette date (AAAA-MM-JJ) comme date du jour.</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Langue des messages : fr ou en.</translation>
    </message>
    <message>
        <source>This command takes no argument besides its options.</source>
        <translation>Cette commande ne prend aucun argument en dehors de ses options.</translation>
    </message>
    <message numerus="yes">
        <source>This command takes %n argument(s).</source>
        <translation>
            <numerusform>Cette commande prend %n argument.</numerusform>
            <numerusform>Cette commande prend %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>--today wants a date written YYYY-MM-DD, not “%1”.</source>
        <translation>--today attend une date au format AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>Replace the portfolio the database holds.</source>
        <translation>Remplacer le portefeuille que contient la base de données.</translation>
    </message>
    <message numerus="yes">
        <source>Demo portfolio written to %1 (%n product(s)).</source>
        <translation>
            <numerusform>Portefeuille de démonstration écrit dans %1 (%n produit).</numerusform>
            <numerusform>Portefeuille de démonstration écrit dans %1 (%n produits).</numerusform>
        </translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>aucune phase</translation>
    </message>
    <message>
        <source>The product&apos;s identifier.</source>
        <translation>L&apos;identifiant du produit.</translation>
    </message>
    <message>
        <source>No product “%1” in %2.</source>
        <translation>Aucun produit « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Committees: %1</source>
        <translation>Comités : %1</translation>
    </message>
    <message>
        <source>Next committee due: %1</source>
        <translation>Échéance du prochain comité : %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produits : %1</translation>
    </message>
    <message>
        <source>Incubators: %1</source>
        <translation>Incubateurs : %1</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations : %1</translation>
    </message>
    <message>
        <source>Committees held: %1</source>
        <translation>Comités tenus : %1</translation>
    </message>
    <message>
        <source>Committee overdue: %1</source>
        <translation>Comités en retard : %1</translation>
    </message>
    <message>
        <source>Number of products.</source>
        <translation>Nombre de produits.</translation>
    </message>
    <message>
        <source>Months of history.</source>
        <translation>Nombre de mois d&apos;historique.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>--products wants a number of products between 0 and 1000000.</source>
        <translation>--products attend un nombre de produits compris entre 0 et 1000000.</translation>
    </message>
    <message>
        <source>--months wants a number of months between 1 and 600.</source>
        <translation>--months attend un nombre de mois compris entre 1 et 600.</translation>
    </message>
    <message>
        <source>--seed wants a positive whole number.</source>
        <translation>--seed attend un nombre entier positif.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n product(s) in %1.</source>
        <translation>
            <numerusform>%n produit généré dans %1.</numerusform>
            <numerusform>%n produits générés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo --db PATH [--force]: write the demo portfolio</source>
        <translation>demo --db CHEMIN [--force] : écrire le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>products --db PATH [--json]: list the products</source>
        <translation>products --db CHEMIN [--json] : lister les produits</translation>
    </message>
    <message>
        <source>product SLUG --db PATH [--json]: one product in full</source>
        <translation>product IDENTIFIANT --db CHEMIN [--json] : afficher un produit en détail</translation>
    </message>
    <message>
        <source>summary --db PATH [--json] [--today YYYY-MM-DD]: portfolio figures</source>
        <translation>summary --db CHEMIN [--json] [--today AAAA-MM-JJ] : chiffres du portefeuille</translation>
    </message>
    <message>
        <source>generate --db PATH --products N --months M [--seed S]: synthetic portfolio</source>
        <translation>generate --db CHEMIN --products N --months M [--seed S] : portefeuille synthétique</translation>
    </message>
    <message>
        <source>Usage: comite [--db PATH] [--lang fr|en]    open the window
       comite COMMAND [options]

Commands:
</source>
        <translation>Usage : comite [--db CHEMIN] [--lang fr|en]    ouvrir la fenêtre
        comite COMMANDE [options]

Commandes :
</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (default: %1), --lang fr|en and --today YYYY-MM-DD.
Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation>
Toutes les commandes acceptent --db CHEMIN (par défaut : %1), --lang fr|en et --today AAAA-MM-JJ.
Codes de sortie : 0 succès, 1 erreur, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Comité database.</source>
        <translation>« %1 » est un dossier, pas une base de données Comité.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is not a Comité database: it is not a SQLite file.</source>
        <translation>« %1 » n&apos;est pas une base de données Comité : ce n&apos;est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; try again when it is done.</source>
        <translation>« %1 » est verrouillé par un autre programme ; réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a Comité database (%2).</source>
        <translation>« %1 » est endommagé ou n&apos;est pas une base de données Comité (%2).</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>« %1 » est endommagé : %2</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not a Comité database.</source>
        <translation>« %1 » est une base de données SQLite d&apos;une autre application, pas une base de données Comité.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</source>
        <translation>« %1 » a été écrit par une version plus récente de Comité (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Mettez Comité à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>La base de données a refusé une modification : %1</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; the change was not saved.</source>
        <translation>« %1 » est verrouillé par un autre programme ; la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Erreur de base de données dans « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>DecisionOption</name>
    <message>
        <source>Continue at the same or a higher budget</source>
        <translation>Poursuivre à budget égal ou supérieur</translation>
    </message>
    <message>
        <source>Continue with a lower budget</source>
        <translation>Poursuivre avec un budget réduit</translation>
    </message>
    <message>
        <source>Provisional budget pending proof of impact</source>
        <translation>Budget provisoire dans l&apos;attente de preuves d&apos;impact</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Pivot</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Recorded outcome</source>
        <translation>Décision consignée</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>The demo portfolio is missing from this build.</source>
        <translation>Le portefeuille de démonstration est absent de cette version de Comité.</translation>
    </message>
    <message>
        <source>The database already holds a portfolio; use --force to replace it.</source>
        <translation>La base de données contient déjà un portefeuille ; utilisez --force pour le remplacer.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years and months</comment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>The title cannot be empty.</source>
        <translation>Le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The identifier “%1” may only hold lower-case letters, digits, dots and dashes.</source>
        <translation>L&apos;identifiant « %1 » ne peut contenir que des lettres minuscules, des chiffres, des points et des tirets.</translation>
    </message>
    <message>
        <source>Another product already uses the identifier “%1”.</source>
        <translation>Un autre produit utilise déjà l&apos;identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Change sponsors</source>
        <translation>Modification des sponsors</translation>
    </message>
    <message>
        <source>Change links</source>
        <translation>Modification des liens</translation>
    </message>
    <message>
        <source>Move to phase “%1”</source>
        <translation>Passage à la phase « %1 »</translation>
    </message>
    <message>
        <source>The committee date is missing or invalid.</source>
        <translation>La date du comité est absente ou invalide.</translation>
    </message>
    <message>
        <source>A committee on %1 has not been held yet: plan it as a session instead.</source>
        <translation>Un comité prévu le %1 n&apos;a pas encore eu lieu : planifiez-le plutôt comme une séance.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“%1” already uses the identifier “%2”.</source>
        <translation>« %1 » utilise déjà l&apos;identifiant « %2 ».</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajout d&apos;une organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modification de l&apos;organisation</translation>
    </message>
    <message numerus="yes">
        <source>“%1” sponsors products or owns an incubator (%n use(s)); remove those links first.</source>
        <translation>
            <numerusform>« %1 » est sponsor de produits ou porte un incubateur (%n utilisation) ; supprimez d&apos;abord ces liens.</numerusform>
            <numerusform>« %1 » est sponsor de produits ou porte un incubateur (%n utilisations) ; supprimez d&apos;abord ces liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Suppression de l&apos;organisation</translation>
    </message>
    <message>
        <source>Add incubator</source>
        <translation>Ajout d&apos;un incubateur</translation>
    </message>
    <message>
        <source>The yearly budget cannot be negative.</source>
        <translation>Le budget annuel ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Edit incubator</source>
        <translation>Modification de l&apos;incubateur</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still holds %n product(s); move them to another incubator first.</source>
        <translation>
            <numerusform>« %1 » contient encore %n produit ; déplacez-le d&apos;abord vers un autre incubateur.</numerusform>
            <numerusform>« %1 » contient encore %n produits ; déplacez-les d&apos;abord vers un autre incubateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove incubator</source>
        <translation>Suppression de l&apos;incubateur</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Operated</source>
        <translation>Opéré</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Investigation not pursued</source>
        <translation>Investigation non concluante</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
</context>
<context>
    <name>PhaseHistory</name>
    <message>
        <source>Row %1 (%2): the start date is missing or invalid.</source>
        <translation>Ligne %1 (%2) : la date de début est absente ou invalide.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the phase ends on %3, before it starts on %4.</source>
        <translation>Ligne %1 (%2) : la phase se termine le %3, avant son début le %4.</translation>
    </message>
    <message>
        <source>Row %1 (%2): it starts on %3, before the previous phase (%4, %5).</source>
        <translation>Ligne %1 (%2) : cette phase commence le %3, avant la phase précédente (%4, %5).</translation>
    </message>
    <message>
        <source>Row %1 (%2): the product was stopped (%3); mark this phase as an explicit restart to continue.</source>
        <translation>Ligne %1 (%2) : le produit a été arrêté (%3) ; marquez cette phase comme une relance explicite pour continuer.</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>Phase overrun</source>
        <translation>Phase trop longue</translation>
    </message>
    <message>
        <source>Committee overdue</source>
        <translation>Comité en retard</translation>
    </message>
</context>
</TS>
