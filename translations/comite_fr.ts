<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgendaItemKind</name>
    <message>
        <source>Introduction and round of the table</source>
        <translation>Introduction et tour de table</translation>
    </message>
    <message>
        <source>Reminder of the committee&apos;s objectives</source>
        <translation>Rappel des objectifs du comité</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Questions and feedback</source>
        <translation>Questions et retours</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AgendaPdf</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Lien de visioconférence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Products reviewed:</source>
        <translation>Produits examinés :</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>without the team</source>
        <translation>sans l&apos;équipe</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The presentation is shared with the participants one week before the committee.</source>
        <translation>La présentation est transmise aux participants une semaine avant le comité.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation>Ordre du jour — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AllocationProblem</name>
    <message>
        <source>The pool “%1” (%2) cannot cover the minimum budgets of the products that must be funded (%3): %4 short. Raise the pool or fund fewer products for sure.</source>
        <translation>L&apos;enveloppe «&#xa0;%1&#xa0;» (%2) ne couvre pas les budgets minimaux des produits à financer obligatoirement (%3)&#xa0;: il manque %4. Augmentez l&apos;enveloppe ou réduisez le nombre de produits à financer obligatoirement.</translation>
    </message>
</context>
<context>
    <name>AllocationSolver</name>
    <message>
        <source>The solver found no allocation within the pool “%1”.</source>
        <translation>Le solveur n&apos;a trouvé aucune répartition dans les limites de l&apos;enveloppe «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The solver&apos;s allocation would over-spend the pool “%1”.</source>
        <translation>La répartition du solveur dépasserait l&apos;enveloppe «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Free software under the European Union Public Licence, version 1.2 (EUPL-1.2).</source>
        <translation>Logiciel libre sous Licence publique de l&apos;Union européenne, version 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <source>%1
Data: %2
Manual: Help &gt; Manual (F1) in the window, or `man comite`.
</source>
        <translation>%1
Données&#xa0;: %2
Manuel&#xa0;: Aide &gt; Manuel (F1) dans la fenêtre, ou `man comite`.
</translation>
    </message>
</context>
<context>
    <name>ArbitrationGrid</name>
    <message>
        <source>The last 6 months</source>
        <translation>Les 6 derniers mois</translation>
    </message>
    <message>
        <source>The next 6 months</source>
        <translation>Les 6 prochains mois</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Is the positioning right?</source>
        <translation>Le positionnement est-il le bon&#xa0;?</translation>
    </message>
    <message>
        <source>Is the service usable, useful and used?</source>
        <translation>Le service est-il utilisable, utile et utilisé&#xa0;?</translation>
    </message>
    <message>
        <source>Were the impact goals set 6 months ago reached?</source>
        <translation>Les objectifs d&apos;impact fixés il y a 6 mois ont-ils été atteints&#xa0;?</translation>
    </message>
    <message>
        <source>Is the current cost per impact known and acceptable?</source>
        <translation>Le coût actuel par unité d&apos;impact est-il connu et acceptable&#xa0;?</translation>
    </message>
    <message>
        <source>Are the impact goals relevant?</source>
        <translation>Les objectifs d&apos;impact sont-ils pertinents&#xa0;?</translation>
    </message>
    <message>
        <source>Is the projected cost per impact acceptable?</source>
        <translation>Le coût prévisionnel par unité d&apos;impact est-il acceptable&#xa0;?</translation>
    </message>
    <message>
        <source>Can the priorities reach the goals?</source>
        <translation>Les priorités permettent-elles d&apos;atteindre les objectifs&#xa0;?</translation>
    </message>
    <message>
        <source>Are the resources coherent with the goals and the potential?</source>
        <translation>Les moyens sont-ils cohérents avec les objectifs et le potentiel&#xa0;?</translation>
    </message>
    <message>
        <source>Is the team driven by impact?</source>
        <translation>L&apos;équipe est-elle pilotée par l&apos;impact&#xa0;?</translation>
    </message>
    <message>
        <source>Is the team agile, autonomous and staffed to adjust?</source>
        <translation>L&apos;équipe est-elle agile, autonome et dimensionnée pour s&apos;ajuster&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Attainment</name>
    <message>
        <source>%1 %</source>
        <comment>per cent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesuré</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
</context>
<context>
    <name>BetagouvExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be rewritten so that it reads back as Comité holds it; it was not exported.</source>
        <translation>%1 n&apos;a pas pu être réécrit de façon à être relu tel que Comité le conserve&#xa0;; il n&apos;a pas été exporté.</translation>
    </message>
    <message>
        <source>No product “%1” in the database.</source>
        <translation>Aucun produit «&#xa0;%1&#xa0;» dans la base de données.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>L&apos;export vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Files written: %2.</source>
        <translation>Exporté vers %1. Fichiers écrits&#xa0;: %2.</translation>
    </message>
    <message>
        <source>As imported: %1</source>
        <translation>Tels qu&apos;importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phases or events updated from Comité: %1</source>
        <translation>Phases ou événements mis à jour depuis Comité&#xa0;: %1</translation>
    </message>
    <message>
        <source>New (created in Comité): %1</source>
        <translation>Nouveaux (créés dans Comité)&#xa0;: %1</translation>
    </message>
    <message>
        <source>its identifier is not a plain file name</source>
        <translation>son identifiant n&apos;est pas un simple nom de fichier</translation>
    </message>
    <message>
        <source>%1: %2; nothing was exported.</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>the organisation “%1”</source>
        <translation>l&apos;organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the incubator “%1”</source>
        <translation>l&apos;incubateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the product “%1”</source>
        <translation>le produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot use the folder “%1”.</source>
        <translation>Impossible d&apos;utiliser le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>its file path is empty</source>
        <translation>son chemin de fichier est vide</translation>
    </message>
    <message>
        <source>its file path “%1” holds a control character or a backslash</source>
        <translation>son chemin de fichier «&#xa0;%1&#xa0;» contient un caractère de contrôle ou une barre oblique inversée</translation>
    </message>
    <message>
        <source>its file path “%1” is absolute</source>
        <translation>son chemin de fichier «&#xa0;%1&#xa0;» est absolu</translation>
    </message>
    <message>
        <source>its file path “%1” climbs out of the folder with “..”</source>
        <translation>son chemin de fichier «&#xa0;%1&#xa0;» sort du dossier par «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier for a file name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide pour un nom de fichier</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written for it.</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été écrit pour cet élément.</translation>
    </message>
    <message>
        <source>“%1” is a link leading out of the export folder; it is not followed</source>
        <translation>«&#xa0;%1&#xa0;» est un lien qui mène hors du dossier d&apos;export&#xa0;; il n&apos;est pas suivi</translation>
    </message>
    <message>
        <source>“%1” is not a folder</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>impossible de créer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” leads out of the export folder</source>
        <translation>«&#xa0;%1&#xa0;» mène hors du dossier d&apos;export</translation>
    </message>
    <message>
        <source>“%1” is not a regular file</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot write in “%1”: %2</source>
        <translation>impossible d&apos;écrire dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BetagouvFolder</name>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>“%1” holds no beta.gouv.fr content: expected the folders startups, incubators and organisations, or content/_startups, content/_incubators and content/_organisations.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun contenu beta.gouv.fr&#xa0;: les dossiers startups, incubators et organisations, ou content/_startups, content/_incubators et content/_organisations, étaient attendus.</translation>
    </message>
    <message>
        <source>a sub-folder; only the files directly in %1 are read.</source>
        <translation>un sous-dossier&#xa0;; seuls les fichiers situés directement dans %1 sont lus.</translation>
    </message>
    <message>
        <source>a link to nothing; it is not read.</source>
        <translation>un lien qui ne mène nulle part&#xa0;; il n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>a link to “%1”, outside the folder; only files inside it are read.</source>
        <translation>un lien vers «&#xa0;%1&#xa0;», hors du dossier&#xa0;; seuls les fichiers qui s&apos;y trouvent sont lus.</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket); it is not read.</source>
        <translation>pas un fichier ordinaire (tube, périphérique ou socket)&#xa0;; il n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>%1 MB; files over %2 MB are not read.</source>
        <translation>%1 Mo&#xa0;; les fichiers de plus de %2 Mo ne sont pas lus.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB; files over %1 MB are not read.</source>
        <translation>plus de %1 Mo&#xa0;; les fichiers de plus de %1 Mo ne sont pas lus.</translation>
    </message>
</context>
<context>
    <name>BetagouvImporter</name>
    <message>
        <source>the owner “%1” is not a known organisation; the incubator has no owner.</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» n&apos;est pas une organisation connue&#xa0;; l&apos;incubateur n&apos;a pas de propriétaire.</translation>
    </message>
    <message>
        <source>the incubator “%1” is not known; the product has no incubator.</source>
        <translation>l&apos;incubateur «&#xa0;%1&#xa0;» n&apos;est pas connu&#xa0;; le produit n&apos;a pas d&apos;incubateur.</translation>
    </message>
    <message>
        <source>the sponsor “%1” is not a known organisation; it was left out.</source>
        <translation>le sponsor «&#xa0;%1&#xa0;» n&apos;est pas une organisation connue&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 is dated %2, after today; check the date.</source>
        <translation>%1 est daté du %2, postérieur à aujourd&apos;hui&#xa0;; vérifiez la date.</translation>
    </message>
    <message>
        <source>the phase “%1”</source>
        <translation>la phase «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>l&apos;événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>changed both in Comité and in the file; Comité&apos;s name, acronym and type were kept.</source>
        <translation>modifié à la fois dans Comité et dans le fichier&#xa0;; le nom, le sigle et le type de Comité ont été conservés.</translation>
    </message>
    <message>
        <source>changed both in Comité and in the file; Comité&apos;s name and owner were kept.</source>
        <translation>modifié à la fois dans Comité et dans le fichier&#xa0;; le nom et le propriétaire de Comité ont été conservés.</translation>
    </message>
    <message>
        <source>changed both in Comité and in the file; Comité&apos;s value was kept for: %1.</source>
        <translation>modifié à la fois dans Comité et dans le fichier&#xa0;; la valeur de Comité a été conservée pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the co-incubator “%1” is not a known incubator; it was left out.</source>
        <translation>l&apos;incubateur «&#xa0;%1&#xa0;» indiqué en co-incubation n&apos;est pas un incubateur connu&#xa0;; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>BetagouvMapping</name>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>no front matter: the file does not start with a “---” line.</source>
        <translation>pas d&apos;en-tête (front matter)&#xa0;: le fichier ne commence pas par une ligne «&#xa0;---&#xa0;».</translation>
    </message>
    <message>
        <source>the front matter is not closed: no “---” line after it.</source>
        <translation>l&apos;en-tête (front matter) n&apos;est pas fermé&#xa0;: aucune ligne «&#xa0;---&#xa0;» ne le suit.</translation>
    </message>
    <message>
        <source>YAML error: %1.</source>
        <translation>erreur YAML&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the front matter is not a list of keys and values.</source>
        <translation>l&apos;en-tête n&apos;est pas une liste de clés et de valeurs.</translation>
    </message>
    <message>
        <source>“%1” is not a list; it was left out.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une liste&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>phase %1 is not a list of keys and values; it was left out.</source>
        <translation>la phase %1 n&apos;est pas une liste de clés et de valeurs&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>phase %1 has no name; it was left out.</source>
        <translation>la phase %1 n&apos;a pas de nom&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>phase %1: “%2” is not a known phase; it was left out.</source>
        <translation>phase %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une phase connue&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>phase %1 (%2) has no start date; it was left out.</source>
        <translation>la phase %1 (%2) n&apos;a pas de date de début&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>phase %1 (%2): the start date “%3” is not a valid date (YYYY-MM-DD); it was left out.</source>
        <translation>phase %1 (%2)&#xa0;: la date de début «&#xa0;%3&#xa0;» n&apos;est pas une date valide (AAAA-MM-JJ)&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>phase %1 (%2): the end date “%3” is not a valid date (YYYY-MM-DD); the end was left out.</source>
        <translation>phase %1 (%2)&#xa0;: la date de fin «&#xa0;%3&#xa0;» n&apos;est pas une date valide (AAAA-MM-JJ)&#xa0;; la fin a été ignorée.</translation>
    </message>
    <message>
        <source>phase %1 (%2) follows a stop (%3); it was taken as an explicit restart.</source>
        <translation>la phase %1 (%2) suit un arrêt (%3)&#xa0;; elle a été considérée comme une reprise explicite.</translation>
    </message>
    <message>
        <source>the phase history as read: %1</source>
        <translation>l&apos;historique des phases tel que lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>event %1 is not a list of keys and values; it was left out.</source>
        <translation>l&apos;événement %1 n&apos;est pas une liste de clés et de valeurs&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>event %1 has no name; it was left out.</source>
        <translation>l&apos;événement %1 n&apos;a pas de nom&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>event %1 (%2) has no date; it was left out.</source>
        <translation>l&apos;événement %1 (%2) n&apos;a pas de date&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>event %1 (%2): “%3” is not a valid date (YYYY-MM-DD); it was left out.</source>
        <translation>événement %1 (%2)&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une date valide (AAAA-MM-JJ)&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>event %1: “%2” is not one of beta.gouv.fr&apos;s event kinds; it was kept on the timeline as is.</source>
        <translation>événement %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un type d&apos;événement de beta.gouv.fr&#xa0;; il a été conservé tel quel sur la frise chronologique.</translation>
    </message>
    <message>
        <source>the “fast” block has no amount in euros (“montant”); it was left out.</source>
        <translation>le bloc «&#xa0;fast&#xa0;» n&apos;a pas de montant en euros («&#xa0;montant&#xa0;»)&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it was left out.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>a sponsor is not an organisation reference such as “/organisations/dinum”; it was left out.</source>
        <translation>un sponsor n&apos;est pas une référence d&apos;organisation telle que «&#xa0;/organisations/dinum&#xa0;»&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>no “name”: an organisation needs one.</source>
        <translation>pas de «&#xa0;name&#xa0;»&#xa0;: une organisation doit en avoir un.</translation>
    </message>
    <message>
        <source>the owner “%1” is not an organisation reference; it was left out.</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» n&apos;est pas une référence d&apos;organisation&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>no “title”: an incubator needs one.</source>
        <translation>pas de «&#xa0;title&#xa0;»&#xa0;: un incubateur doit en avoir un.</translation>
    </message>
    <message>
        <source>no “title”: a product needs one.</source>
        <translation>pas de «&#xa0;title&#xa0;»&#xa0;: un produit doit en avoir un.</translation>
    </message>
    <message>
        <source>the key “%1” is given twice (first on line %2); only the first value is read.</source>
        <translation>la clé «&#xa0;%1&#xa0;» figure deux fois (la première à la ligne %2)&#xa0;; seule la première valeur est lue.</translation>
    </message>
    <message>
        <source>a quoted value opened on this line is never closed</source>
        <translation>une valeur entre guillemets ouverte sur cette ligne n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>%1, %2 from line %3</source>
        <translation>%1, %2 à partir de la ligne %3</translation>
    </message>
    <message>
        <source>renamed in May 2026</source>
        <translation>renommé en mai 2026</translation>
    </message>
    <message>
        <source>the phase after it says how the product ended</source>
        <translation>la phase suivante indique comment le produit s&apos;est terminé</translation>
    </message>
    <message>
        <source>the product had left investigation</source>
        <translation>le produit était sorti de l&apos;investigation</translation>
    </message>
    <message>
        <source>the product never left investigation</source>
        <translation>le produit n&apos;est jamais sorti de l&apos;investigation</translation>
    </message>
    <message>
        <source>phase %1: “%2”, a name from before May 2026, was read as “%3” (%4).</source>
        <translation>phase %1&#xa0;: «&#xa0;%2&#xa0;», un nom antérieur à mai 2026, a été lu comme «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <source>phase %1 (%2) continues the phase before it; the two were read as one.</source>
        <translation>la phase %1 (%2) prolonge la phase précédente&#xa0;; les deux ont été lues comme une seule.</translation>
    </message>
    <message>
        <source>the member space&apos;s rules: %1</source>
        <translation>règles de l&apos;espace membre&#xa0;: %1</translation>
    </message>
    <message>
        <source>the investigation of %1 starts the same day as construction: the 2020 backfill, not a real investigation; it is left out of phase durations.</source>
        <translation>l&apos;investigation du %1 commence le même jour que la construction&#xa0;: il s&apos;agit de la saisie rétroactive de 2020, pas d&apos;une véritable investigation&#xa0;; elle est exclue des durées de phase.</translation>
    </message>
    <message>
        <source>an entry of “incubators” is not an incubator identifier; it was left out.</source>
        <translation>une entrée de «&#xa0;incubators&#xa0;» n&apos;est pas un identifiant d&apos;incubateur&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>phase names from before May 2026 are read as today&apos;s: “transfer” and “success” as “transfere”, “perennisation” as “consolidation”; “alumni” as “abandon-investigation” when the product never left investigation, “abandon” when it did, unless the phase right after it is a stop or an exit (then the two are that one phase).</source>
        <translation>les noms de phase antérieurs à mai 2026 sont lus comme ceux d&apos;aujourd&apos;hui&#xa0;: «&#xa0;transfer&#xa0;» et «&#xa0;success&#xa0;» comme «&#xa0;transfere&#xa0;», «&#xa0;perennisation&#xa0;» comme «&#xa0;consolidation&#xa0;»&#xa0;; «&#xa0;alumni&#xa0;» comme «&#xa0;abandon-investigation&#xa0;» si le produit n&apos;est jamais sorti de l&apos;investigation, «&#xa0;abandon&#xa0;» s&apos;il en est sorti, sauf si la phase qui le suit immédiatement est un arrêt ou une sortie (les deux forment alors cette seule phase).</translation>
    </message>
</context>
<context>
    <name>BetagouvParticipants</name>
    <message>
        <source>DINUM</source>
        <translation>DINUM</translation>
    </message>
</context>
<context>
    <name>BetagouvReader</name>
    <message>
        <source>same identifier “%1” as %2; only the first file is read.</source>
        <translation>même identifiant «&#xa0;%1&#xa0;» que %2&#xa0;; seul le premier fichier est lu.</translation>
    </message>
    <message>
        <source>the file name gives no identifier.</source>
        <translation>le nom du fichier ne fournit aucun identifiant.</translation>
    </message>
</context>
<context>
    <name>BetagouvReport</name>
    <message>
        <source>organisations: %1</source>
        <translation>organisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>incubators: %1</source>
        <translation>incubateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>products: %1</source>
        <translation>produits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import from %1 failed: %2</source>
        <translation>L&apos;import depuis %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import from %1 cancelled: nothing was changed.</source>
        <translation>Import depuis %1 annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: with --strict, every file must be read without a problem. Files with a problem: %2.</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;: avec --strict, chaque fichier doit être lu sans problème. Fichiers posant problème&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Imported from %1. Files read: %2.</source>
        <translation>Importé depuis %1. Fichiers lus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warnings (entries left out or doubtful): %1</source>
        <translation>Alertes (entrées ignorées ou douteuses)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Remarques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Old phase names (files from before May 2026): %1</source>
        <translation>Anciens noms de phase (fichiers antérieurs à mai 2026)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warnings from the member space&apos;s rules (read as they are): %1</source>
        <translation>Alertes issues des règles de l&apos;espace membre (données lues telles quelles)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Members read: %1. Team logins added: %2, removed: %3 (logins added by hand are kept).</source>
        <translation>Membres lus&#xa0;: %1. Identifiants d&apos;équipe ajoutés&#xa0;: %2, retirés&#xa0;: %3 (les identifiants ajoutés à la main sont conservés).</translation>
    </message>
</context>
<context>
    <name>BudgetLine</name>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>UX/UI design</source>
        <translation>Design UX/UI</translation>
    </message>
    <message>
        <source>Bizdev, growth and communication</source>
        <translation>Bizdev, croissance et communication</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>User support</source>
        <translation>Support utilisateurs</translation>
    </message>
    <message>
        <source>Licences, regulatory and infrastructure</source>
        <translation>Licences, réglementaire et infrastructure</translation>
    </message>
</context>
<context>
    <name>BudgetReference</name>
    <message>
        <source>Typical sponsor budget line to enter construction: %1 – %2</source>
        <translation>Ligne budgétaire type d&apos;un sponsor pour entrer en construction&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>Typical for %1: %2 – %3 a year</source>
        <translation>Fourchette type pour %1&#xa0;: %2 – %3 par an</translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message>
        <source>the envelope of %1</source>
        <translation>l&apos;enveloppe de %1</translation>
    </message>
    <message>
        <source>Someone else deleted %1 meanwhile; “%2” was not applied.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé %1 entre-temps&#xa0;; «&#xa0;%2&#xa0;» n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; “%2” was not applied, so that their change is kept.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 entre-temps&#xa0;; «&#xa0;%2&#xa0;» n&apos;a pas été appliqué, afin de conserver sa modification.</translation>
    </message>
    <message>
        <source>the organisation “%1”</source>
        <translation>l&apos;organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the incubator “%1”</source>
        <translation>l&apos;incubateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the roadmap from %1</source>
        <translation>la feuille de route du %1</translation>
    </message>
    <message>
        <source>the funding pool “%1”</source>
        <translation>l&apos;enveloppe de financement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the allocation scenario “%1”</source>
        <translation>le scénario de répartition «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the indicator “%1”</source>
        <translation>l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the product “%1”</source>
        <translation>le produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the committee of %1</source>
        <translation>le comité de %1</translation>
    </message>
    <message>
        <source>the session “%1”</source>
        <translation>la séance «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Median of the phase</source>
        <translation>Médiane de la phase</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Committee %1</source>
        <translation>Comité %1</translation>
    </message>
    <message>
        <source>%1 (North Star)</source>
        <translation>%1 (North Star)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>latest %1 on %2</source>
        <translation>dernière mesure %1 le %2</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajectoire</translation>
    </message>
    <message>
        <source>target %1 by %2</source>
        <translation>cible %1 d&apos;ici le %2</translation>
    </message>
    <message>
        <source>%1 of the target</source>
        <translation>%1 de la cible</translation>
    </message>
    <message>
        <source>North Star: %1</source>
        <translation>North Star&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>Indicateurs par rapport à leurs cibles</translation>
    </message>
    <message>
        <source>% of the target</source>
        <translation>% de la cible</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) with targets; 100 %: target reached</source>
        <translation>
            <numerusform>%n indicateur avec cible&#xa0;; 100&#xa0;%&#xa0;: cible atteinte</numerusform>
            <numerusform>%n indicateurs avec cibles&#xa0;; 100&#xa0;%&#xa0;: cible atteinte</numerusform>
        </translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Cible atteinte</translation>
    </message>
</context>
<context>
    <name>ChartDataPortfolio</name>
    <message>
        <source>Cost per use by phase</source>
        <translation>Coût par usage par phase</translation>
    </message>
    <message>
        <source>Cost per unit of impact by phase</source>
        <translation>Coût par unité d&apos;impact par phase</translation>
    </message>
    <message>
        <source>€ per monthly active user</source>
        <translation>€ par utilisateur actif mensuel</translation>
    </message>
    <message>
        <source>€ per unit of impact</source>
        <translation>€ par unité d&apos;impact</translation>
    </message>
    <message numerus="yes">
        <source>12-month spending / monthly active users · %n product(s)</source>
        <translation>
            <numerusform>Dépenses sur 12 mois / utilisateurs actifs mensuels · %n produit</numerusform>
            <numerusform>Dépenses sur 12 mois / utilisateurs actifs mensuels · %n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>12-month spending / impact indicator · %n product(s)</source>
        <translation>
            <numerusform>Dépenses sur 12 mois / indicateur d&apos;impact · %n produit</numerusform>
            <numerusform>Dépenses sur 12 mois / indicateur d&apos;impact · %n produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>“%1”: charts are saved as .png or .svg files.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les graphiques sont enregistrés au format .png ou .svg.</translation>
    </message>
    <message>
        <source>Made with Comité</source>
        <translation>Réalisé avec Comité</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Comite::AboutDialog</name>
    <message>
        <source>About Comité</source>
        <translation>À propos de Comité</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Comité %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Comité %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Prepares and runs the investment committees of the beta.gouv.fr incubators: portfolio, roadmaps, indicators, committee sessions and deliberations.</source>
        <translation>Prépare et anime les comités d&apos;investissement des incubateurs beta.gouv.fr&#xa0;: portefeuille, feuilles de route, indicateurs, séances du comité et délibérations.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;Lire la licence&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Your portfolio is stored in %1 unless you open another database.</source>
        <translation>Votre portefeuille est enregistré dans %1, sauf si vous ouvrez une autre base de données.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;manual&quot;&gt;Open the manual&lt;/a&gt; (F1) for the committee day step by step, the keyboard shortcuts and the command line.</source>
        <translation>&lt;a href=&quot;manual&quot;&gt;Ouvrez le manuel&lt;/a&gt; (F1) pour le déroulé pas à pas du jour du comité, les raccourcis clavier et la ligne de commande.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Construit avec Qt %1.</translation>
    </message>
