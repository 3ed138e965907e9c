<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Comite::CommitteeDialog</name>
    <message>
        <source>Record a past committee</source>
        <translation>Record a past committee</translation>
    </message>
    <message>
        <source>Committee date</source>
        <translation>Committee date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
</context>
<context>
    <name>Comite::IncubatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>Yearly budget</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>“%1” is not an amount in euros.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Load the &amp;demo portfolio…</source>
        <translation>Load the &amp;demo portfolio…</translation>
    </message>
    <message>
        <source>&amp;Import from beta.gouv.fr…</source>
        <translation>&amp;Import from beta.gouv.fr…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;New product…</translation>
    </message>
    <message>
        <source>&amp;Delete product…</source>
        <translation>&amp;Delete product…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Close product</source>
        <translation>&amp;Close product</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Comité</source>
        <translation>&amp;About Comité</translation>
    </message>
    <message>
        <source>About Comité</source>
        <translation>About Comité</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comité %1&lt;/h3&gt;&lt;p&gt;Investment committees of the beta.gouv.fr incubators: portfolio, roadmaps, indicators, committee sessions and deliberations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Comité %1&lt;/h3&gt;&lt;p&gt;Investment committees of the beta.gouv.fr incubators: portfolio, roadmaps, indicators, committee sessions and deliberations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <source>Delete “%1” with its phases and committees? You can undo this with Edit &gt; Undo.</source>
        <translation>Delete “%1” with its phases and committees? You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Load the demo portfolio</source>
        <translation>Load the demo portfolio</translation>
    </message>
    <message>
        <source>This database already holds a portfolio. Replace it with the demo? This cannot be undone.</source>
        <translation>This database already holds a portfolio. Replace it with the demo? This cannot be undone.</translation>
    </message>
    <message>
        <source>Comité databases (*.sqlite *.db);;All files (*)</source>
        <translation>Comité databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>“%1” already exists: open it with File &gt; Open database.</source>
        <translation>“%1” already exists: open it with File &gt; Open database.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) · %1</source>
        <translation>
            <numerusform>%n product · %1</numerusform>
            <numerusform>%n products · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organisations and incubators…</source>
        <translation>&amp;Organisations and incubators…</translation>
    </message>
</context>
<context>
    <name>Comite::NewProductDialog</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>First phase</source>
        <translation>First phase</translation>
    </message>
    <message>
        <source>Start of the first phase</source>
        <translation>Start of the first phase</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <source>I&amp;ncubator:</source>
        <translation>I&amp;ncubator:</translation>
    </message>
    <message>
        <source>First &amp;phase:</source>
        <translation>First &amp;phase:</translation>
    </message>
    <message>
        <source>&amp;Starting on:</source>
        <translation>&amp;Starting on:</translation>
    </message>
</context>
<context>
    <name>Comite::OrganisationTableModel</name>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>Comite::PhaseHistoryModel</name>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Edit phase history</source>
        <translation>Edit phase history</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Remove phase</translation>
    </message>
</context>
<context>
    <name>Comite::PhaseTransitionDialog</name>
    <message>
        <source>This explicitly &amp;restarts the stopped product</source>
        <translation>This explicitly &amp;restarts the stopped product</translation>
    </message>
    <message>
        <source>Move to a new phase</source>
        <translation>Move to a new phase</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Starting on:</source>
        <translation>&amp;Starting on:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
