<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Comite::CommitteeDialog</name>
    <message>
        <source>Record a past committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::IncubatorTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::MainWindow</name>
    <message>
        <source>Comité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from beta.gouv.fr…</source>
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
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Comité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Comité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comité %1&lt;/h3&gt;&lt;p&gt;Investment committees of the beta.gouv.fr incubators: portfolio, roadmaps, indicators, committee sessions and deliberations.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its phases and committees? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds a portfolio. Replace it with the demo? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comité databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists: open it with File &gt; Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organisations and incubators…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::NewProductDialog</name>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the first phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ncubator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starting on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::OrganisationTableModel</name>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::PhaseHistoryModel</name>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::PhaseTransitionDialog</name>
    <message>
        <source>This explicitly &amp;restarts the stopped product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a new phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starting on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::PitchDialog</name>
    <message>
        <source>Pitch from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the targeted users, e.g. « aux collectivités »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benefit they get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public-policy goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-policy goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permettre à (&amp;targets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d&apos;obtenir (&amp;benefits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grâce à (&amp;value proposition):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afin de (&amp;goal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::PortfolioModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next committee due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::PortfolioView</name>
    <message>
        <source>Committee &amp;overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products, incubators, sponsors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only products whose committee is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All incubators</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::ProductDetailsForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable identifier used in files and on the command line: lower-case letters, digits, dots and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permettre à … d&apos;obtenir … grâce à … afin de …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a sponsor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the product in Markdown: the problem, the solution, the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose from the &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ncubator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ntrapreneur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description (Markdown):</source>
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
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::ProductPhasesPage</name>
    <message>
        <source>Phase history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to a new phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected p&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a past committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected c&amp;ommittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::ProductView</name>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hases and committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in phase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next committee due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase overrun: %1 has lasted %2, longer than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee overdue: the next committee was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::ReferencesDialog</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and incubators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incubators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comite::WelcomePage</name>
    <message>
        <source>Start with an empty portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your incubator&apos;s products one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fourteen fictitious products across four incubators, with their phases and committees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from beta.gouv.fr…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the products, phases and committees your incubator publishes on beta.gouv.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Comité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comité keeps your incubator&apos;s portfolio, prepares and runs investment committees, and writes their deliberations. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove committee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “comite --help” for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this date (YYYY-MM-DD) as today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command takes no argument besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This command takes %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--today wants a date written YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the portfolio the database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo portfolio written to %1 (%n product(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next committee due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--products wants a number of products between 0 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months wants a number of months between 1 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed wants a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n product(s) in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>demo --db PATH [--force]: write the demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products --db PATH [--json]: list the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product SLUG --db PATH [--json]: one product in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary --db PATH [--json] [--today YYYY-MM-DD]: portfolio figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate --db PATH --products N --months M [--seed S]: synthetic portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: comite [--db PATH] [--lang fr|en]    open the window
       comite COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (default: %1), --lang fr|en and --today YYYY-MM-DD.
Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Comité database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Comité database: it is not a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is locked by another program; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a Comité database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not a Comité database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is locked by another program; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionOption</name>
    <message>
        <source>Continue at the same or a higher budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a lower budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional budget pending proof of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>The demo portfolio is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds a portfolio; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years and months</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier “%1” may only hold lower-case letters, digits, dots and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already uses the identifier “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to phase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A committee on %1 has not been held yet: plan it as a session instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already uses the identifier “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” sponsors products or owns an incubator (%n use(s)); remove those links first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” still holds %n product(s); move them to another incubator first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove incubator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation not pursued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseHistory</name>
    <message>
        <source>Row %1 (%2): the start date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): the phase ends on %3, before it starts on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): it starts on %3, before the previous phase (%4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): the product was stopped (%3); mark this phase as an explicit restart to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>Phase overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