</context>
<context>
    <name>Comite::AgendaModel</name>
    <message>
        <source>Whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Team leaves the room</source>
        <translation>L&apos;équipe sort de la salle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Team leaves</source>
        <translation>Sortie de l&apos;équipe</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Modifier le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Supprimer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Déplacer le point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>Comite::AgendaPage</name>
    <message>
        <source>Whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Modèle d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Notes on the selected item</source>
        <translation>Notes de séance sur le point sélectionné</translation>
    </message>
    <message>
        <source>The secretary&apos;s notes on the selected item</source>
        <translation>Les notes de séance du secrétaire sur le point sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>E&amp;xport the agenda (PDF)…</source>
        <translation>E&amp;xporter l&apos;ordre du jour (PDF)…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message numerus="yes">
        <source>Planned end: %1 · %n minute(s) of agenda</source>
        <translation>
            <numerusform>Fin prévue&#xa0;: %1 · %n minute d&apos;ordre du jour</numerusform>
            <numerusform>Fin prévue&#xa0;: %1 · %n minutes d&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> for %n minute(s) booked</source>
        <translation>
            <numerusform> pour %n minute réservée</numerusform>
            <numerusform> pour %n minutes réservées</numerusform>
        </translation>
    </message>
    <message>
        <source> — the agenda is longer than the session.</source>
        <translation> — l&apos;ordre du jour dépasse la durée de la séance.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>agenda-%1.pdf</source>
        <translation>ordre-du-jour-%1.pdf</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Exporter l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>App&amp;ly</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Sa&amp;ve the agenda as a template…</source>
        <translation>&amp;Enregistrer l&apos;ordre du jour comme modèle…</translation>
    </message>
    <message>
        <source>Session &amp;notes</source>
        <translation>No&amp;tes de séance</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationLineModel</name>
    <message>
        <source>Outside the product&apos;s minimum viable budget and maximum.</source>
        <translation>En dehors de l&apos;intervalle entre le budget minimal viable du produit et son maximum.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>An amount is a whole number of euros, zero or more.</source>
        <translation>Un montant est un nombre entier d&apos;euros, positif ou nul.</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationPoolDialog</name>
    <message>
        <source>Edit funding pool</source>
        <translation>Modifier l&apos;enveloppe de financement</translation>
    </message>
    <message>
        <source>New funding pool</source>
        <translation>Nouvelle enveloppe de financement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>e.g. acceleration call, ministry budget line</source>
        <translation>par exemple appel à projets d&apos;accélération, ligne budgétaire d&apos;un ministère</translation>
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
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la demande</translation>
    </message>
    <message>
        <source>Maximum per product</source>
        <translation>Maximum par produit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum per product:</source>
        <translation>Ma&amp;ximum par produit&#xa0;:</translation>
    </message>
    <message>
        <source>Incubators</source>
        <translation>Incubateurs</translation>
    </message>
    <message>
        <source>Products and their rule</source>
        <translation>Produits et leur règle</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Rule for %1</source>
        <translation>Règle pour %1</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non listé</translation>
    </message>
    <message>
        <source>&amp;Incubators whose products it may fund:</source>
        <translation>&amp;Incubateurs dont elle peut financer les produits&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;roducts listed (none listed and no incubator: every incubated product):</source>
        <translation>P&amp;roduits listés (aucun produit listé ni incubateur&#xa0;: tous les produits incubés)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationPoolModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Left after decisions</source>
        <translation>Reste après décisions</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationRemainingLabel</name>
    <message>
        <source>Funding pools left</source>
        <translation>Reste des enveloppes de financement</translation>
    </message>
    <message>
        <source>Funding pool “%1”: %2 left of %3 after the decisions recorded</source>
        <translation>Enveloppe de financement «&#xa0;%1&#xa0;»&#xa0;: reste %2 sur %3 après les décisions enregistrées</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationScenarioModel</name>
    <message>
        <source>This scenario spends more than the pool.</source>
        <translation>Ce scénario dépasse l&apos;enveloppe.</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (retenu)</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>The solver&apos;s objective, in thousands: each euro weighted by the arbitration grid and by the product&apos;s cost per impact against the portfolio&apos;s median.</source>
        <translation>L&apos;objectif du solveur, en milliers&#xa0;: chaque euro est pondéré par la grille d&apos;arbitrage et par le coût par unité d&apos;impact du produit rapporté à la médiane du portefeuille.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Coût par usage</translation>
    </message>
    <message>
        <source>Cost per impact</source>
        <translation>Coût par unité d&apos;impact</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>Impact attendu</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationWindow</name>
    <message>
        <source>Funding pools</source>
        <translation>Enveloppes de financement</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Allocation per product</source>
        <translation>Répartition par produit</translation>
    </message>
    <message>
        <source>Scenarios against the pool</source>
        <translation>Scénarios comparés à l&apos;enveloppe</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;Nouvelle enveloppe…</translation>
    </message>
    <message>
        <source>E&amp;dit pool…</source>
        <translation>&amp;Modifier l&apos;enveloppe…</translation>
    </message>
    <message>
        <source>Re&amp;move pool</source>
        <translation>&amp;Supprimer l&apos;enveloppe</translation>
    </message>
    <message>
        <source>&amp;Propose with the solver</source>
        <translation>&amp;Proposer avec le solveur</translation>
    </message>
    <message>
        <source>New &amp;scenario</source>
        <translation>Nouveau s&amp;cénario</translation>
    </message>
    <message>
        <source>&amp;Choose for the session</source>
        <translation>&amp;Retenir pour la séance</translation>
    </message>
    <message>
        <source>Remove scenari&amp;o</source>
        <translation>Supprimer le scénari&amp;o</translation>
    </message>
    <message>
        <source>Poo&amp;ls</source>
        <translation>&amp;Enveloppes</translation>
    </message>
    <message>
        <source>Scenarios side b&amp;y side</source>
        <translation>Scénarios cô&amp;te à côte</translation>
    </message>
    <message>
        <source>&amp;Allocation of the selected scenario (edit an amount or a condition; Ctrl+Z undoes)</source>
        <translation>Rép&amp;artition du scénario sélectionné (modifiez un montant ou une condition&#xa0;; Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Edit allocation</source>
        <translation>Modifier la répartition</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>Select a pool.</source>
        <translation>Sélectionnez une enveloppe.</translation>
    </message>
    <message>
        <source>No funding pool yet: create one with New pool…</source>
        <translation>Aucune enveloppe de financement pour l&apos;instant&#xa0;: créez-en une avec Nouvelle enveloppe…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 – %4: %5&lt;br&gt;%6 candidate products; must-fund minimum %7.&lt;br&gt;Left after the decisions recorded: &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 – %4&#xa0;: %5&lt;br&gt;%6 produits candidats&#xa0;; minimum des financements obligatoires&#xa0;: %7.&lt;br&gt;Reste après les décisions enregistrées&#xa0;: &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Réparti</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Over the pool</source>
        <translation>Dépassement de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>New funding pool</source>
        <translation>Nouvelle enveloppe de financement</translation>
    </message>
    <message>
        <source>Edit funding pool</source>
        <translation>Modifier l&apos;enveloppe de financement</translation>
    </message>
    <message>
        <source>Remove funding pool</source>
        <translation>Supprimer l&apos;enveloppe de financement</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <source>Propose an allocation</source>
        <translation>Proposer une répartition</translation>
    </message>
    <message>
        <source>The solver&apos;s proposal is in the scenario “%1”.</source>
        <translation>La proposition du solveur figure dans le scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Choose scenario</source>
        <translation>Retenir le scénario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
</context>
<context>
    <name>Comite::BetagouvImportDialog</name>
    <message>
        <source>Import from beta.gouv.fr</source>
        <translation>Importer depuis beta.gouv.fr</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Folder of beta.gouv.fr content</source>
        <translation>Dossier de contenu beta.gouv.fr</translation>
    </message>
    <message>
        <source>Cancelling: the database is put back as it was…</source>
        <translation>Annulation&#xa0;: la base de données est remise dans son état initial…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import failed: nothing was changed.</source>
        <translation>L&apos;import a échoué&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Import done.</source>
        <translation>Import terminé.</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio already holds %n product(s). Import beta.gouv.fr into a new database, or merge it into this portfolio?</source>
        <translation>
            <numerusform>Ce portefeuille contient déjà %n produit. Importer beta.gouv.fr dans une nouvelle base de données, ou fusionner l&apos;import avec ce portefeuille&#xa0;?</numerusform>
            <numerusform>Ce portefeuille contient déjà %n produits. Importer beta.gouv.fr dans une nouvelle base de données, ou fusionner l&apos;import avec ce portefeuille&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging adds the imported products to those already here (the demo&apos;s too) and updates the ones with the same slug.</source>
        <translation>La fusion ajoute les produits importés à ceux déjà présents (y compris ceux de la démonstration) et met à jour ceux qui ont le même identifiant (slug).</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Merge into this portfolio</source>
        <translation>&amp;Fusionner avec ce portefeuille</translation>
    </message>
</context>
<context>
    <name>Comite::BudgetBandWidget</name>
    <message>
        <source>Typical cost</source>
        <translation>Coût habituel</translation>
    </message>
    <message>
        <source>A reference drawn from the typical costs of beta.gouv.fr products, not a rule.</source>
        <translation>Une référence tirée des coûts habituels des produits beta.gouv.fr, pas une règle.</translation>
    </message>
</context>
<context>
    <name>Comite::BudgetPage</name>
    <message>
        <source>Envelopes granted</source>
        <translation>Enveloppes accordées</translation>
    </message>
    <message>
        <source>Spending by budget line, month by month</source>
        <translation>Dépenses par ligne budgétaire, mois par mois</translation>
    </message>
    <message>
        <source>Granted:</source>
        <translation>Accordé&#xa0;:</translation>
    </message>
    <message>
        <source>Spent:</source>
        <translation>Dépensé&#xa0;:</translation>
    </message>
    <message>
        <source>Burn rate:</source>
        <translation>Rythme de dépense&#xa0;:</translation>
    </message>
    <message>
        <source>Runs out:</source>
        <translation>Épuisement&#xa0;:</translation>
    </message>
    <message>
        <source>Next committee due:</source>
        <translation>Prochain comité prévu&#xa0;:</translation>
    </message>
    <message>
        <source>Current funding</source>
        <translation>Financement en cours</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Committee of %1</source>
        <translation>Comité du %1</translation>
    </message>
    <message>
        <source>Remove the selected envelo&amp;pe</source>
        <translation>Retirer l&apos;envelo&amp;ppe sélectionnée</translation>
    </message>
    <message>
        <source>Past months show what was spent; from this month on, type the forecast (in italics).</source>
        <translation>Les mois passés montrent les dépenses réelles&#xa0;; à partir de ce mois-ci, saisissez la prévision (en italique).</translation>
    </message>
    <message>
        <source>Spending by line, month by month</source>
        <translation>Dépenses par ligne, mois par mois</translation>
    </message>
    <message>
        <source>No envelope recorded: add the envelopes granted to project when the money runs out.</source>
        <translation>Aucune enveloppe enregistrée&#xa0;: ajoutez les enveloppes accordées pour prévoir la date d&apos;épuisement des fonds.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>à partir du %1, sans date de fin</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n envelope(s), %2)</source>
        <translation>
            <numerusform>%1 (%n enveloppe, %2)</numerusform>
            <numerusform>%1 (%n enveloppes, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spent in the period, %2 left</source>
        <translation>%1 dépensé sur la période, reste %2</translation>
    </message>
    <message>
        <source>Unknown: no spending to project</source>
        <translation>Inconnue&#xa0;: aucune dépense sur laquelle fonder une projection</translation>
    </message>
    <message>
        <source>%1: the money runs out at the current pace</source>
        <translation>%1&#xa0;: les fonds s&apos;épuisent au rythme actuel</translation>
    </message>
    <message>
        <source>%1: the envelope ends</source>
        <translation>%1&#xa0;: fin de l&apos;enveloppe</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month (average of the last %n month(s) spent)</source>
        <translation>
            <numerusform>%1 par mois (moyenne sur %n mois de dépenses)</numerusform>
            <numerusform>%1 par mois (moyenne sur les %n derniers mois de dépenses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: no spending recorded in the last months</source>
        <translation>Inconnu&#xa0;: aucune dépense enregistrée ces derniers mois</translation>
    </message>
    <message>
        <source>%1: 30 days before the envelope runs out</source>
        <translation>%1&#xa0;: 30 jours avant l&apos;épuisement de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>%1: six months after the last committee</source>
        <translation>%1&#xa0;: six mois après le dernier comité</translation>
    </message>
    <message>
        <source>This product: %1 a year, within the typical range.</source>
        <translation>Ce produit&#xa0;: %1 par an, dans la fourchette habituelle.</translation>
    </message>
    <message>
        <source>This product: %1 a year, below the typical range.</source>
        <translation>Ce produit&#xa0;: %1 par an, en dessous de la fourchette habituelle.</translation>
    </message>
    <message>
        <source>This product: %1 a year, above the typical range.</source>
        <translation>Ce produit&#xa0;: %1 par an, au-dessus de la fourchette habituelle.</translation>
    </message>
    <message>
        <source> (a reference, not a rule).</source>
        <translation> (une référence, pas une règle).</translation>
    </message>
    <message>
        <source>%1 spent in the period: %2 over the envelopes</source>
        <translation>%1 dépensés sur la période&#xa0;: dépassement de %2 au-delà des enveloppes</translation>
    </message>
    <message>
        <source>&amp;Add an envelope</source>
        <translation>Ajouter une en&amp;veloppe</translation>
    </message>
</context>
<context>
    <name>Comite::BudgetSpendingModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Spent: %1</source>
        <translation>Dépensé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prévisionnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the forecast for this month.</source>
        <translation>Saisissez le prévisionnel de ce mois.</translation>
    </message>
    <message>
        <source>Type what was spent this month.</source>
        <translation>Saisissez les dépenses de ce mois.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>%1: forecast</source>
        <translation>%1&#xa0;: prévisionnel</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1&#xa0;: dépensé</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros.</translation>
    </message>
</context>
<context>
    <name>Comite::ChartImpactMatrix</name>
    <message>
        <source>Impact matrix</source>
        <translation>Matrice d&apos;impact</translation>
    </message>
    <message>
        <source>Impact matrix — %1</source>
        <translation>Matrice d&apos;impact — %1</translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation>Aucun indicateur</translation>
    </message>
</context>
<context>
    <name>Comite::ChecklistModel</name>
    <message>
        <source>Done: %1. %2</source>
        <translation>Fait&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>To do: %1. %2</source>
        <translation>À faire&#xa0;: %1. %2</translation>
    </message>
</context>
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
    <name>Comite::DecisionContext</name>
    <message>
        <source>The team&apos;s request and the sponsors&apos; scores</source>
        <translation>La demande de l&apos;équipe et les scores des sponsors</translation>
    </message>
    <message>
        <source>The team&apos;s request</source>
        <translation>La demande de l&apos;équipe</translation>
    </message>
    <message>
        <source>No roadmap for the coming period.</source>
        <translation>Aucune feuille de route pour la prochaine période.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Période&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Team: %1 FTE</source>
        <translation>Équipe&#xa0;: %1 ETP</translation>
    </message>
    <message>
        <source>The sponsors&apos; grid</source>
        <translation>La grille des sponsors</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 questions)</source>
        <translation>%1 (%2 questions sur %3)</translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation>Pas encore noté par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scoring incomplete: %1</source>
        <translation>Notation incomplète&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Comite::DecisionDialog</name>
    <message>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>P&amp;rocurement informed on</source>
        <translation>Se&amp;rvice achats informé le</translation>
    </message>
    <message>
        <source>Roadmap priority</source>
        <translation>Priorité de la feuille de route</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Roadmap priorities</source>
        <translation>Priorités de la feuille de route</translation>
    </message>
    <message>
        <source>Blocker the committee lifts</source>
        <translation>Blocage levé par le comité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Decision on “%1”</source>
        <translation>Décision sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No phase change</source>
        <translation>Pas de changement de phase</translation>
    </message>
    <message>
        <source>The decision in words, as it will appear on the product&apos;s timeline</source>
        <translation>La décision en toutes lettres, telle qu&apos;elle apparaîtra sur la frise chronologique du produit</translation>
    </message>
    <message>
        <source>Conditions or reserves attached to the decision</source>
        <translation>Conditions ou réserves attachées à la décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Changement de phase</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Decision in words</source>
        <translation>Décision en toutes lettres</translation>
    </message>
    <message>
        <source>Conditions or reserves</source>
        <translation>Conditions ou réserves</translation>
    </message>
    <message>
        <source>Date procurement was informed</source>
        <translation>Date à laquelle le service achats a été informé</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>Add a &amp;priority</source>
        <translation>Ajouter une &amp;priorité</translation>
    </message>
    <message>
        <source>Roadmap &amp;priorities</source>
        <translation>&amp;Priorités de la feuille de route</translation>
    </message>
    <message>
        <source>Add a &amp;blocker</source>
        <translation>Ajouter un &amp;blocage</translation>
    </message>
    <message>
        <source>&amp;Blockers and conditions</source>
        <translation>&amp;Blocages et conditions</translation>
    </message>
    <message>
        <source>Add an &amp;action</source>
        <translation>Ajouter une &amp;action</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Option :</translation>
    </message>
    <message>
        <source>Decision in &amp;words:</source>
        <translation>Décision en &amp;toutes lettres :</translation>
    </message>
    <message>
        <source>Opinion on priority %1</source>
        <translation>Avis sur la priorité %1</translation>
    </message>
    <message>
        <source>Due date of action %1</source>
        <translation>Échéance de l&apos;action %1</translation>
    </message>
    <message>
        <source>B&amp;udget granted</source>
        <translation>Bud&amp;get accordé</translation>
    </message>
    <message>
        <source>Choose the committee&apos;s decision…</source>
        <translation>Choisissez la décision du comité…</translation>
    </message>
    <message>
        <source>P&amp;hase change:</source>
        <translation>C&amp;hangement de phase&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the committee&apos;s decision first.</source>
        <translation>Choisissez d&apos;abord la décision du comité.</translation>
    </message>
    <message>
        <source> The team asked for %1.</source>
        <translation> L&apos;équipe avait demandé %1.</translation>
    </message>
    <message>
        <source>No amount granted</source>
        <translation>Aucun montant accordé</translation>
    </message>
    <message>
        <source>“%1” usually grants a budget, but no amount is given.%2 Record the decision without an amount?</source>
        <translation>«&#xa0;%1&#xa0;» accorde habituellement un budget, mais aucun montant n&apos;est indiqué.%2 Enregistrer la décision sans montant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Vote:</source>
        <translation>&amp;Vote&#xa0;:</translation>
    </message>
    <message>
        <source>What the committee thinks of the roadmap as a whole, as the deliberation will state it</source>
        <translation>L&apos;avis du comité sur l&apos;ensemble de la feuille de route, tel que la délibération l&apos;énoncera</translation>
    </message>
    <message>
        <source>Committee&apos;s opinion on the roadmap</source>
        <translation>Avis du comité sur la feuille de route</translation>
    </message>
    <message>
        <source>Proposed by the scenario “%1” of the funding pool “%2”.</source>
        <translation>Proposé par le scénario «&#xa0;%1&#xa0;» de l&apos;enveloppe de financement «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Comite::DecisionsPage</name>
    <message>
        <source>&amp;Close the session</source>
        <translation>&amp;Clôturer la séance</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Changement de phase</translation>
    </message>
    <message>
        <source>Procurement informed</source>
        <translation>Service achats informé</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>&amp;Record the decision…</source>
        <translation>&amp;Enregistrer la décision…</translation>
    </message>
    <message>
        <source>Re&amp;move the decision</source>
        <translation>S&amp;upprimer la décision</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>The session is closed; its decisions are on the products&apos; timelines.</source>
        <translation>La séance est clôturée&#xa0;; ses décisions figurent dans l&apos;historique des produits.</translation>
    </message>
    <message>
        <source>Every product has a decision: the session can be closed.</source>
        <translation>Chaque produit a une décision&#xa0;: la séance peut être clôturée.</translation>
    </message>
    <message>
        <source>Still to decide before closing: %1</source>
        <translation>Reste à décider avant la clôture&#xa0;: %1</translation>
    </message>
    <message>
        <source>This session is planned for %1, after today. Go on anyway?</source>
        <translation>Cette séance est prévue le %1, après la date du jour. Continuer malgré tout&#xa0;?</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clore la séance</translation>
    </message>
</context>
<context>
    <name>Comite::DeckPreview</name>
    <message>
        <source>Next sli&amp;de ▶</source>
        <translation>Diapositive sui&amp;vante ▶</translation>
    </message>
    <message>
        <source>The committee deck made from the product&apos;s data, as a 16:9 PDF or an ODP for LibreOffice Impress.</source>
        <translation>Le support de présentation du comité, construit à partir des données du produit, en PDF 16:9 ou en ODP pour LibreOffice Impress.</translation>
    </message>
    <message>
        <source>Committee deck</source>
        <translation>Support de présentation du comité</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositive %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no deck to export.</source>
        <translation>Il n&apos;y a aucun support à exporter.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>ODF presentations (*.odp)</source>
        <translation>Présentations ODF (*.odp)</translation>
    </message>
    <message>
        <source>Export the committee deck</source>
        <translation>Exporter le support de présentation du comité</translation>
    </message>
    <message>
        <source>◀ P&amp;revious slide</source>
        <translation>◀ Diapositive pré&amp;cédente</translation>
    </message>
    <message>
        <source>Export the dec&amp;k…</source>
        <translation>E&amp;xporter le support…</translation>
    </message>
</context>
<context>
    <name>Comite::DeckSlideView</name>
    <message>
        <source>Slide preview</source>
        <translation>Aperçu de la diapositive</translation>
    </message>
    <message>
        <source>No deck to show.</source>
        <translation>Aucun support à afficher.</translation>
    </message>
</context>
<context>
    <name>Comite::DeliberationActions</name>
    <message>
        <source>&amp;Export deliberation…</source>
        <translation>&amp;Exporter la délibération…</translation>
    </message>
    <message>
        <source>&amp;Mark deliberation final…</source>
        <translation>&amp;Marquer la délibération comme définitive…</translation>
    </message>
    <message>
        <source>C&amp;orrect the deliberation…</source>
        <translation>C&amp;orriger la délibération…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Comité</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Mark the deliberation final</source>
        <translation>Marquer la délibération comme définitive</translation>
    </message>
    <message>
        <source>Mark the deliberation final? The session&apos;s decisions, scores and notes will be locked; a later change needs a correction, which makes a new version.</source>
        <translation>Marquer la délibération comme définitive&#xa0;? Les décisions, scores et notes de la séance seront verrouillés&#xa0;; toute modification ultérieure nécessitera une correction, qui crée une nouvelle version.</translation>
    </message>
    <message>
        <source>Correct the deliberation</source>
        <translation>Corriger la délibération</translation>
    </message>
    <message>
        <source>Why is the deliberation corrected? The new version says it, and the earlier versions are kept.</source>
        <translation>Pourquoi la délibération est-elle corrigée&#xa0;? La nouvelle version l&apos;indiquera, et les versions précédentes sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Submit deliberation to the chair</source>
        <translation>Soumettre la délibération à la &amp;présidence</translation>
    </message>
    <message>
        <source>&amp;Approve deliberation…</source>
        <translation>&amp;Approuver la délibération…</translation>
    </message>
    <message>
        <source>Approve the deliberation</source>
        <translation>Approuver la délibération</translation>
    </message>
    <message>
        <source>Approved by (the chair of the committee). The deliberation becomes final: its decisions, scores and notes are locked.</source>
        <translation>Approuvée par (la présidence du comité). La délibération devient définitive&#xa0;: ses décisions, scores et notes de séance sont verrouillés.</translation>
    </message>
</context>
<context>
    <name>Comite::DeliberationExportDialog</name>
    <message>
        <source>Arbitration &amp;scores</source>
        <translation>&amp;Scores d&apos;arbitrage</translation>
    </message>
    <message>
        <source>Secretary&apos;s &amp;notes</source>
        <translation>&amp;Notes de séance</translation>
    </message>
    <message>
        <source>Agenda &amp;timings</source>
        <translation>&amp;Minutage de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The one-page notice for the &amp;procurement office instead</source>
        <translation>À la place, la note d&apos;une page pour le service &amp;achats</translation>
    </message>
    <message>
        <source>Export the deliberation</source>
        <translation>Exporter la délibération</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Leave out the arbitration scores</source>
        <translation>Omettre les scores d&apos;arbitrage</translation>
    </message>
    <message>
        <source>Leave out the secretary&apos;s notes</source>
        <translation>Omettre les notes de séance</translation>
    </message>
    <message>
        <source>Leave out the agenda timings</source>
        <translation>Omettre le minutage de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omettre</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>deliberation</source>
        <translation>deliberation</translation>
    </message>
</context>
<context>
    <name>Comite::EnvelopeTableModel</name>
    <message>
        <source>Committee of %1 (%2)</source>
        <translation>Comité du %1 (%2)</translation>
    </message>
    <message>
        <source>Imported from beta.gouv.fr</source>
        <translation>Importé depuis beta.gouv.fr</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordé par</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros.</translation>
    </message>
</context>
<context>
    <name>Comite::EspaceMembreDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import from the member space</source>
        <translation>Importer depuis l&apos;espace membre</translation>
    </message>
    <message>
        <source>Member space address</source>
        <translation>Adresse de l&apos;espace membre</translation>
    </message>
    <message>
        <source>API key file</source>
        <translation>Fichier de clé d&apos;API</translation>
    </message>
    <message>
        <source>Empty: the key stored in the system keyring</source>
        <translation>Vide&#xa0;: la clé enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Empty: every incubator</source>
        <translation>Vide&#xa0;: tous les incubateurs</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>Fichier de &amp;clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;ncubator (ghid):</source>
        <translation>I&amp;ncubateur (ghid)&#xa0;:</translation>
    </message>
    <message>
        <source>The key is read from the file or the system keyring for this import only; Comité never stores it. What was changed in Comité since the last import is kept.</source>
        <translation>La clé est lue dans le fichier ou le trousseau du système pour cet import uniquement&#xa0;; Comité ne la conserve jamais. Ce qui a été modifié dans Comité depuis le dernier import est conservé.</translation>
    </message>
    <message>
        <source>The address must be the member space&apos;s, such as https://espace-membre.incubateur.net.</source>
        <translation>L&apos;adresse doit être celle de l&apos;espace membre, par exemple https://espace-membre.incubateur.net.</translation>
    </message>
    <message>
        <source>Reading the member space…</source>
        <translation>Lecture de l&apos;espace membre…</translation>
    </message>
    <message>
        <source>What to tell the member space</source>
        <translation>Changements à reporter dans l&apos;espace membre</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Changements depuis le</translation>
    </message>
    <message>
        <source>Committees, phase changes and envelopes recorded in Comité since this date, to retype in the member space:</source>
        <translation>Comités, changements de phase et enveloppes budgétaires enregistrés dans Comité depuis cette date, à ressaisir dans l&apos;espace membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Save what to tell the member space</source>
        <translation>Enregistrer les changements à reporter dans l&apos;espace membre</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>member-space-%1.pdf</source>
        <translation>espace-membre-%1.pdf</translation>
    </message>
</context>
<context>
    <name>Comite::FacilitatorAgenda</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Enter or double-click: go to this item</source>
        <translation>Entrée ou double-clic&#xa0;: aller à ce point</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1  %2 · took %3</source>
        <translation>✓ %1  %2 · a duré %3</translation>
    </message>
    <message>
        <source>↷ %1  %2 · skipped</source>
        <translation>↷ %1  %2 · non traité</translation>
    </message>
    <message>
        <source>%1%2  %3 · %4 (planned %5)</source>
        <translation>%1%2  %3 · %4 (prévu à %5)</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>%1 early</source>
        <translation>%1 d&apos;avance</translation>
    </message>
    <message>
        <source>Ended at %1 · planned %2 (%3)</source>
        <translation>Terminée à %1 · fin prévue à %2 (%3)</translation>
    </message>
    <message>
        <source>Expected end %1 · planned %2 (%3)</source>
        <translation>Fin estimée à %1 · prévue à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 until %2 · planned %3</source>
        <translation>%1 jusqu&apos;à %2 · fin prévue à %3</translation>
    </message>
</context>
<context>
    <name>Comite::FacilitatorPanel</name>
    <message>
        <source>S&amp;ound</source>
        <translation>&amp;Son</translation>
    </message>
    <message>
        <source>&amp;Room view</source>
        <translation>&amp;Vue salle</translation>
    </message>
    <message>
        <source>Re&amp;veal the scores in the room</source>
        <translation>&amp;Révéler les scores dans la salle</translation>
    </message>
    <message>
        <source>&amp;Agenda (Enter: go to the item):</source>
        <translation>&amp;Ordre du jour (Entrée&#xa0;: aller au point)&#xa0;:</translation>
    </message>
    <message>
        <source>Notes on the current item</source>
        <translation>Notes de séance sur le point en cours</translation>
    </message>
    <message>
        <source>Notes on the current item (the secretary&apos;s); Esc goes back to the timer</source>
        <translation>Notes de séance sur le point en cours (celles du secrétaire)&#xa0;; Échap revient au minuteur</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Warn at these shares of the item, in percent</source>
        <translation>Seuils d&apos;alerte, en pourcentage du temps du point</translation>
    </message>
    <message>
        <source>Percentages of the item&apos;s time, separated by commas, e.g. 70, 100</source>
        <translation>Pourcentages du temps du point, séparés par des virgules, par exemple 70, 100</translation>
    </message>
    <message>
        <source>&amp;Warn at (% of the item):</source>
        <translation>&amp;Alerter à (% du point)&#xa0;:</translation>
    </message>
    <message>
        <source>Sound with the warnings</source>
        <translation>Signal sonore avec les alertes</translation>
    </message>
    <message>
        <source>Screen of the room view</source>
        <translation>Écran de la vue salle</translation>
    </message>
    <message>
        <source>Scr&amp;een:</source>
        <translation>É&amp;cran&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Comite::FacilitatorWindow</name>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Drift of the session</source>
        <translation>Dérive de la séance</translation>
    </message>
    <message>
        <source>Current product</source>
        <translation>Produit en cours</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Point en cours</translation>
    </message>
    <message>
        <source>The team leaves the room</source>
        <translation>L&apos;équipe sort de la salle</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Time used on the item</source>
        <translation>Temps passé sur le point</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <source>Facilitator — %1</source>
        <translation>Animateur — %1</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>L&apos;ordre du jour est vide</translation>
    </message>
    <message>
        <source>Agenda complete</source>
        <translation>Ordre du jour terminé</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1%2 (%n min)</source>
        <translation>
            <numerusform>Suivant&#xa0;: %1%2 (%n min)</numerusform>
            <numerusform>Suivant&#xa0;: %1%2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Suivant&#xa0;: fin de la séance</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Démarrer (Espace)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <source>Screen %1 — %2×%3</source>
        <translation>Écran %1 — %2×%3</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Space: start or pause; →: next item; ←: previous item; +: add a minute</source>
        <translation>Espace&#xa0;: démarrer ou mettre en pause&#xa0;; →&#xa0;: point suivant&#xa0;; ←&#xa0;: point précédent&#xa0;; +&#xa0;: ajouter une minute</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Fin estimée</translation>
    </message>
    <message>
        <source>◀ Back (←)</source>
        <translation>◀ Précédent (←)</translation>
    </message>
    <message>
        <source>Next ▶ (→)</source>
        <translation>Suivant ▶ (→)</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 min (+)</translation>
    </message>
    <message>
        <source>Keys: Space start/pause · → next item · ← previous item · + add a minute · PgDn/PgUp slides in the room · Alt+N notes · Esc leave the notes, then close · Ctrl+W close · F11 full screen</source>
        <translation>Touches&#xa0;: Espace démarrer/pause · → point suivant · ← point précédent · + ajouter une minute · Pg.Suiv/Pg.Préc diapositives en salle · Alt+N notes · Échap quitter les notes, puis fermer · Ctrl+W fermer · F11 plein écran</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Time is up for this item</source>
        <translation>Le temps imparti à ce point est écoulé</translation>
    </message>
    <message>
        <source>%1 % of the item&apos;s time used</source>
        <translation>%1&#xa0;% du temps du point écoulé</translation>
    </message>
    <message>
        <source>Skip items</source>
        <translation>Passer des points</translation>
    </message>
    <message numerus="yes">
        <source>Go to “%1” and skip %n item(s) not held yet?</source>
        <translation>
            <numerusform>Aller à «&#xa0;%1&#xa0;» en passant %n point pas encore traité&#xa0;?</numerusform>
            <numerusform>Aller à «&#xa0;%1&#xa0;» en passant %n points pas encore traités&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::FollowupModel</name>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1&#xa0;: %2 par %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Open since the committee of %1</source>
        <translation>Ouvert depuis le comité du %1</translation>
    </message>
    <message>
        <source>%1 (past due)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>Comite::FollowupRegister</name>
    <message>
        <source>Open items only</source>
        <translation>Points ouverts uniquement</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Follow-up of this product&apos;s decisions</source>
        <translation>Suites des décisions de ce produit</translation>
    </message>
    <message>
        <source>Follow-up register</source>
        <translation>Registre des suites</translation>
    </message>
    <message>
        <source>Show only the items still open</source>
        <translation>N&apos;afficher que les points encore ouverts</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>Marquer le point sélectionné comme fait</translation>
    </message>
    <message>
        <source>Drop the selected item</source>
        <translation>Abandonner le point sélectionné</translation>
    </message>
    <message>
        <source>Reopen the selected item</source>
        <translation>Rouvrir le point sélectionné</translation>
    </message>
    <message>
        <source>What the committees asked of this product: actions, conditions and blockers to lift. The next pre-read and deck show where each stands.</source>
        <translation>Ce que les comités ont demandé à ce produit&#xa0;: actions, conditions et blocages à lever. La prochaine pré-lecture et le prochain support de comité indiquent où en est chacun.</translation>
    </message>
    <message>
        <source>What the committees asked, across the portfolio: actions, conditions and blockers to lift. Items past due are flagged.</source>
        <translation>Ce que les comités ont demandé, sur l&apos;ensemble du portefeuille&#xa0;: actions, conditions et blocages à lever. Les points en retard sont signalés.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n point ouvert</numerusform>
            <numerusform>%n points ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past due</source>
        <translation>
            <numerusform>, %n en retard</numerusform>
            <numerusform>, %n en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::HistoryExportButton</name>
    <message>
        <source>Export every committee of this product, with decisions and amounts</source>
        <translation>Exporter tous les comités de ce produit, avec les décisions et les montants</translation>
    </message>
    <message>
        <source>Committee history</source>
        <translation>Historique des comités</translation>
    </message>
    <message>
        <source>Committee histor&amp;y…</source>
        <translation>&amp;Historique des comités…</translation>
    </message>
    <message>
        <source>committees-%1.pdf</source>
        <translation>comites-%1.pdf</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros.</translation>
    </message>
</context>
<context>
    <name>Comite::IndicatorDialog</name>
    <message>
        <source>This is the product&apos;s &amp;North Star Metric</source>
        <translation>C&apos;est la &amp;North Star Metric du produit</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How the figure is measured and where it comes from (tool, query, survey).</source>
        <translation>Comment le chiffre est mesuré et d&apos;où il provient (outil, requête, enquête).</translation>
    </message>
    <message>
        <source>users, km, %, days…</source>
        <translation>utilisateurs, km, %, jours…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Impact matrix principle</source>
        <translation>Principe de la matrice d&apos;impact</translation>
    </message>
    <message>
        <source>Mandatory indicator it fills</source>
        <translation>Indicateur obligatoire renseigné</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Method and source</source>
        <translation>Méthode et source</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Fills the &amp;mandatory indicator:</source>
        <translation>Renseigne l&apos;indicateur &amp;obligatoire :</translation>
    </message>
    <message>
        <source>Matrix &amp;principle:</source>
        <translation>&amp;Principe de la matrice :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>Method and &amp;source:</source>
        <translation>Méthode et s&amp;ource :</translation>
    </message>
</context>
<context>
    <name>Comite::IndicatorModel</name>
    <message>
        <source>%1 per user</source>
        <translation>%1 par utilisateur</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Aucune mesure pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 d&apos;ici le %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Trend (3 months)</source>
        <translation>Tendance (3 mois)</translation>
    </message>
    <message>
        <source>Target attainment</source>
        <translation>Atteinte de la cible</translation>
    </message>
    <message>
        <source>Mandatory indicator</source>
        <translation>Indicateur obligatoire</translation>
    </message>
    <message>
        <source>%1 per unit of impact</source>
        <translation>%1 par unité d&apos;impact</translation>
    </message>
    <message>
        <source>Cost per unit of impact %1 since the committee</source>
        <translation>Coût par unité d&apos;impact %1 depuis le comité</translation>
    </message>
    <message>
        <source>Cost per use %1 since the committee</source>
        <translation>Coût par usage %1 depuis le comité</translation>
    </message>
</context>
<context>
    <name>Comite::IndicatorsPage</name>
    <message>
        <source>&amp;New indicator…</source>
        <translation>No&amp;uvel indicateur…</translation>
    </message>
    <message>
        <source>De&amp;lete indicator</source>
        <translation>Su&amp;pprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>Indicators by impact-matrix principle</source>
        <translation>Indicateurs par principe de la matrice d&apos;impact</translation>
    </message>
    <message>
        <source>Measurements and &amp;targets</source>
        <translation>Mesures et &amp;cibles</translation>
    </message>
    <message>
        <source>North &amp;Star, 6 months</source>
        <translation>North &amp;Star, 6 mois</translation>
    </message>
    <message>
        <source>Impact &amp;matrix</source>
        <translation>&amp;Matrice d&apos;impact</translation>
    </message>
    <message>
        <source>All indicators against tar&amp;gets</source>
        <translation>Tous les indicateurs face à leurs ci&amp;bles</translation>
    </message>
    <message>
        <source>No North Star Metric yet</source>
        <translation>Pas encore de North Star Metric</translation>
    </message>
    <message>
        <source>Mark one indicator as the product&apos;s North Star in its definition.</source>
        <translation>Désignez un indicateur comme North Star du produit dans sa définition.</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Importer des mesures</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>graphique.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Edit indi&amp;cator…</source>
        <translation>Modifier l&apos;indica&amp;teur…</translation>
    </message>
    <message>
        <source>Imp&amp;ort measurements (CSV)…</source>
        <translation>Importer des m&amp;esures (CSV)…</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>&amp;Graphique</translation>
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
        <translation>É&amp;dition</translation>
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
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Comité</source>
        <translation>À &amp;propos de Comité</translation>
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
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses phases et ses comités&#xa0;? Vous pourrez revenir en arrière avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Load the demo portfolio</source>
        <translation>Charger le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>This database already holds a portfolio. Replace it with the demo? This cannot be undone.</source>
        <translation>Cette base de données contient déjà un portefeuille. Le remplacer par le portefeuille de démonstration&#xa0;? Cette opération est irréversible.</translation>
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
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;: ouvrez-le avec Fichier &gt; Ouvrir une base de données.</translation>
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
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>animateur</translation>
    </message>
    <message>
        <source>product team</source>
        <translation>équipe produit</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Se connecter au &amp;serveur…</translation>
    </message>
    <message>
        <source>Portfolio c&amp;hart…</source>
        <translation>&amp;Graphique du portefeuille…</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Séa&amp;nces</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>&amp;Séances…</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>Import from the &amp;member space…</source>
        <translation>Importer depuis l&apos;espace &amp;membre…</translation>
    </message>
    <message>
        <source>&amp;What to tell the member space…</source>
        <translation>&amp;Changements à reporter dans l&apos;espace membre…</translation>
    </message>
    <message>
        <source>P&amp;rogramme report…</source>
        <translation>&amp;Rapport du programme…</translation>
    </message>
    <message>
        <source>Funding poo&amp;ls…</source>
        <translation>&amp;Enveloppes de financement…</translation>
    </message>
    <message>
        <source>&amp;Follow-up register…</source>
        <translation>Registre des &amp;suites…</translation>
    </message>
    <message>
        <source>Follow-up register</source>
        <translation>Registre des suites</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barre d&apos;&amp;outils</translation>
    </message>
</context>
<context>
    <name>Comite::ManualWindow</name>
    <message>
        <source>Comité manual</source>
        <translation>Manuel de Comité</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The manual is not installed&lt;/h2&gt;&lt;p&gt;None of these folders holds it:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall Comité, or build the &lt;code&gt;comite_manual&lt;/code&gt; target.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le manuel n&apos;est pas installé&lt;/h2&gt;&lt;p&gt;Aucun de ces dossiers ne le contient&#xa0;:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Réinstallez Comité, ou compilez la cible &lt;code&gt;comite_manual&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Back to the top</source>
        <translation>Retour en haut</translation>
    </message>
    <message>
        <source>Find in the manual</source>
        <translation>Rechercher dans le manuel</translation>
    </message>
</context>
<context>
    <name>Comite::MeasurementEditor</name>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Supprimer la cible</translation>
    </message>
    <message>
        <source>Date of the new measurement</source>
        <translation>Date de la nouvelle mesure</translation>
    </message>
    <message>
        <source>Value of the new measurement</source>
        <translation>Valeur de la nouvelle mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment on the new measurement</source>
        <translation>Commentaire sur la nouvelle mesure</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Date of the new target</source>
        <translation>Date de la nouvelle cible</translation>
    </message>
    <message>
        <source>Value of the new target</source>
        <translation>Valeur de la nouvelle cible</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Add meas&amp;urement</source>
        <translation>Ajouter une mesu&amp;re</translation>
    </message>
    <message>
        <source>A&amp;dd target</source>
        <translation>Ajouter une cib&amp;le</translation>
    </message>
</context>
<context>
    <name>Comite::MeasurementImportDialog</name>
    <message>
        <source>Import measurements from “%1”</source>
        <translation>Importer des mesures depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Aperçu de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>%1 measurements of %2 indicators, separated by %3. A value on a day that already has one replaces it. You can undo the import with Edit &gt; Undo.</source>
        <translation>%1 mesures de %2 indicateurs, séparées par des %3. Une valeur saisie un jour qui en a déjà une la remplace. Vous pouvez annuler l&apos;import avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Nothing will be imported: correct the lines below in the file, then import it again.</source>
        <translation>Rien ne sera importé&#xa0;: corrigez les lignes ci-dessous dans le fichier, puis importez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>Comite::MeasurementModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
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
    <name>Comite::ParticipantModel</name>
    <message>
        <source>Votes</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation>Ne vote pas</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Not excused</source>
        <translation>Non excusé</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
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
        <translation>les usagers visés, par ex. «&#xa0;aux collectivités&#xa0;»</translation>
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
    <name>Comite::PortfolioChartDialog</name>
    <message>
        <source>Portfolio chart</source>
        <translation>Graphique du portefeuille</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Coût par usage</translation>
    </message>
    <message>
        <source>Cost per unit of impact</source>
        <translation>Coût par unité d&apos;impact</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>portfolio-chart.png</source>
        <translation>graphique-portefeuille.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
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
        <translation>Prochain comité</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>When the next committee is due: six months after the last one (or after the first phase began), sooner at the end of a provisional decision&apos;s period or 30 days before the funding envelope runs out</source>
        <translation>Échéance du prochain comité&#xa0;: six mois après le dernier (ou après le début de la première phase), plus tôt à la fin de la période d&apos;une décision provisoire ou 30 jours avant l&apos;épuisement de l&apos;enveloppe</translation>
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
    <message>
        <source>No committee on &amp;record</source>
        <translation>A&amp;ucun comité enregistré</translation>
    </message>
    <message>
        <source>Show only imported products with no committee on record</source>
        <translation>N&apos;afficher que les produits importés sans comité enregistré</translation>
    </message>
    <message>
        <source>Imported from beta.gouv.fr with no committee in the files: the last committee is unknown, so it is not counted as overdue.</source>
        <translation>Importé depuis beta.gouv.fr sans comité dans les fichiers&#xa0;: le dernier comité est inconnu, il n&apos;est donc pas compté comme en retard.</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups past due</source>
        <translation>&amp;Suites en retard</translation>
    </message>
    <message>
        <source>Show only products with open follow-up items past due</source>
        <translation>N&apos;afficher que les produits ayant des suites en cours dont l&apos;échéance est dépassée</translation>
    </message>
</context>
<context>
    <name>Comite::PreparationPage</name>
    <message>
        <source>%p % complete</source>
        <translation>%p&#xa0;% complété</translation>
    </message>
    <message>
        <source>Preparation completeness</source>
        <translation>Complétude de la préparation</translation>
    </message>
    <message>
        <source>What the committee expects</source>
        <translation>Ce qu&apos;attend le comité</translation>
    </message>
    <message>
        <source>The dossier sent to the committee one week before it: review, objectives, needs, budget and this checklist.</source>
        <translation>Le dossier envoyé au comité une semaine avant la séance&#xa0;: bilan, objectifs, besoins, budget et cette liste de vérification.</translation>
    </message>
    <message>
        <source>Each item is checked against the product&apos;s data; hover over it to see what was found.</source>
        <translation>Chaque élément est vérifié à partir des données du produit&#xa0;; survolez-le pour voir ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>No committee expected</source>
        <translation>Aucun comité prévu</translation>
    </message>
    <message>
        <source>The product is stopped or out of incubation: there is nothing to prepare.</source>
        <translation>Le produit est arrêté ou sorti d&apos;incubation&#xa0;: il n&apos;y a rien à préparer.</translation>
    </message>
    <message>
        <source>No committee date yet: plan a session or record the last committee.</source>
        <translation>Pas encore de date de comité&#xa0;: planifiez une séance ou enregistrez le dernier comité.</translation>
    </message>
    <message>
        <source>Next committee: %1. The pre-read must be sent by %2.</source>
        <translation>Prochain comité&#xa0;: %1. Le dossier de préparation doit être envoyé au plus tard le %2.</translation>
    </message>
    <message>
        <source>That day has passed.</source>
        <translation>Cette date est passée.</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>Le produit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Export the pre-read</source>
        <translation>Exporter le dossier de préparation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E&amp;xport the pre-read (PDF)…</source>
        <translation>&amp;Exporter le dossier de préparation (PDF)…</translation>
    </message>
</context>
<context>
    <name>Comite::PriorityTreeModel</name>
    <message>
        <source>Priority %1: %2</source>
        <translation>Priorité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>By the end of the period</source>
        <translation>D&apos;ici la fin de la période</translation>
    </message>
    <message>
        <source>Priority / expected result</source>
        <translation>Priorité / résultat attendu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Rename a priority</source>
        <translation>Renommer une priorité</translation>
    </message>
    <message>
        <source>Edit an expected result</source>
        <translation>Modifier un résultat attendu</translation>
    </message>
    <message>
        <source>Tie an expected result to an indicator</source>
        <translation>Relier un résultat attendu à un indicateur</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Set the target of an expected result</source>
        <translation>Définir la cible d&apos;un résultat attendu</translation>
    </message>
    <message>
        <source>Set the date of an expected result</source>
        <translation>Définir la date d&apos;un résultat attendu</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Ajouter une priorité</translation>
    </message>
    <message>
        <source>Add an expected result</source>
        <translation>Ajouter un résultat attendu</translation>
    </message>
    <message>
        <source>Remove a priority</source>
        <translation>Supprimer une priorité</translation>
    </message>
    <message>
        <source>Remove an expected result</source>
        <translation>Supprimer un résultat attendu</translation>
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
        <translation>Identifiant stable, utilisé dans les fichiers et en ligne de commande&#xa0;: lettres minuscules, chiffres, points et tirets.</translation>
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
        <translation>Décrivez le produit en Markdown&#xa0;: le problème, la solution, les usagers.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Pitch :</translation>
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
        <translation>A&amp;jouter un lien</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Co&amp;mpose from the template…</source>
        <translation>Composer à partir du &amp;modèle…</translation>
    </message>
    <message>
        <source>I&amp;dentifier:</source>
        <translation>Id&amp;entifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Incu&amp;bator:</source>
        <translation>Incu&amp;bateur&#xa0;:</translation>
    </message>
    <message>
        <source>Desc&amp;ription (Markdown):</source>
        <translation>Descripti&amp;on (Markdown)&#xa0;:</translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation>S&amp;upprimer le lien</translation>
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
    <message>
        <source>Remove the selected &amp;phase</source>
        <translation>Supprimer la phase &amp;sélectionnée</translation>
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
        <source>Current phase: %1</source>
        <translation>Phase actuelle&#xa0;: %1</translation>
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
        <translation>Phase trop longue&#xa0;: la phase %1 dure depuis %2, plus longtemps que prévu.</translation>
    </message>
    <message>
        <source>Committee overdue: the next committee was due on %1.</source>
        <translation>Comité en retard&#xa0;: le prochain comité était attendu le %1.</translation>
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
    <message>
        <source>Product launch</source>
        <translation>Lancement du produit</translation>
    </message>
    <message>
        <source>National impact</source>
        <translation>Impact national</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>FAST funding</source>
        <translation>Financement FAST</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Funding records</source>
        <translation>Financements</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Phases and committees</source>
        <translation>Phases et comités</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suites</translation>
    </message>
</context>
<context>
    <name>Comite::ProgrammeChartView</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Comite::ProgrammeReportWindow</name>
    <message>
        <source>Funnel per cohort</source>
        <translation>Entonnoir par cohorte</translation>
    </message>
    <message>
        <source>Time in each phase</source>
        <translation>Temps passé dans chaque phase</translation>
    </message>
    <message>
        <source>Still in the phase (Kaplan–Meier)</source>
        <translation>Encore dans la phase (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Launches and stops per year</source>
        <translation>Lancements et arrêts par année</translation>
    </message>
    <message>
        <source>Six-month objectives</source>
        <translation>Objectifs à six mois</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Cohorts from</source>
        <translation>Cohortes depuis</translation>
    </message>
    <message>
        <source>&amp;Incubator:</source>
        <translation>&amp;Incubateur&#xa0;:</translation>
    </message>
    <message>
        <source>Cohorts &amp;from:</source>
        <translation>&amp;Cohortes depuis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>F&amp;unnel per cohort</source>
        <translation>E&amp;ntonnoir par cohorte</translation>
    </message>
    <message>
        <source>&amp;Time in each phase</source>
        <translation>&amp;Temps passé dans chaque phase</translation>
    </message>
    <message>
        <source>Launches and stops per &amp;year</source>
        <translation>Lancements et arrêts par &amp;année</translation>
    </message>
    <message>
        <source>Six-month &amp;objectives</source>
        <translation>&amp;Objectifs à six mois</translation>
    </message>
    <message>
        <source>All incubators</source>
        <translation>Tous les incubateurs</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Toutes les cohortes</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&#xa0;: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“%1” is not a PDF, ODT, CSV or HTML file name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier PDF, ODT, CSV ou HTML.</translation>
    </message>
    <message>
        <source>Export the programme report</source>
        <translation>Exporter le rapport du programme</translation>
    </message>
    <message>
        <source>programme-report.pdf</source>
        <translation>rapport-programme.pdf</translation>
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
    <name>Comite::ReviewTableModel</name>
    <message>
        <source>Read from the indicator&apos;s measurements; type a value to replace it.</source>
        <translation>Lu dans les mesures de l&apos;indicateur&#xa0;; saisissez une valeur pour la remplacer.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>« Il y a 6 mois »: the value when the period started</source>
        <translation>«&#xa0;Il y a 6 mois&#xa0;»&#xa0;: la valeur au début de la période</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>Il y a 6 mois</translation>
    </message>
    <message>
        <source>« Aujourd&apos;hui »: the value reached</source>
        <translation>«&#xa0;Aujourd&apos;hui&#xa0;»&#xa0;: la valeur atteinte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Team&apos;s explanation</source>
        <translation>Explication de l&apos;équipe</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Review an expected result</source>
        <translation>Évaluer un résultat attendu</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapBudgetModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>per cent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en euros.</translation>
    </message>
    <message>
        <source>Edit the budget request for %1</source>
        <translation>Modifier la demande budgétaire pour %1</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapNeedsForm</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Budget request</source>
        <translation>Demande budgétaire</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Accompagnement nécessaire</translation>
    </message>
    <message>
        <source>Blockers to lift, one per line</source>
        <translation>Blocages à lever, un par ligne</translation>
    </message>
    <message>
        <source>One blocker per line: what the team asks the committee to lift.</source>
        <translation>Un blocage par ligne&#xa0;: ce que l&apos;équipe demande au comité de lever.</translation>
    </message>
    <message>
        <source>Add a &amp;profile</source>
        <translation>Ajouter un &amp;profil</translation>
    </message>
    <message>
        <source>Budget request for the period</source>
        <translation>Demande budgétaire pour la période</translation>
    </message>
    <message>
        <source>Support needed, per actor</source>
        <translation>Accompagnement nécessaire, par acteur</translation>
    </message>
    <message>
        <source>Blockers the committee is asked to lift</source>
        <translation>Blocages que le comité est appelé à lever</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Edit the blockers</source>
        <translation>Modifier les blocages</translation>
    </message>
    <message>
        <source>Remove the selected profi&amp;le</source>
        <translation>Suppri&amp;mer le profil sélectionné</translation>
    </message>
    <message>
        <source>Add a s&amp;upport need</source>
        <translation>Ajouter un besoin d&apos;a&amp;ccompagnement</translation>
    </message>
    <message>
        <source>Remove the sele&amp;cted need</source>
        <translation>Supprim&amp;er le besoin sélectionné</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapObjectivesForm</name>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Target population</source>
        <translation>Population cible</translation>
    </message>
    <message>
        <source>How the potential was estimated</source>
        <translation>Comment le potentiel a été estimé</translation>
    </message>
    <message>
        <source>Hypotheses to validate, one per line</source>
        <translation>Hypothèses à valider, une par ligne</translation>
    </message>
    <message>
        <source>Quantitative success criteria, one per line</source>
        <translation>Critères de succès quantitatifs, un par ligne</translation>
    </message>
    <message>
        <source>Qualitative success criteria, one per line</source>
        <translation>Critères de succès qualitatifs, un par ligne</translation>
    </message>
    <message>
        <source>If all goes as planned, where will the product be in five years?</source>
        <translation>Si tout se passe comme prévu, où en sera le produit dans cinq ans&#xa0;?</translation>
    </message>
    <message>
        <source>Who the product can reach, and how many (e.g. 2.8 million owner-occupiers).</source>
        <translation>Qui le produit peut atteindre, et combien de personnes (par ex. 2,8 millions de propriétaires occupants).</translation>
    </message>
    <message>
        <source>How this figure was estimated, from which sources.</source>
        <translation>Comment ce chiffre a été estimé, à partir de quelles sources.</translation>
    </message>
    <message>
        <source>One hypothesis per line</source>
        <translation>Une hypothèse par ligne</translation>
    </message>
    <message>
        <source>One criterion per line</source>
        <translation>Un critère par ligne</translation>
    </message>
    <message>
        <source>Target &amp;population:</source>
        <translation>&amp;Population cible :</translation>
    </message>
    <message>
        <source>Vision and deployment potential</source>
        <translation>Vision et potentiel de déploiement</translation>
    </message>
    <message>
        <source>Priorities and expected results</source>
        <translation>Priorités et résultats attendus</translation>
    </message>
    <message>
        <source>None (not tied to an indicator)</source>
        <translation>Aucun (non lié à un indicateur)</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>At most three priorities, each with results the team will be accountable for in six months; quantify them with a target (on an indicator, it becomes the indicator&apos;s target).</source>
        <translation>Trois priorités au plus, chacune avec des résultats dont l&apos;équipe rendra compte dans six mois ; chiffrez-les avec une cible (sur un indicateur, elle devient la cible de l&apos;indicateur).</translation>
    </message>
    <message>
        <source>Priorities for the next six months</source>
        <translation>Priorités pour les six prochains mois</translation>
    </message>
    <message>
        <source>&amp;Quantitative success criteria:</source>
        <translation>Critères de succès &amp;quantitatifs :</translation>
    </message>
    <message>
        <source>Q&amp;ualitative success criteria:</source>
        <translation>Critères d&amp;e succès qualitatifs&#xa0;:</translation>
    </message>
    <message>
        <source>Hypotheses and success criteria</source>
        <translation>Hypothèses et critères de succès</translation>
    </message>
    <message>
        <source>Edit the vision</source>
        <translation>Modifier la vision</translation>
    </message>
    <message>
        <source>Edit the target population</source>
        <translation>Modifier la population cible</translation>
    </message>
    <message>
        <source>Edit how the potential was estimated</source>
        <translation>Modifier la méthode d&apos;estimation du potentiel</translation>
    </message>
    <message>
        <source>Edit the hypotheses</source>
        <translation>Modifier les hypothèses</translation>
    </message>
    <message>
        <source>Edit the quantitative success criteria</source>
        <translation>Modifier les critères de succès quantitatifs</translation>
    </message>
    <message>
        <source>Edit the qualitative success criteria</source>
        <translation>Modifier les critères de succès qualitatifs</translation>
    </message>
    <message>
        <source>A roadmap holds at most three priorities.</source>
        <translation>Une feuille de route compte au plus trois priorités.</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>Nouvelle priorité</translation>
    </message>
    <message>
        <source>New expected result</source>
        <translation>Nouveau résultat attendu</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Ajouter une priorité</translation>
    </message>
    <message>
        <source>Add an e&amp;xpected result</source>
        <translation>A&amp;jouter un résultat attendu</translation>
    </message>
    <message>
        <source>Remove the sele&amp;ction</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Vision (five ye&amp;ars):</source>
        <translation>Vision (&amp;cinq ans)&#xa0;:</translation>
    </message>
    <message>
        <source>How it was estimated:</source>
        <translation>Méthode d&apos;estimation&#xa0;:</translation>
    </message>
    <message>
        <source>Hypotheses to va&amp;lidate:</source>
        <translation>H&amp;ypothèses à valider&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapPage</name>
    <message>
        <source>&amp;New roadmap for the next period</source>
        <translation>Nouvelle feuille de route pour la période suivan&amp;te</translation>
    </message>
    <message>
        <source>Roadmap shown</source>
        <translation>Feuille de route affichée</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Committee that approved the roadmap</source>
        <translation>Comité ayant validé la feuille de route</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards self-assessment</source>
        <translation>Auto-évaluation des standards beta.gouv.fr</translation>
    </message>
    <message>
        <source>Rate each standard six months ago, today and as aimed for in six months. Hover over a standard to see what it asks for.</source>
        <translation>Notez chaque standard il y a six mois, aujourd&apos;hui et tel que visé dans six mois. Survolez un standard pour voir ce qu&apos;il demande.</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Standards</source>
        <translation>&amp;Standards</translation>
    </message>
    <message>
        <source>&amp;Roadmap:</source>
        <translation>Feuille de &amp;route&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>&amp;Validée par&#xa0;:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · en cours</translation>
    </message>
    <message>
        <source> · next period</source>
        <translation> · période suivante</translation>
    </message>
    <message>
        <source> · draft</source>
        <translation> · brouillon</translation>
    </message>
    <message>
        <source>This product has no roadmap yet. A roadmap sets, for about six months, at most three priorities with the results the team will be accountable for, and what it needs.</source>
        <translation>Ce produit n&apos;a pas encore de feuille de route. Une feuille de route fixe, pour six mois environ, trois priorités au plus avec les résultats dont l&apos;équipe rendra compte, ainsi que ses besoins.</translation>
    </message>
    <message>
        <source>&amp;New roadmap</source>
        <translation>Nouvelle feuille de rou&amp;te</translation>
    </message>
    <message>
        <source>There is no previous roadmap to review: this is the product&apos;s first.</source>
        <translation>Il n&apos;y a pas de feuille de route précédente à examiner&#xa0;: c&apos;est la première du produit.</translation>
    </message>
    <message>
        <source>Not approved yet (draft)</source>
        <translation>Pas encore validée (brouillon)</translation>
    </message>
    <message>
        <source>Committee of %1</source>
        <translation>Comité du %1</translation>
    </message>
    <message>
        <source>Committee planned on %1</source>
        <translation>Comité prévu le %1</translation>
    </message>
    <message>
        <source>The roadmap being carried out.</source>
        <translation>La feuille de route en cours de réalisation.</translation>
    </message>
    <message>
        <source>For the next period: presented at the next committee.</source>
        <translation>Pour la période suivante&#xa0;: présentée au prochain comité.</translation>
    </message>
    <message>
        <source>A past period.</source>
        <translation>Une période passée.</translation>
    </message>
    <message>
        <source>Edit the roadmap&apos;s period</source>
        <translation>Modifier la période de la feuille de route</translation>
    </message>
    <message>
        <source>Delete this roadmap</source>
        <translation>Supprimer cette feuille de route</translation>
    </message>
    <message>
        <source>Nee&amp;ds</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>Revie&amp;w of the previous period</source>
        <translation>Bi&amp;lan de la période précédente</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapReviewPanel</name>
    <message>
        <source>Achievements and learnings</source>
        <translation>Réalisations et apprentissages</translation>
    </message>
    <message>
        <source>Review of the expected results</source>
        <translation>Bilan des résultats attendus</translation>
    </message>
    <message>
        <source>What the team achieved and learned; why objectives were or were not reached.</source>
        <translation>Ce que l&apos;équipe a réalisé et appris&#xa0;; pourquoi les objectifs ont été atteints ou non.</translation>
    </message>
    <message>
        <source>&amp;Achievements and learnings:</source>
        <translation>Réalisations et a&amp;pprentissages&#xa0;:</translation>
    </message>
    <message>
        <source>Review of the period from %1 to %2 (« il y a 6 mois / aujourd&apos;hui »)</source>
        <translation>Bilan de la période du %1 au %2 («&#xa0;il y a 6 mois / aujourd&apos;hui&#xa0;»)</translation>
    </message>
    <message>
        <source>This roadmap has no expected result to review.</source>
        <translation>Cette feuille de route n&apos;a aucun résultat attendu à examiner.</translation>
    </message>
    <message>
        <source>%1 achieved, %2 partly reached, %3 missed, %4 not measured. Values in italics are read from the indicators; type a value to replace one.</source>
        <translation>%1 atteints, %2 partiellement atteints, %3 manqués, %4 non mesurés. Les valeurs en italique proviennent des indicateurs&#xa0;; saisissez une valeur pour la remplacer.</translation>
    </message>
    <message>
        <source>Edit the achievements and learnings</source>
        <translation>Modifier les réalisations et apprentissages</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapStandardsModel</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>Il y a 6 mois</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>In 6 months</source>
        <translation>Dans 6 mois</translation>
    </message>
    <message>
        <source>Rate the standard “%1”</source>
        <translation>Noter le standard «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapSupportModel</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Edit a support need</source>
        <translation>Modifier un besoin d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Add a support need</source>
        <translation>Ajouter un besoin d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Remove a support need</source>
        <translation>Supprimer un besoin d&apos;accompagnement</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapTeamModel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Edit the team</source>
        <translation>Modifier l&apos;équipe</translation>
    </message>
    <message>
        <source>Add a team profile</source>
        <translation>Ajouter un profil à l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove a team profile</source>
        <translation>Supprimer un profil de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>Comite::RoomDeckView</name>
    <message>
        <source>Committee deck</source>
        <translation>Support de présentation du comité</translation>
    </message>
    <message>
        <source>Slide %1 of %2 — PgDn/PgUp</source>
        <translation>Diapositive %1 sur %2 — Pg.Suiv/Pg.Préc</translation>
    </message>
</context>
<context>
    <name>Comite::RoomView</name>
    <message>
        <source>Room view</source>
        <translation>Vue de salle</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Keys: Space start/pause · → next item · ← back · + add a minute · PgDn/PgUp next/previous slide · F11 full screen · Esc or Ctrl+W close</source>
        <translation>Touches&#xa0;: Espace démarrer/pause · → point suivant · ← retour · + ajouter une minute · Pg.Suiv/Pg.Préc diapositive suivante/précédente · F11 plein écran · Échap ou Ctrl+W fermer</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Démarrer (Espace)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Fin estimée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Comite::ScoreModel</name>
    <message>
        <source>%1: %2 out of 5</source>
        <translation>%1&#xa0;: %2 sur 5</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1&#xa0;: non noté</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n score(s)</source>
        <translation>
            <numerusform>Moyenne de %n note</numerusform>
            <numerusform>Moyenne de %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Highest minus lowest score</source>
        <translation>Score le plus haut moins le plus bas</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a whole number from 0 to %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un score&#xa0;: saisissez un nombre entier de 0 à %2.</translation>
    </message>
</context>
<context>
    <name>Comite::ScoringPage</name>
    <message>
        <source>Product scored</source>
        <translation>Produit noté</translation>
    </message>
    <message>
        <source>Arbitration grid</source>
        <translation>Grille d&apos;arbitrage</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation>Commentaire sur le score sélectionné</translation>
    </message>
    <message>
        <source>Optional comment on the selected score</source>
        <translation>Commentaire facultatif sur le score sélectionné</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Remove the score</source>
        <translation>Retirer le score</translation>
    </message>
    <message>
        <source>No voting member: tick “Votes” for the chair and the sponsors in the planning.</source>
        <translation>Aucun membre votant&#xa0;: cochez «&#xa0;Vote&#xa0;» pour le président et les sponsors dans la planification.</translation>
    </message>
    <message>
        <source>✓ Every voting member has scored this product.</source>
        <translation>✓ Tous les membres votants ont noté ce produit.</translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation>Pas encore noté par&#xa0;: %1</translation>
    </message>
    <message>
        <source>A whole number from 0 to %1</source>
        <translation>Un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>Produi&amp;t&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Comite::ServerConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation>Laisser vide pour utiliser PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>The password is used for this connection only; Comité never stores it.</source>
        <translation>Le mot de passe ne sert qu&apos;à cette connexion&#xa0;; Comité ne l&apos;enregistre jamais.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
</context>
<context>
    <name>Comite::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Modèle d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>A&amp;genda template:</source>
        <translation>&amp;Modèle d&apos;ordre du jour :</translation>
    </message>
    <message>
        <source>Choose at least one product to review.</source>
        <translation>Choisissez au moins un produit à examiner.</translation>
    </message>
    <message>
        <source>P&amp;roducts (committee due soonest first):</source>
        <translation>P&amp;roduits (échéance de comité la plus proche d&apos;abord)&#xa0;:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plan the &amp;session</source>
        <translation>Planifier la &amp;séance</translation>
    </message>
</context>
<context>
    <name>Comite::SessionEditor</name>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Déc&amp;isions</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>Sco&amp;res</translation>
    </message>
</context>
<context>
    <name>Comite::SessionHeaderForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Investment committee</source>
        <translation>Comité d&apos;investissement</translation>
    </message>
    <message>
        <source>Building, room</source>
        <translation>Bâtiment, salle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>D&amp;urée prévue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Lien &amp;visio&#xa0;:</translation>
    </message>
    <message>
        <source>Date and t&amp;ime:</source>
        <translation>Date et &amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Comite::SessionListModel</name>
    <message>
        <source>Investment committee</source>
        <translation>Comité d&apos;investissement</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
</context>
<context>
    <name>Comite::SessionParticipantProposals</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Participants proposed from the products</source>
        <translation>Participants proposés à partir des produits</translation>
    </message>
    <message>
        <source>Missing roles</source>
        <translation>Rôles manquants</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>Présiden&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>DINUM portfolio &amp;manager:</source>
        <translation>Responsa&amp;ble de portefeuille DINUM&#xa0;:</translation>
    </message>
    <message>
        <source>Secretar&amp;y:</source>
        <translation>Secrétaire&#xa0;:</translation>
    </message>
    <message>
        <source>From the products (untick who does not come):</source>
        <translation>Issus des produits (décochez les personnes absentes)&#xa0;:</translation>
    </message>
    <message>
        <source>Representative of %1</source>
        <translation>Représentant de %1</translation>
    </message>
    <message>
        <source>Missing: %1. You can add them later in the Planning tab.</source>
        <translation>Manquants&#xa0;: %1. Vous pourrez les ajouter plus tard dans l&apos;onglet Planification.</translation>
    </message>
</context>
<context>
    <name>Comite::SessionPlanningPage</name>
    <message>
        <source>Products reviewed</source>
        <translation>Produits examinés</translation>
    </message>
    <message>
        <source>Product to add</source>
        <translation>Produit à ajouter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Remove the selected prod&amp;uct</source>
        <translation>R&amp;etirer le produit sélectionné</translation>
    </message>
    <message>
        <source>Add a pa&amp;rticipant</source>
        <translation>A&amp;jouter un participant</translation>
    </message>
    <message>
        <source>Remove the selected participa&amp;nt</source>
        <translation>Retirer le participa&amp;nt sélectionné</translation>
    </message>
</context>
<context>
    <name>Comite::SessionProductPicker</name>
    <message>
        <source>Search a product, an incubator, a sponsor…</source>
        <translation>Rechercher un produit, un incubateur, un sponsor…</translation>
    </message>
    <message>
        <source>Search the products</source>
        <translation>Rechercher dans les produits</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Products reviewed</source>
        <translation>Produits examinés</translation>
    </message>
    <message>
        <source>Products shown</source>
        <translation>Produits affichés</translation>
    </message>
    <message>
        <source>committee overdue since %1</source>
        <translation>comité en retard depuis le %1</translation>
    </message>
    <message>
        <source>committee due %1</source>
        <translation>comité attendu le %1</translation>
    </message>
    <message>
        <source>All incubators</source>
        <translation>Tous les incubateurs</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown</source>
        <translation>
            <numerusform>%1 sur %n produit affiché</numerusform>
            <numerusform>%1 sur %n produits affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::SessionsWindow</name>
    <message>
        <source>Choose a session, or plan a new one with Session &gt; New session.</source>
        <translation>Choisissez une séance, ou planifiez-en une nouvelle avec Séance &gt; Nouvelle séance.</translation>
    </message>
    <message>
        <source>Committee sessions</source>
        <translation>Séances du comité</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>&amp;Run the session…</source>
        <translation>&amp;Tenir la séance…</translation>
    </message>
    <message>
        <source>&amp;Close the session</source>
        <translation>&amp;Clôturer la séance</translation>
    </message>
    <message>
        <source>&amp;Delete the session…</source>
        <translation>&amp;Supprimer la séance…</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>Delete the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete this session with its agenda, scores and decisions? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer cette séance avec son ordre du jour, ses scores et ses décisions&#xa0;? Vous pourrez l&apos;annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Comité</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>E&amp;xport the invitation (.ics)…</source>
        <translation>E&amp;xporter l&apos;invitation (.ics)…</translation>
    </message>
    <message>
        <source>Run the session</source>
        <translation>Tenir la séance</translation>
    </message>
    <message>
        <source>Export the invitation</source>
        <translation>Exporter l&apos;invitation</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation>Invitations d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Invitation written to %1</source>
        <translation>Invitation écrite dans %1</translation>
    </message>
</context>
<context>
    <name>Comite::TargetModel</name>
    <message>
        <source>Ahead</source>
        <translation>En avance</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>Comite::VoteWidget</name>
    <message>
        <source>Votes for</source>
        <translation>Voix pour</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Voix contre</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimité</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Décompte des voix</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>abstentions</translation>
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
        <translation>Comité tient le portefeuille de votre incubateur, prépare et anime les comités d&apos;investissement, et rédige leurs délibérations. Comment souhaitez-vous commencer&#xa0;?</translation>
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
        <translation>Ajout du produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete product “%1”</source>
        <translation>Suppression du produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Record committee</source>
        <translation>Enregistrement d&apos;un comité</translation>
    </message>
    <message>
        <source>Remove committee</source>
        <translation>Suppression d&apos;un comité</translation>
    </message>
    <message>
        <source>Plan session “%1”</source>
        <translation>Planifier la séance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <translation>Supprimer la séance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Close session “%1”</source>
        <translation>Clôturer la séance «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “comite --help” for the commands and their options.</source>
        <translation>Lancez «&#xa0;comite --help&#xa0;» pour connaître les commandes et leurs options.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Fichier de base de données (par défaut&#xa0;: %1).</translation>
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
        <translation>Langue des messages&#xa0;: fr ou en.</translation>
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
        <translation>--today attend une date au format AAAA-MM-JJ, pas «&#xa0;%1&#xa0;».</translation>
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
        <translation>Aucun produit «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>Committees: %1</source>
        <translation>Comités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next committee due: %1</source>
        <translation>Échéance du prochain comité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incubators: %1</source>
        <translation>Incubateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committees held: %1</source>
        <translation>Comités tenus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committee overdue: %1</source>
        <translation>Comités en retard&#xa0;: %1</translation>
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
        <translation>demo --db CHEMIN [--force]&#xa0;: écrire le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>products --db PATH [--json]: list the products</source>
        <translation>products --db CHEMIN [--json]&#xa0;: lister les produits</translation>
    </message>
    <message>
        <source>product SLUG --db PATH [--json]: one product in full</source>
        <translation>product IDENTIFIANT --db CHEMIN [--json]&#xa0;: afficher un produit en détail</translation>
    </message>
    <message>
        <source>summary --db PATH [--json] [--today YYYY-MM-DD]: portfolio figures</source>
        <translation>summary --db CHEMIN [--json] [--today AAAA-MM-JJ]&#xa0;: chiffres du portefeuille</translation>
    </message>
    <message>
        <source>Usage: comite [--db PATH] [--lang fr|en]    open the window
       comite COMMAND [options]

Commands:
</source>
        <translation>Usage&#xa0;: comite [--db CHEMIN] [--lang fr|en]    ouvrir la fenêtre
        comite COMMANDE [options]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (default: %1), --lang fr|en and --today YYYY-MM-DD.
Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation>
Toutes les commandes acceptent --db CHEMIN (par défaut&#xa0;: %1), --lang fr|en et --today AAAA-MM-JJ.
Codes de sortie&#xa0;: 0 succès, 1 erreur, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Fichier de base de données.</translation>
    </message>
    <message>
        <source>“%1” takes one folder: comite %1 DIR --db PATH.</source>
        <translation>«&#xa0;%1&#xa0;» prend un dossier&#xa0;: comite %1 DOSSIER --db CHEMIN.</translation>
    </message>
    <message>
        <source>--db wants the path of a database file.</source>
        <translation>--db attend le chemin d&apos;un fichier de base de données.</translation>
    </message>
    <message>
        <source>Import nothing when any file has a problem.</source>
        <translation>N&apos;importer rien si un fichier pose problème.</translation>
    </message>
    <message>
        <source>Export only this product.</source>
        <translation>Exporter uniquement ce produit.</translation>
    </message>
    <message>
        <source>--product wants a product identifier.</source>
        <translation>--product attend un identifiant de produit.</translation>
    </message>
    <message>
        <source>sessions --db PATH [--json]: list the committee sessions</source>
        <translation>sessions --db CHEMIN [--json]&#xa0;: liste les séances du comité</translation>
    </message>
    <message>
        <source>session ID --db PATH [--json]: one committee session in full</source>
        <translation>session ID --db CHEMIN [--json]&#xa0;: une séance du comité en détail</translation>
    </message>
    <message>
        <source>close-session ID --db PATH: close a session once every product is decided</source>
        <translation>close-session ID --db CHEMIN&#xa0;: clôture une séance une fois chaque produit décidé</translation>
    </message>
    <message>
        <source>agenda-pdf ID --db PATH --output FILE: the agenda (ordre du jour) as PDF</source>
        <translation>agenda-pdf ID --db CHEMIN --output FICHIER&#xa0;: l&apos;ordre du jour en PDF</translation>
    </message>
    <message>
        <source>import-betagouv DIR --db PATH [--strict]: import a beta.gouv.fr folder</source>
        <translation>import-betagouv DOSSIER --db CHEMIN [--strict]&#xa0;: importe un dossier beta.gouv.fr</translation>
    </message>
    <message>
        <source>export-betagouv DIR --db PATH [--product SLUG]: write beta.gouv.fr files</source>
        <translation>export-betagouv DOSSIER --db CHEMIN [--product IDENTIFIANT]&#xa0;: écrit les fichiers beta.gouv.fr</translation>
    </message>
    <message>
        <source>init-server --db URL: create the shared schema and its three roles</source>
        <translation>init-server --db URL&#xa0;: crée le schéma partagé et ses trois rôles</translation>
    </message>
    <message>
        <source>copy --from PATH|URL --to PATH|URL: copy a whole portfolio into an empty database</source>
        <translation>copy --from CHEMIN|URL --to CHEMIN|URL&#xa0;: copie un portefeuille entier dans une base de données vide</translation>
    </message>
    <message>
        <source>import-measurements FILE --product SLUG --db PATH: import a CSV of measurements</source>
        <translation>import-measurements FICHIER --product IDENTIFIANT --db CHEMIN&#xa0;: importe un CSV de mesures</translation>
    </message>
    <message>
        <source>There is no Comité database at “%1”.</source>
        <translation>Il n&apos;y a pas de base de données Comité à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The CSV file: date;indicator;value.</source>
        <translation>Le fichier CSV&#xa0;: date;indicateur;valeur.</translation>
    </message>
    <message>
        <source>import-measurements needs --product SLUG.</source>
        <translation>import-measurements nécessite --product IDENTIFIANT.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imported %1 measurements of %2 indicators into %3.</source>
        <translation>%1 mesures de %2 indicateurs importées dans %3.</translation>
    </message>
    <message>
        <source>Database to read: a file or postgresql://…</source>
        <translation>Base de données à lire&#xa0;: un fichier ou postgresql://…</translation>
    </message>
    <message>
        <source>Empty database to write: a file or postgresql://…</source>
        <translation>Base de données vide où écrire&#xa0;: un fichier ou postgresql://…</translation>
    </message>
    <message>
        <source>copy needs --from and --to.</source>
        <translation>copy nécessite --from et --to.</translation>
    </message>
    <message>
        <source>The record counts differ: the copy is incomplete.</source>
        <translation>Les nombres d&apos;enregistrements diffèrent&#xa0;: la copie est incomplète.</translation>
    </message>
    <message>
        <source>init-server needs --db postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>init-server nécessite --db postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Schema version %1 and the roles comite_facilitator, comite_team and comite_sponsor are ready on %2.</source>
        <translation>La version %1 du schéma et les rôles comite_facilitator, comite_team et comite_sponsor sont prêts sur %2.</translation>
    </message>
    <message>
        <source>Give people access with, for example: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE comite_team;</source>
        <translation>Donnez accès aux personnes avec, par exemple&#xa0;: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE comite_team;</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source> — absent</source>
        <translation> — absent</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions&#xa0;:</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <source>The session&apos;s number.</source>
        <translation>Le numéro de la séance.</translation>
    </message>
    <message>
        <source>A session is named by its number, not “%1”.</source>
        <translation>Une séance est désignée par son numéro, pas par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No session %1 in %2.</source>
        <translation>Pas de séance %1 dans %2.</translation>
    </message>
    <message>
        <source>Session %1 is already closed.</source>
        <translation>La séance %1 est déjà clôturée.</translation>
    </message>
    <message>
        <source>Session %1 closed.</source>
        <translation>Séance %1 clôturée.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>agenda-pdf needs --output FILE.</source>
        <translation>agenda-pdf nécessite --output FICHIER.</translation>
    </message>
    <message>
        <source>Agenda written to %1.</source>
        <translation>Ordre du jour écrit dans %1.</translation>
    </message>
    <message>
        <source>export-chart --product SLUG [--indicator NAME] [--chart KIND] --db PATH --out FILE.png|FILE.svg: a chart as an image</source>
        <translation>export-chart --product SLUG [--indicator NAME] [--chart KIND] --db PATH --out FILE.png|FILE.svg&#xa0;: un graphique sous forme d&apos;image</translation>
    </message>
    <message>
        <source>export-preread --product SLUG --db PATH --out FILE.pdf: the committee pre-read of a product</source>
        <translation>export-preread --product SLUG --db PATH --out FILE.pdf&#xa0;: le dossier de préparation du comité pour un produit</translation>
    </message>
    <message>
        <source>export-deliberation --session ID --format pdf|odt|md|html --out FILE --db PATH [--lang fr|en] [--procurement] [--omit scores,notes,timings]: the written deliberation of a session</source>
        <translation>export-deliberation --session ID --format pdf|odt|md|html --out FILE --db PATH [--lang fr|en] [--procurement] [--omit scores,notes,timings]&#xa0;: la délibération rédigée d&apos;une séance</translation>
    </message>
    <message>
        <source>export-history --product SLUG --format pdf|odt|md|html --out FILE --db PATH: every committee of a product</source>
        <translation>export-history --product SLUG --format pdf|odt|md|html --out FILE --db PATH&#xa0;: tous les comités d&apos;un produit</translation>
    </message>
    <message>
        <source>--format wants pdf, odt, md or html, not “%1”.</source>
        <translation>--format attend pdf, odt, md ou html, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>pdf, odt, md or html.</source>
        <translation>pdf, odt, md ou html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>The one-page notice for the procurement office.</source>
        <translation>La note d&apos;une page destinée au service achats.</translation>
    </message>
    <message>
        <source>Sections to leave out, comma-separated: scores, notes, timings.</source>
        <translation>Sections à omettre, séparées par des virgules&#xa0;: scores, notes, timings.</translation>
    </message>
    <message>
        <source>export-deliberation needs --session ID, --format pdf|odt|md|html and --out FILE.</source>
        <translation>export-deliberation nécessite --session ID, --format pdf|odt|md|html et --out FILE.</translation>
    </message>
    <message>
        <source>--omit wants scores, notes or timings, not “%1”.</source>
        <translation>--omit attend scores, notes ou timings, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Procurement notice written to %1.</source>
        <translation>Note au service achats écrite dans %1.</translation>
    </message>
    <message>
        <source>Deliberation written to %1.</source>
        <translation>Délibération écrite dans %1.</translation>
    </message>
    <message>
        <source>export-history needs --product SLUG, --format pdf|odt|md|html and --out FILE.</source>
        <translation>export-history nécessite --product SLUG, --format pdf|odt|md|html et --out FILE.</translation>
    </message>
    <message>
        <source>Committee history written to %1.</source>
        <translation>Historique des comités écrit dans %1.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name.</source>
        <translation>Le nom de l&apos;indicateur.</translation>
    </message>
    <message>
        <source>indicator, north-star, matrix or progress.</source>
        <translation>indicator, north-star, matrix ou progress.</translation>
    </message>
    <message>
        <source>The file to write: .png or .svg.</source>
        <translation>Le fichier à écrire&#xa0;: .png ou .svg.</translation>
    </message>
    <message>
        <source>export-chart needs --product SLUG and --out FILE.png|FILE.svg.</source>
        <translation>export-chart nécessite --product SLUG et --out FILE.png|FILE.svg.</translation>
    </message>
    <message>
        <source>--out wants a .png or .svg file, not “%1”.</source>
        <translation>--out attend un fichier .png ou .svg, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--chart wants one of %1.</source>
        <translation>--chart attend l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--chart indicator needs --indicator NAME.</source>
        <translation>--chart indicator nécessite --indicator NAME.</translation>
    </message>
    <message>
        <source>No indicator “%1” in the product “%2”.</source>
        <translation>Aucun indicateur «&#xa0;%1&#xa0;» dans le produit «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Graphique écrit dans %1.</translation>
    </message>
    <message>
        <source>export-preread needs --product SLUG and --out FILE.pdf.</source>
        <translation>export-preread nécessite --product SLUG et --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Pre-read of %1 written to %2 (to send by %3).</source>
        <translation>Dossier de préparation de %1 écrit dans %2 (à envoyer au plus tard le %3).</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>export-ics needs --session ID and --out FILE.ics.</source>
        <translation>export-ics nécessite --session ID et --out FILE.ics.</translation>
    </message>
    <message>
        <source>Invitation written to %1.</source>
        <translation>Invitation écrite dans %1.</translation>
    </message>
    <message>
        <source>generate --db PATH --products N --months M [--seed S] [--force]: synthetic portfolio</source>
        <translation>generate --db PATH --products N --months M [--seed S] [--force]&#xa0;: portefeuille synthétique</translation>
    </message>
    <message>
        <source>export-ics --session ID --out FILE.ics --db PATH: the session as a calendar invitation</source>
        <translation>export-ics --session ID --out FILE.ics --db PATH&#xa0;: la séance sous forme d&apos;invitation d&apos;agenda</translation>
    </message>
    <message>
        <source>export-deck --product SLUG [--session ID] --out FILE.pdf|FILE.odp --db PATH [--lang fr|en]: the committee deck of a product, made from its data</source>
        <translation>export-deck --product SLUG [--session ID] --out FILE.pdf|FILE.odp --db PATH [--lang fr|en]&#xa0;: le support de présentation d&apos;un produit pour le comité, construit à partir de ses données</translation>
    </message>
    <message>
        <source>
Comité %1, for the investment committees of the beta.gouv.fr incubators.
Data: the portfolio is stored in %2 unless --db says otherwise;
the window remembers the last database opened.
%3
Manual: Help &gt; Manual (F1) in the window.
</source>
        <translation>
Comité %1, pour les comités d&apos;investissement des incubateurs beta.gouv.fr.
Données&#xa0;: le portefeuille est enregistré dans %2, sauf indication contraire de --db&#xa0;;
la fenêtre se souvient de la dernière base de données ouverte.
%3
Manuel&#xa0;: Aide &gt; Manuel (F1) dans la fenêtre.
</translation>
    </message>
    <message>
        <source>“%1” is an empty file: it holds no Comité portfolio yet.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier vide&#xa0;: il ne contient encore aucun portefeuille Comité.</translation>
    </message>
    <message>
        <source>The committee session presented (figures as of its date).</source>
        <translation>La séance du comité où il est présenté (chiffres à sa date).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .odp.</source>
        <translation>Le fichier à écrire&#xa0;: .pdf ou .odp.</translation>
    </message>
    <message>
        <source>export-deck needs --product SLUG and --out FILE.pdf or FILE.odp.</source>
        <translation>export-deck nécessite --product SLUG et --out FILE.pdf ou FILE.odp.</translation>
    </message>
    <message>
        <source>export-deck writes .pdf or .odp, not “%1”.</source>
        <translation>export-deck écrit du .pdf ou du .odp, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--session needs a session number, not “%1”.</source>
        <translation>--session attend un numéro de séance, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Committee deck of %1 (%n slide(s), figures as of %2) written to %3.</source>
        <translation>
            <numerusform>Support de présentation de %1 (%n diapositive, chiffres au %2) écrit dans %3.</numerusform>
            <numerusform>Support de présentation de %1 (%n diapositives, chiffres au %2) écrit dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out “%1” does not match --format %2: name the file “.%3”, or choose the format of “.%4”.</source>
        <translation>--out «&#xa0;%1&#xa0;» ne correspond pas à --format %2&#xa0;: nommez le fichier «&#xa0;.%3&#xa0;», ou choisissez le format de «&#xa0;.%4&#xa0;».</translation>
    </message>
    <message>
        <source>deliberation --session ID [--submit|--approve|--final|--correct REASON] [--by NAME] --db PATH [--json]: the deliberation&apos;s approval: submit to the chair, approve (final)</source>
        <translation>deliberation --session ID [--submit|--approve|--final|--correct REASON] [--by NAME] --db PATH [--json]&#xa0;: approbation de la délibération — soumission à la présidence, approbation (définitive)</translation>
    </message>
    <message>
        <source>Submit the draft to the chair.</source>
        <translation>Soumettre le brouillon à la présidence.</translation>
    </message>
    <message>
        <source>Approve the submitted draft (the chair): it becomes final.</source>
        <translation>Approuver le brouillon soumis (par la présidence)&#xa0;: il devient définitif.</translation>
    </message>
    <message>
        <source>Make the draft final without the chair&apos;s approval in Comité (signed on paper).</source>
        <translation>Rendre le brouillon définitif sans approbation de la présidence dans Comité (signature sur papier).</translation>
    </message>
    <message>
        <source>Correct a final deliberation: a new draft version, with its reason.</source>
        <translation>Corriger une délibération définitive&#xa0;: nouvelle version en brouillon, avec son motif.</translation>
    </message>
    <message>
        <source>Who submits or approves.</source>
        <translation>Personne qui soumet ou approuve.</translation>
    </message>
    <message>
        <source>deliberation needs --session ID, and at most one of --submit, --approve --by NAME, --final or --correct REASON.</source>
        <translation>deliberation nécessite --session ID, et au plus une option parmi --submit, --approve --by NAME, --final ou --correct REASON.</translation>
    </message>
    <message>
        <source>Choose one of --submit, --approve, --final or --correct.</source>
        <translation>Choisissez une option parmi --submit, --approve, --final ou --correct.</translation>
    </message>
    <message>
        <source>--approve needs --by NAME: the chair who approves.</source>
        <translation>--approve nécessite --by NAME&#xa0;: la personne qui préside et approuve.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 submitted to the chair.</source>
        <translation>Délibération de la séance %1 soumise à la présidence.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 approved by %2: it is final.</source>
        <translation>Délibération de la séance %1 approuvée par %2&#xa0;: elle est définitive.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 made final.</source>
        <translation>Délibération de la séance %1 rendue définitive.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 corrected: a new draft version.</source>
        <translation>Délibération de la séance %1 corrigée&#xa0;: nouvelle version en brouillon.</translation>
    </message>
    <message>
        <source>Submitted on %1 by %2.</source>
        <translation>Soumise le %1 par %2.</translation>
    </message>
    <message>
        <source>Approved on %1 by %2.</source>
        <translation>Approuvée le %1 par %2.</translation>
    </message>
    <message>
        <source>The member space&apos;s address.</source>
        <translation>L&apos;adresse de l&apos;espace membre.</translation>
    </message>
    <message>
        <source>A file holding the API key.</source>
        <translation>Un fichier contenant la clé d&apos;API.</translation>
    </message>
    <message>
        <source>Only this incubator (its ghid).</source>
        <translation>Uniquement cet incubateur (son ghid).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (30).</source>
        <translation>Délai d&apos;attente de chaque réponse, en secondes (30).</translation>
    </message>
    <message>
        <source>“import-espace-membre” takes no folder: comite import-espace-membre --url URL --api-key-file FILE --db PATH.</source>
        <translation>«&#xa0;import-espace-membre&#xa0;» ne prend pas de dossier&#xa0;: comite import-espace-membre --url URL --api-key-file FILE --db PATH.</translation>
    </message>
    <message>
        <source>--url wants the member space&apos;s address, such as https://espace-membre.incubateur.net.</source>
        <translation>--url attend l&apos;adresse de l&apos;espace membre, par exemple https://espace-membre.incubateur.net.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds.</source>
        <translation>--timeout attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>Changes recorded from this date (YYYY-MM-DD).</source>
        <translation>Changements enregistrés à partir de cette date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>FILE.md, FILE.html or FILE.pdf.</source>
        <translation>FILE.md, FILE.html ou FILE.pdf.</translation>
    </message>
    <message>
        <source>--since wants a date written YYYY-MM-DD.</source>
        <translation>--since attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--out wants a file ending in .md, .html or .pdf.</source>
        <translation>--out attend un fichier se terminant par .md, .html ou .pdf.</translation>
    </message>
    <message>
        <source>Products with something to tell the member space: %1. Written to %2.</source>
        <translation>Produits ayant des changements à reporter dans l&apos;espace membre&#xa0;: %1. Écrit dans %2.</translation>
    </message>
    <message>
        <source>import-espace-membre --url URL [--api-key-file FILE] [--incubator GHID] --db PATH [--json]: import from the beta.gouv.fr member space&apos;s API</source>
        <translation>import-espace-membre --url URL [--api-key-file FICHIER] [--incubator GHID] --db CHEMIN [--json]&#xa0;: importe depuis l&apos;API de l&apos;espace membre de beta.gouv.fr</translation>
    </message>
    <message>
        <source>export-changes --since YYYY-MM-DD [--out FILE.md|FILE.html|FILE.pdf] --db PATH [--json]: what to retype in the member space</source>
        <translation>export-changes --since AAAA-MM-JJ [--out FICHIER.md|FICHIER.html|FICHIER.pdf] --db CHEMIN [--json]&#xa0;: ce qu&apos;il faut ressaisir dans l&apos;espace membre</translation>
    </message>
    <message>
        <source>report programme [--incubator SLUG] [--from YEAR] --format pdf|odt|csv|html --out FILE --db PATH [--json]: the programme&apos;s results (funnel, survival, time in phases, objectives)</source>
        <translation>report programme [--incubator IDENTIFIANT] [--from ANNÉE] --format pdf|odt|csv|html --out FICHIER --db CHEMIN [--json]&#xa0;: les résultats du programme (entonnoir, survie, durée des phases, objectifs)</translation>
    </message>
    <message>
        <source>Requests: %1.</source>
        <translation>Requêtes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The report: programme.</source>
        <translation>Le rapport&#xa0;: programme.</translation>
    </message>
    <message>
        <source>Only the products of this incubator (its identifier).</source>
        <translation>Uniquement les produits de cet incubateur (son identifiant).</translation>
    </message>
    <message>
        <source>Only the products that started in this year or later.</source>
        <translation>Uniquement les produits lancés l&apos;année indiquée ou après.</translation>
    </message>
    <message>
        <source>pdf, odt, csv or html.</source>
        <translation>pdf, odt, csv ou html.</translation>
    </message>
    <message>
        <source>Unknown report “%1”: the report is “programme”.</source>
        <translation>Rapport «&#xa0;%1&#xa0;» inconnu&#xa0;: le seul rapport est «&#xa0;programme&#xa0;».</translation>
    </message>
    <message>
        <source>--from wants a year such as 2019, not “%1”.</source>
        <translation>--from attend une année, par exemple 2019, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>report programme needs --format pdf|odt|csv|html and --out FILE (or --json alone).</source>
        <translation>report programme nécessite --format pdf|odt|csv|html et --out FICHIER (ou --json seul).</translation>
    </message>
    <message>
        <source>--format wants pdf, odt, csv or html, not “%1”.</source>
        <translation>--format attend pdf, odt, csv ou html, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Programme report written to %1.</source>
        <translation>Rapport du programme écrit dans %1.</translation>
    </message>
    <message>
        <source>Pool %1 (%2 – %3): %4</source>
        <translation>Enveloppe %1 (%2 – %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Solver proposal (%1, %2 s)</source>
        <translation>Proposition du solveur (%1, %2&#xa0;s)</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimale</translation>
    </message>
    <message>
        <source>best found within the time limit</source>
        <translation>la meilleure trouvée dans le temps imparti</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message numerus="yes">
        <source>Total %1, remaining %2, %n product(s) funded of %3.</source>
        <translation>
            <numerusform>Total %1, reste %2, %n produit financé sur %3.</numerusform>
            <numerusform>Total %1, reste %2, %n produits financés sur %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool&apos;s id or name.</source>
        <translation>L&apos;ID ou le nom de l&apos;enveloppe.</translation>
    </message>
    <message>
        <source>Show this stored scenario instead of the solver&apos;s proposal.</source>
        <translation>Afficher ce scénario enregistré au lieu de la proposition du solveur.</translation>
    </message>
    <message>
        <source>Store the solver&apos;s proposal as the scenario NAME.</source>
        <translation>Enregistrer la proposition du solveur comme scénario NOM.</translation>
    </message>
    <message>
        <source>The solver&apos;s time limit in seconds (default 10).</source>
        <translation>Temps limite du solveur, en secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>allocate needs --pool ID.</source>
        <translation>allocate attend --pool ID.</translation>
    </message>
    <message>
        <source>allocate takes --scenario NAME or --save NAME, not both.</source>
        <translation>allocate accepte --scenario NOM ou --save NOM, mais pas les deux.</translation>
    </message>
    <message>
        <source>--time-limit needs a positive number of seconds.</source>
        <translation>--time-limit attend un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>No funding pool “%1” in %2.</source>
        <translation>Aucune enveloppe de financement «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>The pool “%1” has no scenario “%2”.</source>
        <translation>L&apos;enveloppe «&#xa0;%1&#xa0;» n&apos;a pas de scénario «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Solver proposal</source>
        <translation>Proposition du solveur</translation>
    </message>
    <message>
        <source>%1 left after decisions</source>
        <translation>%1 restant après les décisions</translation>
    </message>
    <message>
        <source>allocate --pool ID [--scenario NAME | --save NAME] [--time-limit S] --db PATH [--json]: share a funding pool among its products (GLPK solver), or show a stored scenario</source>
        <translation>allocate --pool ID [--scenario NOM | --save NOM] [--time-limit S] --db CHEMIN [--json]&#xa0;: répartir une enveloppe de financement entre ses produits (solveur GLPK), ou afficher un scénario enregistré</translation>
    </message>
    <message>
        <source>pools --db PATH [--json]: list the funding pools and their scenarios</source>
        <translation>pools --db CHEMIN [--json]&#xa0;: lister les enveloppes de financement et leurs scénarios</translation>
    </message>
    <message>
        <source>followups --db PATH [--product SLUG] [--open] [--json]: the follow-up of the decisions (actions, conditions, blockers) with their status</source>
        <translation>followups --db CHEMIN [--product IDENTIFIANT] [--open] [--json]&#xa0;: les suites des décisions (actions, conditions, blocages) avec leur statut</translation>
    </message>
    <message>
        <source>Only this product&apos;s items.</source>
        <translation>Uniquement les points de ce produit.</translation>
    </message>
    <message>
        <source>Only the items still open.</source>
        <translation>Uniquement les points encore en cours.</translation>
    </message>
    <message>
        <source>No follow-up item.</source>
        <translation>Aucun point à suivre.</translation>
    </message>
    <message>
        <source>past due %1</source>
        <translation>en retard (échéance le %1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
</context>
<context>
    <name>CommitteeDeck</name>
    <message>
        <source>Cannot write “%1”: the deck is empty.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le support est vide.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Widescreen 16:9</source>
        <translation>Écran large 16:9</translation>
    </message>
    <message>
        <source>Investment committee — %1</source>
        <translation>Comité d&apos;investissement — %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>support</translation>
    </message>
    <message>
        <source>deck-%1%2.%3</source>
        <translation>support-%1%2.%3</translation>
    </message>
</context>
<context>
    <name>CommitteeHistory</name>
    <message>
        <source>Committee history — %1</source>
        <translation>Historique des comités — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Committee history of %1, drawn up on %2</source>
        <translation>Historique des comités de %1, établi le %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
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
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase actuelle</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>Total granted</source>
        <translation>Total accordé</translation>
    </message>
    <message>
        <source>beta.gouv.fr</source>
        <translation>beta.gouv.fr</translation>
    </message>
    <message>
        <source>Comité</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>aucune décision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Changement de phase</translation>
    </message>
    <message>
        <source>No committee yet.</source>
        <translation>Aucun comité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>imported from beta.gouv.fr</source>
        <translation>importé de beta.gouv.fr</translation>
    </message>
    <message>
        <source>held in Comité</source>
        <translation>tenu dans Comité</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une base de données Comité.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Comité database: it is not a SQLite file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Comité&#xa0;: ce n&apos;est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; try again when it is done.</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par un autre programme&#xa0;; réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a Comité database (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou n&apos;est pas une base de données Comité (%2).</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not a Comité database.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite d&apos;une autre application, pas une base de données Comité.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Comité (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez Comité à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>La base de données a refusé une modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; the change was not saved.</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par un autre programme&#xa0;; la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Erreur de base de données dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt est manquant (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another application, not a Comité database.</source>
        <translation>%1 contient les tables d&apos;une autre application, pas une base de données Comité.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Comité (schéma %2&#xa0;; cette version lit au plus le schéma %3). Mettez Comité à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; write postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur&#xa0;; écrivez postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>“%1” lacks a host or a database name; write postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Il manque à «&#xa0;%1&#xa0;» un hôte ou un nom de base de données&#xa0;; écrivez postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Do not write the password in the address: use PGPASSWORD, ~/.pgpass or the window&apos;s prompt.</source>
        <translation>N&apos;écrivez pas le mot de passe dans l&apos;adresse&#xa0;: utilisez PGPASSWORD, ~/.pgpass ou la saisie proposée par la fenêtre.</translation>
    </message>
    <message>
        <source>Roles exist only on a PostgreSQL server; %1 is a file.</source>
        <translation>Les rôles n&apos;existent que sur un serveur PostgreSQL&#xa0;; %1 est un fichier.</translation>
    </message>
    <message>
        <source>There is no Comité database at “%1”.</source>
        <translation>Il n&apos;y a pas de base de données Comité à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is an empty file: it holds no Comité portfolio yet.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier vide&#xa0;: il ne contient encore aucun portefeuille Comité.</translation>
    </message>
    <message>
        <source>“%1” holds no Comité portfolio yet.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient encore aucun portefeuille Comité.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Comité (schema %2; this version uses %3). Open it in Comité, or run a command that changes it, to update it first.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version antérieure de Comité (schéma %2&#xa0;; cette version utilise le %3). Ouvrez-le dans Comité, ou lancez une commande qui le modifie, pour le mettre à jour d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the login %2 has none of Comité&apos;s roles on this database. Ask its owner for comite_facilitator, comite_team or comite_sponsor.</source>
        <translation>Impossible de se connecter à %1&#xa0;: l&apos;identifiant %2 n&apos;a aucun des rôles de Comité sur cette base de données. Demandez à son propriétaire comite_facilitator, comite_team ou comite_sponsor.</translation>
    </message>
    <message>
        <source>Write the %1 in the address itself (postgresql://USER@HOST:PORT/DBNAME), not as an option.</source>
        <translation>Indiquez le %1 dans l&apos;adresse elle-même (postgresql://UTILISATEUR@HÔTE:PORT/BASE), et non comme option.</translation>
    </message>
    <message>
        <source>Unknown server address option “%1”; the options are PostgreSQL&apos;s connection parameters: %2.</source>
        <translation>Option d&apos;adresse du serveur «&#xa0;%1&#xa0;» inconnue&#xa0;; les options sont les paramètres de connexion de PostgreSQL&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server address option “%1” may not contain “;”.</source>
        <translation>L&apos;option d&apos;adresse du serveur «&#xa0;%1&#xa0;» ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>The server address gives the option “%1” twice.</source>
        <translation>L&apos;adresse du serveur donne deux fois l&apos;option «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has tables Comité&apos;s schema definition does not describe (%2): this version of Comité cannot set their access rules.</source>
        <translation>%1 comporte des tables que la définition du schéma de Comité ne décrit pas (%2)&#xa0;: cette version de Comité ne peut pas définir leurs règles d&apos;accès.</translation>
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
    <name>DecisionVote</name>
    <message>
        <source>Unanimous</source>
        <translation>Unanimité</translation>
    </message>
    <message numerus="yes">
        <source>%n for</source>
        <translation>
            <numerusform>%n pour</numerusform>
            <numerusform>%n pour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n against</source>
        <translation>
            <numerusform>%n contre</numerusform>
            <numerusform>%n contre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abstention(s)</source>
        <translation>
            <numerusform>%n abstention</numerusform>
            <numerusform>%n abstentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>DeckBuilder</name>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>investment committee of %1</source>
        <translation>comité d&apos;investissement du %1</translation>
    </message>
    <message>
        <source>investment committee, figures as of %1</source>
        <translation>comité d&apos;investissement, chiffres au %1</translation>
    </message>
    <message>
        <source>Investment committee</source>
        <translation>Comité d&apos;investissement</translation>
    </message>
    <message>
        <source>No pitch written yet.</source>
        <translation>Aucun pitch rédigé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Sponsors: %1</source>
        <translation>Sponsors&#xa0;: %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Chiffres au %1</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Objective of this committee</source>
        <translation>Objectif de ce comité</translation>
    </message>
    <message>
        <source>Present the investigation&apos;s results: the problem, the impact potential and the return on investment, a six-month roadmap with quantified impact goals, and the money, people, political support and blockers to lift.</source>
        <translation>Présenter les résultats de l&apos;investigation&#xa0;: le problème, le potentiel d&apos;impact et le retour sur investissement, une feuille de route à six mois avec des objectifs d&apos;impact chiffrés, ainsi que les moyens financiers et humains, le soutien politique et les blocages à lever.</translation>
    </message>
    <message>
        <source>Validate the objectives and the means needed for the next six months.</source>
        <translation>Valider les objectifs et les moyens nécessaires pour les six prochains mois.</translation>
    </message>
    <message>
        <source>Product team</source>
        <translation>Équipe produit</translation>
    </message>
    <message>
        <source>Decide whether the product enters construction, and with which means.</source>
        <translation>Décider si le produit entre en construction, et avec quels moyens.</translation>
    </message>
    <message>
        <source>Arbitrate the investment request against the impact shown.</source>
        <translation>Arbitrer la demande d&apos;investissement au regard de l&apos;impact démontré.</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Review of the last six months</source>
        <translation>Bilan des six derniers mois</translation>
    </message>
    <message>
        <source>What level of attainment of the objectives? What did we achieve and learn?</source>
        <translation>Quel niveau d&apos;atteinte des objectifs&#xa0;? Qu&apos;avons-nous réalisé et appris&#xa0;?</translation>
    </message>
    <message>
        <source>Objectives for the next six months</source>
        <translation>Objectifs des six prochains mois</translation>
    </message>
    <message>
        <source>Which priorities and expected results? Which impact, at what cost?</source>
        <translation>Quelles priorités et quels résultats attendus&#xa0;? Quel impact, pour quel coût&#xa0;?</translation>
    </message>
    <message>
        <source>Needs and roadmap</source>
        <translation>Besoins et feuille de route</translation>
    </message>
    <message>
        <source>How will we reach these objectives? What do we need?</source>
        <translation>Comment atteindrons-nous ces objectifs&#xa0;? De quoi avons-nous besoin&#xa0;?</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>%1 in three months</source>
        <translation>%1 en trois mois</translation>
    </message>
    <message>
        <source>target %1 by %2</source>
        <translation>cible %1 au %2</translation>
    </message>
    <message>
        <source>%1 (North Star)</source>
        <translation>%1 (North Star)</translation>
    </message>
    <message>
        <source>Why this service exists</source>
        <translation>Pourquoi ce service existe</translation>
    </message>
    <message>
        <source>The problem, our solution and its impact at this stage</source>
        <translation>Le problème, notre solution et son impact à ce stade</translation>
    </message>
    <message>
        <source>No description written yet.</source>
        <translation>Aucune description rédigée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Le problème</translation>
    </message>
    <message>
        <source>Our solution</source>
        <translation>Notre solution</translation>
    </message>
    <message>
        <source>Impact at this stage</source>
        <translation>Impact à ce stade</translation>
    </message>
    <message>
        <source>No indicator is measured yet.</source>
        <translation>Aucun indicateur n&apos;est encore mesuré.</translation>
    </message>
    <message>
        <source>Attainment of the objectives of the roadmap from %1 to %2</source>
        <translation>Atteinte des objectifs de la feuille de route du %1 au %2</translation>
    </message>
    <message>
        <source>Attainment of the objectives</source>
        <translation>Atteinte des objectifs</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>Il y a 6 mois</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No expected result was set for this period.</source>
        <translation>Aucun résultat attendu n&apos;a été fixé pour cette période.</translation>
    </message>
    <message>
        <source>No roadmap to review.</source>
        <translation>Aucune feuille de route à examiner.</translation>
    </message>
    <message>
        <source>North Star and learnings</source>
        <translation>North Star et apprentissages</translation>
    </message>
    <message>
        <source>%1 over the last six months</source>
        <translation>%1 sur les six derniers mois</translation>
    </message>
    <message>
        <source>No North Star Metric chosen</source>
        <translation>Aucune North Star Metric choisie</translation>
    </message>
    <message>
        <source>No measurement of the North Star in the last six months.</source>
        <translation>Aucune mesure de la North Star au cours des six derniers mois.</translation>
    </message>
    <message>
        <source>Choose a North Star Metric among the indicators and measure it at least monthly.</source>
        <translation>Choisissez une North Star Metric parmi les indicateurs et mesurez-la au moins une fois par mois.</translation>
    </message>
    <message>
        <source>No achievements or learnings written in the review yet.</source>
        <translation>Aucune réalisation ni aucun apprentissage rédigé dans le bilan pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Achievements and learnings</source>
        <translation>Réalisations et apprentissages</translation>
    </message>
    <message>
        <source>What explains the results</source>
        <translation>Ce qui explique les résultats</translation>
    </message>
    <message>
        <source>Impact evaluation</source>
        <translation>Évaluation de l&apos;impact</translation>
    </message>
    <message>
        <source>The indicators of the impact matrix, as of %1</source>
        <translation>Les indicateurs de la matrice d&apos;impact, au %1</translation>
    </message>
    <message>
        <source>Cost per use: %1 per monthly active user</source>
        <translation>Coût par usage&#xa0;: %1 par utilisateur actif mensuel</translation>
    </message>
    <message>
        <source>Cost per impact: %1 per unit of “%2”</source>
        <translation>Coût par impact&#xa0;: %1 par unité de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No indicator yet.</source>
        <translation>Aucun indicateur pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>DeckFacts</name>
    <message>
        <source>No product with id %1.</source>
        <translation>Aucun produit avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>Aucune séance avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Session %1 (%2) does not present %3.</source>
        <translation>La séance %1 (%2) ne présente pas %3.</translation>
    </message>
</context>
<context>
    <name>DeckPlanSlides</name>
    <message>
        <source>Roadmap from %1 to %2</source>
        <translation>Feuille de route du %1 au %2</translation>
    </message>
    <message>
        <source>The roadmap for the next period is not drafted yet</source>
        <translation>La feuille de route de la prochaine période n&apos;est pas encore rédigée</translation>
    </message>
    <message>
        <source>Objectives for the next six months</source>
        <translation>Objectifs des six prochains mois</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Priorities and expected results</source>
        <translation>Priorités et résultats attendus</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No priority set yet.</source>
        <translation>Aucune priorité fixée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The roadmap for the next period is not drafted yet.</source>
        <translation>La feuille de route de la prochaine période n&apos;est pas encore rédigée.</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Priorité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation>qualitatif</translation>
    </message>
    <message>
        <source>Cost per impact</source>
        <translation>Coût par impact</translation>
    </message>
    <message>
        <source>Spending of the last 12 months over usage and impact, as of %1</source>
        <translation>Dépenses des 12 derniers mois rapportées à l&apos;usage et à l&apos;impact, au %1</translation>
    </message>
    <message>
        <source>%1 since the last committee</source>
        <translation>%1 depuis le dernier comité</translation>
    </message>
    <message>
        <source>%1 over a year</source>
        <translation>%1 sur un an</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Coût par usage</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>needs the spending and the monthly active users</source>
        <translation>nécessite les dépenses et les utilisateurs actifs mensuels</translation>
    </message>
    <message>
        <source>Cost per impact (%1)</source>
        <translation>Coût par impact (%1)</translation>
    </message>
    <message>
        <source>needs the spending and an impact indicator measured</source>
        <translation>nécessite les dépenses et un indicateur d&apos;impact mesuré</translation>
    </message>
    <message>
        <source>Projected cost per impact</source>
        <translation>Coût par impact prévisionnel</translation>
    </message>
    <message>
        <source>the request, over a year, for the impact target of the next period</source>
        <translation>la demande, sur un an, rapportée à la cible d&apos;impact de la prochaine période</translation>
    </message>
    <message>
        <source>needs a budget request and an impact target in the next roadmap</source>
        <translation>nécessite une demande budgétaire et une cible d&apos;impact dans la prochaine feuille de route</translation>
    </message>
    <message>
        <source>Spending over the 12 months before %1: %2.</source>
        <translation>Dépenses sur les 12 mois précédant le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Monthly active users: %1.</source>
        <translation>Utilisateurs actifs mensuels&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Impact (%1): %2.</source>
        <translation>Impact (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Request for the next period: %1.</source>
        <translation>Demande pour la prochaine période&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The cost rose since the last committee: it should fall or hold from one committee to the next.</source>
        <translation>Le coût a augmenté depuis le dernier comité&#xa0;: il devrait baisser ou se maintenir d&apos;un comité à l&apos;autre.</translation>
    </message>
    <message>
        <source>No spending recorded yet.</source>
        <translation>Aucune dépense enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards</source>
        <translation>Standards beta.gouv.fr</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>Il y a 6 mois</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>In 6 months</source>
        <translation>Dans 6 mois</translation>
    </message>
    <message>
        <source>Needs: team and budget</source>
        <translation>Besoins&#xa0;: équipe et budget</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Team: %1 FTE</source>
        <translation>Équipe&#xa0;: %1 ETP</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>No profile listed.</source>
        <translation>Aucun profil indiqué.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisionnel</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Budget requested: %1</source>
        <translation>Budget demandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No spending and no request recorded.</source>
        <translation>Aucune dépense ni aucune demande enregistrée.</translation>
    </message>
    <message>
        <source>Needs: support and blockers</source>
        <translation>Besoins&#xa0;: accompagnement et blocages</translation>
    </message>
    <message>
        <source>What we expect from the sponsors and partners</source>
        <translation>Ce que nous attendons des sponsors et des partenaires</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Accompagnement nécessaire</translation>
    </message>
    <message>
        <source>No support need listed.</source>
        <translation>Aucun besoin d&apos;accompagnement indiqué.</translation>
    </message>
    <message>
        <source>No blocker listed.</source>
        <translation>Aucun blocage indiqué.</translation>
    </message>
    <message>
        <source>Blockers to lift</source>
        <translation>Blocages à lever</translation>
    </message>
    <message>
        <source>Each question scored out of 5 by every voting member</source>
        <translation>Chaque question notée sur 5 par chaque membre votant</translation>
    </message>
    <message>
        <source>Scores of %1: overall mean %2 / 5</source>
        <translation>Scores de %1&#xa0;: moyenne globale %2 / 5</translation>
    </message>
    <message>
        <source>Sponsors&apos; arbitration grid</source>
        <translation>Grille d&apos;arbitrage des sponsors</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mean / 5</source>
        <translation>Moyenne / 5</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 — mean %2 / 5</source>
        <translation>%1 — moyenne %2 / 5</translation>
    </message>
    <message>
        <source>Sponsor&apos;s decision: %1</source>
        <translation>Décision du sponsor&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision taken: %1</source>
        <translation>Décision prise&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Deliberation</name>
    <message>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Version %1 · submitted to the chair</source>
        <translation>Version %1 · soumise à la présidence</translation>
    </message>
    <message>
        <source>The deliberation is already final (version %1).</source>
        <translation>La délibération est déjà définitive (version %1).</translation>
    </message>
    <message>
        <source>Version %1 of the deliberation is already submitted to the chair.</source>
        <translation>La version %1 de la délibération est déjà soumise à la présidence.</translation>
    </message>
    <message>
        <source>Submit the deliberation to the chair before approving it.</source>
        <translation>Soumettez la délibération à la présidence avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Say who approves the deliberation.</source>
        <translation>Indiquez qui approuve la délibération.</translation>
    </message>
    <message>
        <source>Only the chair of the committee, %1, approves the deliberation.</source>
        <translation>Seule la personne qui préside le comité, %1, peut approuver la délibération.</translation>
    </message>
</context>
<context>
    <name>DeliberationBuilder</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — committee of %2</source>
        <translation>%1 — comité du %2</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>No participant listed.</source>
        <translation>Aucun participant indiqué.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>whole session</source>
        <translation>toute la séance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>No agenda.</source>
        <translation>Pas d&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Secretary&apos;s notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Drawn up by %1, secretary of the committee, on %2.</source>
        <translation>Établi par %1, secrétaire du comité, le %2.</translation>
    </message>
    <message>
        <source>Drawn up on %1.</source>
        <translation>Établi le %1.</translation>
    </message>
    <message>
        <source>Deliberation of the investment committee</source>
        <translation>Délibération du comité d&apos;investissement</translation>
    </message>
    <message>
        <source>Notice to the procurement office</source>
        <translation>Note au service achats</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The investment committee took the decisions below. Please place or stop the orders accordingly.</source>
        <translation>Le comité d&apos;investissement a pris les décisions ci-dessous. Merci de passer ou d&apos;arrêter les commandes en conséquence.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>What must be ordered — %1</source>
        <translation>Ce qui doit être commandé — %1</translation>
    </message>
    <message>
        <source>Nothing yet: the committee has not decided.</source>
        <translation>Rien pour l&apos;instant&#xa0;: le comité n&apos;a pas encore décidé.</translation>
    </message>
    <message>
        <source>Stop the orders for this product; no new order.</source>
        <translation>Arrêter les commandes pour ce produit&#xa0;; aucune nouvelle commande.</translation>
    </message>
    <message>
        <source>No new order: the committee granted no amount.</source>
        <translation>Aucune nouvelle commande&#xa0;: le comité n&apos;a accordé aucun montant.</translation>
    </message>
    <message>
        <source>Orders up to %1, %2.</source>
        <translation>Commandes dans la limite de %1, %2.</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Conditions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft — version %1, not approved: this text may still change and is not a record of the committee.</source>
        <translation>Brouillon — version %1, non approuvée&#xa0;: ce texte peut encore évoluer et ne constitue pas le procès-verbal du comité.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>%1, with a vote</source>
        <translation>%1, avec voix délibérative</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Version %1 was approved and made final on %2.</source>
        <translation>La version %1 a été approuvée et rendue définitive le %2.</translation>
    </message>
    <message>
        <source>Version %1 was approved and made final on %2 by %3.</source>
        <translation>La version %1 a été approuvée et rendue définitive le %2 par %3.</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>La présidence</translation>
    </message>
    <message>
        <source>The secretary</source>
        <translation>Le secrétaire de séance</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n personne présente</numerusform>
            <numerusform>%n personnes présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n personne excusée</numerusform>
            <numerusform>%n personnes excusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n personne absente</numerusform>
            <numerusform>%n personnes absentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the voting members present</source>
        <translation>
            <numerusform>%n membre votant présent</numerusform>
            <numerusform>%n membres votants présents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (out of %2): the committee could deliberate.</source>
        <translation>%1 (sur %2)&#xa0;: le comité a pu délibérer.</translation>
    </message>
    <message>
        <source>%1 (out of %2): no majority of voting members.</source>
        <translation>%1 (sur %2)&#xa0;: la majorité des membres votants n&apos;est pas atteinte.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Submitted to the chair</source>
        <translation>Soumise à la présidence</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
    <message>
        <source>Approved by the chair</source>
        <translation>Approuvée par la présidence</translation>
    </message>
    <message>
        <source>Version %1 was approved by the chair of the committee and made final on %2.</source>
        <translation>La version %1 a été approuvée par la présidence du comité et rendue définitive le %2.</translation>
    </message>
    <message>
        <source>Submitted to the chair of the committee; not approved yet.</source>
        <translation>Soumise à la présidence du comité&#xa0;; pas encore approuvée.</translation>
    </message>
    <message>
        <source>Not approved yet: this draft is to be submitted to the chair of the committee.</source>
        <translation>Pas encore approuvée&#xa0;: ce brouillon doit être soumis à la présidence du comité.</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Approuvé le %1</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Approuvé le&#xa0;:</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation>Payé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conditions: none</source>
        <translation>Conditions&#xa0;: aucune</translation>
    </message>
    <message>
        <source>The amount granted differs from the request: it is shared in proportion to the lines and profiles requested.</source>
        <translation>Le montant accordé diffère de la demande&#xa0;: il est réparti au prorata des lignes et des profils demandés.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Full-time equivalent</source>
        <translation>Équivalent temps plein</translation>
    </message>
    <message>
        <source>Amount (pro rata time)</source>
        <translation>Montant (au prorata du temps)</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>achats</translation>
    </message>
    <message>
        <source>deliberation</source>
        <translation>deliberation</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>actual start and end times</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>DeliberationDocument</name>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>DeliberationExport</name>
    <message>
        <source>No session %1 in %2.</source>
        <translation>Aucune séance %1 dans %2.</translation>
    </message>
    <message>
        <source>No product %1 in %2.</source>
        <translation>Aucun produit %1 dans %2.</translation>
    </message>
    <message>
        <source>“%1” has not been held yet: there is no deliberation to write. Before the committee, export its agenda or a product&apos;s pre-read.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore eu lieu&#xa0;: il n&apos;y a aucune délibération à rédiger. Avant le comité, exportez son ordre du jour ou le dossier de préparation d&apos;un produit.</translation>
    </message>
    <message>
        <source>The deliberation of “%1” is still a draft (version %2): the procurement notice is issued once it is final.</source>
        <translation>La délibération de «&#xa0;%1&#xa0;» est encore un brouillon (version %2)&#xa0;: la note au service achats est établie une fois qu&apos;elle est définitive.</translation>
    </message>
</context>
<context>
    <name>DeliberationOdt</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
</context>
<context>
    <name>DeliberationProductSection</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Indicators at a glance</source>
        <translation>Aperçu des indicateurs</translation>
    </message>
    <message>
        <source>%1 (North Star)</source>
        <translation>%1 (North Star)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>No indicator recorded.</source>
        <translation>Aucun indicateur enregistré.</translation>
    </message>
    <message>
        <source>Attainment of the previous roadmap</source>
        <translation>Atteinte de la feuille de route précédente</translation>
    </message>
    <message>
        <source>No roadmap was under review.</source>
        <translation>Aucune feuille de route n&apos;était à évaluer.</translation>
    </message>
    <message>
        <source>Roadmap %1.</source>
        <translation>Feuille de route %1.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No expected result was set.</source>
        <translation>Aucun résultat attendu n&apos;a été fixé.</translation>
    </message>
    <message>
        <source>Achievements and learnings: %1</source>
        <translation>Réalisations et apprentissages&#xa0;: %1</translation>
    </message>
    <message>
        <source>No roadmap was presented for the next period.</source>
        <translation>Aucune feuille de route n&apos;a été présentée pour la prochaine période.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>%1 FTE</source>
        <translation>%1 ETP</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>No team listed.</source>
        <translation>Aucune équipe indiquée.</translation>
    </message>
    <message>
        <source>Arbitration grid</source>
        <translation>Grille d&apos;arbitrage</translation>
    </message>
    <message>
        <source>No score was recorded.</source>
        <translation>Aucun score n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Not scored in full by: %1.</source>
        <translation>Notation incomplète de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Changement de phase</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Procurement informed on</source>
        <translation>Service achats informé le</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Blockers the committee will lift</source>
        <translation>Blocages que le comité lèvera</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Who lifts it</source>
        <translation>Qui le lève</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Conditions and reserves</source>
        <translation>Conditions et réserves</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next committee</source>
        <translation>Prochain comité</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (prévu)</translation>
    </message>
    <message>
        <source>%1 at the latest</source>
        <translation>%1 au plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n jour par semaine</numerusform>
            <numerusform>%n jours par semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 day a week</source>
        <translation>%1 jour par semaine</translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation>%1 jours par semaine</translation>
    </message>
    <message>
        <source>Range (max − min)</source>
        <translation>Étendue (max − min)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Scores from 0 to %1. %2: the highest score given to the question minus the lowest.</source>
        <translation>Scores de 0 à %1. %2&#xa0;: le score le plus haut attribué à la question moins le plus bas.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>No condition.</source>
        <translation>Aucune condition.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Spending over the last period</source>
        <translation>Dépenses de la dernière période</translation>
    </message>
    <message>
        <source>No spending recorded since the committee of %1.</source>
        <translation>Aucune dépense enregistrée depuis le comité du %1.</translation>
    </message>
    <message>
        <source>No spending recorded before this committee.</source>
        <translation>Aucune dépense enregistrée avant ce comité.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Actual spending since the committee of %1 (%2).</source>
        <translation>Dépenses réelles depuis le comité du %1 (%2).</translation>
    </message>
    <message>
        <source>Actual spending before this committee (%1).</source>
        <translation>Dépenses réelles avant ce comité (%1).</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Roadmap as approved</source>
        <translation>Feuille de route validée</translation>
    </message>
    <message>
        <source>Roadmap presented</source>
        <translation>Feuille de route présentée</translation>
    </message>
    <message>
        <source>Roadmap %1, as the committee approved it.</source>
        <translation>Feuille de route %1, telle que le comité l&apos;a validée.</translation>
    </message>
    <message>
        <source>Roadmap %1, as the team presented it.</source>
        <translation>Feuille de route %1, telle que l&apos;équipe l&apos;a présentée.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No priority set.</source>
        <translation>Aucune priorité fixée.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Aucun élément indiqué.</translation>
    </message>
    <message>
        <source>Hypotheses to validate</source>
        <translation>Hypothèses à valider</translation>
    </message>
    <message>
        <source>Quantitative success criteria</source>
        <translation>Critères de succès quantitatifs</translation>
    </message>
    <message>
        <source>Qualitative success criteria</source>
        <translation>Critères de succès qualitatifs</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Besoins d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>The committee&apos;s opinion on the roadmap</source>
        <translation>Avis du comité sur la feuille de route</translation>
    </message>
    <message>
        <source>No overall opinion was written.</source>
        <translation>Aucun avis d&apos;ensemble n&apos;a été rédigé.</translation>
    </message>
    <message>
        <source>No priority reviewed one by one.</source>
        <translation>Aucune priorité n&apos;a été examinée une à une.</translation>
    </message>
    <message>
        <source>Means requested and granted</source>
        <translation>Moyens demandés et accordés</translation>
    </message>
    <message>
        <source>Period requested</source>
        <translation>Période demandée</translation>
    </message>
    <message>
        <source>Period granted</source>
        <translation>Période accordée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>No budget requested and none granted.</source>
        <translation>Aucun budget demandé ni accordé.</translation>
    </message>
    <message>
        <source>The committee grants a total: it is shared over the lines in proportion to the request.</source>
        <translation>Le comité accorde un montant global&#xa0;: il est réparti entre les lignes au prorata de la demande.</translation>
    </message>
    <message>
        <source>The committee stops the product: nothing is granted.</source>
        <translation>Le comité arrête le produit&#xa0;: rien n&apos;est accordé.</translation>
    </message>
    <message>
        <source>The decision grants no amount.</source>
        <translation>La décision n&apos;accorde aucun montant.</translation>
    </message>
</context>
<context>
    <name>DeliberationRepository</name>
    <message>
        <source>The deliberation of “%1” is final (version %2): its decisions, scores and notes are locked. Correct the deliberation to make a new version first.</source>
        <translation>La délibération de «&#xa0;%1&#xa0;» est définitive (version %2)&#xa0;: ses décisions, scores et notes de séance sont verrouillés. Corrigez d&apos;abord la délibération pour en créer une nouvelle version.</translation>
    </message>
</context>
<context>
    <name>DeliberationWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
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
        <translation>La base de données contient déjà un portefeuille&#xa0;; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The demo session names an unknown product “%1”.</source>
        <translation>La séance de démonstration cite un produit inconnu «&#xa0;%1&#xa0;».</translation>
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
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» ne peut contenir que des lettres minuscules, des chiffres, des points et des tirets.</translation>
    </message>
    <message>
        <source>Another product already uses the identifier “%1”.</source>
        <translation>Un autre produit utilise déjà l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
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
        <translation>Passage à la phase «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The committee date is missing or invalid.</source>
        <translation>La date du comité est absente ou invalide.</translation>
    </message>
    <message>
        <source>A committee on %1 has not been held yet: plan it as a session instead.</source>
        <translation>Un comité prévu le %1 n&apos;a pas encore eu lieu&#xa0;: planifiez-le plutôt comme une séance.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“%1” already uses the identifier “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» utilise déjà l&apos;identifiant «&#xa0;%2&#xa0;».</translation>
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
            <numerusform>«&#xa0;%1&#xa0;» est sponsor de produits ou porte un incubateur (%n utilisation)&#xa0;; supprimez d&apos;abord ces liens.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est sponsor de produits ou porte un incubateur (%n utilisations)&#xa0;; supprimez d&apos;abord ces liens.</numerusform>
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
            <numerusform>«&#xa0;%1&#xa0;» contient encore %n produit&#xa0;; déplacez-le d&apos;abord vers un autre incubateur.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient encore %n produits&#xa0;; déplacez-les d&apos;abord vers un autre incubateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove incubator</source>
        <translation>Suppression de l&apos;incubateur</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Ce produit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Add an envelope of %1</source>
        <translation>Ajouter une enveloppe de %1</translation>
    </message>
    <message>
        <source>This envelope no longer exists.</source>
        <translation>Cette enveloppe n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit an envelope</source>
        <translation>Modifier une enveloppe</translation>
    </message>
    <message>
        <source>Delete an envelope</source>
        <translation>Supprimer une enveloppe</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mois (AAAA-MM).</translation>
    </message>
    <message>
        <source>“%1” is not a budget line.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ligne budgétaire.</translation>
    </message>
    <message>
        <source>Spending cannot be negative.</source>
        <translation>Les dépenses ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>Edit the forecast of %1 for %2</source>
        <translation>Modifier le prévisionnel de %1 pour %2</translation>
    </message>
    <message>
        <source>Edit the spending of %1 for %2</source>
        <translation>Modifier les dépenses de %1 pour %2</translation>
    </message>
    <message>
        <source>The date is missing or invalid.</source>
        <translation>La date est manquante ou invalide.</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>La valeur n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>A measurement cannot be dated after today (%1).</source>
        <translation>Une mesure ne peut pas être datée après aujourd&apos;hui (%1).</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>L&apos;indicateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name cannot start or end with spaces.</source>
        <translation>Le nom de l&apos;indicateur ne peut pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>The indicator&apos;s product does not exist.</source>
        <translation>Le produit de l&apos;indicateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The product already has an indicator named “%1”.</source>
        <translation>Le produit a déjà un indicateur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already fills the mandatory indicator “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» couvre déjà l&apos;indicateur obligatoire «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a mandatory indicator an indicator can fill.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un indicateur obligatoire qu&apos;un indicateur peut couvrir.</translation>
    </message>
    <message>
        <source>“%1” belongs to the principle “%2” of the impact matrix.</source>
        <translation>«&#xa0;%1&#xa0;» relève du principe «&#xa0;%2&#xa0;» de la matrice d&apos;impact.</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>Ajouter l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>Cet indicateur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An indicator cannot move to another product.</source>
        <translation>Un indicateur ne peut pas passer à un autre produit.</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Modifier l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete indicator “%1”</source>
        <translation>Supprimer l&apos;indicateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” already has a value on %2.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà une valeur le %2.</translation>
    </message>
    <message>
        <source>Add a measurement of “%1”</source>
        <translation>Ajouter une mesure de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This measurement no longer exists.</source>
        <translation>Cette mesure n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit a measurement of “%1”</source>
        <translation>Modifier une mesure de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete a measurement of “%1”</source>
        <translation>Supprimer une mesure de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Measurement for an indicator of another product.</source>
        <translation>Mesure d&apos;un indicateur d&apos;un autre produit.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurement(s)</source>
        <translation>
            <numerusform>Importer %n mesure</numerusform>
            <numerusform>Importer %n mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already has a target on %2.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà une cible le %2.</translation>
    </message>
    <message>
        <source>Add a target to “%1”</source>
        <translation>Ajouter une cible à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This target no longer exists.</source>
        <translation>Cette cible n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit a target of “%1”</source>
        <translation>Modifier une cible de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete a target of “%1”</source>
        <translation>Supprimer une cible de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Someone else changed this product meanwhile: the field now reads “%1”; your value “%2” was not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce produit entre-temps&#xa0;: le champ vaut désormais «&#xa0;%1&#xa0;»&#xa0;; votre valeur «&#xa0;%2&#xa0;» n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>Il n&apos;existe aucun produit avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>The result “%1” is tied to an indicator of another product.</source>
        <translation>Le résultat «&#xa0;%1&#xa0;» est lié à un indicateur d&apos;un autre produit.</translation>
    </message>
    <message>
        <source>The committee session that approved the roadmap no longer exists.</source>
        <translation>La séance du comité qui a approuvé la feuille de route n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Add a roadmap</source>
        <translation>Ajouter une feuille de route</translation>
    </message>
    <message>
        <source>This roadmap no longer exists.</source>
        <translation>Cette feuille de route n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A roadmap cannot move to another product.</source>
        <translation>Une feuille de route ne peut pas passer à un autre produit.</translation>
    </message>
    <message>
        <source>Delete the roadmap from %1</source>
        <translation>Supprimer la feuille de route commençant le %1</translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation>La séance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The session needs a date and a time.</source>
        <translation>La séance doit avoir une date et une heure.</translation>
    </message>
    <message>
        <source>The planned length must be between 0 and 24 hours.</source>
        <translation>La durée prévue doit être comprise entre 0 et 24 heures.</translation>
    </message>
    <message>
        <source>“%1” is on the session twice.</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois dans la séance.</translation>
    </message>
    <message>
        <source>Participant %1 has no name.</source>
        <translation>Le participant %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Agenda item %1 has no title.</source>
        <translation>Le point %1 de l&apos;ordre du jour n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>Agenda item %1: the duration must be between 0 and 600 minutes.</source>
        <translation>Point %1 de l&apos;ordre du jour&#xa0;: la durée doit être comprise entre 0 et 600 minutes.</translation>
    </message>
    <message>
        <source>Agenda item %1 is about a product that is not on the session.</source>
        <translation>Le point %1 de l&apos;ordre du jour porte sur un produit qui ne figure pas dans la séance.</translation>
    </message>
    <message>
        <source>A score must be between 0 and %1, on questions 1 to %2.</source>
        <translation>Un score doit être compris entre 0 et %1, pour les questions 1 à %2.</translation>
    </message>
    <message>
        <source>A decision is about a product that is not on the session.</source>
        <translation>Une décision porte sur un produit qui ne figure pas dans la séance.</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Change the session&apos;s products</source>
        <translation>Modifier les produits de la séance</translation>
    </message>
    <message>
        <source>Change participants</source>
        <translation>Modifier les participants</translation>
    </message>
    <message>
        <source>Apply the agenda template “%1”</source>
        <translation>Appliquer le modèle d&apos;ordre du jour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Ce point de l&apos;ordre du jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notes de séance sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A score must be between 0 and %1.</source>
        <translation>Un score doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>Only voting members score the grid.</source>
        <translation>Seuls les membres votants notent la grille.</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Score de %1</translation>
    </message>
    <message>
        <source>This product is not on the session.</source>
        <translation>Ce produit ne figure pas dans la séance.</translation>
    </message>
    <message>
        <source>Decision on “%1”</source>
        <translation>Décision sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the decision on “%1”</source>
        <translation>Retirer la décision sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The session cannot be closed:
%1</source>
        <translation>La séance ne peut pas être clôturée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Close the session before marking its deliberation final.</source>
        <translation>Clôturez la séance avant de rendre sa délibération définitive.</translation>
    </message>
    <message>
        <source>The deliberation is already final (version %1).</source>
        <translation>La délibération est déjà définitive (version %1).</translation>
    </message>
    <message>
        <source>Mark the deliberation of “%1” final</source>
        <translation>Rendre définitive la délibération de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Say why the deliberation is corrected.</source>
        <translation>Indiquez pourquoi la délibération est corrigée.</translation>
    </message>
    <message>
        <source>The deliberation is still a draft (version %1): edit it, then mark it final.</source>
        <translation>La délibération est encore un brouillon (version %1)&#xa0;: modifiez-la, puis rendez-la définitive.</translation>
    </message>
    <message>
        <source>Correct the deliberation of “%1” (version %2)</source>
        <translation>Corriger la délibération de «&#xa0;%1&#xa0;» (version %2)</translation>
    </message>
    <message>
        <source>Approve the deliberation of “%1”</source>
        <translation>Approuver la délibération de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Close the session before submitting its deliberation to the chair.</source>
        <translation>Clôturez la séance avant de soumettre sa délibération à la présidence.</translation>
    </message>
    <message>
        <source>Submit the deliberation of “%1” to the chair</source>
        <translation>Soumettre la délibération de «&#xa0;%1&#xa0;» à la présidence</translation>
    </message>
    <message>
        <source>This allocation scenario no longer exists.</source>
        <translation>Ce scénario de répartition n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This funding pool no longer exists.</source>
        <translation>Cette enveloppe de financement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Un scénario doit avoir un nom.</translation>
    </message>
    <message>
        <source>The pool already has a scenario named “%1”.</source>
        <translation>L&apos;enveloppe a déjà un scénario nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A funding pool needs a name.</source>
        <translation>Une enveloppe de financement doit avoir un nom.</translation>
    </message>
    <message>
        <source>The pool&apos;s period must start on or before its end.</source>
        <translation>La période de l&apos;enveloppe doit commencer au plus tard à sa date de fin.</translation>
    </message>
    <message>
        <source>The pool&apos;s amount cannot be negative.</source>
        <translation>Le montant de l&apos;enveloppe ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The maximum per product must be positive.</source>
        <translation>Le maximum par produit doit être positif.</translation>
    </message>
    <message>
        <source>Add funding pool</source>
        <translation>Ajouter une enveloppe de financement</translation>
    </message>
    <message>
        <source>Edit funding pool</source>
        <translation>Modifier l&apos;enveloppe de financement</translation>
    </message>
    <message>
        <source>Remove funding pool</source>
        <translation>Supprimer l&apos;enveloppe de financement</translation>
    </message>
    <message>
        <source>Add scenario “%1”</source>
        <translation>Ajouter le scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Edit allocation</source>
        <translation>Modifier la répartition</translation>
    </message>
    <message>
        <source>Remove scenario “%1”</source>
        <translation>Supprimer le scénario «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose scenario</source>
        <translation>Choisir le scénario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Propose allocation</source>
        <translation>Proposer une répartition</translation>
    </message>
    <message>
        <source>This follow-up item no longer exists.</source>
        <translation>Ce point de suivi n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” is already %2.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà %2.</translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Cette organisation n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This incubator no longer exists.</source>
        <translation>Cet incubateur n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>An envelope needs an amount above zero.</source>
        <translation>Une enveloppe doit avoir un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>An envelope needs a start date.</source>
        <translation>Une enveloppe doit avoir une date de début.</translation>
    </message>
    <message>
        <source>The envelope ends on %1, before it starts on %2.</source>
        <translation>L&apos;enveloppe se termine le %1, avant de commencer le %2.</translation>
    </message>
</context>
<context>
    <name>EnvelopeSource</name>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>FAST co-funding</source>
        <translation>Cofinancement FAST</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Comité</source>
        <translation>Comité</translation>
    </message>
</context>
<context>
    <name>EspaceMembreChanges</name>
    <message>
        <source>Committee of %1: %2</source>
        <translation>Comité du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Phase “%1” (%2) from %3</source>
        <translation>Phase «&#xa0;%1&#xa0;» (%2) à partir du %3</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>New envelope: %1 (%2)</source>
        <translation>Nouvelle enveloppe budgétaire&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, du %1 au %2</translation>
    </message>
    <message>
        <source>Document de comité of %1 (%2): %3 — written by `%4`</source>
        <translation>Document de comité du %1 (%2)&#xa0;: %3 — généré par `%4`</translation>
    </message>
    <message>
        <source>impact, roadmap, budget (pre-read)</source>
        <translation>impact, feuille de route, budget (dossier de préparation)</translation>
    </message>
    <message>
        <source>decision (deliberation)</source>
        <translation>décision (délibération)</translation>
    </message>
    <message>
        <source>To tell the member space since %1</source>
        <translation>À reporter dans l&apos;espace membre depuis le %1</translation>
    </message>
    <message>
        <source>What Comité recorded that the member space (espace-membre) does not know yet: retype it there, then upload the committee documents.</source>
        <translation>Ce que Comité a enregistré et que l&apos;espace membre ne connaît pas encore&#xa0;: ressaisissez-le dans l&apos;espace membre, puis déposez-y les documents du comité.</translation>
    </message>
    <message>
        <source>Nothing to tell: no committee, phase change or envelope recorded since then.</source>
        <translation>Rien à reporter&#xa0;: aucun comité, changement de phase ni enveloppe budgétaire enregistré depuis cette date.</translation>
    </message>
    <message>
        <source>Documents to upload:</source>
        <translation>Documents à déposer&#xa0;:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EspaceMembreClient</name>
    <message>
        <source>The member space&apos;s answer to %1 is not what its API describes: %2. Nothing was imported.</source>
        <translation>La réponse de l&apos;espace membre à %1 ne correspond pas à ce que décrit son API&#xa0;: %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>a startup without “ghid” or “name” was left out.</source>
        <translation>une startup sans «&#xa0;ghid&#xa0;» ni «&#xa0;name&#xa0;» a été ignorée.</translation>
    </message>
    <message>
        <source>the phase “%1” (start “%2”) is not one Comité knows; it was left out.</source>
        <translation>la phase «&#xa0;%1&#xa0;» (début «&#xa0;%2&#xa0;») n&apos;est pas connue de Comité&#xa0;; elle a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>The member space did not answer within %n second(s) (%1). Nothing was imported.</source>
        <translation>
            <numerusform>L&apos;espace membre n&apos;a pas répondu dans le délai de %n seconde (%1). Rien n&apos;a été importé.</numerusform>
            <numerusform>L&apos;espace membre n&apos;a pas répondu dans le délai de %n secondes (%1). Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The member space refused the API key (HTTP %1): check the key, or ask the member space for one. Nothing was imported.</source>
        <translation>L&apos;espace membre a refusé la clé d&apos;API (HTTP %1)&#xa0;: vérifiez la clé, ou demandez-en une à l&apos;espace membre. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The member space has no %1 (HTTP 404%2). Nothing was imported.</source>
        <translation>L&apos;espace membre ne connaît pas %1 (HTTP 404%2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The member space could not be reached: %1. Nothing was imported.</source>
        <translation>L&apos;espace membre est injoignable&#xa0;: %1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The member space answered HTTP %1 to %2. Nothing was imported.</source>
        <translation>L&apos;espace membre a répondu HTTP %1 à %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>a list of incubators was expected</source>
        <translation>une liste d&apos;incubateurs était attendue</translation>
    </message>
    <message>
        <source>an incubator without “ghid” or “title”</source>
        <translation>un incubateur sans «&#xa0;ghid&#xa0;» ni «&#xa0;title&#xa0;»</translation>
    </message>
    <message>
        <source>a list of startups was expected</source>
        <translation>une liste de startups était attendue</translation>
    </message>
    <message>
        <source>a startup without its list of phases</source>
        <translation>une startup sans sa liste de phases</translation>
    </message>
    <message>
        <source>a list of members was expected</source>
        <translation>une liste de membres était attendue</translation>
    </message>
    <message>
        <source>a member without “username”</source>
        <translation>un membre sans «&#xa0;username&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EspaceMembreImporter</name>
    <message>
        <source>changed both in Comité and in the member space; Comité&apos;s value was kept for: %1.</source>
        <translation>modifié à la fois dans Comité et dans l&apos;espace membre&#xa0;; la valeur de Comité a été conservée pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>no beta.gouv.fr file was imported for this product: the member space&apos;s values were taken.</source>
        <translation>aucun fichier beta.gouv.fr n&apos;a été importé pour ce produit&#xa0;: les valeurs de l&apos;espace membre ont été reprises.</translation>
    </message>
</context>
<context>
    <name>EspaceMembreKey</name>
    <message>
        <source>The API key file %1 cannot be read: %2.</source>
        <translation>Le fichier de clé d&apos;API %1 est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The API key file %1 is empty.</source>
        <translation>Le fichier de clé d&apos;API %1 est vide.</translation>
    </message>
    <message>
        <source>No API key: the system keyring holds none for %1 (service “%2”). Store it there, or give a key file.</source>
        <translation>Pas de clé d&apos;API&#xa0;: le trousseau du système n&apos;en contient aucune pour %1 (service «&#xa0;%2&#xa0;»). Enregistrez-la dans le trousseau, ou indiquez un fichier de clé.</translation>
    </message>
    <message>
        <source>No API key: the system keyring is not available here (no Secret Service or KWallet; a headless machine has none). Give a key file (--api-key-file). The keyring said: %1</source>
        <translation>Pas de clé d&apos;API&#xa0;: le trousseau du système n&apos;est pas disponible ici (ni Secret Service ni KWallet&#xa0;; une machine sans interface graphique n&apos;en a pas). Indiquez un fichier de clé (--api-key-file). Message du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>No API key: give a key file, or store the key in the system keyring (service “%1”, key “%2”). The keyring said: %3</source>
        <translation>Pas de clé d&apos;API&#xa0;: indiquez un fichier de clé, ou enregistrez la clé dans le trousseau du système (service «&#xa0;%1&#xa0;», clé «&#xa0;%2&#xa0;»). Message du trousseau&#xa0;: %3</translation>
    </message>
    <message>
        <source>The system keyring holds an empty API key for %1.</source>
        <translation>Le trousseau du système contient une clé d&apos;API vide pour %1.</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Exported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» exporté.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Blocker to lift</source>
        <translation>Blocage à lever</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
</context>
<context>
    <name>FollowupSection</name>
    <message>
        <source>Follow-up of the last committee</source>
        <translation>Suites du dernier comité</translation>
    </message>
    <message>
        <source>No action, condition or blocker to follow up.</source>
        <translation>Aucune action, condition ni blocage à suivre.</translation>
    </message>
    <message>
        <source>What the committee of %1 asked for, and where it stands.</source>
        <translation>Ce que le comité du %1 a demandé, et où en est chaque point.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1, past due</source>
        <translation>%1, échéance dépassée</translation>
    </message>
</context>
<context>
    <name>FollowupSlide</name>
    <message>
        <source>What the last committee asked for</source>
        <translation>Ce que le dernier comité a demandé</translation>
    </message>
    <message>
        <source>What the committee of %1 asked for, and where it stands</source>
        <translation>Ce que le comité du %1 a demandé, et où en est chaque point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No action, condition or blocker to follow up.</source>
        <translation>Aucune action, condition ni blocage à suivre.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s) in the follow-up register</source>
        <translation>
            <numerusform>… et %n autre point dans le registre des suites</numerusform>
            <numerusform>… et %n autres points dans le registre des suites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, past due</source>
        <translation>%1, échéance dépassée</translation>
    </message>
</context>
<context>
    <name>ImpactMatrix</name>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>Impactful</source>
        <translation>Impactant</translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation>Efficient</translation>
    </message>
    <message>
        <source>Ease-of-use score</source>
        <translation>Score de facilité d&apos;utilisation</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Utilisateurs actifs mensuels</translation>
    </message>
    <message>
        <source>Monthly transactions or conversions</source>
        <translation>Transactions ou conversions mensuelles</translation>
    </message>
    <message>
        <source>Penetration of the priority market</source>
        <translation>Pénétration du marché prioritaire</translation>
    </message>
    <message>
        <source>User satisfaction rate</source>
        <translation>Taux de satisfaction des utilisateurs</translation>
    </message>
    <message>
        <source>Generated policy impact</source>
        <translation>Impact généré sur la politique publique</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Coût par usage</translation>
    </message>
</context>
<context>
    <name>ImpactMatrixOverview</name>
    <message>
        <source>%1 in 3 months</source>
        <translation>%1 en 3 mois</translation>
    </message>
    <message>
        <source>%1 of the target</source>
        <translation>%1 de la cible</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesuré</translation>
    </message>
    <message>
        <source>%1 in a year</source>
        <translation>%1 en un an</translation>
    </message>
    <message>
        <source>%1 since the committee</source>
        <translation>%1 depuis le comité</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Coût par usage</translation>
    </message>
    <message>
        <source>%1 per user</source>
        <translation>%1 par utilisateur</translation>
    </message>
    <message>
        <source>Cost per unit of impact</source>
        <translation>Coût par unité d&apos;impact</translation>
    </message>
    <message>
        <source>Mandatory: needs spending and monthly active users</source>
        <translation>Obligatoire&#xa0;: nécessite les dépenses et les utilisateurs actifs mensuels</translation>
    </message>
    <message>
        <source>Mandatory, missing</source>
        <translation>Obligatoire, manquant</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c&apos;est mieux</translation>
    </message>
</context>
<context>
    <name>IndicatorWarnings</name>
    <message>
        <source>Usage only: no impact indicator was measured in the last 6 months.</source>
        <translation>Usage seul&#xa0;: aucun indicateur d&apos;impact n&apos;a été mesuré au cours des 6 derniers mois.</translation>
    </message>
    <message>
        <source>Missing mandatory indicators: %1.</source>
        <translation>Indicateurs obligatoires manquants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Efficiency worsening: the cost per unit of impact rose by more than %1 % since the last committee (the cost per use when the impact was not measured then), as the Efficient row shows.</source>
        <translation>Efficience en baisse&#xa0;: le coût par unité d&apos;impact a augmenté de plus de %1&#xa0;% depuis le dernier comité (le coût par usage lorsque l&apos;impact n&apos;était pas encore mesuré), comme le montre la ligne Efficient.</translation>
    </message>
</context>
<context>
    <name>KeyLabelDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Code source</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>DashLord audit</source>
        <translation>Audit DashLord</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MeasurementCsv</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The first line must name the columns: date;indicator;value (or date;indicateur;valeur).</source>
        <translation>La première ligne doit nommer les colonnes&#xa0;: date;indicateur;valeur (ou date;indicator;value).</translation>
    </message>
    <message>
        <source>Found %1 fields where the header names %2.</source>
        <translation>%1 champs trouvés alors que l&apos;en-tête en nomme %2.</translation>
    </message>
    <message>
        <source>Found %1 fields where the header names %2: put values with a decimal comma in double quotes.</source>
        <translation>%1 champs trouvés alors que l&apos;en-tête en nomme %2&#xa0;: mettez les valeurs à virgule décimale entre guillemets doubles.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>Le %1 est postérieur à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No indicator “%1” in this product.</source>
        <translation>Aucun indicateur «&#xa0;%1&#xa0;» dans ce produit.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file holds no measurement.</source>
        <translation>Le fichier ne contient aucune mesure.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Two schema migrations have the number %1: %2 and %3.</source>
        <translation>Deux migrations de schéma portent le numéro %1&#xa0;: %2 et %3.</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing (the next one is %2, %3): migrations are applied in order and none may be skipped.</source>
        <translation>La migration de schéma %1 est manquante (la suivante est la %2, %3)&#xa0;: les migrations s&apos;appliquent dans l&apos;ordre et aucune ne peut être sautée.</translation>
    </message>
    <message>
        <source>Schema migration %1 does not exist (this version of Comité knows 1 to %2).</source>
        <translation>La migration de schéma %1 n&apos;existe pas (cette version de Comité connaît les migrations 1 à %2).</translation>
    </message>
    <message>
        <source>Cannot read schema migration %1: %2</source>
        <translation>Impossible de lire la migration de schéma %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ObjectiveStatus</name>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidé</translation>
    </message>
</context>
<context>
    <name>OdfPackage</name>
    <message>
        <source>Cannot build the document: %1</source>
        <translation>Impossible de construire le document&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot build the document: the archive could not be read back.</source>
        <translation>Impossible de construire le document&#xa0;: l&apos;archive n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationKinds</name>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Central administration</source>
        <translation>Administration centrale</translation>
    </message>
    <message>
        <source>Public operator</source>
        <translation>Opérateur public</translation>
    </message>
    <message>
        <source>Devolved state service</source>
        <translation>Service déconcentré de l&apos;État</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité territoriale</translation>
    </message>
    <message>
        <source>Social security body</source>
        <translation>Organisme de sécurité sociale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PagedPdf</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the file could not be written in full (is the disk full?).</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le fichier n&apos;a pas pu être écrit en entier (le disque est-il plein&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>Mme</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>M.</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>present</source>
        <comment>feminine</comment>
        <translation>présente</translation>
    </message>
    <message>
        <source>present</source>
        <comment>masculine</comment>
        <translation>présent</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>a participé</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>feminine</comment>
        <translation>excusée</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>masculine</comment>
        <translation>excusé</translation>
    </message>
    <message>
        <source>sent apologies</source>
        <translation>a présenté ses excuses</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>feminine</comment>
        <translation>absente</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>masculine</comment>
        <translation>absent</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>n&apos;a pas participé</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Business directorate</source>
        <translation>Direction métier</translation>
    </message>
    <message>
        <source>Incubator lead</source>
        <translation>Responsable d&apos;incubateur</translation>
    </message>
    <message>
        <source>DINUM portfolio manager</source>
        <translation>Responsable de portefeuille DINUM</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>feminine</comment>
        <translation>Présidente</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>masculine</comment>
        <translation>Président</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <comment>feminine</comment>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <comment>masculine</comment>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Business directorate</source>
        <comment>feminine</comment>
        <translation>Direction métier</translation>
    </message>
    <message>
        <source>Business directorate</source>
        <comment>masculine</comment>
        <translation>Direction métier</translation>
    </message>
    <message>
        <source>Incubator lead</source>
        <comment>feminine</comment>
        <translation>Responsable d&apos;incubateur</translation>
    </message>
    <message>
        <source>Incubator lead</source>
        <comment>masculine</comment>
        <translation>Responsable d&apos;incubateur</translation>
    </message>
    <message>
        <source>DINUM portfolio manager</source>
        <comment>feminine</comment>
        <translation>Responsable de portefeuille DINUM</translation>
    </message>
    <message>
        <source>DINUM portfolio manager</source>
        <comment>masculine</comment>
        <translation>Responsable de portefeuille DINUM</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <comment>feminine</comment>
        <translation>Intrapreneure</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <comment>masculine</comment>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Team member</source>
        <comment>feminine</comment>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Team member</source>
        <comment>masculine</comment>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>User</source>
        <comment>feminine</comment>
        <translation>Usagère</translation>
    </message>
    <message>
        <source>User</source>
        <comment>masculine</comment>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Secretary</source>
        <comment>feminine</comment>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Secretary</source>
        <comment>masculine</comment>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>feminine</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>masculine</comment>
        <translation>Autre</translation>
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
        <translation>Ligne %1 (%2)&#xa0;: la date de début est absente ou invalide.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the phase ends on %3, before it starts on %4.</source>
        <translation>Ligne %1 (%2)&#xa0;: la phase se termine le %3, avant son début le %4.</translation>
    </message>
    <message>
        <source>Row %1 (%2): it starts on %3, before the previous phase (%4, %5).</source>
        <translation>Ligne %1 (%2)&#xa0;: cette phase commence le %3, avant la phase précédente (%4, %5).</translation>
    </message>
    <message>
        <source>Row %1 (%2): the product was stopped (%3); mark this phase as an explicit restart to continue.</source>
        <translation>Ligne %1 (%2)&#xa0;: le produit a été arrêté (%3)&#xa0;; marquez cette phase comme une relance explicite pour continuer.</translation>
    </message>
    <message>
        <source>“%1” is given %2 times (rows %3); the member space allows each phase once.</source>
        <translation>«&#xa0;%1&#xa0;» figure %2 fois (lignes %3)&#xa0;; l&apos;espace membre n&apos;autorise chaque phase qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Row %1 (%2) ends the day it starts; the member space wants the end after the start.</source>
        <translation>La ligne %1 (%2) se termine le jour où elle commence&#xa0;; l&apos;espace membre exige une fin postérieure au début.</translation>
    </message>
</context>
<context>
    <name>PoolRule</name>
    <message>
        <source>Must be funded</source>
        <translation>Doit être financé</translation>
    </message>
    <message>
        <source>Must not be funded</source>
        <translation>Ne doit pas être financé</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
</context>
<context>
    <name>PortfolioCopy</name>
    <message>
        <source>%1 already holds data (table %2): copy into an empty database.</source>
        <translation>%1 contient déjà des données (table %2)&#xa0;: copiez dans une base de données vide.</translation>
    </message>
    <message>
        <source>Nothing was copied into %1: the rows of table %2 were refused (%3).</source>
        <translation>Rien n’a été copié dans %1&#xa0;: les lignes de la table %2 ont été refusées (%3).</translation>
    </message>
</context>
<context>
    <name>Preparation</name>
    <message>
        <source>No roadmap for the next six months yet.</source>
        <translation>Pas encore de feuille de route pour les six prochains mois.</translation>
    </message>
    <message>
        <source>Roadmap for the next six months drafted</source>
        <translation>Feuille de route des six prochains mois rédigée</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <source>One to three priorities</source>
        <translation>Une à trois priorités</translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies).</source>
        <translation>
            <numerusform>%n priorité.</numerusform>
            <numerusform>%n priorités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each priority has a quantified expected result</source>
        <translation>Chaque priorité a un résultat attendu quantifié</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n priority(ies) quantified.</source>
        <translation>
            <numerusform>Priorité quantifiée&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Priorités quantifiées&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vision and deployment potential, with how it was estimated</source>
        <translation>Vision et potentiel de déploiement, avec la méthode d&apos;estimation</translation>
    </message>
    <message>
        <source>Written.</source>
        <translation>Rédigé.</translation>
    </message>
    <message>
        <source>Vision, target population or estimation missing.</source>
        <translation>Vision, population cible ou estimation manquante.</translation>
    </message>
    <message>
        <source>Hypotheses and success criteria, quantitative and qualitative</source>
        <translation>Hypothèses et critères de succès, quantitatifs et qualitatifs</translation>
    </message>
    <message>
        <source>%1 hypotheses, %2 quantitative and %3 qualitative criteria.</source>
        <translation>%1 hypothèses, %2 critères quantitatifs et %3 critères qualitatifs.</translation>
    </message>
    <message>
        <source>Team profiles with their time</source>
        <translation>Profils de l&apos;équipe avec leur temps</translation>
    </message>
    <message>
        <source>%1 profiles, %2 FTE.</source>
        <translation>%1 profils, %2 ETP.</translation>
    </message>
    <message>
        <source>No profile listed.</source>
        <translation>Aucun profil indiqué.</translation>
    </message>
    <message>
        <source>Budget request filled by line</source>
        <translation>Demande budgétaire renseignée par ligne</translation>
    </message>
    <message>
        <source>%1 requested.</source>
        <translation>%1 demandés.</translation>
    </message>
    <message>
        <source>No amount requested.</source>
        <translation>Aucun montant demandé.</translation>
    </message>
    <message>
        <source>Support needed per actor and blockers to lift</source>
        <translation>Besoins d&apos;accompagnement par acteur et blocages à lever</translation>
    </message>
    <message>
        <source>%1 support needs, %2 blockers.</source>
        <translation>%1 besoins d&apos;accompagnement, %2 blocages.</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards rated six months ago, today and in six months</source>
        <translation>Standards beta.gouv.fr évalués il y a six mois, aujourd&apos;hui et dans six mois</translation>
    </message>
    <message>
        <source>%1 of %2 standards rated.</source>
        <translation>%1 standards évalués sur %2.</translation>
    </message>
    <message>
        <source>No committee expected</source>
        <translation>Aucun comité prévu</translation>
    </message>
    <message>
        <source>Entering construction</source>
        <translation>Entrée en construction</translation>
    </message>
    <message>
        <source>In construction or acceleration</source>
        <translation>En construction ou en accélération</translation>
    </message>
    <message>
        <source>Pitch: the problem and the solution</source>
        <translation>Pitch&#xa0;: le problème et la solution</translation>
    </message>
    <message>
        <source>No pitch yet.</source>
        <translation>Pas encore de pitch.</translation>
    </message>
    <message>
        <source>Investigation results described</source>
        <translation>Résultats de l&apos;investigation décrits</translation>
    </message>
    <message>
        <source>The product description is empty.</source>
        <translation>La description du produit est vide.</translation>
    </message>
    <message>
        <source>A sponsor ready to fund construction</source>
        <translation>Un sponsor prêt à financer la construction</translation>
    </message>
    <message numerus="yes">
        <source>%n sponsor(s).</source>
        <translation>
            <numerusform>%n sponsor.</numerusform>
            <numerusform>%n sponsors.</numerusform>
        </translation>
    </message>
    <message>
        <source>An impact indicator to quantify the impact goals</source>
        <translation>Un indicateur d&apos;impact pour quantifier les objectifs d&apos;impact</translation>
    </message>
    <message>
        <source>Defined.</source>
        <translation>Défini.</translation>
    </message>
    <message>
        <source>No impact indicator yet.</source>
        <translation>Pas encore d&apos;indicateur d&apos;impact.</translation>
    </message>
    <message>
        <source>Results of the last six months reviewed (« il y a 6 mois / aujourd&apos;hui »)</source>
        <translation>Résultats des six derniers mois examinés («&#xa0;il y a 6 mois / aujourd&apos;hui&#xa0;»)</translation>
    </message>
    <message>
        <source>No roadmap to review.</source>
        <translation>Aucune feuille de route à examiner.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n expected result(s) with a value today.</source>
        <translation>
            <numerusform>Résultat attendu ayant une valeur aujourd&apos;hui&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Résultats attendus ayant une valeur aujourd&apos;hui&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results not reached are explained</source>
        <translation>Les résultats non atteints sont expliqués</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) below target without an explanation.</source>
        <translation>
            <numerusform>%n résultat sous la cible sans explication.</numerusform>
            <numerusform>%n résultats sous la cible sans explication.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left unexplained.</source>
        <translation>Tout est expliqué.</translation>
    </message>
    <message>
        <source>Six months of North Star data</source>
        <translation>Six mois de données North Star</translation>
    </message>
    <message>
        <source>No North Star Metric chosen.</source>
        <translation>Aucune North Star Metric choisie.</translation>
    </message>
    <message>
        <source>%1 of %2 months measured.</source>
        <translation>%1 mois mesurés sur %2.</translation>
    </message>
    <message>
        <source>Impact measured, not usage alone</source>
        <translation>Impact mesuré, pas seulement l&apos;usage</translation>
    </message>
    <message>
        <source>Impact measured in the last six months.</source>
        <translation>Impact mesuré au cours des six derniers mois.</translation>
    </message>
    <message>
        <source>No impact measurement in six months.</source>
        <translation>Aucune mesure d&apos;impact depuis six mois.</translation>
    </message>
    <message>
        <source>Spending recorded up to last month</source>
        <translation>Dépenses enregistrées jusqu&apos;au mois dernier</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistrées.</translation>
    </message>
    <message>
        <source>No actual spending for %1.</source>
        <translation>Aucune dépense réelle pour %1.</translation>
    </message>
    <message>
        <source>Current budget envelope recorded</source>
        <translation>Enveloppe budgétaire en cours enregistrée</translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 accordés.</translation>
    </message>
    <message>
        <source>No envelope covers today.</source>
        <translation>Aucune enveloppe ne couvre la date du jour.</translation>
    </message>
</context>
<context>
    <name>PrereadDocument</name>
    <message>
        <source>Committee pre-read — %1</source>
        <translation>Dossier de préparation du comité — %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committee: %1</source>
        <translation>Comité&#xa0;: %1</translation>
    </message>
    <message>
        <source>To send by %1, one week before the committee</source>
        <translation>À envoyer au plus tard le %1, une semaine avant le comité</translation>
    </message>
    <message>
        <source>Preparation: %1 % complete (%2)</source>
        <translation>Préparation&#xa0;: %1&#xa0;% effectuée (%2)</translation>
    </message>
    <message>
        <source>1. Review of the last six months</source>
        <translation>1. Bilan des six derniers mois</translation>
    </message>
    <message>
        <source>No roadmap to review.</source>
        <translation>Aucune feuille de route à évaluer.</translation>
    </message>
    <message>
        <source>Roadmap from %1 to %2: the objectives set at the last committee, six months ago and today.</source>
        <translation>Feuille de route du %1 au %2&#xa0;: les objectifs fixés au dernier comité, il y a six mois et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No expected result was set.</source>
        <translation>Aucun résultat attendu n&apos;a été fixé.</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>Il y a 6 mois</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Achievements and learnings</source>
        <translation>Réalisations et apprentissages</translation>
    </message>
    <message>
        <source>North Star Metric: %1</source>
        <translation>North Star Metric&#xa0;: %1</translation>
    </message>
    <message>
        <source>No measurement in the last six months.</source>
        <translation>Aucune mesure au cours des six derniers mois.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>2. Objectives for the next six months</source>
        <translation>2. Objectifs pour les six prochains mois</translation>
    </message>
    <message>
        <source>The roadmap for the next period is not drafted yet.</source>
        <translation>La feuille de route de la prochaine période n&apos;est pas encore rédigée.</translation>
    </message>
    <message>
        <source>Roadmap from %1 to %2.</source>
        <translation>Feuille de route du %1 au %2.</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Deployment potential</source>
        <translation>Potentiel de déploiement</translation>
    </message>
    <message>
        <source>Priorities and expected results</source>
        <translation>Priorités et résultats attendus</translation>
    </message>
    <message>
        <source> — target %1 by %2</source>
        <translation> — cible %1 d&apos;ici le %2</translation>
    </message>
    <message>
        <source> (indicator “%1”)</source>
        <translation> (indicateur «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Hypotheses to validate</source>
        <translation>Hypothèses à valider</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Aucun élément indiqué.</translation>
    </message>
    <message>
        <source>Quantitative success criteria</source>
        <translation>Critères de succès quantitatifs</translation>
    </message>
    <message>
        <source>Qualitative success criteria</source>
        <translation>Critères de succès qualitatifs</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards</source>
        <translation>Standards beta.gouv.fr</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>In 6 months</source>
        <translation>Dans 6 mois</translation>
    </message>
    <message>
        <source>3. Needs</source>
        <translation>3. Besoins</translation>
    </message>
    <message>
        <source>Team (%1 FTE)</source>
        <translation>Équipe (%1 ETP)</translation>
    </message>
    <message>
        <source>No profile listed.</source>
        <translation>Aucun profil indiqué.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget request by line</source>
        <translation>Demande de budget par ligne</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Spent to date</source>
        <translation>Dépensé à ce jour</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Besoins d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Blockers to lift</source>
        <translation>Blocages à lever</translation>
    </message>
    <message>
        <source>4. Budget</source>
        <translation>4. Budget</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>No envelope recorded.</source>
        <translation>Aucune enveloppe enregistrée.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Spent in the current period: %1; left: %2.</source>
        <translation>Dépensé sur la période en cours&#xa0;: %1&#xa0;; reste&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Burn rate: %1 a month.</source>
        <translation>Rythme de dépense&#xa0;: %1 par mois.</translation>
    </message>
    <message>
        <source>At this pace the money runs out on %1.</source>
        <translation>À ce rythme, les crédits seront épuisés le %1.</translation>
    </message>
    <message>
        <source>The envelope ends on %1.</source>
        <translation>L&apos;enveloppe prend fin le %1.</translation>
    </message>
    <message>
        <source>Next committee due: %1.</source>
        <translation>Prochain comité prévu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>5. Preparation checklist (%1 %)</source>
        <translation>5. Liste de préparation (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>No committee is expected in this phase.</source>
        <translation>Aucun comité n&apos;est prévu dans cette phase.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Expected by the committee</source>
        <translation>Attendu par le comité</translation>
    </message>
    <message>
        <source>What the data says</source>
        <translation>Ce que disent les données</translation>
    </message>
    <message>
        <source>To send by %1</source>
        <translation>À envoyer au plus tard le %1</translation>
    </message>
    <message>
        <source>%1 — committee pre-read · %2</source>
        <translation>%1 — dossier de préparation du comité · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spent in the current period: %1; over the envelopes by %2.</source>
        <translation>Dépensé sur la période en cours&#xa0;: %1&#xa0;; dépassement des enveloppes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>preread-%1%2.pdf</source>
        <translation>pre-lecture-%1%2.pdf</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>Someone else changed this product meanwhile: the field now reads “%1”; your value “%2” was not saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce produit entre-temps&#xa0;: le champ vaut désormais «&#xa0;%1&#xa0;»&#xa0;; votre valeur «&#xa0;%2&#xa0;» n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCharts</name>
    <message>
        <source>Funnel per cohort</source>
        <translation>Entonnoir par cohorte</translation>
    </message>
    <message>
        <source>Year the product started</source>
        <translation>Année de lancement du produit</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Lancés</translation>
    </message>
    <message>
        <source>Reached construction</source>
        <translation>Parvenus en construction</translation>
    </message>
    <message>
        <source>Reached acceleration</source>
        <translation>Parvenus en accélération</translation>
    </message>
    <message>
        <source>Reached an exit</source>
        <translation>Parvenus à une sortie</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>Still in the phase (Kaplan–Meier)</source>
        <translation>Encore dans la phase (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Months in the phase</source>
        <translation>Mois passés dans la phase</translation>
    </message>
    <message>
        <source>Still in it (%)</source>
        <translation>Encore dans la phase (%)</translation>
    </message>
    <message>
        <source>Launches and stops per year</source>
        <translation>Lancements et arrêts par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Lancements</translation>
    </message>
    <message>
        <source>Entries into construction</source>
        <translation>Entrées en construction</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Arrêts</translation>
    </message>
</context>
<context>
    <name>ProgrammeExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>all incubators</source>
        <translation>tous les incubateurs</translation>
    </message>
    <message>
        <source>Programme report — %1</source>
        <translation>Rapport du programme — %1</translation>
    </message>
    <message>
        <source>Programme results as of %1</source>
        <translation>Résultats du programme au %1</translation>
    </message>
    <message>
        <source>Programme report drawn up by Comité on %1</source>
        <translation>Rapport du programme établi par Comité le %1</translation>
    </message>
    <message>
        <source>Products that started in %1 or later, as of %2.</source>
        <translation>Produits lancés en %1 ou après, au %2.</translation>
    </message>
    <message>
        <source>Every product of the portfolio, as of %1.</source>
        <translation>Tous les produits du portefeuille, au %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Funnel per cohort</source>
        <translation>Entonnoir par cohorte</translation>
    </message>
    <message>
        <source>A cohort is the year a product started (its first phase). A product reached a phase when it entered it or a later one; stopped and still in incubation are where it stands today.</source>
        <translation>Une cohorte correspond à l&apos;année de lancement d&apos;un produit (sa première phase). Un produit a atteint une phase lorsqu&apos;il y est entré ou qu&apos;il est entré dans une phase ultérieure&#xa0;; «&#xa0;arrêté&#xa0;» et «&#xa0;encore en incubation&#xa0;» décrivent sa situation à ce jour.</translation>
    </message>
    <message>
        <source>Time in each phase</source>
        <translation>Temps passé dans chaque phase</translation>
    </message>
    <message>
        <source>A stay ends when the phase ends or the next one starts; stays still running today are censored in the Kaplan–Meier estimate, which gives the median time in the phase and the share still in it after 6, 12 and 24 months. Durations in months.</source>
        <translation>Un passage prend fin lorsque la phase se termine ou que la suivante commence&#xa0;; les passages encore en cours aujourd&apos;hui sont censurés dans l&apos;estimateur de Kaplan–Meier, qui donne la durée médiane dans la phase et la part des passages encore dans la phase après 6, 12 et 24 mois. Durées en mois.</translation>
    </message>
    <message>
        <source>Share of stays still in the phase, by months spent in it (Kaplan–Meier)</source>
        <translation>Part des passages encore dans la phase, selon le nombre de mois passés (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Launches and stops per year</source>
        <translation>Lancements et arrêts par année</translation>
    </message>
    <message>
        <source>Six-month objectives</source>
        <translation>Objectifs à six mois</translation>
    </message>
    <message>
        <source>Roadmaps whose period is over and that set quantified results, by the year their period ended. A result is achieved at 100 % of its target, from the review&apos;s values or else the indicator&apos;s measurements; a roadmap reached its objectives when every quantified result was achieved.</source>
        <translation>Feuilles de route dont la période est terminée et qui fixaient des résultats quantifiés, par année de fin de période. Un résultat est atteint à 100&#xa0;% de sa cible, d&apos;après les valeurs du bilan ou, à défaut, les mesures de l&apos;indicateur&#xa0;; une feuille de route a atteint ses objectifs lorsque tous ses résultats quantifiés ont été atteints.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeReport</name>
    <message>
        <source>No incubator “%1” in %2.</source>
        <translation>Aucun incubateur «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTables</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Reached construction</source>
        <translation>Parvenus en construction</translation>
    </message>
    <message>
        <source>Reached acceleration</source>
        <translation>Parvenus en accélération</translation>
    </message>
    <message>
        <source>Reached an exit</source>
        <translation>Parvenus à une sortie</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>Still in incubation</source>
        <translation>Encore en incubation</translation>
    </message>
    <message>
        <source>Median months in phase: %1</source>
        <translation>Durée médiane dans la phase %1 (mois)</translation>
    </message>
    <message>
        <source>Six-month roadmaps with every objective achieved</source>
        <translation>Feuilles de route à six mois dont tous les objectifs sont atteints</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Lancés</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>No product has started yet.</source>
        <translation>Aucun produit n&apos;a encore été lancé.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Median of ended stays</source>
        <translation>Médiane des passages terminés</translation>
    </message>
    <message>
        <source>Mean of ended stays</source>
        <translation>Moyenne des passages terminés</translation>
    </message>
    <message>
        <source>Median (Kaplan–Meier)</source>
        <translation>Médiane (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Still in it after 6 months</source>
        <translation>Encore dans la phase après 6 mois</translation>
    </message>
    <message>
        <source>After 12 months</source>
        <translation>Après 12 mois</translation>
    </message>
    <message>
        <source>After 24 months</source>
        <translation>Après 24 mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Lancements</translation>
    </message>
    <message>
        <source>Entries into construction</source>
        <translation>Entrées en construction</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <source>Committees held</source>
        <translation>Comités tenus</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Roadmaps</source>
        <translation>Feuilles de route</translation>
    </message>
    <message>
        <source>Every objective achieved</source>
        <translation>Tous les objectifs atteints</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation>Résultats atteints</translation>
    </message>
    <message>
        <source>Results measured</source>
        <translation>Résultats mesurés</translation>
    </message>
    <message>
        <source>No six-month roadmap with quantified results has ended yet.</source>
        <translation>Aucune feuille de route à six mois avec des résultats quantifiés n&apos;est encore terminée.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>The roadmap needs a start and an end date.</source>
        <translation>La feuille de route doit avoir une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>The roadmap ends on %1, before it starts on %2.</source>
        <translation>La feuille de route se termine le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>The period overlaps the roadmap from %1 to %2.</source>
        <translation>La période chevauche la feuille de route du %1 au %2.</translation>
    </message>
    <message>
        <source>A roadmap holds at most %1 priorities: focus on what the team will be accountable for.</source>
        <translation>Une feuille de route compte au plus %1 priorités&#xa0;: concentrez-vous sur ce dont l&apos;équipe sera redevable.</translation>
    </message>
    <message>
        <source>Every priority needs a title.</source>
        <translation>Chaque priorité doit avoir un titre.</translation>
    </message>
    <message>
        <source>Every expected result needs a text.</source>
        <translation>Chaque résultat attendu doit avoir un texte.</translation>
    </message>
    <message>
        <source>A budget request cannot be negative.</source>
        <translation>Une demande budgétaire ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Every team member needs a profile.</source>
        <translation>Chaque membre de l&apos;équipe doit avoir un profil.</translation>
    </message>
    <message>
        <source>The time of “%1” is out of range.</source>
        <translation>Le temps de «&#xa0;%1&#xa0;» est hors limites.</translation>
    </message>
    <message>
        <source>Every support need names its actor.</source>
        <translation>Chaque besoin d&apos;accompagnement doit nommer son acteur.</translation>
    </message>
</context>
<context>
    <name>SchemaDefinition</name>
    <message>
        <source>the schema version</source>
        <translation>la version du schéma</translation>
    </message>
    <message>
        <source>the organisations</source>
        <translation>les organisations</translation>
    </message>
    <message>
        <source>the incubators</source>
        <translation>les incubateurs</translation>
    </message>
    <message>
        <source>the products</source>
        <translation>les produits</translation>
    </message>
    <message>
        <source>the sponsors of a product</source>
        <translation>les sponsors d&apos;un produit</translation>
    </message>
    <message>
        <source>the links of a product</source>
        <translation>les liens d&apos;un produit</translation>
    </message>
    <message>
        <source>the phases of a product</source>
        <translation>les phases d&apos;un produit</translation>
    </message>
    <message>
        <source>the committee sessions</source>
        <translation>les séances du comité</translation>
    </message>
    <message>
        <source>the products of a session</source>
        <translation>les produits d&apos;une séance</translation>
    </message>
    <message>
        <source>the committee&apos;s decisions</source>
        <translation>les décisions du comité</translation>
    </message>
    <message>
        <source>the database settings</source>
        <translation>les paramètres de la base de données</translation>
    </message>
    <message>
        <source>the imported beta.gouv.fr files</source>
        <translation>les fichiers beta.gouv.fr importés</translation>
    </message>
    <message>
        <source>the timeline of a product</source>
        <translation>l&apos;historique d&apos;un produit</translation>
    </message>
    <message>
        <source>the budget envelopes</source>
        <translation>les enveloppes budgétaires</translation>
    </message>
    <message>
        <source>the indicators</source>
        <translation>les indicateurs</translation>
    </message>
    <message>
        <source>the measurements</source>
        <translation>les mesures</translation>
    </message>
    <message>
        <source>the indicator targets</source>
        <translation>les cibles des indicateurs</translation>
    </message>
    <message>
        <source>the spending</source>
        <translation>les dépenses</translation>
    </message>
    <message>
        <source>the participants of a session</source>
        <translation>les participants d&apos;une séance</translation>
    </message>
    <message>
        <source>the agenda and notes of a session</source>
        <translation>l&apos;ordre du jour et les notes d&apos;une séance</translation>
    </message>
    <message>
        <source>the agenda templates</source>
        <translation>les modèles d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>the scores of a session</source>
        <translation>les scores d&apos;une séance</translation>
    </message>
    <message>
        <source>the objectives of a decision</source>
        <translation>les objectifs d&apos;une décision</translation>
    </message>
    <message>
        <source>the blockers of a decision</source>
        <translation>les blocages d&apos;une décision</translation>
    </message>
    <message>
        <source>the actions of a decision</source>
        <translation>les actions d&apos;une décision</translation>
    </message>
    <message>
        <source>the roadmaps</source>
        <translation>les feuilles de route</translation>
    </message>
    <message>
        <source>the team members of a product</source>
        <translation>les membres de l&apos;équipe d&apos;un produit</translation>
    </message>
    <message>
        <source>the written deliberations</source>
        <translation>les délibérations rédigées</translation>
    </message>
    <message>
        <source>the co-incubators of a product</source>
        <translation>les co-incubations d&apos;un produit</translation>
    </message>
    <message>
        <source>the member space contacts of a product</source>
        <translation>les contacts d&apos;un produit dans l&apos;espace membre</translation>
    </message>
    <message>
        <source>the member space&apos;s people</source>
        <translation>les personnes de l&apos;espace membre</translation>
    </message>
    <message>
        <source>the funding pools</source>
        <translation>les enveloppes de financement</translation>
    </message>
    <message>
        <source>the incubators a funding pool may fund</source>
        <translation>les incubateurs qu&apos;une enveloppe de financement peut financer</translation>
    </message>
    <message>
        <source>the products a funding pool may fund</source>
        <translation>les produits qu&apos;une enveloppe de financement peut financer</translation>
    </message>
    <message>
        <source>the allocation scenarios</source>
        <translation>les scénarios de répartition</translation>
    </message>
    <message>
        <source>the follow-up of decisions</source>
        <translation>les suites des décisions</translation>
    </message>
</context>
<context>
    <name>ServerRefusal</name>
    <message>
        <source>The deliberation of “%1” is final: on the shared server its decisions, scores, notes, participants and agenda are read-only for every role. Correct the deliberation (a new version) to change them.</source>
        <translation>La délibération de «&#xa0;%1&#xa0;» est définitive&#xa0;: sur le serveur partagé, ses décisions, scores, notes de séance, participants et ordre du jour sont en lecture seule pour tous les rôles. Corrigez la délibération (nouvelle version) pour les modifier.</translation>
    </message>
    <message>
        <source>Your role on the shared server does not allow changing an approved roadmap or its approval (product %1): the team writes only its roadmap drafts.</source>
        <translation>Votre rôle sur le serveur partagé ne permet pas de modifier une feuille de route approuvée ni son approbation (produit %1)&#xa0;: l&apos;équipe ne rédige que ses brouillons de feuille de route.</translation>
    </message>
    <message>
        <source>Your role on the shared server does not allow this change.</source>
        <translation>Votre rôle sur le serveur partagé ne permet pas cette modification.</translation>
    </message>
    <message>
        <source>Your role on the shared server does not allow changing %1.</source>
        <translation>Votre rôle sur le serveur partagé ne permet pas de modifier %1.</translation>
    </message>
    <message>
        <source>A team member writes only the roadmap drafts, indicators and measurements of its own products.</source>
        <translation>Un membre d&apos;équipe ne rédige que les brouillons de feuille de route, les indicateurs et les mesures de ses propres produits.</translation>
    </message>
    <message>
        <source>A sponsor writes only its own scores, for the products of a session it takes part in, while that session runs.</source>
        <translation>Un sponsor ne saisit que ses propres scores, pour les produits d&apos;une séance à laquelle il participe, pendant le déroulement de cette séance.</translation>
    </message>
    <message>
        <source>The facilitator writes the deliberation and submits it; only the chair of the session approves it, with their own login.</source>
        <translation>L&apos;animateur rédige la délibération et la soumet&#xa0;; seule la présidence de séance l&apos;approuve, avec son propre identifiant.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Investment committee</source>
        <translation>Comité d&apos;investissement</translation>
    </message>
    <message>
        <source>Investment committee: %1</source>
        <translation>Comité d&apos;investissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session has no product.</source>
        <translation>La séance n&apos;a aucun produit.</translation>
    </message>
    <message>
        <source>“%1” has no decision yet.</source>
        <translation>« %1 » n&apos;a pas encore de décision.</translation>
    </message>
</context>
<context>
    <name>SessionAgenda</name>
    <message>
        <source>Recommended format</source>
        <translation>Format recommandé</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The template has no item.</source>
        <translation>Le modèle ne contient aucun point.</translation>
    </message>
    <message>
        <source>Item %1 of the template has no title.</source>
        <translation>Le point %1 du modèle n&apos;a pas de titre.</translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <source>Products reviewed:</source>
        <translation>Produits examinés :</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Ordre du jour :</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Lien de visioconférence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the invitation %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;invitation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>comite-session-%1.ics</source>
        <translation>seance-comite-%1.ics</translation>
    </message>
</context>
<context>
    <name>SessionDecisions</name>
    <message>
        <source>%1: the amount granted cannot be negative.</source>
        <translation>%1&#xa0;: le montant accordé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: the period granted needs both a start and an end.</source>
        <translation>%1&#xa0;: la période accordée doit avoir un début et une fin.</translation>
    </message>
    <message>
        <source>%1: the period granted ends before it starts.</source>
        <translation>%1&#xa0;: la période accordée se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1: a stop decision cannot move the product to “%2”.</source>
        <translation>%1&#xa0;: une décision d&apos;arrêt ne peut pas faire passer le produit en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: a stop decision grants no budget.</source>
        <translation>%1&#xa0;: une décision d&apos;arrêt n&apos;accorde aucun budget.</translation>
    </message>
    <message>
        <source>%1: roadmap priority %2 has no text.</source>
        <translation>%1&#xa0;: la priorité %2 de la feuille de route n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>%1: blocker %2 has no text.</source>
        <translation>%1&#xa0;: le blocage %2 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>%1: action item %2 has no text.</source>
        <translation>%1&#xa0;: l&apos;action %2 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>%1: a counted vote needs at least one vote.</source>
        <translation>%1&#xa0;: un vote décompté nécessite au moins une voix.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>Committee of %1</source>
        <translation>Comité du %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
</context>
<context>
    <name>StageStyle</name>
    <message>
        <source>On schedule</source>
        <translation>Dans les temps</translation>
    </message>
    <message numerus="yes">
        <source>%n min behind schedule</source>
        <translation>
            <numerusform>%n min de retard</numerusform>
            <numerusform>%n min de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of schedule</source>
        <translation>
            <numerusform>%n min d&apos;avance</numerusform>
            <numerusform>%n min d&apos;avance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Standard</name>
    <message>
        <source>Impact-driven</source>
        <translation>Piloté par l&apos;impact</translation>
    </message>
    <message>
        <source>Autonomous team</source>
        <translation>Équipe autonome</translation>
    </message>
    <message>
        <source>Transparency and accountability</source>
        <translation>Transparence et redevabilité</translation>
    </message>
    <message>
        <source>Technical good practice</source>
        <translation>Bonnes pratiques techniques</translation>
    </message>
    <message>
        <source>Steering and impact indicators on a public statistics page, updated daily.</source>
        <translation>Indicateurs de pilotage et d&apos;impact sur une page de statistiques publique, mise à jour quotidiennement.</translation>
    </message>
    <message>
        <source>No interference of the hierarchy in the operational choices made between committees.</source>
        <translation>Aucune ingérence de la hiérarchie dans les choix opérationnels faits entre deux comités.</translation>
    </message>
    <message>
        <source>Open-source code, published budget, accessibility statement, legal notice and privacy policy.</source>
        <translation>Code source ouvert, budget publié, déclaration d&apos;accessibilité, mentions légales et politique de confidentialité.</translation>
    </message>
    <message>
        <source>French government design system (DSFR), web good practice, SEO, accessibility, eco-design (see the Dashlord).</source>
        <translation>Système de design de l&apos;État (DSFR), bonnes pratiques web, référencement, accessibilité, écoconception (voir le Dashlord).</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partiellement respecté</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
</context>
<context>
    <name>SyntheticPortfolio</name>
    <message>
        <source>“%1” already holds a portfolio (products: %2); use --force to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà un portefeuille (produits&#xa0;: %2)&#xa0;; utilisez --force pour le remplacer.</translation>
    </message>
</context>
<context>
    <name>TimeUnit</name>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>days per week</source>
        <translation>jours par semaine</translation>
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
    <message>
        <source>Usage only</source>
        <translation>Usage seul</translation>
    </message>
    <message>
        <source>Missing mandatory indicators</source>
        <translation>Indicateurs obligatoires manquants</translation>
    </message>
    <message>
        <source>Efficiency worsening</source>
        <translation>Efficience en baisse</translation>
    </message>
    <message>
        <source>No committee on record</source>
        <translation>Aucun comité enregistré</translation>
    </message>
</context>
</TS>