</context>
<context>
    <name>Comite::PitchDialog</name>
    <message>
        <source>Pitch from the template</source>
        <translation>Pitch from the template</translation>
    </message>
    <message>
        <source>the targeted users, e.g. « aux collectivités »</source>
        <translation>the targeted users, e.g. « aux collectivités »</translation>
    </message>
    <message>
        <source>the benefit they get</source>
        <translation>the benefit they get</translation>
    </message>
    <message>
        <source>the value proposition</source>
        <translation>the value proposition</translation>
    </message>
    <message>
        <source>the public-policy goal</source>
        <translation>the public-policy goal</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Value proposition</translation>
    </message>
    <message>
        <source>Public-policy goal</source>
        <translation>Public-policy goal</translation>
    </message>
    <message>
        <source>Permettre à (&amp;targets):</source>
        <translation>Permettre à (&amp;targets):</translation>
    </message>
    <message>
        <source>d&apos;obtenir (&amp;benefits):</source>
        <translation>d&apos;obtenir (&amp;benefits):</translation>
    </message>
    <message>
        <source>grâce à (&amp;value proposition):</source>
        <translation>grâce à (&amp;value proposition):</translation>
    </message>
    <message>
        <source>afin de (&amp;goal):</source>
        <translation>afin de (&amp;goal):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
</context>
<context>
    <name>Comite::PortfolioModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
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
        <translation>Time in phase</translation>
    </message>
    <message>
        <source>Last committee</source>
        <translation>Last committee</translation>
    </message>
    <message>
        <source>Next committee due</source>
        <translation>Next committee due</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>Comite::PortfolioView</name>
    <message>
        <source>Committee &amp;overdue only</source>
        <translation>Committee &amp;overdue only</translation>
    </message>
    <message>
        <source>Search products, incubators, sponsors…</source>
        <translation>Search products, incubators, sponsors…</translation>
    </message>
    <message>
        <source>Search the portfolio</source>
        <translation>Search the portfolio</translation>
    </message>
    <message>
        <source>Filter by incubator</source>
        <translation>Filter by incubator</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filter by phase</translation>
    </message>
    <message>
        <source>Show only products whose committee is overdue</source>
        <translation>Show only products whose committee is overdue</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>All incubators</source>
        <translation>All incubators</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s)</source>
        <translation>
            <numerusform>%1 of %n product</numerusform>
            <numerusform>%1 of %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::ProductDetailsForm</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Stable identifier used in files and on the command line: lower-case letters, digits, dots and dashes.</source>
        <translation>Stable identifier used in files and on the command line: lower-case letters, digits, dots and dashes.</translation>
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
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Find a sponsor…</source>
        <translation>Find a sponsor…</translation>
    </message>
    <message>
        <source>Find a sponsor</source>
        <translation>Find a sponsor</translation>
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
        <translation>Describe the product in Markdown: the problem, the solution, the users.</translation>
    </message>
    <message>
        <source>Compose from the &amp;template…</source>
        <translation>Compose from the &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Pitch:</translation>
    </message>
    <message>
        <source>I&amp;ncubator:</source>
        <translation>I&amp;ncubator:</translation>
    </message>
    <message>
        <source>&amp;Sponsors:</source>
        <translation>&amp;Sponsors:</translation>
    </message>
    <message>
        <source>I&amp;ntrapreneur:</source>
        <translation>I&amp;ntrapreneur:</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Description (Markdown):</source>
        <translation>&amp;Description (Markdown):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>&amp;Add link</translation>
    </message>
    <message>
        <source>Remo&amp;ve link</source>
        <translation>Remo&amp;ve link</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Comite::ProductPhasesPage</name>
    <message>
        <source>Phase history</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>&amp;Move to a new phase…</source>
        <translation>&amp;Move to a new phase…</translation>
    </message>
    <message>
        <source>Remove the selected p&amp;hase</source>
        <translation>Remove the selected p&amp;hase</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>&amp;Record a past committee…</source>
        <translation>&amp;Record a past committee…</translation>
    </message>
    <message>
        <source>Remove the selected c&amp;ommittee</source>
        <translation>Remove the selected c&amp;ommittee</translation>
    </message>
    <message>
        <source>Committees held</source>
        <translation>Committees held</translation>
    </message>
</context>
<context>
    <name>Comite::ProductView</name>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Product overview</source>
        <translation>Product overview</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>P&amp;hases and committees</source>
        <translation>P&amp;hases and committees</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Current phase: %1</translation>
    </message>
    <message>
        <source>in phase for %1</source>
        <translation>in phase for %1</translation>
    </message>
    <message>
        <source>next committee due %1</source>
        <translation>next committee due %1</translation>
    </message>
    <message>
        <source>Phase overrun: %1 has lasted %2, longer than expected.</source>
        <translation>Phase overrun: %1 has lasted %2, longer than expected.</translation>
    </message>
    <message>
        <source>Committee overdue: the next committee was due on %1.</source>
        <translation>Committee overdue: the next committee was due on %1.</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
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
        <translation>Links</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>No committee yet.</source>
        <translation>No committee yet.</translation>
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
        <translation>Incubators</translation>
    </message>
    <message>
        <source>Organisations and incubators</source>
        <translation>Organisations and incubators</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Add organisation</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Add incubator</source>
        <translation>&amp;Add incubator</translation>
    </message>
    <message>
        <source>&amp;Incubators</source>
        <translation>&amp;Incubators</translation>
    </message>
    <message>
        <source>&amp;Remove the selected line</source>
        <translation>&amp;Remove the selected line</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>New incubator</source>
        <translation>New incubator</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Comite::WelcomePage</name>
    <message>
        <source>Start with an empty portfolio</source>
        <translation>Start with an empty portfolio</translation>
    </message>
    <message>
        <source>Add your incubator&apos;s products one by one.</source>
        <translation>Add your incubator&apos;s products one by one.</translation>
    </message>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>Explore the demo portfolio</translation>
    </message>
    <message>
        <source>Fourteen fictitious products across four incubators, with their phases and committees.</source>
        <translation>Fourteen fictitious products across four incubators, with their phases and committees.</translation>
    </message>
    <message>
        <source>Import from beta.gouv.fr…</source>
        <translation>Import from beta.gouv.fr…</translation>
    </message>
    <message>
        <source>Read the products, phases and committees your incubator publishes on beta.gouv.fr.</source>
        <translation>Read the products, phases and committees your incubator publishes on beta.gouv.fr.</translation>
    </message>
    <message>
        <source>Welcome to Comité</source>
        <translation>Welcome to Comité</translation>
    </message>
    <message>
        <source>Comité keeps your incubator&apos;s portfolio, prepares and runs investment committees, and writes their deliberations. How would you like to start?</source>
        <translation>Comité keeps your incubator&apos;s portfolio, prepares and runs investment committees, and writes their deliberations. How would you like to start?</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>Add product “%1”</source>
        <translation>Add product “%1”</translation>
    </message>
    <message>
        <source>Delete product “%1”</source>
        <translation>Delete product “%1”</translation>
    </message>
    <message>
        <source>Record committee</source>
        <translation>Record committee</translation>
    </message>
    <message>
        <source>Remove committee</source>
        <translation>Remove committee</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “comite --help” for the commands and their options.</source>
        <translation>Run “comite --help” for the commands and their options.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Take this date (YYYY-MM-DD) as today.</source>
        <translation>Take this date (YYYY-MM-DD) as today.</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Language of messages: fr or en.</translation>
    </message>
    <message>
        <source>This command takes no argument besides its options.</source>
        <translation>This command takes no argument besides its options.</translation>
    </message>
    <message numerus="yes">
        <source>This command takes %n argument(s).</source>
        <translation>
            <numerusform>This command takes %n argument.</numerusform>
            <numerusform>This command takes %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>--today wants a date written YYYY-MM-DD, not “%1”.</source>
        <translation>--today wants a date written YYYY-MM-DD, not “%1”.</translation>
    </message>
    <message>
        <source>Replace the portfolio the database holds.</source>
        <translation>Replace the portfolio the database holds.</translation>
    </message>
    <message numerus="yes">
        <source>Demo portfolio written to %1 (%n product(s)).</source>
        <translation>
            <numerusform>Demo portfolio written to %1 (%n product).</numerusform>
            <numerusform>Demo portfolio written to %1 (%n products).</numerusform>
        </translation>
    </message>
    <message>
        <source>no phase</source>
        <translation>no phase</translation>
    </message>
    <message>
        <source>The product&apos;s identifier.</source>
        <translation>The product&apos;s identifier.</translation>
    </message>
    <message>
        <source>No product “%1” in %2.</source>
        <translation>No product “%1” in %2.</translation>
    </message>
    <message>
        <source>Committees: %1</source>
        <translation>Committees: %1</translation>
    </message>
    <message>
        <source>Next committee due: %1</source>
        <translation>Next committee due: %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <source>Incubators: %1</source>
        <translation>Incubators: %1</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation>Organisations: %1</translation>
    </message>
    <message>
        <source>Committees held: %1</source>
        <translation>Committees held: %1</translation>
    </message>
    <message>
        <source>Committee overdue: %1</source>
        <translation>Committee overdue: %1</translation>
    </message>
    <message>
        <source>Number of products.</source>
        <translation>Number of products.</translation>
    </message>
    <message>
        <source>Months of history.</source>
        <translation>Months of history.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>--products wants a number of products between 0 and 1000000.</source>
        <translation>--products wants a number of products between 0 and 1000000.</translation>
    </message>
    <message>
        <source>--months wants a number of months between 1 and 600.</source>
        <translation>--months wants a number of months between 1 and 600.</translation>
    </message>
    <message>
        <source>--seed wants a positive whole number.</source>
        <translation>--seed wants a positive whole number.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n product(s) in %1.</source>
        <translation>
            <numerusform>Generated %n product in %1.</numerusform>
            <numerusform>Generated %n products in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo --db PATH [--force]: write the demo portfolio</source>
        <translation>demo --db PATH [--force]: write the demo portfolio</translation>
    </message>
    <message>
        <source>products --db PATH [--json]: list the products</source>
        <translation>products --db PATH [--json]: list the products</translation>
    </message>
    <message>
        <source>product SLUG --db PATH [--json]: one product in full</source>
        <translation>product SLUG --db PATH [--json]: one product in full</translation>
    </message>
    <message>
        <source>summary --db PATH [--json] [--today YYYY-MM-DD]: portfolio figures</source>
        <translation>summary --db PATH [--json] [--today YYYY-MM-DD]: portfolio figures</translation>
    </message>
    <message>
        <source>generate --db PATH --products N --months M [--seed S]: synthetic portfolio</source>
        <translation>generate --db PATH --products N --months M [--seed S]: synthetic portfolio</translation>
    </message>
    <message>
        <source>Usage: comite [--db PATH] [--lang fr|en]    open the window
       comite COMMAND [options]

Commands:
</source>
        <translation>Usage: comite [--db PATH] [--lang fr|en]    open the window
       comite COMMAND [options]

Commands:
</translation>
    </message>
    <message>
        <source>
Every command takes --db PATH (default: %1), --lang fr|en and --today YYYY-MM-DD.
Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation>
Every command takes --db PATH (default: %1), --lang fr|en and --today YYYY-MM-DD.
Exit codes: 0 success, 1 error, 2 usage error.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Comité database.</source>
        <translation>“%1” is a folder, not a Comité database.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Comité database: it is not a SQLite file.</source>
        <translation>“%1” is not a Comité database: it is not a SQLite file.</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; try again when it is done.</source>
        <translation>“%1” is locked by another program; try again when it is done.</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a Comité database (%2).</source>
        <translation>“%1” is damaged or is not a Comité database (%2).</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>“%1” is damaged: %2</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not a Comité database.</source>
        <translation>“%1” is a SQLite database of another application, not a Comité database.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</source>
        <translation>“%1” was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</translation>
    </message>
    <message>
        <source>The database refused a change: %1</source>
        <translation>The database refused a change: %1</translation>
    </message>
    <message>
        <source>“%1” is locked by another program; the change was not saved.</source>
        <translation>“%1” is locked by another program; the change was not saved.</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Database error in “%1”: %2</translation>
    </message>
</context>
<context>
    <name>DecisionOption</name>
    <message>
        <source>Continue at the same or a higher budget</source>
        <translation>Continue at the same or a higher budget</translation>
    </message>
    <message>
        <source>Continue with a lower budget</source>
        <translation>Continue with a lower budget</translation>
    </message>
    <message>
        <source>Provisional budget pending proof of impact</source>
        <translation>Provisional budget pending proof of impact</translation>
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
        <translation>Stop</translation>
    </message>
    <message>
        <source>Recorded outcome</source>
        <translation>Recorded outcome</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>The demo portfolio is missing from this build.</source>
        <translation>The demo portfolio is missing from this build.</translation>
    </message>
    <message>
        <source>The database already holds a portfolio; use --force to replace it.</source>
        <translation>The database already holds a portfolio; use --force to replace it.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years and months</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>The title cannot be empty.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <source>The identifier “%1” may only hold lower-case letters, digits, dots and dashes.</source>
        <translation>The identifier “%1” may only hold lower-case letters, digits, dots and dashes.</translation>
    </message>
    <message>
        <source>Another product already uses the identifier “%1”.</source>
        <translation>Another product already uses the identifier “%1”.</translation>
    </message>
    <message>
        <source>Change sponsors</source>
        <translation>Change sponsors</translation>
    </message>
    <message>
        <source>Change links</source>
        <translation>Change links</translation>
    </message>
    <message>
        <source>Move to phase “%1”</source>
        <translation>Move to phase “%1”</translation>
    </message>
    <message>
        <source>The committee date is missing or invalid.</source>
        <translation>The committee date is missing or invalid.</translation>
    </message>
    <message>
        <source>A committee on %1 has not been held yet: plan it as a session instead.</source>
        <translation>A committee on %1 has not been held yet: plan it as a session instead.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <source>“%1” already uses the identifier “%2”.</source>
        <translation>“%1” already uses the identifier “%2”.</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message numerus="yes">
        <source>“%1” sponsors products or owns an incubator (%n use(s)); remove those links first.</source>
        <translation>
            <numerusform>“%1” sponsors products or owns an incubator (%n use); remove those links first.</numerusform>
            <numerusform>“%1” sponsors products or owns an incubator (%n uses); remove those links first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation>Remove organisation</translation>
    </message>
    <message>
        <source>Add incubator</source>
        <translation>Add incubator</translation>
    </message>
    <message>
        <source>The yearly budget cannot be negative.</source>
        <translation>The yearly budget cannot be negative.</translation>
    </message>
    <message>
        <source>Edit incubator</source>
        <translation>Edit incubator</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still holds %n product(s); move them to another incubator first.</source>
        <translation>
            <numerusform>“%1” still holds %n product; move it to another incubator first.</numerusform>
            <numerusform>“%1” still holds %n products; move them to another incubator first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove incubator</source>
        <translation>Remove incubator</translation>
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
        <translation>Acceleration</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Operated</source>
        <translation>Operated</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Investigation not pursued</source>
        <translation>Investigation not pursued</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
</context>
<context>
    <name>PhaseHistory</name>
    <message>
        <source>Row %1 (%2): the start date is missing or invalid.</source>
        <translation>Row %1 (%2): the start date is missing or invalid.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the phase ends on %3, before it starts on %4.</source>
        <translation>Row %1 (%2): the phase ends on %3, before it starts on %4.</translation>
    </message>
    <message>
        <source>Row %1 (%2): it starts on %3, before the previous phase (%4, %5).</source>
        <translation>Row %1 (%2): it starts on %3, before the previous phase (%4, %5).</translation>
    </message>
    <message>
        <source>Row %1 (%2): the product was stopped (%3); mark this phase as an explicit restart to continue.</source>
        <translation>Row %1 (%2): the product was stopped (%3); mark this phase as an explicit restart to continue.</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>Phase overrun</source>
        <translation>Phase overrun</translation>
    </message>
    <message>
        <source>Committee overdue</source>
        <translation>Committee overdue</translation>
    </message>
</context>
</TS>
