<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaItemKind</name>
    <message>
        <source>Introduction and round of the table</source>
        <translation>Introduction and round of the table</translation>
    </message>
    <message>
        <source>Reminder of the committee&apos;s objectives</source>
        <translation>Reminder of the committee&apos;s objectives</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Questions and feedback</source>
        <translation>Questions and feedback</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Video link: %1</translation>
    </message>
    <message>
        <source>Products reviewed:</source>
        <translation>Products reviewed:</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>without the team</source>
        <translation>without the team</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The presentation is shared with the participants one week before the committee.</source>
        <translation>The presentation is shared with the participants one week before the committee.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation>Agenda — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
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
        <translation>The pool “%1” (%2) cannot cover the minimum budgets of the products that must be funded (%3): %4 short. Raise the pool or fund fewer products for sure.</translation>
    </message>
</context>
<context>
    <name>AllocationSolver</name>
    <message>
        <source>The solver found no allocation within the pool “%1”.</source>
        <translation>The solver found no allocation within the pool “%1”.</translation>
    </message>
    <message>
        <source>The solver&apos;s allocation would over-spend the pool “%1”.</source>
        <translation>The solver&apos;s allocation would over-spend the pool “%1”.</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Free software under the European Union Public Licence, version 1.2 (EUPL-1.2).</source>
        <translation>Free software under the European Union Public Licence, version 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <source>%1
Data: %2
Manual: Help &gt; Manual (F1) in the window, or `man comite`.
</source>
        <translation>%1
Data: %2
Manual: Help &gt; Manual (F1) in the window, or `man comite`.
</translation>
    </message>
</context>
<context>
    <name>ArbitrationGrid</name>
    <message>
        <source>The last 6 months</source>
        <translation>The last 6 months</translation>
    </message>
    <message>
        <source>The next 6 months</source>
        <translation>The next 6 months</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Is the positioning right?</source>
        <translation>Is the positioning right?</translation>
    </message>
    <message>
        <source>Is the service usable, useful and used?</source>
        <translation>Is the service usable, useful and used?</translation>
    </message>
    <message>
        <source>Were the impact goals set 6 months ago reached?</source>
        <translation>Were the impact goals set 6 months ago reached?</translation>
    </message>
    <message>
        <source>Is the current cost per impact known and acceptable?</source>
        <translation>Is the current cost per impact known and acceptable?</translation>
    </message>
    <message>
        <source>Are the impact goals relevant?</source>
        <translation>Are the impact goals relevant?</translation>
    </message>
    <message>
        <source>Is the projected cost per impact acceptable?</source>
        <translation>Is the projected cost per impact acceptable?</translation>
    </message>
    <message>
        <source>Can the priorities reach the goals?</source>
        <translation>Can the priorities reach the goals?</translation>
    </message>
    <message>
        <source>Are the resources coherent with the goals and the potential?</source>
        <translation>Are the resources coherent with the goals and the potential?</translation>
    </message>
    <message>
        <source>Is the team driven by impact?</source>
        <translation>Is the team driven by impact?</translation>
    </message>
    <message>
        <source>Is the team agile, autonomous and staffed to adjust?</source>
        <translation>Is the team agile, autonomous and staffed to adjust?</translation>
    </message>
</context>
<context>
    <name>Attainment</name>
    <message>
        <source>%1 %</source>
        <comment>per cent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Partly reached</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
</context>
<context>
    <name>BetagouvExporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be rewritten so that it reads back as Comité holds it; it was not exported.</source>
        <translation>%1 could not be rewritten so that it reads back as Comité holds it; it was not exported.</translation>
    </message>
    <message>
        <source>No product “%1” in the database.</source>
        <translation>No product “%1” in the database.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” is a file, not a folder.</translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export to %1 failed: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Files written: %2.</source>
        <translation>Exported to %1. Files written: %2.</translation>
    </message>
    <message>
        <source>As imported: %1</source>
        <translation>As imported: %1</translation>
    </message>
    <message>
        <source>Phases or events updated from Comité: %1</source>
        <translation>Phases or events updated from Comité: %1</translation>
    </message>
    <message>
        <source>New (created in Comité): %1</source>
        <translation>New (created in Comité): %1</translation>
    </message>
    <message>
        <source>its identifier is not a plain file name</source>
        <translation>its identifier is not a plain file name</translation>
    </message>
    <message>
        <source>%1: %2; nothing was exported.</source>
        <translation>%1: %2; nothing was exported.</translation>
    </message>
    <message>
        <source>the organisation “%1”</source>
        <translation>the organisation “%1”</translation>
    </message>
    <message>
        <source>the incubator “%1”</source>
        <translation>the incubator “%1”</translation>
    </message>
    <message>
        <source>the product “%1”</source>
        <translation>the product “%1”</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Cannot create the folder “%1”.</translation>
    </message>
    <message>
        <source>Cannot use the folder “%1”.</source>
        <translation>Cannot use the folder “%1”.</translation>
    </message>
    <message>
        <source>its file path is empty</source>
        <translation>its file path is empty</translation>
    </message>
    <message>
        <source>its file path “%1” holds a control character or a backslash</source>
        <translation>its file path “%1” holds a control character or a backslash</translation>
    </message>
    <message>
        <source>its file path “%1” is absolute</source>
        <translation>its file path “%1” is absolute</translation>
    </message>
    <message>
        <source>its file path “%1” climbs out of the folder with “..”</source>
        <translation>its file path “%1” climbs out of the folder with “..”</translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier for a file name</source>
        <translation>“%1” is not a valid identifier for a file name</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written for it.</source>
        <translation>%1: %2; nothing was written for it.</translation>
    </message>
    <message>
        <source>“%1” is a link leading out of the export folder; it is not followed</source>
        <translation>“%1” is a link leading out of the export folder; it is not followed</translation>
    </message>
    <message>
        <source>“%1” is not a folder</source>
        <translation>“%1” is not a folder</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>cannot create the folder “%1”</translation>
    </message>
    <message>
        <source>“%1” leads out of the export folder</source>
        <translation>“%1” leads out of the export folder</translation>
    </message>
    <message>
        <source>“%1” is not a regular file</source>
        <translation>“%1” is not a regular file</translation>
    </message>
    <message>
        <source>cannot write in “%1”: %2</source>
        <translation>cannot write in “%1”: %2</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>cannot write “%1”</translation>
    </message>
</context>
<context>
    <name>BetagouvFolder</name>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>“%1” is not a folder.</translation>
    </message>
    <message>
        <source>“%1” holds no beta.gouv.fr content: expected the folders startups, incubators and organisations, or content/_startups, content/_incubators and content/_organisations.</source>
        <translation>“%1” holds no beta.gouv.fr content: expected the folders startups, incubators and organisations, or content/_startups, content/_incubators and content/_organisations.</translation>
    </message>
    <message>
        <source>a sub-folder; only the files directly in %1 are read.</source>
        <translation>a sub-folder; only the files directly in %1 are read.</translation>
    </message>
    <message>
        <source>a link to nothing; it is not read.</source>
        <translation>a link to nothing; it is not read.</translation>
    </message>
    <message>
        <source>a link to “%1”, outside the folder; only files inside it are read.</source>
        <translation>a link to “%1”, outside the folder; only files inside it are read.</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket); it is not read.</source>
        <translation>not a regular file (a pipe, a device or a socket); it is not read.</translation>
    </message>
    <message>
        <source>%1 MB; files over %2 MB are not read.</source>
        <translation>%1 MB; files over %2 MB are not read.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB; files over %1 MB are not read.</source>
        <translation>larger than %1 MB; files over %1 MB are not read.</translation>
    </message>
</context>
<context>
    <name>BetagouvImporter</name>
    <message>
        <source>the owner “%1” is not a known organisation; the incubator has no owner.</source>
        <translation>the owner “%1” is not a known organisation; the incubator has no owner.</translation>
    </message>
    <message>
        <source>the incubator “%1” is not known; the product has no incubator.</source>
        <translation>the incubator “%1” is not known; the product has no incubator.</translation>
    </message>
    <message>
        <source>the sponsor “%1” is not a known organisation; it was left out.</source>
        <translation>the sponsor “%1” is not a known organisation; it was left out.</translation>
    </message>
    <message>
        <source>%1 is dated %2, after today; check the date.</source>
        <translation>%1 is dated %2, after today; check the date.</translation>
    </message>
    <message>
        <source>the phase “%1”</source>
        <translation>the phase “%1”</translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>the event “%1”</translation>
    </message>
    <message>
        <source>changed both in Comité and in the file; Comité&apos;s name, acronym and type were kept.</source>
        <translation>changed both in Comité and in the file; Comité&apos;s name, acronym and type were kept.</translation>
    </message>
    <message>
        <source>changed both in Comité and in the file; Comité&apos;s name and owner were kept.</source>
        <translation>changed both in Comité and in the file; Comité&apos;s name and owner were kept.</translation>
    </message>
    <message>
        <source>changed both in Comité and in the file; Comité&apos;s value was kept for: %1.</source>
        <translation>changed both in Comité and in the file; Comité&apos;s value was kept for: %1.</translation>
    </message>
    <message>
        <source>the co-incubator “%1” is not a known incubator; it was left out.</source>
        <translation>the co-incubator “%1” is not a known incubator; it was left out.</translation>
    </message>
</context>
<context>
    <name>BetagouvMapping</name>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>the file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>no front matter: the file does not start with a “---” line.</source>
        <translation>no front matter: the file does not start with a “---” line.</translation>
    </message>
    <message>
        <source>the front matter is not closed: no “---” line after it.</source>
        <translation>the front matter is not closed: no “---” line after it.</translation>
    </message>
    <message>
        <source>YAML error: %1.</source>
        <translation>YAML error: %1.</translation>
    </message>
    <message>
        <source>the front matter is not a list of keys and values.</source>
        <translation>the front matter is not a list of keys and values.</translation>
    </message>
    <message>
        <source>“%1” is not a list; it was left out.</source>
        <translation>“%1” is not a list; it was left out.</translation>
    </message>
    <message>
        <source>phase %1 is not a list of keys and values; it was left out.</source>
        <translation>phase %1 is not a list of keys and values; it was left out.</translation>
    </message>
    <message>
        <source>phase %1 has no name; it was left out.</source>
        <translation>phase %1 has no name; it was left out.</translation>
    </message>
    <message>
        <source>phase %1: “%2” is not a known phase; it was left out.</source>
        <translation>phase %1: “%2” is not a known phase; it was left out.</translation>
    </message>
    <message>
        <source>phase %1 (%2) has no start date; it was left out.</source>
        <translation>phase %1 (%2) has no start date; it was left out.</translation>
    </message>
    <message>
        <source>phase %1 (%2): the start date “%3” is not a valid date (YYYY-MM-DD); it was left out.</source>
        <translation>phase %1 (%2): the start date “%3” is not a valid date (YYYY-MM-DD); it was left out.</translation>
    </message>
    <message>
        <source>phase %1 (%2): the end date “%3” is not a valid date (YYYY-MM-DD); the end was left out.</source>
        <translation>phase %1 (%2): the end date “%3” is not a valid date (YYYY-MM-DD); the end was left out.</translation>
    </message>
    <message>
        <source>phase %1 (%2) follows a stop (%3); it was taken as an explicit restart.</source>
        <translation>phase %1 (%2) follows a stop (%3); it was taken as an explicit restart.</translation>
    </message>
    <message>
        <source>the phase history as read: %1</source>
        <translation>the phase history as read: %1</translation>
    </message>
    <message>
        <source>event %1 is not a list of keys and values; it was left out.</source>
        <translation>event %1 is not a list of keys and values; it was left out.</translation>
    </message>
    <message>
        <source>event %1 has no name; it was left out.</source>
        <translation>event %1 has no name; it was left out.</translation>
    </message>
    <message>
        <source>event %1 (%2) has no date; it was left out.</source>
        <translation>event %1 (%2) has no date; it was left out.</translation>
    </message>
    <message>
        <source>event %1 (%2): “%3” is not a valid date (YYYY-MM-DD); it was left out.</source>
        <translation>event %1 (%2): “%3” is not a valid date (YYYY-MM-DD); it was left out.</translation>
    </message>
    <message>
        <source>event %1: “%2” is not one of beta.gouv.fr&apos;s event kinds; it was kept on the timeline as is.</source>
        <translation>event %1: “%2” is not one of beta.gouv.fr&apos;s event kinds; it was kept on the timeline as is.</translation>
    </message>
    <message>
        <source>the “fast” block has no amount in euros (“montant”); it was left out.</source>
        <translation>the “fast” block has no amount in euros (“montant”); it was left out.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it was left out.</source>
        <translation>“%1” is not a web address; it was left out.</translation>
    </message>
    <message>
        <source>a sponsor is not an organisation reference such as “/organisations/dinum”; it was left out.</source>
        <translation>a sponsor is not an organisation reference such as “/organisations/dinum”; it was left out.</translation>
    </message>
    <message>
        <source>no “name”: an organisation needs one.</source>
        <translation>no “name”: an organisation needs one.</translation>
    </message>
    <message>
        <source>the owner “%1” is not an organisation reference; it was left out.</source>
        <translation>the owner “%1” is not an organisation reference; it was left out.</translation>
    </message>
    <message>
        <source>no “title”: an incubator needs one.</source>
        <translation>no “title”: an incubator needs one.</translation>
    </message>
    <message>
        <source>no “title”: a product needs one.</source>
        <translation>no “title”: a product needs one.</translation>
    </message>
    <message>
        <source>the key “%1” is given twice (first on line %2); only the first value is read.</source>
        <translation>the key “%1” is given twice (first on line %2); only the first value is read.</translation>
    </message>
    <message>
        <source>a quoted value opened on this line is never closed</source>
        <translation>a quoted value opened on this line is never closed</translation>
    </message>
    <message>
        <source>%1, %2 from line %3</source>
        <translation>%1, %2 from line %3</translation>
    </message>
    <message>
        <source>renamed in May 2026</source>
        <translation>renamed in May 2026</translation>
    </message>
    <message>
        <source>the phase after it says how the product ended</source>
        <translation>the phase after it says how the product ended</translation>
    </message>
    <message>
        <source>the product had left investigation</source>
        <translation>the product had left investigation</translation>
    </message>
    <message>
        <source>the product never left investigation</source>
        <translation>the product never left investigation</translation>
    </message>
    <message>
        <source>phase %1: “%2”, a name from before May 2026, was read as “%3” (%4).</source>
        <translation>phase %1: “%2”, a name from before May 2026, was read as “%3” (%4).</translation>
    </message>
    <message>
        <source>phase %1 (%2) continues the phase before it; the two were read as one.</source>
        <translation>phase %1 (%2) continues the phase before it; the two were read as one.</translation>
    </message>
    <message>
        <source>the member space&apos;s rules: %1</source>
        <translation>the member space&apos;s rules: %1</translation>
    </message>
    <message>
        <source>the investigation of %1 starts the same day as construction: the 2020 backfill, not a real investigation; it is left out of phase durations.</source>
        <translation>the investigation of %1 starts the same day as construction: the 2020 backfill, not a real investigation; it is left out of phase durations.</translation>
    </message>
    <message>
        <source>an entry of “incubators” is not an incubator identifier; it was left out.</source>
        <translation>an entry of “incubators” is not an incubator identifier; it was left out.</translation>
    </message>
    <message>
        <source>phase names from before May 2026 are read as today&apos;s: “transfer” and “success” as “transfere”, “perennisation” as “consolidation”; “alumni” as “abandon-investigation” when the product never left investigation, “abandon” when it did, unless the phase right after it is a stop or an exit (then the two are that one phase).</source>
        <translation>phase names from before May 2026 are read as today&apos;s: “transfer” and “success” as “transfere”, “perennisation” as “consolidation”; “alumni” as “abandon-investigation” when the product never left investigation, “abandon” when it did, unless the phase right after it is a stop or an exit (then the two are that one phase).</translation>
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
        <translation>same identifier “%1” as %2; only the first file is read.</translation>
    </message>
    <message>
        <source>the file name gives no identifier.</source>
        <translation>the file name gives no identifier.</translation>
    </message>
</context>
<context>
    <name>BetagouvReport</name>
    <message>
        <source>organisations: %1</source>
        <translation>organisations: %1</translation>
    </message>
    <message>
        <source>incubators: %1</source>
        <translation>incubators: %1</translation>
    </message>
    <message>
        <source>products: %1</source>
        <translation>products: %1</translation>
    </message>
    <message>
        <source>Import from %1 failed: %2</source>
        <translation>Import from %1 failed: %2</translation>
    </message>
    <message>
        <source>Import from %1 cancelled: nothing was changed.</source>
        <translation>Import from %1 cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: with --strict, every file must be read without a problem. Files with a problem: %2.</source>
        <translation>Nothing was imported from %1: with --strict, every file must be read without a problem. Files with a problem: %2.</translation>
    </message>
    <message>
        <source>Imported from %1. Files read: %2.</source>
        <translation>Imported from %1. Files read: %2.</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Warnings (entries left out or doubtful): %1</source>
        <translation>Warnings (entries left out or doubtful): %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Old phase names (files from before May 2026): %1</source>
        <translation>Old phase names (files from before May 2026): %1</translation>
    </message>
    <message>
        <source>Warnings from the member space&apos;s rules (read as they are): %1</source>
        <translation>Warnings from the member space&apos;s rules (read as they are): %1</translation>
    </message>
    <message>
        <source>Members read: %1. Team logins added: %2, removed: %3 (logins added by hand are kept).</source>
        <translation>Members read: %1. Team logins added: %2, removed: %3 (logins added by hand are kept).</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>UX/UI design</source>
        <translation>UX/UI design</translation>
    </message>
    <message>
        <source>Bizdev, growth and communication</source>
        <translation>Bizdev, growth and communication</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User support</source>
        <translation>User support</translation>
    </message>
    <message>
        <source>Licences, regulatory and infrastructure</source>
        <translation>Licences, regulatory and infrastructure</translation>
    </message>
</context>
<context>
    <name>BudgetReference</name>
    <message>
        <source>Typical sponsor budget line to enter construction: %1 – %2</source>
        <translation>Typical sponsor budget line to enter construction: %1 – %2</translation>
    </message>
    <message>
        <source>Typical for %1: %2 – %3 a year</source>
        <translation>Typical for %1: %2 – %3 a year</translation>
    </message>
</context>
<context>
    <name>ChangeRecord</name>
    <message>
        <source>the envelope of %1</source>
        <translation>the envelope of %1</translation>
    </message>
    <message>
        <source>Someone else deleted %1 meanwhile; “%2” was not applied.</source>
        <translation>Someone else deleted %1 meanwhile; “%2” was not applied.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile; “%2” was not applied, so that their change is kept.</source>
        <translation>Someone else changed %1 meanwhile; “%2” was not applied, so that their change is kept.</translation>
    </message>
    <message>
        <source>the organisation “%1”</source>
        <translation>the organisation “%1”</translation>
    </message>
    <message>
        <source>the incubator “%1”</source>
        <translation>the incubator “%1”</translation>
    </message>
    <message>
        <source>the roadmap from %1</source>
        <translation>the roadmap from %1</translation>
    </message>
    <message>
        <source>the funding pool “%1”</source>
        <translation>the funding pool “%1”</translation>
    </message>
    <message>
        <source>the allocation scenario “%1”</source>
        <translation>the allocation scenario “%1”</translation>
    </message>
    <message>
        <source>the indicator “%1”</source>
        <translation>the indicator “%1”</translation>
    </message>
    <message>
        <source>the product “%1”</source>
        <translation>the product “%1”</translation>
    </message>
    <message>
        <source>the committee of %1</source>
        <translation>the committee of %1</translation>
    </message>
    <message>
        <source>the session “%1”</source>
        <translation>the session “%1”</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Median of the phase</source>
        <translation>Median of the phase</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Committee %1</source>
        <translation>Committee %1</translation>
    </message>
    <message>
        <source>%1 (North Star)</source>
        <translation>%1 (North Star)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>latest %1 on %2</source>
        <translation>latest %1 on %2</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>target %1 by %2</source>
        <translation>target %1 by %2</translation>
    </message>
    <message>
        <source>%1 of the target</source>
        <translation>%1 of the target</translation>
    </message>
    <message>
        <source>North Star: %1</source>
        <translation>North Star: %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>Indicators against their targets</translation>
    </message>
    <message>
        <source>% of the target</source>
        <translation>% of the target</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) with targets; 100 %: target reached</source>
        <translation>
            <numerusform>%n indicator with targets; 100 %: target reached</numerusform>
            <numerusform>%n indicators with targets; 100 %: target reached</numerusform>
        </translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Target reached</translation>
    </message>
</context>
<context>
    <name>ChartDataPortfolio</name>
    <message>
        <source>Cost per use by phase</source>
        <translation>Cost per use by phase</translation>
    </message>
    <message>
        <source>Cost per unit of impact by phase</source>
        <translation>Cost per unit of impact by phase</translation>
    </message>
    <message>
        <source>€ per monthly active user</source>
        <translation>€ per monthly active user</translation>
    </message>
    <message>
        <source>€ per unit of impact</source>
        <translation>€ per unit of impact</translation>
    </message>
    <message numerus="yes">
        <source>12-month spending / monthly active users · %n product(s)</source>
        <translation>
            <numerusform>12-month spending / monthly active users · %n product</numerusform>
            <numerusform>12-month spending / monthly active users · %n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>12-month spending / impact indicator · %n product(s)</source>
        <translation>
            <numerusform>12-month spending / impact indicator · %n product</numerusform>
            <numerusform>12-month spending / impact indicator · %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>“%1”: charts are saved as .png or .svg files.</source>
        <translation>“%1”: charts are saved as .png or .svg files.</translation>
    </message>
    <message>
        <source>Made with Comité</source>
        <translation>Made with Comité</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
</context>
<context>
    <name>Comite::AboutDialog</name>
    <message>
        <source>About Comité</source>
        <translation>About Comité</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Comité %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Comité %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Prepares and runs the investment committees of the beta.gouv.fr incubators: portfolio, roadmaps, indicators, committee sessions and deliberations.</source>
        <translation>Prepares and runs the investment committees of the beta.gouv.fr incubators: portfolio, roadmaps, indicators, committee sessions and deliberations.</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;Read the licence&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Your portfolio is stored in %1 unless you open another database.</source>
        <translation>Your portfolio is stored in %1 unless you open another database.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;manual&quot;&gt;Open the manual&lt;/a&gt; (F1) for the committee day step by step, the keyboard shortcuts and the command line.</source>
        <translation>&lt;a href=&quot;manual&quot;&gt;Open the manual&lt;/a&gt; (F1) for the committee day step by step, the keyboard shortcuts and the command line.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
</context>
<context>
    <name>Comite::AgendaModel</name>
    <message>
        <source>Whole session</source>
        <translation>Whole session</translation>
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
        <translation>Team leaves the room</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Team leaves</source>
        <translation>Team leaves</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Move agenda item</translation>
    </message>
</context>
<context>
    <name>Comite::AgendaPage</name>
    <message>
        <source>Whole session</source>
        <translation>Whole session</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Agenda template</translation>
    </message>
    <message>
        <source>Notes on the selected item</source>
        <translation>Notes on the selected item</translation>
    </message>
    <message>
        <source>The secretary&apos;s notes on the selected item</source>
        <translation>The secretary&apos;s notes on the selected item</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;Add an item</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>E&amp;xport the agenda (PDF)…</source>
        <translation>E&amp;xport the agenda (PDF)…</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message numerus="yes">
        <source>Planned end: %1 · %n minute(s) of agenda</source>
        <translation>
            <numerusform>Planned end: %1 · %n minute of agenda</numerusform>
            <numerusform>Planned end: %1 · %n minutes of agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> for %n minute(s) booked</source>
        <translation>
            <numerusform> for %n minute booked</numerusform>
            <numerusform> for %n minutes booked</numerusform>
        </translation>
    </message>
    <message>
        <source> — the agenda is longer than the session.</source>
        <translation> — the agenda is longer than the session.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <source>agenda-%1.pdf</source>
        <translation>agenda-%1.pdf</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Export the agenda</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>App&amp;ly</source>
        <translation>App&amp;ly</translation>
    </message>
    <message>
        <source>Sa&amp;ve the agenda as a template…</source>
        <translation>Sa&amp;ve the agenda as a template…</translation>
    </message>
    <message>
        <source>Session &amp;notes</source>
        <translation>Session &amp;notes</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationLineModel</name>
    <message>
        <source>Outside the product&apos;s minimum viable budget and maximum.</source>
        <translation>Outside the product&apos;s minimum viable budget and maximum.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
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
        <translation>Decided</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>An amount is a whole number of euros, zero or more.</source>
        <translation>An amount is a whole number of euros, zero or more.</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationPoolDialog</name>
    <message>
        <source>Edit funding pool</source>
        <translation>Edit funding pool</translation>
    </message>
    <message>
        <source>New funding pool</source>
        <translation>New funding pool</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>e.g. acceleration call, ministry budget line</source>
        <translation>e.g. acceleration call, ministry budget line</translation>
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
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>the request</translation>
    </message>
    <message>
        <source>Maximum per product</source>
        <translation>Maximum per product</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum per product:</source>
        <translation>Ma&amp;ximum per product:</translation>
    </message>
    <message>
        <source>Incubators</source>
        <translation>Incubators</translation>
    </message>
    <message>
        <source>Products and their rule</source>
        <translation>Products and their rule</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Rule for %1</source>
        <translation>Rule for %1</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <source>&amp;Incubators whose products it may fund:</source>
        <translation>&amp;Incubators whose products it may fund:</translation>
    </message>
    <message>
        <source>P&amp;roducts listed (none listed and no incubator: every incubated product):</source>
        <translation>P&amp;roducts listed (none listed and no incubator: every incubated product):</translation>
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
        <translation>Pool</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Left after decisions</source>
        <translation>Left after decisions</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationRemainingLabel</name>
    <message>
        <source>Funding pools left</source>
        <translation>Funding pools left</translation>
    </message>
    <message>
        <source>Funding pool “%1”: %2 left of %3 after the decisions recorded</source>
        <translation>Funding pool “%1”: %2 left of %3 after the decisions recorded</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationScenarioModel</name>
    <message>
        <source>This scenario spends more than the pool.</source>
        <translation>This scenario spends more than the pool.</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (chosen)</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>The solver&apos;s objective, in thousands: each euro weighted by the arbitration grid and by the product&apos;s cost per impact against the portfolio&apos;s median.</source>
        <translation>The solver&apos;s objective, in thousands: each euro weighted by the arbitration grid and by the product&apos;s cost per impact against the portfolio&apos;s median.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Cost per use</translation>
    </message>
    <message>
        <source>Cost per impact</source>
        <translation>Cost per impact</translation>
    </message>
    <message>
        <source>Expected impact</source>
        <translation>Expected impact</translation>
    </message>
</context>
<context>
    <name>Comite::AllocationWindow</name>
    <message>
        <source>Funding pools</source>
        <translation>Funding pools</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Allocation per product</source>
        <translation>Allocation per product</translation>
    </message>
    <message>
        <source>Scenarios against the pool</source>
        <translation>Scenarios against the pool</translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation>&amp;New pool…</translation>
    </message>
    <message>
        <source>E&amp;dit pool…</source>
        <translation>E&amp;dit pool…</translation>
    </message>
    <message>
        <source>Re&amp;move pool</source>
        <translation>Re&amp;move pool</translation>
    </message>
    <message>
        <source>&amp;Propose with the solver</source>
        <translation>&amp;Propose with the solver</translation>
    </message>
    <message>
        <source>New &amp;scenario</source>
        <translation>New &amp;scenario</translation>
    </message>
    <message>
        <source>&amp;Choose for the session</source>
        <translation>&amp;Choose for the session</translation>
    </message>
    <message>
        <source>Remove scenari&amp;o</source>
        <translation>Remove scenari&amp;o</translation>
    </message>
    <message>
        <source>Poo&amp;ls</source>
        <translation>Poo&amp;ls</translation>
    </message>
    <message>
        <source>Scenarios side b&amp;y side</source>
        <translation>Scenarios side b&amp;y side</translation>
    </message>
    <message>
        <source>&amp;Allocation of the selected scenario (edit an amount or a condition; Ctrl+Z undoes)</source>
        <translation>&amp;Allocation of the selected scenario (edit an amount or a condition; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Edit allocation</source>
        <translation>Edit allocation</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
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
        <source>Select a pool.</source>
        <translation>Select a pool.</translation>
    </message>
    <message>
        <source>No funding pool yet: create one with New pool…</source>
        <translation>No funding pool yet: create one with New pool…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 – %4: %5&lt;br&gt;%6 candidate products; must-fund minimum %7.&lt;br&gt;Left after the decisions recorded: &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3 – %4: %5&lt;br&gt;%6 candidate products; must-fund minimum %7.&lt;br&gt;Left after the decisions recorded: &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Over the pool</source>
        <translation>Over the pool</translation>
    </message>
    <message>
        <source>k€</source>
        <translation>k€</translation>
    </message>
    <message>
        <source>New funding pool</source>
        <translation>New funding pool</translation>
    </message>
    <message>
        <source>Edit funding pool</source>
        <translation>Edit funding pool</translation>
    </message>
    <message>
        <source>Remove funding pool</source>
        <translation>Remove funding pool</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <source>Propose an allocation</source>
        <translation>Propose an allocation</translation>
    </message>
    <message>
        <source>The solver&apos;s proposal is in the scenario “%1”.</source>
        <translation>The solver&apos;s proposal is in the scenario “%1”.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Choose scenario</source>
        <translation>Choose scenario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Remove scenario</translation>
    </message>
</context>
<context>
    <name>Comite::BetagouvImportDialog</name>
    <message>
        <source>Import from beta.gouv.fr</source>
        <translation>Import from beta.gouv.fr</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Folder of beta.gouv.fr content</source>
        <translation>Folder of beta.gouv.fr content</translation>
    </message>
    <message>
        <source>Cancelling: the database is put back as it was…</source>
        <translation>Cancelling: the database is put back as it was…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>The import failed: nothing was changed.</source>
        <translation>The import failed: nothing was changed.</translation>
    </message>
    <message>
        <source>Import done.</source>
        <translation>Import done.</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio already holds %n product(s). Import beta.gouv.fr into a new database, or merge it into this portfolio?</source>
        <translation>
            <numerusform>This portfolio already holds %n product. Import beta.gouv.fr into a new database, or merge it into this portfolio?</numerusform>
            <numerusform>This portfolio already holds %n products. Import beta.gouv.fr into a new database, or merge it into this portfolio?</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging adds the imported products to those already here (the demo&apos;s too) and updates the ones with the same slug.</source>
        <translation>Merging adds the imported products to those already here (the demo&apos;s too) and updates the ones with the same slug.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Merge into this portfolio</source>
        <translation>&amp;Merge into this portfolio</translation>
    </message>
</context>
<context>
    <name>Comite::BudgetBandWidget</name>
    <message>
        <source>Typical cost</source>
        <translation>Typical cost</translation>
    </message>
    <message>
        <source>A reference drawn from the typical costs of beta.gouv.fr products, not a rule.</source>
        <translation>A reference drawn from the typical costs of beta.gouv.fr products, not a rule.</translation>
    </message>
</context>
<context>
    <name>Comite::BudgetPage</name>
    <message>
        <source>Envelopes granted</source>
        <translation>Envelopes granted</translation>
    </message>
    <message>
        <source>Spending by budget line, month by month</source>
        <translation>Spending by budget line, month by month</translation>
    </message>
    <message>
        <source>Granted:</source>
        <translation>Granted:</translation>
    </message>
    <message>
        <source>Spent:</source>
        <translation>Spent:</translation>
    </message>
    <message>
        <source>Burn rate:</source>
        <translation>Burn rate:</translation>
    </message>
    <message>
        <source>Runs out:</source>
        <translation>Runs out:</translation>
    </message>
    <message>
        <source>Next committee due:</source>
        <translation>Next committee due:</translation>
    </message>
    <message>
        <source>Current funding</source>
        <translation>Current funding</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Committee of %1</source>
        <translation>Committee of %1</translation>
    </message>
    <message>
        <source>Remove the selected envelo&amp;pe</source>
        <translation>Remove the selected envelo&amp;pe</translation>
    </message>
    <message>
        <source>Past months show what was spent; from this month on, type the forecast (in italics).</source>
        <translation>Past months show what was spent; from this month on, type the forecast (in italics).</translation>
    </message>
    <message>
        <source>Spending by line, month by month</source>
        <translation>Spending by line, month by month</translation>
    </message>
    <message>
        <source>No envelope recorded: add the envelopes granted to project when the money runs out.</source>
        <translation>No envelope recorded: add the envelopes granted to project when the money runs out.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1, open-ended</source>
        <translation>from %1, open-ended</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n envelope(s), %2)</source>
        <translation>
            <numerusform>%1 (%n envelope, %2)</numerusform>
            <numerusform>%1 (%n envelopes, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spent in the period, %2 left</source>
        <translation>%1 spent in the period, %2 left</translation>
    </message>
    <message>
        <source>Unknown: no spending to project</source>
        <translation>Unknown: no spending to project</translation>
    </message>
    <message>
        <source>%1: the money runs out at the current pace</source>
        <translation>%1: the money runs out at the current pace</translation>
    </message>
    <message>
        <source>%1: the envelope ends</source>
        <translation>%1: the envelope ends</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month (average of the last %n month(s) spent)</source>
        <translation>
            <numerusform>%1 a month (average of the last %n month spent)</numerusform>
            <numerusform>%1 a month (average of the last %n months spent)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: no spending recorded in the last months</source>
        <translation>Unknown: no spending recorded in the last months</translation>
    </message>
    <message>
        <source>%1: 30 days before the envelope runs out</source>
        <translation>%1: 30 days before the envelope runs out</translation>
    </message>
    <message>
        <source>%1: six months after the last committee</source>
        <translation>%1: six months after the last committee</translation>
    </message>
    <message>
        <source>This product: %1 a year, within the typical range.</source>
        <translation>This product: %1 a year, within the typical range.</translation>
    </message>
    <message>
        <source>This product: %1 a year, below the typical range.</source>
        <translation>This product: %1 a year, below the typical range.</translation>
    </message>
    <message>
        <source>This product: %1 a year, above the typical range.</source>
        <translation>This product: %1 a year, above the typical range.</translation>
    </message>
    <message>
        <source> (a reference, not a rule).</source>
        <translation> (a reference, not a rule).</translation>
    </message>
    <message>
        <source>%1 spent in the period: %2 over the envelopes</source>
        <translation>%1 spent in the period: %2 over the envelopes</translation>
    </message>
    <message>
        <source>&amp;Add an envelope</source>
        <translation>&amp;Add an envelope</translation>
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
        <translation>Spent: %1</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Forecast: %1</translation>
    </message>
    <message>
        <source>Type the forecast for this month.</source>
        <translation>Type the forecast for this month.</translation>
    </message>
    <message>
        <source>Type what was spent this month.</source>
        <translation>Type what was spent this month.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>%1: forecast</source>
        <translation>%1: forecast</translation>
    </message>
    <message>
        <source>%1: spent</source>
        <translation>%1: spent</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>“%1” is not an amount in euros.</translation>
    </message>
</context>
<context>
    <name>Comite::ChartImpactMatrix</name>
    <message>
        <source>Impact matrix</source>
        <translation>Impact matrix</translation>
    </message>
    <message>
        <source>Impact matrix — %1</source>
        <translation>Impact matrix — %1</translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation>No indicator</translation>
    </message>
</context>
<context>
    <name>Comite::ChecklistModel</name>
    <message>
        <source>Done: %1. %2</source>
        <translation>Done: %1. %2</translation>
    </message>
    <message>
        <source>To do: %1. %2</source>
        <translation>To do: %1. %2</translation>
    </message>
</context>
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
    <name>Comite::DecisionContext</name>
    <message>
        <source>The team&apos;s request and the sponsors&apos; scores</source>
        <translation>The team&apos;s request and the sponsors&apos; scores</translation>
    </message>
    <message>
        <source>The team&apos;s request</source>
        <translation>The team&apos;s request</translation>
    </message>
    <message>
        <source>No roadmap for the coming period.</source>
        <translation>No roadmap for the coming period.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Team: %1 FTE</source>
        <translation>Team: %1 FTE</translation>
    </message>
    <message>
        <source>The sponsors&apos; grid</source>
        <translation>The sponsors&apos; grid</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 questions)</source>
        <translation>%1 (%2 of %3 questions)</translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation>Not scored yet: %1</translation>
    </message>
    <message>
        <source>Scoring incomplete: %1</source>
        <translation>Scoring incomplete: %1</translation>
    </message>
</context>
<context>
    <name>Comite::DecisionDialog</name>
    <message>
        <source>Remove the selected row</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <source>P&amp;rocurement informed on</source>
        <translation>P&amp;rocurement informed on</translation>
    </message>
    <message>
        <source>Roadmap priority</source>
        <translation>Roadmap priority</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Roadmap priorities</source>
        <translation>Roadmap priorities</translation>
    </message>
    <message>
        <source>Blocker the committee lifts</source>
        <translation>Blocker the committee lifts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blockers</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Decision on “%1”</source>
        <translation>Decision on “%1”</translation>
    </message>
    <message>
        <source>No phase change</source>
        <translation>No phase change</translation>
    </message>
    <message>
        <source>The decision in words, as it will appear on the product&apos;s timeline</source>
        <translation>The decision in words, as it will appear on the product&apos;s timeline</translation>
    </message>
    <message>
        <source>Conditions or reserves attached to the decision</source>
        <translation>Conditions or reserves attached to the decision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Decision in words</source>
        <translation>Decision in words</translation>
    </message>
    <message>
        <source>Conditions or reserves</source>
        <translation>Conditions or reserves</translation>
    </message>
    <message>
        <source>Date procurement was informed</source>
        <translation>Date procurement was informed</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>Add a &amp;priority</source>
        <translation>Add a &amp;priority</translation>
    </message>
    <message>
        <source>Roadmap &amp;priorities</source>
        <translation>Roadmap &amp;priorities</translation>
    </message>
    <message>
        <source>Add a &amp;blocker</source>
        <translation>Add a &amp;blocker</translation>
    </message>
    <message>
        <source>&amp;Blockers and conditions</source>
        <translation>&amp;Blockers and conditions</translation>
    </message>
    <message>
        <source>Add an &amp;action</source>
        <translation>Add an &amp;action</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Action items</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Option:</translation>
    </message>
    <message>
        <source>Decision in &amp;words:</source>
        <translation>Decision in &amp;words:</translation>
    </message>
    <message>
        <source>Opinion on priority %1</source>
        <translation>Opinion on priority %1</translation>
    </message>
    <message>
        <source>Due date of action %1</source>
        <translation>Due date of action %1</translation>
    </message>
    <message>
        <source>B&amp;udget granted</source>
        <translation>B&amp;udget granted</translation>
    </message>
    <message>
        <source>Choose the committee&apos;s decision…</source>
        <translation>Choose the committee&apos;s decision…</translation>
    </message>
    <message>
        <source>P&amp;hase change:</source>
        <translation>P&amp;hase change:</translation>
    </message>
    <message>
        <source>Choose the committee&apos;s decision first.</source>
        <translation>Choose the committee&apos;s decision first.</translation>
    </message>
    <message>
        <source> The team asked for %1.</source>
        <translation> The team asked for %1.</translation>
    </message>
    <message>
        <source>No amount granted</source>
        <translation>No amount granted</translation>
    </message>
    <message>
        <source>“%1” usually grants a budget, but no amount is given.%2 Record the decision without an amount?</source>
        <translation>“%1” usually grants a budget, but no amount is given.%2 Record the decision without an amount?</translation>
    </message>
    <message>
        <source>&amp;Vote:</source>
        <translation>&amp;Vote:</translation>
    </message>
    <message>
        <source>What the committee thinks of the roadmap as a whole, as the deliberation will state it</source>
        <translation>What the committee thinks of the roadmap as a whole, as the deliberation will state it</translation>
    </message>
    <message>
        <source>Committee&apos;s opinion on the roadmap</source>
        <translation>Committee&apos;s opinion on the roadmap</translation>
    </message>
    <message>
        <source>Proposed by the scenario “%1” of the funding pool “%2”.</source>
        <translation>Proposed by the scenario “%1” of the funding pool “%2”.</translation>
    </message>
</context>
<context>
    <name>Comite::DecisionsPage</name>
    <message>
        <source>&amp;Close the session</source>
        <translation>&amp;Close the session</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Procurement informed</source>
        <translation>Procurement informed</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>&amp;Record the decision…</source>
        <translation>&amp;Record the decision…</translation>
    </message>
    <message>
        <source>Re&amp;move the decision</source>
        <translation>Re&amp;move the decision</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>The session is closed; its decisions are on the products&apos; timelines.</source>
        <translation>The session is closed; its decisions are on the products&apos; timelines.</translation>
    </message>
    <message>
        <source>Every product has a decision: the session can be closed.</source>
        <translation>Every product has a decision: the session can be closed.</translation>
    </message>
    <message>
        <source>Still to decide before closing: %1</source>
        <translation>Still to decide before closing: %1</translation>
    </message>
    <message>
        <source>This session is planned for %1, after today. Go on anyway?</source>
        <translation>This session is planned for %1, after today. Go on anyway?</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Close the session</translation>
    </message>
</context>
<context>
    <name>Comite::DeckPreview</name>
    <message>
        <source>Next sli&amp;de ▶</source>
        <translation>Next sli&amp;de ▶</translation>
    </message>
    <message>
        <source>The committee deck made from the product&apos;s data, as a 16:9 PDF or an ODP for LibreOffice Impress.</source>
        <translation>The committee deck made from the product&apos;s data, as a 16:9 PDF or an ODP for LibreOffice Impress.</translation>
    </message>
    <message>
        <source>Committee deck</source>
        <translation>Committee deck</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Slide %1 of %2: %3</translation>
    </message>
    <message>
        <source>There is no deck to export.</source>
        <translation>There is no deck to export.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>ODF presentations (*.odp)</source>
        <translation>ODF presentations (*.odp)</translation>
    </message>
    <message>
        <source>Export the committee deck</source>
        <translation>Export the committee deck</translation>
    </message>
    <message>
        <source>◀ P&amp;revious slide</source>
        <translation>◀ P&amp;revious slide</translation>
    </message>
    <message>
        <source>Export the dec&amp;k…</source>
        <translation>Export the dec&amp;k…</translation>
    </message>
</context>
<context>
    <name>Comite::DeckSlideView</name>
    <message>
        <source>Slide preview</source>
        <translation>Slide preview</translation>
    </message>
    <message>
        <source>No deck to show.</source>
        <translation>No deck to show.</translation>
    </message>
</context>
<context>
    <name>Comite::DeliberationActions</name>
    <message>
        <source>&amp;Export deliberation…</source>
        <translation>&amp;Export deliberation…</translation>
    </message>
    <message>
        <source>&amp;Mark deliberation final…</source>
        <translation>&amp;Mark deliberation final…</translation>
    </message>
    <message>
        <source>C&amp;orrect the deliberation…</source>
        <translation>C&amp;orrect the deliberation…</translation>
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
        <translation>Mark the deliberation final</translation>
    </message>
    <message>
        <source>Mark the deliberation final? The session&apos;s decisions, scores and notes will be locked; a later change needs a correction, which makes a new version.</source>
        <translation>Mark the deliberation final? The session&apos;s decisions, scores and notes will be locked; a later change needs a correction, which makes a new version.</translation>
    </message>
    <message>
        <source>Correct the deliberation</source>
        <translation>Correct the deliberation</translation>
    </message>
    <message>
        <source>Why is the deliberation corrected? The new version says it, and the earlier versions are kept.</source>
        <translation>Why is the deliberation corrected? The new version says it, and the earlier versions are kept.</translation>
    </message>
    <message>
        <source>&amp;Submit deliberation to the chair</source>
        <translation>&amp;Submit deliberation to the chair</translation>
    </message>
    <message>
        <source>&amp;Approve deliberation…</source>
        <translation>&amp;Approve deliberation…</translation>
    </message>
    <message>
        <source>Approve the deliberation</source>
        <translation>Approve the deliberation</translation>
    </message>
    <message>
        <source>Approved by (the chair of the committee). The deliberation becomes final: its decisions, scores and notes are locked.</source>
        <translation>Approved by (the chair of the committee). The deliberation becomes final: its decisions, scores and notes are locked.</translation>
    </message>
</context>
<context>
    <name>Comite::DeliberationExportDialog</name>
    <message>
        <source>Arbitration &amp;scores</source>
        <translation>Arbitration &amp;scores</translation>
    </message>
    <message>
        <source>Secretary&apos;s &amp;notes</source>
        <translation>Secretary&apos;s &amp;notes</translation>
    </message>
    <message>
        <source>Agenda &amp;timings</source>
        <translation>Agenda &amp;timings</translation>
    </message>
    <message>
        <source>The one-page notice for the &amp;procurement office instead</source>
        <translation>The one-page notice for the &amp;procurement office instead</translation>
    </message>
    <message>
        <source>Export the deliberation</source>
        <translation>Export the deliberation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Leave out the arbitration scores</source>
        <translation>Leave out the arbitration scores</translation>
    </message>
    <message>
        <source>Leave out the secretary&apos;s notes</source>
        <translation>Leave out the secretary&apos;s notes</translation>
    </message>
    <message>
        <source>Leave out the agenda timings</source>
        <translation>Leave out the agenda timings</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
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
        <translation>Committee of %1 (%2)</translation>
    </message>
    <message>
        <source>Imported from beta.gouv.fr</source>
        <translation>Imported from beta.gouv.fr</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>“%1” is not an amount in euros.</translation>
    </message>
</context>
<context>
    <name>Comite::EspaceMembreDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import from the member space</source>
        <translation>Import from the member space</translation>
    </message>
    <message>
        <source>Member space address</source>
        <translation>Member space address</translation>
    </message>
    <message>
        <source>API key file</source>
        <translation>API key file</translation>
    </message>
    <message>
        <source>Empty: the key stored in the system keyring</source>
        <translation>Empty: the key stored in the system keyring</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Empty: every incubator</source>
        <translation>Empty: every incubator</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>API &amp;key file:</translation>
    </message>
    <message>
        <source>I&amp;ncubator (ghid):</source>
        <translation>I&amp;ncubator (ghid):</translation>
    </message>
    <message>
        <source>The key is read from the file or the system keyring for this import only; Comité never stores it. What was changed in Comité since the last import is kept.</source>
        <translation>The key is read from the file or the system keyring for this import only; Comité never stores it. What was changed in Comité since the last import is kept.</translation>
    </message>
    <message>
        <source>The address must be the member space&apos;s, such as https://espace-membre.incubateur.net.</source>
        <translation>The address must be the member space&apos;s, such as https://espace-membre.incubateur.net.</translation>
    </message>
    <message>
        <source>Reading the member space…</source>
        <translation>Reading the member space…</translation>
    </message>
    <message>
        <source>What to tell the member space</source>
        <translation>What to tell the member space</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <source>Committees, phase changes and envelopes recorded in Comité since this date, to retype in the member space:</source>
        <translation>Committees, phase changes and envelopes recorded in Comité since this date, to retype in the member space:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>Save what to tell the member space</source>
        <translation>Save what to tell the member space</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>member-space-%1.pdf</source>
        <translation>member-space-%1.pdf</translation>
    </message>
</context>
<context>
    <name>Comite::FacilitatorAgenda</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Enter or double-click: go to this item</source>
        <translation>Enter or double-click: go to this item</translation>
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
        <translation>✓ %1  %2 · took %3</translation>
    </message>
    <message>
        <source>↷ %1  %2 · skipped</source>
        <translation>↷ %1  %2 · skipped</translation>
    </message>
    <message>
        <source>%1%2  %3 · %4 (planned %5)</source>
        <translation>%1%2  %3 · %4 (planned %5)</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>%1 early</source>
        <translation>%1 early</translation>
    </message>
    <message>
        <source>Ended at %1 · planned %2 (%3)</source>
        <translation>Ended at %1 · planned %2 (%3)</translation>
    </message>
    <message>
        <source>Expected end %1 · planned %2 (%3)</source>
        <translation>Expected end %1 · planned %2 (%3)</translation>
    </message>
    <message>
        <source>%1 until %2 · planned %3</source>
        <translation>%1 until %2 · planned %3</translation>
    </message>
</context>
<context>
    <name>Comite::FacilitatorPanel</name>
    <message>
        <source>S&amp;ound</source>
        <translation>S&amp;ound</translation>
    </message>
    <message>
        <source>&amp;Room view</source>
        <translation>&amp;Room view</translation>
    </message>
    <message>
        <source>Re&amp;veal the scores in the room</source>
        <translation>Re&amp;veal the scores in the room</translation>
    </message>
    <message>
        <source>&amp;Agenda (Enter: go to the item):</source>
        <translation>&amp;Agenda (Enter: go to the item):</translation>
    </message>
    <message>
        <source>Notes on the current item</source>
        <translation>Notes on the current item</translation>
    </message>
    <message>
        <source>Notes on the current item (the secretary&apos;s); Esc goes back to the timer</source>
        <translation>Notes on the current item (the secretary&apos;s); Esc goes back to the timer</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Warn at these shares of the item, in percent</source>
        <translation>Warn at these shares of the item, in percent</translation>
    </message>
    <message>
        <source>Percentages of the item&apos;s time, separated by commas, e.g. 70, 100</source>
        <translation>Percentages of the item&apos;s time, separated by commas, e.g. 70, 100</translation>
    </message>
    <message>
        <source>&amp;Warn at (% of the item):</source>
        <translation>&amp;Warn at (% of the item):</translation>
    </message>
    <message>
        <source>Sound with the warnings</source>
        <translation>Sound with the warnings</translation>
    </message>
    <message>
        <source>Screen of the room view</source>
        <translation>Screen of the room view</translation>
    </message>
    <message>
        <source>Scr&amp;een:</source>
        <translation>Scr&amp;een:</translation>
    </message>
</context>
<context>
    <name>Comite::FacilitatorWindow</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Drift of the session</source>
        <translation>Drift of the session</translation>
    </message>
    <message>
        <source>Current product</source>
        <translation>Current product</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Current item</translation>
    </message>
    <message>
        <source>The team leaves the room</source>
        <translation>The team leaves the room</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Time used on the item</source>
        <translation>Time used on the item</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Facilitator — %1</source>
        <translation>Facilitator — %1</translation>
    </message>
    <message>
        <source>The agenda is empty</source>
        <translation>The agenda is empty</translation>
    </message>
    <message>
        <source>Agenda complete</source>
        <translation>Agenda complete</translation>
    </message>
    <message numerus="yes">
        <source>Next: %1%2 (%n min)</source>
        <translation>
            <numerusform>Next: %1%2 (%n min)</numerusform>
            <numerusform>Next: %1%2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Next: end of the session</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Start (Space)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Resume (Space)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Whole session</translation>
    </message>
    <message>
        <source>Screen %1 — %2×%3</source>
        <translation>Screen %1 — %2×%3</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Space: start or pause; →: next item; ←: previous item; +: add a minute</source>
        <translation>Space: start or pause; →: next item; ←: previous item; +: add a minute</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <source>◀ Back (←)</source>
        <translation>◀ Back (←)</translation>
    </message>
    <message>
        <source>Next ▶ (→)</source>
        <translation>Next ▶ (→)</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 min (+)</translation>
    </message>
    <message>
        <source>Keys: Space start/pause · → next item · ← previous item · + add a minute · PgDn/PgUp slides in the room · Alt+N notes · Esc leave the notes, then close · Ctrl+W close · F11 full screen</source>
        <translation>Keys: Space start/pause · → next item · ← previous item · + add a minute · PgDn/PgUp slides in the room · Alt+N notes · Esc leave the notes, then close · Ctrl+W close · F11 full screen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Time is up for this item</source>
        <translation>Time is up for this item</translation>
    </message>
    <message>
        <source>%1 % of the item&apos;s time used</source>
        <translation>%1 % of the item&apos;s time used</translation>
    </message>
    <message>
        <source>Skip items</source>
        <translation>Skip items</translation>
    </message>
    <message numerus="yes">
        <source>Go to “%1” and skip %n item(s) not held yet?</source>
        <translation>
            <numerusform>Go to “%1” and skip %n item not held yet?</numerusform>
            <numerusform>Go to “%1” and skip %n items not held yet?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::FollowupModel</name>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1: %2 by %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Open since the committee of %1</source>
        <translation>Open since the committee of %1</translation>
    </message>
    <message>
        <source>%1 (past due)</source>
        <translation>%1 (past due)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>Comite::FollowupRegister</name>
    <message>
        <source>Open items only</source>
        <translation>Open items only</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Follow-up of this product&apos;s decisions</source>
        <translation>Follow-up of this product&apos;s decisions</translation>
    </message>
    <message>
        <source>Follow-up register</source>
        <translation>Follow-up register</translation>
    </message>
    <message>
        <source>Show only the items still open</source>
        <translation>Show only the items still open</translation>
    </message>
    <message>
        <source>Mark the selected item done</source>
        <translation>Mark the selected item done</translation>
    </message>
    <message>
        <source>Drop the selected item</source>
        <translation>Drop the selected item</translation>
    </message>
    <message>
        <source>Reopen the selected item</source>
        <translation>Reopen the selected item</translation>
    </message>
    <message>
        <source>What the committees asked of this product: actions, conditions and blockers to lift. The next pre-read and deck show where each stands.</source>
        <translation>What the committees asked of this product: actions, conditions and blockers to lift. The next pre-read and deck show where each stands.</translation>
    </message>
    <message>
        <source>What the committees asked, across the portfolio: actions, conditions and blockers to lift. Items past due are flagged.</source>
        <translation>What the committees asked, across the portfolio: actions, conditions and blockers to lift. Items past due are flagged.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n past due</source>
        <translation>
            <numerusform>, %n past due</numerusform>
            <numerusform>, %n past due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::HistoryExportButton</name>
    <message>
        <source>Export every committee of this product, with decisions and amounts</source>
        <translation>Export every committee of this product, with decisions and amounts</translation>
    </message>
    <message>
        <source>Committee history</source>
        <translation>Committee history</translation>
    </message>
    <message>
        <source>Committee histor&amp;y…</source>
        <translation>Committee histor&amp;y…</translation>
    </message>
    <message>
        <source>committees-%1.pdf</source>
        <translation>committees-%1.pdf</translation>
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
    <name>Comite::IndicatorDialog</name>
    <message>
        <source>This is the product&apos;s &amp;North Star Metric</source>
        <translation>This is the product&apos;s &amp;North Star Metric</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How the figure is measured and where it comes from (tool, query, survey).</source>
        <translation>How the figure is measured and where it comes from (tool, query, survey).</translation>
    </message>
    <message>
        <source>users, km, %, days…</source>
        <translation>users, km, %, days…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Impact matrix principle</source>
        <translation>Impact matrix principle</translation>
    </message>
    <message>
        <source>Mandatory indicator it fills</source>
        <translation>Mandatory indicator it fills</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Method and source</source>
        <translation>Method and source</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Fills the &amp;mandatory indicator:</source>
        <translation>Fills the &amp;mandatory indicator:</translation>
    </message>
    <message>
        <source>Matrix &amp;principle:</source>
        <translation>Matrix &amp;principle:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Method and &amp;source:</source>
        <translation>Method and &amp;source:</translation>
    </message>
</context>
<context>
    <name>Comite::IndicatorModel</name>
    <message>
        <source>%1 per user</source>
        <translation>%1 per user</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>No measurement yet</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Latest value</translation>
    </message>
    <message>
        <source>Trend (3 months)</source>
        <translation>Trend (3 months)</translation>
    </message>
    <message>
        <source>Target attainment</source>
        <translation>Target attainment</translation>
    </message>
    <message>
        <source>Mandatory indicator</source>
        <translation>Mandatory indicator</translation>
    </message>
    <message>
        <source>%1 per unit of impact</source>
        <translation>%1 per unit of impact</translation>
    </message>
    <message>
        <source>Cost per unit of impact %1 since the committee</source>
        <translation>Cost per unit of impact %1 since the committee</translation>
    </message>
    <message>
        <source>Cost per use %1 since the committee</source>
        <translation>Cost per use %1 since the committee</translation>
    </message>
</context>
<context>
    <name>Comite::IndicatorsPage</name>
    <message>
        <source>&amp;New indicator…</source>
        <translation>&amp;New indicator…</translation>
    </message>
    <message>
        <source>De&amp;lete indicator</source>
        <translation>De&amp;lete indicator</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xport chart…</translation>
    </message>
    <message>
        <source>Indicators by impact-matrix principle</source>
        <translation>Indicators by impact-matrix principle</translation>
    </message>
    <message>
        <source>Measurements and &amp;targets</source>
        <translation>Measurements and &amp;targets</translation>
    </message>
    <message>
        <source>North &amp;Star, 6 months</source>
        <translation>North &amp;Star, 6 months</translation>
    </message>
    <message>
        <source>Impact &amp;matrix</source>
        <translation>Impact &amp;matrix</translation>
    </message>
    <message>
        <source>All indicators against tar&amp;gets</source>
        <translation>All indicators against tar&amp;gets</translation>
    </message>
    <message>
        <source>No North Star Metric yet</source>
        <translation>No North Star Metric yet</translation>
    </message>
    <message>
        <source>Mark one indicator as the product&apos;s North Star in its definition.</source>
        <translation>Mark one indicator as the product&apos;s North Star in its definition.</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Import measurements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>chart.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Edit indi&amp;cator…</source>
        <translation>Edit indi&amp;cator…</translation>
    </message>
    <message>
        <source>Imp&amp;ort measurements (CSV)…</source>
        <translation>Imp&amp;ort measurements (CSV)…</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Ch&amp;art</translation>
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
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>product team</source>
        <translation>product team</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>sponsor</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Portfolio c&amp;hart…</source>
        <translation>Portfolio c&amp;hart…</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>&amp;Sessions…</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>Import from the &amp;member space…</source>
        <translation>Import from the &amp;member space…</translation>
    </message>
    <message>
        <source>&amp;What to tell the member space…</source>
        <translation>&amp;What to tell the member space…</translation>
    </message>
    <message>
        <source>P&amp;rogramme report…</source>
        <translation>P&amp;rogramme report…</translation>
    </message>
    <message>
        <source>Funding poo&amp;ls…</source>
        <translation>Funding poo&amp;ls…</translation>
    </message>
    <message>
        <source>&amp;Follow-up register…</source>
        <translation>&amp;Follow-up register…</translation>
    </message>
    <message>
        <source>Follow-up register</source>
        <translation>Follow-up register</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
</context>
<context>
    <name>Comite::ManualWindow</name>
    <message>
        <source>Comité manual</source>
        <translation>Comité manual</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The manual is not installed&lt;/h2&gt;&lt;p&gt;None of these folders holds it:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall Comité, or build the &lt;code&gt;comite_manual&lt;/code&gt; target.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;The manual is not installed&lt;/h2&gt;&lt;p&gt;None of these folders holds it:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall Comité, or build the &lt;code&gt;comite_manual&lt;/code&gt; target.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Back to the top</source>
        <translation>Back to the top</translation>
    </message>
    <message>
        <source>Find in the manual</source>
        <translation>Find in the manual</translation>
    </message>
</context>
<context>
    <name>Comite::MeasurementEditor</name>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Remove measurement</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Remove target</translation>
    </message>
    <message>
        <source>Date of the new measurement</source>
        <translation>Date of the new measurement</translation>
    </message>
    <message>
        <source>Value of the new measurement</source>
        <translation>Value of the new measurement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Comment on the new measurement</source>
        <translation>Comment on the new measurement</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>Date of the new target</source>
        <translation>Date of the new target</translation>
    </message>
    <message>
        <source>Value of the new target</source>
        <translation>Value of the new target</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Add meas&amp;urement</source>
        <translation>Add meas&amp;urement</translation>
    </message>
    <message>
        <source>A&amp;dd target</source>
        <translation>A&amp;dd target</translation>
    </message>
</context>
<context>
    <name>Comite::MeasurementImportDialog</name>
    <message>
        <source>Import measurements from “%1”</source>
        <translation>Import measurements from “%1”</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>%1 measurements of %2 indicators, separated by %3. A value on a day that already has one replaces it. You can undo the import with Edit &gt; Undo.</source>
        <translation>%1 measurements of %2 indicators, separated by %3. A value on a day that already has one replaces it. You can undo the import with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Nothing will be imported: correct the lines below in the file, then import it again.</source>
        <translation>Nothing will be imported: correct the lines below in the file, then import it again.</translation>
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
        <translation>Value</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
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
    <name>Comite::ParticipantModel</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Does not vote</source>
        <translation>Does not vote</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Not excused</source>
        <translation>Not excused</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
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
    <name>Comite::PortfolioChartDialog</name>
    <message>
        <source>Portfolio chart</source>
        <translation>Portfolio chart</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Cost per use</translation>
    </message>
    <message>
        <source>Cost per unit of impact</source>
        <translation>Cost per unit of impact</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>portfolio-chart.png</source>
        <translation>portfolio-chart.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
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
    <message>
        <source>When the next committee is due: six months after the last one (or after the first phase began), sooner at the end of a provisional decision&apos;s period or 30 days before the funding envelope runs out</source>
        <translation>When the next committee is due: six months after the last one (or after the first phase began), sooner at the end of a provisional decision&apos;s period or 30 days before the funding envelope runs out</translation>
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
    <message>
        <source>No committee on &amp;record</source>
        <translation>No committee on &amp;record</translation>
    </message>
    <message>
        <source>Show only imported products with no committee on record</source>
        <translation>Show only imported products with no committee on record</translation>
    </message>
    <message>
        <source>Imported from beta.gouv.fr with no committee in the files: the last committee is unknown, so it is not counted as overdue.</source>
        <translation>Imported from beta.gouv.fr with no committee in the files: the last committee is unknown, so it is not counted as overdue.</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups past due</source>
        <translation>Follo&amp;w-ups past due</translation>
    </message>
    <message>
        <source>Show only products with open follow-up items past due</source>
        <translation>Show only products with open follow-up items past due</translation>
    </message>
</context>
<context>
    <name>Comite::PreparationPage</name>
    <message>
        <source>%p % complete</source>
        <translation>%p % complete</translation>
    </message>
    <message>
        <source>Preparation completeness</source>
        <translation>Preparation completeness</translation>
    </message>
    <message>
        <source>What the committee expects</source>
        <translation>What the committee expects</translation>
    </message>
    <message>
        <source>The dossier sent to the committee one week before it: review, objectives, needs, budget and this checklist.</source>
        <translation>The dossier sent to the committee one week before it: review, objectives, needs, budget and this checklist.</translation>
    </message>
    <message>
        <source>Each item is checked against the product&apos;s data; hover over it to see what was found.</source>
        <translation>Each item is checked against the product&apos;s data; hover over it to see what was found.</translation>
    </message>
    <message>
        <source>No committee expected</source>
        <translation>No committee expected</translation>
    </message>
    <message>
        <source>The product is stopped or out of incubation: there is nothing to prepare.</source>
        <translation>The product is stopped or out of incubation: there is nothing to prepare.</translation>
    </message>
    <message>
        <source>No committee date yet: plan a session or record the last committee.</source>
        <translation>No committee date yet: plan a session or record the last committee.</translation>
    </message>
    <message>
        <source>Next committee: %1. The pre-read must be sent by %2.</source>
        <translation>Next committee: %1. The pre-read must be sent by %2.</translation>
    </message>
    <message>
        <source>That day has passed.</source>
        <translation>That day has passed.</translation>
    </message>
    <message>
        <source>The product no longer exists.</source>
        <translation>The product no longer exists.</translation>
    </message>
    <message>
        <source>Export the pre-read</source>
        <translation>Export the pre-read</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>E&amp;xport the pre-read (PDF)…</source>
        <translation>E&amp;xport the pre-read (PDF)…</translation>
    </message>
</context>
<context>
    <name>Comite::PriorityTreeModel</name>
    <message>
        <source>Priority %1: %2</source>
        <translation>Priority %1: %2</translation>
    </message>
    <message>
        <source>By the end of the period</source>
        <translation>By the end of the period</translation>
    </message>
    <message>
        <source>Priority / expected result</source>
        <translation>Priority / expected result</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Rename a priority</source>
        <translation>Rename a priority</translation>
    </message>
    <message>
        <source>Edit an expected result</source>
        <translation>Edit an expected result</translation>
    </message>
    <message>
        <source>Tie an expected result to an indicator</source>
        <translation>Tie an expected result to an indicator</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Set the target of an expected result</source>
        <translation>Set the target of an expected result</translation>
    </message>
    <message>
        <source>Set the date of an expected result</source>
        <translation>Set the date of an expected result</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Add a priority</translation>
    </message>
    <message>
        <source>Add an expected result</source>
        <translation>Add an expected result</translation>
    </message>
    <message>
        <source>Remove a priority</source>
        <translation>Remove a priority</translation>
    </message>
    <message>
        <source>Remove an expected result</source>
        <translation>Remove an expected result</translation>
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
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Pitch:</translation>
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
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Co&amp;mpose from the template…</source>
        <translation>Co&amp;mpose from the template…</translation>
    </message>
    <message>
        <source>I&amp;dentifier:</source>
        <translation>I&amp;dentifier:</translation>
    </message>
    <message>
        <source>Incu&amp;bator:</source>
        <translation>Incu&amp;bator:</translation>
    </message>
    <message>
        <source>Desc&amp;ription (Markdown):</source>
        <translation>Desc&amp;ription (Markdown):</translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation>Remove lin&amp;k</translation>
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
    <message>
        <source>Remove the selected &amp;phase</source>
        <translation>Remove the selected &amp;phase</translation>
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
    <message>
        <source>Product launch</source>
        <translation>Product launch</translation>
    </message>
    <message>
        <source>National impact</source>
        <translation>National impact</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>FAST funding</source>
        <translation>FAST funding</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Funding records</source>
        <translation>Funding records</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Phases and committees</source>
        <translation>Phases and committees</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>Comite::ProgrammeChartView</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Nothing to show yet.</translation>
    </message>
</context>
<context>
    <name>Comite::ProgrammeReportWindow</name>
    <message>
        <source>Funnel per cohort</source>
        <translation>Funnel per cohort</translation>
    </message>
    <message>
        <source>Time in each phase</source>
        <translation>Time in each phase</translation>
    </message>
    <message>
        <source>Still in the phase (Kaplan–Meier)</source>
        <translation>Still in the phase (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Launches and stops per year</source>
        <translation>Launches and stops per year</translation>
    </message>
    <message>
        <source>Six-month objectives</source>
        <translation>Six-month objectives</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Programme report</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Cohorts from</source>
        <translation>Cohorts from</translation>
    </message>
    <message>
        <source>&amp;Incubator:</source>
        <translation>&amp;Incubator:</translation>
    </message>
    <message>
        <source>Cohorts &amp;from:</source>
        <translation>Cohorts &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>F&amp;unnel per cohort</source>
        <translation>F&amp;unnel per cohort</translation>
    </message>
    <message>
        <source>&amp;Time in each phase</source>
        <translation>&amp;Time in each phase</translation>
    </message>
    <message>
        <source>Launches and stops per &amp;year</source>
        <translation>Launches and stops per &amp;year</translation>
    </message>
    <message>
        <source>Six-month &amp;objectives</source>
        <translation>Six-month &amp;objectives</translation>
    </message>
    <message>
        <source>All incubators</source>
        <translation>All incubators</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Every cohort</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“%1” is not a PDF, ODT, CSV or HTML file name.</source>
        <translation>“%1” is not a PDF, ODT, CSV or HTML file name.</translation>
    </message>
    <message>
        <source>Export the programme report</source>
        <translation>Export the programme report</translation>
    </message>
    <message>
        <source>programme-report.pdf</source>
        <translation>programme-report.pdf</translation>
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
    <name>Comite::ReviewTableModel</name>
    <message>
        <source>Read from the indicator&apos;s measurements; type a value to replace it.</source>
        <translation>Read from the indicator&apos;s measurements; type a value to replace it.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>« Il y a 6 mois »: the value when the period started</source>
        <translation>« Il y a 6 mois »: the value when the period started</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>6 months ago</translation>
    </message>
    <message>
        <source>« Aujourd&apos;hui »: the value reached</source>
        <translation>« Aujourd&apos;hui »: the value reached</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team&apos;s explanation</source>
        <translation>Team&apos;s explanation</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Review an expected result</source>
        <translation>Review an expected result</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>“%1” is not an amount in euros.</source>
        <translation>“%1” is not an amount in euros.</translation>
    </message>
    <message>
        <source>Edit the budget request for %1</source>
        <translation>Edit the budget request for %1</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapNeedsForm</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Budget request</source>
        <translation>Budget request</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Blockers to lift, one per line</source>
        <translation>Blockers to lift, one per line</translation>
    </message>
    <message>
        <source>One blocker per line: what the team asks the committee to lift.</source>
        <translation>One blocker per line: what the team asks the committee to lift.</translation>
    </message>
    <message>
        <source>Add a &amp;profile</source>
        <translation>Add a &amp;profile</translation>
    </message>
    <message>
        <source>Budget request for the period</source>
        <translation>Budget request for the period</translation>
    </message>
    <message>
        <source>Support needed, per actor</source>
        <translation>Support needed, per actor</translation>
    </message>
    <message>
        <source>Blockers the committee is asked to lift</source>
        <translation>Blockers the committee is asked to lift</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>New actor</translation>
    </message>
    <message>
        <source>Edit the blockers</source>
        <translation>Edit the blockers</translation>
    </message>
    <message>
        <source>Remove the selected profi&amp;le</source>
        <translation>Remove the selected profi&amp;le</translation>
    </message>
    <message>
        <source>Add a s&amp;upport need</source>
        <translation>Add a s&amp;upport need</translation>
    </message>
    <message>
        <source>Remove the sele&amp;cted need</source>
        <translation>Remove the sele&amp;cted need</translation>
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
        <translation>Target population</translation>
    </message>
    <message>
        <source>How the potential was estimated</source>
        <translation>How the potential was estimated</translation>
    </message>
    <message>
        <source>Hypotheses to validate, one per line</source>
        <translation>Hypotheses to validate, one per line</translation>
    </message>
    <message>
        <source>Quantitative success criteria, one per line</source>
        <translation>Quantitative success criteria, one per line</translation>
    </message>
    <message>
        <source>Qualitative success criteria, one per line</source>
        <translation>Qualitative success criteria, one per line</translation>
    </message>
    <message>
        <source>If all goes as planned, where will the product be in five years?</source>
        <translation>If all goes as planned, where will the product be in five years?</translation>
    </message>
    <message>
        <source>Who the product can reach, and how many (e.g. 2.8 million owner-occupiers).</source>
        <translation>Who the product can reach, and how many (e.g. 2.8 million owner-occupiers).</translation>
    </message>
    <message>
        <source>How this figure was estimated, from which sources.</source>
        <translation>How this figure was estimated, from which sources.</translation>
    </message>
    <message>
        <source>One hypothesis per line</source>
        <translation>One hypothesis per line</translation>
    </message>
    <message>
        <source>One criterion per line</source>
        <translation>One criterion per line</translation>
    </message>
    <message>
        <source>Target &amp;population:</source>
        <translation>Target &amp;population:</translation>
    </message>
    <message>
        <source>Vision and deployment potential</source>
        <translation>Vision and deployment potential</translation>
    </message>
    <message>
        <source>Priorities and expected results</source>
        <translation>Priorities and expected results</translation>
    </message>
    <message>
        <source>None (not tied to an indicator)</source>
        <translation>None (not tied to an indicator)</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>At most three priorities, each with results the team will be accountable for in six months; quantify them with a target (on an indicator, it becomes the indicator&apos;s target).</source>
        <translation>At most three priorities, each with results the team will be accountable for in six months; quantify them with a target (on an indicator, it becomes the indicator&apos;s target).</translation>
    </message>
    <message>
        <source>Priorities for the next six months</source>
        <translation>Priorities for the next six months</translation>
    </message>
    <message>
        <source>&amp;Quantitative success criteria:</source>
        <translation>&amp;Quantitative success criteria:</translation>
    </message>
    <message>
        <source>Q&amp;ualitative success criteria:</source>
        <translation>Q&amp;ualitative success criteria:</translation>
    </message>
    <message>
        <source>Hypotheses and success criteria</source>
        <translation>Hypotheses and success criteria</translation>
    </message>
    <message>
        <source>Edit the vision</source>
        <translation>Edit the vision</translation>
    </message>
    <message>
        <source>Edit the target population</source>
        <translation>Edit the target population</translation>
    </message>
    <message>
        <source>Edit how the potential was estimated</source>
        <translation>Edit how the potential was estimated</translation>
    </message>
    <message>
        <source>Edit the hypotheses</source>
        <translation>Edit the hypotheses</translation>
    </message>
    <message>
        <source>Edit the quantitative success criteria</source>
        <translation>Edit the quantitative success criteria</translation>
    </message>
    <message>
        <source>Edit the qualitative success criteria</source>
        <translation>Edit the qualitative success criteria</translation>
    </message>
    <message>
        <source>A roadmap holds at most three priorities.</source>
        <translation>A roadmap holds at most three priorities.</translation>
    </message>
    <message>
        <source>New priority</source>
        <translation>New priority</translation>
    </message>
    <message>
        <source>New expected result</source>
        <translation>New expected result</translation>
    </message>
    <message>
        <source>Add a priority</source>
        <translation>Add a priority</translation>
    </message>
    <message>
        <source>Add an e&amp;xpected result</source>
        <translation>Add an e&amp;xpected result</translation>
    </message>
    <message>
        <source>Remove the sele&amp;ction</source>
        <translation>Remove the sele&amp;ction</translation>
    </message>
    <message>
        <source>Vision (five ye&amp;ars):</source>
        <translation>Vision (five ye&amp;ars):</translation>
    </message>
    <message>
        <source>How it was estimated:</source>
        <translation>How it was estimated:</translation>
    </message>
    <message>
        <source>Hypotheses to va&amp;lidate:</source>
        <translation>Hypotheses to va&amp;lidate:</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapPage</name>
    <message>
        <source>&amp;New roadmap for the next period</source>
        <translation>&amp;New roadmap for the next period</translation>
    </message>
    <message>
        <source>Roadmap shown</source>
        <translation>Roadmap shown</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>Committee that approved the roadmap</source>
        <translation>Committee that approved the roadmap</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards self-assessment</source>
        <translation>beta.gouv.fr standards self-assessment</translation>
    </message>
    <message>
        <source>Rate each standard six months ago, today and as aimed for in six months. Hover over a standard to see what it asks for.</source>
        <translation>Rate each standard six months ago, today and as aimed for in six months. Hover over a standard to see what it asks for.</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectives</translation>
    </message>
    <message>
        <source>&amp;Standards</source>
        <translation>&amp;Standards</translation>
    </message>
    <message>
        <source>&amp;Roadmap:</source>
        <translation>&amp;Roadmap:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approved &amp;by:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · current</translation>
    </message>
    <message>
        <source> · next period</source>
        <translation> · next period</translation>
    </message>
    <message>
        <source> · draft</source>
        <translation> · draft</translation>
    </message>
    <message>
        <source>This product has no roadmap yet. A roadmap sets, for about six months, at most three priorities with the results the team will be accountable for, and what it needs.</source>
        <translation>This product has no roadmap yet. A roadmap sets, for about six months, at most three priorities with the results the team will be accountable for, and what it needs.</translation>
    </message>
    <message>
        <source>&amp;New roadmap</source>
        <translation>&amp;New roadmap</translation>
    </message>
    <message>
        <source>There is no previous roadmap to review: this is the product&apos;s first.</source>
        <translation>There is no previous roadmap to review: this is the product&apos;s first.</translation>
    </message>
    <message>
        <source>Not approved yet (draft)</source>
        <translation>Not approved yet (draft)</translation>
    </message>
    <message>
        <source>Committee of %1</source>
        <translation>Committee of %1</translation>
    </message>
    <message>
        <source>Committee planned on %1</source>
        <translation>Committee planned on %1</translation>
    </message>
    <message>
        <source>The roadmap being carried out.</source>
        <translation>The roadmap being carried out.</translation>
    </message>
    <message>
        <source>For the next period: presented at the next committee.</source>
        <translation>For the next period: presented at the next committee.</translation>
    </message>
    <message>
        <source>A past period.</source>
        <translation>A past period.</translation>
    </message>
    <message>
        <source>Edit the roadmap&apos;s period</source>
        <translation>Edit the roadmap&apos;s period</translation>
    </message>
    <message>
        <source>Delete this roadmap</source>
        <translation>Delete this roadmap</translation>
    </message>
    <message>
        <source>Nee&amp;ds</source>
        <translation>Nee&amp;ds</translation>
    </message>
    <message>
        <source>Revie&amp;w of the previous period</source>
        <translation>Revie&amp;w of the previous period</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapReviewPanel</name>
    <message>
        <source>Achievements and learnings</source>
        <translation>Achievements and learnings</translation>
    </message>
    <message>
        <source>Review of the expected results</source>
        <translation>Review of the expected results</translation>
    </message>
    <message>
        <source>What the team achieved and learned; why objectives were or were not reached.</source>
        <translation>What the team achieved and learned; why objectives were or were not reached.</translation>
    </message>
    <message>
        <source>&amp;Achievements and learnings:</source>
        <translation>&amp;Achievements and learnings:</translation>
    </message>
    <message>
        <source>Review of the period from %1 to %2 (« il y a 6 mois / aujourd&apos;hui »)</source>
        <translation>Review of the period from %1 to %2 (« il y a 6 mois / aujourd&apos;hui »)</translation>
    </message>
    <message>
        <source>This roadmap has no expected result to review.</source>
        <translation>This roadmap has no expected result to review.</translation>
    </message>
    <message>
        <source>%1 achieved, %2 partly reached, %3 missed, %4 not measured. Values in italics are read from the indicators; type a value to replace one.</source>
        <translation>%1 achieved, %2 partly reached, %3 missed, %4 not measured. Values in italics are read from the indicators; type a value to replace one.</translation>
    </message>
    <message>
        <source>Edit the achievements and learnings</source>
        <translation>Edit the achievements and learnings</translation>
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
        <translation>6 months ago</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>In 6 months</source>
        <translation>In 6 months</translation>
    </message>
    <message>
        <source>Rate the standard “%1”</source>
        <translation>Rate the standard “%1”</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapSupportModel</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Edit a support need</source>
        <translation>Edit a support need</translation>
    </message>
    <message>
        <source>Add a support need</source>
        <translation>Add a support need</translation>
    </message>
    <message>
        <source>Remove a support need</source>
        <translation>Remove a support need</translation>
    </message>
</context>
<context>
    <name>Comite::RoadmapTeamModel</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Edit the team</source>
        <translation>Edit the team</translation>
    </message>
    <message>
        <source>Add a team profile</source>
        <translation>Add a team profile</translation>
    </message>
    <message>
        <source>Remove a team profile</source>
        <translation>Remove a team profile</translation>
    </message>
</context>
<context>
    <name>Comite::RoomDeckView</name>
    <message>
        <source>Committee deck</source>
        <translation>Committee deck</translation>
    </message>
    <message>
        <source>Slide %1 of %2 — PgDn/PgUp</source>
        <translation>Slide %1 of %2 — PgDn/PgUp</translation>
    </message>
</context>
<context>
    <name>Comite::RoomView</name>
    <message>
        <source>Room view</source>
        <translation>Room view</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Keys: Space start/pause · → next item · ← back · + add a minute · PgDn/PgUp next/previous slide · F11 full screen · Esc or Ctrl+W close</source>
        <translation>Keys: Space start/pause · → next item · ← back · + add a minute · PgDn/PgUp next/previous slide · F11 full screen · Esc or Ctrl+W close</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Start (Space)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Comite::ScoreModel</name>
    <message>
        <source>%1: %2 out of 5</source>
        <translation>%1: %2 out of 5</translation>
    </message>
    <message>
        <source>%1: not scored</source>
        <translation>%1: not scored</translation>
    </message>
    <message numerus="yes">
        <source>Mean of %n score(s)</source>
        <translation>
            <numerusform>Mean of %n score</numerusform>
            <numerusform>Mean of %n scores</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Highest minus lowest score</source>
        <translation>Highest minus lowest score</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a whole number from 0 to %2.</source>
        <translation>“%1” is not a score: type a whole number from 0 to %2.</translation>
    </message>
</context>
<context>
    <name>Comite::ScoringPage</name>
    <message>
        <source>Product scored</source>
        <translation>Product scored</translation>
    </message>
    <message>
        <source>Arbitration grid</source>
        <translation>Arbitration grid</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation>Comment on the selected score</translation>
    </message>
    <message>
        <source>Optional comment on the selected score</source>
        <translation>Optional comment on the selected score</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Remove the score</source>
        <translation>Remove the score</translation>
    </message>
    <message>
        <source>No voting member: tick “Votes” for the chair and the sponsors in the planning.</source>
        <translation>No voting member: tick “Votes” for the chair and the sponsors in the planning.</translation>
    </message>
    <message>
        <source>✓ Every voting member has scored this product.</source>
        <translation>✓ Every voting member has scored this product.</translation>
    </message>
    <message>
        <source>Not scored yet: %1</source>
        <translation>Not scored yet: %1</translation>
    </message>
    <message>
        <source>A whole number from 0 to %1</source>
        <translation>A whole number from 0 to %1</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduct:</translation>
    </message>
</context>
<context>
    <name>Comite::ServerConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation>Leave empty to use PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <source>The password is used for this connection only; Comité never stores it.</source>
        <translation>The password is used for this connection only; Comité never stores it.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
</context>
<context>
    <name>Comite::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Agenda template</translation>
    </message>
    <message>
        <source>A&amp;genda template:</source>
        <translation>A&amp;genda template:</translation>
    </message>
    <message>
        <source>Choose at least one product to review.</source>
        <translation>Choose at least one product to review.</translation>
    </message>
    <message>
        <source>P&amp;roducts (committee due soonest first):</source>
        <translation>P&amp;roducts (committee due soonest first):</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Plan the &amp;session</source>
        <translation>Plan the &amp;session</translation>
    </message>
</context>
<context>
    <name>Comite::SessionEditor</name>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <source>Sc&amp;ores</source>
        <translation>Sc&amp;ores</translation>
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
        <translation>Investment committee</translation>
    </message>
    <message>
        <source>Building, room</source>
        <translation>Building, room</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Planned length</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>Planned &amp;length:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>&amp;Video link:</translation>
    </message>
    <message>
        <source>Date and t&amp;ime:</source>
        <translation>Date and t&amp;ime:</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Pla&amp;ce:</translation>
    </message>
</context>
<context>
    <name>Comite::SessionListModel</name>
    <message>
        <source>Investment committee</source>
        <translation>Investment committee</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
</context>
<context>
    <name>Comite::SessionParticipantProposals</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Participants proposed from the products</source>
        <translation>Participants proposed from the products</translation>
    </message>
    <message>
        <source>Missing roles</source>
        <translation>Missing roles</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>DINUM portfolio &amp;manager:</source>
        <translation>DINUM portfolio &amp;manager:</translation>
    </message>
    <message>
        <source>Secretar&amp;y:</source>
        <translation>Secretar&amp;y:</translation>
    </message>
    <message>
        <source>From the products (untick who does not come):</source>
        <translation>From the products (untick who does not come):</translation>
    </message>
    <message>
        <source>Representative of %1</source>
        <translation>Representative of %1</translation>
    </message>
    <message>
        <source>Missing: %1. You can add them later in the Planning tab.</source>
        <translation>Missing: %1. You can add them later in the Planning tab.</translation>
    </message>
</context>
<context>
    <name>Comite::SessionPlanningPage</name>
    <message>
        <source>Products reviewed</source>
        <translation>Products reviewed</translation>
    </message>
    <message>
        <source>Product to add</source>
        <translation>Product to add</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Remove the selected prod&amp;uct</source>
        <translation>Remove the selected prod&amp;uct</translation>
    </message>
    <message>
        <source>Add a pa&amp;rticipant</source>
        <translation>Add a pa&amp;rticipant</translation>
    </message>
    <message>
        <source>Remove the selected participa&amp;nt</source>
        <translation>Remove the selected participa&amp;nt</translation>
    </message>
</context>
<context>
    <name>Comite::SessionProductPicker</name>
    <message>
        <source>Search a product, an incubator, a sponsor…</source>
        <translation>Search a product, an incubator, a sponsor…</translation>
    </message>
    <message>
        <source>Search the products</source>
        <translation>Search the products</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Products reviewed</source>
        <translation>Products reviewed</translation>
    </message>
    <message>
        <source>Products shown</source>
        <translation>Products shown</translation>
    </message>
    <message>
        <source>committee overdue since %1</source>
        <translation>committee overdue since %1</translation>
    </message>
    <message>
        <source>committee due %1</source>
        <translation>committee due %1</translation>
    </message>
    <message>
        <source>All incubators</source>
        <translation>All incubators</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown</source>
        <translation>
            <numerusform>%1 of %n product shown</numerusform>
            <numerusform>%1 of %n products shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comite::SessionsWindow</name>
    <message>
        <source>Choose a session, or plan a new one with Session &gt; New session.</source>
        <translation>Choose a session, or plan a new one with Session &gt; New session.</translation>
    </message>
    <message>
        <source>Committee sessions</source>
        <translation>Committee sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Run the session…</source>
        <translation>&amp;Run the session…</translation>
    </message>
    <message>
        <source>&amp;Close the session</source>
        <translation>&amp;Close the session</translation>
    </message>
    <message>
        <source>&amp;Delete the session…</source>
        <translation>&amp;Delete the session…</translation>
    </message>
    <message>
        <source>Close &amp;window</source>
        <translation>Close &amp;window</translation>
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
        <source>Delete the session</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>Delete this session with its agenda, scores and decisions? You can undo this with Edit &gt; Undo.</source>
        <translation>Delete this session with its agenda, scores and decisions? You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Comité</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>E&amp;xport the invitation (.ics)…</source>
        <translation>E&amp;xport the invitation (.ics)…</translation>
    </message>
    <message>
        <source>Run the session</source>
        <translation>Run the session</translation>
    </message>
    <message>
        <source>Export the invitation</source>
        <translation>Export the invitation</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation>Calendar invitations (*.ics)</translation>
    </message>
    <message>
        <source>Invitation written to %1</source>
        <translation>Invitation written to %1</translation>
    </message>
</context>
<context>
    <name>Comite::TargetModel</name>
    <message>
        <source>Ahead</source>
        <translation>Ahead</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
</context>
<context>
    <name>Comite::VoteWidget</name>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimous</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>abstaining</translation>
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
    <message>
        <source>Plan session “%1”</source>
        <translation>Plan session “%1”</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <translation>Delete session “%1”</translation>
    </message>
    <message>
        <source>Close session “%1”</source>
        <translation>Close session “%1”</translation>
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
    <message>
        <source>Database file.</source>
        <translation>Database file.</translation>
    </message>
    <message>
        <source>“%1” takes one folder: comite %1 DIR --db PATH.</source>
        <translation>“%1” takes one folder: comite %1 DIR --db PATH.</translation>
    </message>
    <message>
        <source>--db wants the path of a database file.</source>
        <translation>--db wants the path of a database file.</translation>
    </message>
    <message>
        <source>Import nothing when any file has a problem.</source>
        <translation>Import nothing when any file has a problem.</translation>
    </message>
    <message>
        <source>Export only this product.</source>
        <translation>Export only this product.</translation>
    </message>
    <message>
        <source>--product wants a product identifier.</source>
        <translation>--product wants a product identifier.</translation>
    </message>
    <message>
        <source>sessions --db PATH [--json]: list the committee sessions</source>
        <translation>sessions --db PATH [--json]: list the committee sessions</translation>
    </message>
    <message>
        <source>session ID --db PATH [--json]: one committee session in full</source>
        <translation>session ID --db PATH [--json]: one committee session in full</translation>
    </message>
    <message>
        <source>close-session ID --db PATH: close a session once every product is decided</source>
        <translation>close-session ID --db PATH: close a session once every product is decided</translation>
    </message>
    <message>
        <source>agenda-pdf ID --db PATH --output FILE: the agenda (ordre du jour) as PDF</source>
        <translation>agenda-pdf ID --db PATH --output FILE: the agenda (ordre du jour) as PDF</translation>
    </message>
    <message>
        <source>import-betagouv DIR --db PATH [--strict]: import a beta.gouv.fr folder</source>
        <translation>import-betagouv DIR --db PATH [--strict]: import a beta.gouv.fr folder</translation>
    </message>
    <message>
        <source>export-betagouv DIR --db PATH [--product SLUG]: write beta.gouv.fr files</source>
        <translation>export-betagouv DIR --db PATH [--product SLUG]: write beta.gouv.fr files</translation>
    </message>
    <message>
        <source>init-server --db URL: create the shared schema and its three roles</source>
        <translation>init-server --db URL: create the shared schema and its three roles</translation>
    </message>
    <message>
        <source>copy --from PATH|URL --to PATH|URL: copy a whole portfolio into an empty database</source>
        <translation>copy --from PATH|URL --to PATH|URL: copy a whole portfolio into an empty database</translation>
    </message>
    <message>
        <source>import-measurements FILE --product SLUG --db PATH: import a CSV of measurements</source>
        <translation>import-measurements FILE --product SLUG --db PATH: import a CSV of measurements</translation>
    </message>
    <message>
        <source>There is no Comité database at “%1”.</source>
        <translation>There is no Comité database at “%1”.</translation>
    </message>
    <message>
        <source>The CSV file: date;indicator;value.</source>
        <translation>The CSV file: date;indicator;value.</translation>
    </message>
    <message>
        <source>import-measurements needs --product SLUG.</source>
        <translation>import-measurements needs --product SLUG.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 measurements of %2 indicators into %3.</source>
        <translation>Imported %1 measurements of %2 indicators into %3.</translation>
    </message>
    <message>
        <source>Database to read: a file or postgresql://…</source>
        <translation>Database to read: a file or postgresql://…</translation>
    </message>
    <message>
        <source>Empty database to write: a file or postgresql://…</source>
        <translation>Empty database to write: a file or postgresql://…</translation>
    </message>
    <message>
        <source>copy needs --from and --to.</source>
        <translation>copy needs --from and --to.</translation>
    </message>
    <message>
        <source>The record counts differ: the copy is incomplete.</source>
        <translation>The record counts differ: the copy is incomplete.</translation>
    </message>
    <message>
        <source>init-server needs --db postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>init-server needs --db postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Schema version %1 and the roles comite_facilitator, comite_team and comite_sponsor are ready on %2.</source>
        <translation>Schema version %1 and the roles comite_facilitator, comite_team and comite_sponsor are ready on %2.</translation>
    </message>
    <message>
        <source>Give people access with, for example: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE comite_team;</source>
        <translation>Give people access with, for example: CREATE ROLE alice LOGIN PASSWORD &apos;…&apos; IN ROLE comite_team;</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source> — absent</source>
        <translation> — absent</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
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
        <translation>Decisions:</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>The session&apos;s number.</source>
        <translation>The session&apos;s number.</translation>
    </message>
    <message>
        <source>A session is named by its number, not “%1”.</source>
        <translation>A session is named by its number, not “%1”.</translation>
    </message>
    <message>
        <source>No session %1 in %2.</source>
        <translation>No session %1 in %2.</translation>
    </message>
    <message>
        <source>Session %1 is already closed.</source>
        <translation>Session %1 is already closed.</translation>
    </message>
    <message>
        <source>Session %1 closed.</source>
        <translation>Session %1 closed.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>agenda-pdf needs --output FILE.</source>
        <translation>agenda-pdf needs --output FILE.</translation>
    </message>
    <message>
        <source>Agenda written to %1.</source>
        <translation>Agenda written to %1.</translation>
    </message>
    <message>
        <source>export-chart --product SLUG [--indicator NAME] [--chart KIND] --db PATH --out FILE.png|FILE.svg: a chart as an image</source>
        <translation>export-chart --product SLUG [--indicator NAME] [--chart KIND] --db PATH --out FILE.png|FILE.svg: a chart as an image</translation>
    </message>
    <message>
        <source>export-preread --product SLUG --db PATH --out FILE.pdf: the committee pre-read of a product</source>
        <translation>export-preread --product SLUG --db PATH --out FILE.pdf: the committee pre-read of a product</translation>
    </message>
    <message>
        <source>export-deliberation --session ID --format pdf|odt|md|html --out FILE --db PATH [--lang fr|en] [--procurement] [--omit scores,notes,timings]: the written deliberation of a session</source>
        <translation>export-deliberation --session ID --format pdf|odt|md|html --out FILE --db PATH [--lang fr|en] [--procurement] [--omit scores,notes,timings]: the written deliberation of a session</translation>
    </message>
    <message>
        <source>export-history --product SLUG --format pdf|odt|md|html --out FILE --db PATH: every committee of a product</source>
        <translation>export-history --product SLUG --format pdf|odt|md|html --out FILE --db PATH: every committee of a product</translation>
    </message>
    <message>
        <source>--format wants pdf, odt, md or html, not “%1”.</source>
        <translation>--format wants pdf, odt, md or html, not “%1”.</translation>
    </message>
    <message>
        <source>pdf, odt, md or html.</source>
        <translation>pdf, odt, md or html.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>The one-page notice for the procurement office.</source>
        <translation>The one-page notice for the procurement office.</translation>
    </message>
    <message>
        <source>Sections to leave out, comma-separated: scores, notes, timings.</source>
        <translation>Sections to leave out, comma-separated: scores, notes, timings.</translation>
    </message>
    <message>
        <source>export-deliberation needs --session ID, --format pdf|odt|md|html and --out FILE.</source>
        <translation>export-deliberation needs --session ID, --format pdf|odt|md|html and --out FILE.</translation>
    </message>
    <message>
        <source>--omit wants scores, notes or timings, not “%1”.</source>
        <translation>--omit wants scores, notes or timings, not “%1”.</translation>
    </message>
    <message>
        <source>Procurement notice written to %1.</source>
        <translation>Procurement notice written to %1.</translation>
    </message>
    <message>
        <source>Deliberation written to %1.</source>
        <translation>Deliberation written to %1.</translation>
    </message>
    <message>
        <source>export-history needs --product SLUG, --format pdf|odt|md|html and --out FILE.</source>
        <translation>export-history needs --product SLUG, --format pdf|odt|md|html and --out FILE.</translation>
    </message>
    <message>
        <source>Committee history written to %1.</source>
        <translation>Committee history written to %1.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name.</source>
        <translation>The indicator&apos;s name.</translation>
    </message>
    <message>
        <source>indicator, north-star, matrix or progress.</source>
        <translation>indicator, north-star, matrix or progress.</translation>
    </message>
    <message>
        <source>The file to write: .png or .svg.</source>
        <translation>The file to write: .png or .svg.</translation>
    </message>
    <message>
        <source>export-chart needs --product SLUG and --out FILE.png|FILE.svg.</source>
        <translation>export-chart needs --product SLUG and --out FILE.png|FILE.svg.</translation>
    </message>
    <message>
        <source>--out wants a .png or .svg file, not “%1”.</source>
        <translation>--out wants a .png or .svg file, not “%1”.</translation>
    </message>
    <message>
        <source>--chart wants one of %1.</source>
        <translation>--chart wants one of %1.</translation>
    </message>
    <message>
        <source>--chart indicator needs --indicator NAME.</source>
        <translation>--chart indicator needs --indicator NAME.</translation>
    </message>
    <message>
        <source>No indicator “%1” in the product “%2”.</source>
        <translation>No indicator “%1” in the product “%2”.</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Chart written to %1.</translation>
    </message>
    <message>
        <source>export-preread needs --product SLUG and --out FILE.pdf.</source>
        <translation>export-preread needs --product SLUG and --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Pre-read of %1 written to %2 (to send by %3).</source>
        <translation>Pre-read of %1 written to %2 (to send by %3).</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>The .ics file to write.</translation>
    </message>
    <message>
        <source>export-ics needs --session ID and --out FILE.ics.</source>
        <translation>export-ics needs --session ID and --out FILE.ics.</translation>
    </message>
    <message>
        <source>Invitation written to %1.</source>
        <translation>Invitation written to %1.</translation>
    </message>
    <message>
        <source>generate --db PATH --products N --months M [--seed S] [--force]: synthetic portfolio</source>
        <translation>generate --db PATH --products N --months M [--seed S] [--force]: synthetic portfolio</translation>
    </message>
    <message>
        <source>export-ics --session ID --out FILE.ics --db PATH: the session as a calendar invitation</source>
        <translation>export-ics --session ID --out FILE.ics --db PATH: the session as a calendar invitation</translation>
    </message>
    <message>
        <source>export-deck --product SLUG [--session ID] --out FILE.pdf|FILE.odp --db PATH [--lang fr|en]: the committee deck of a product, made from its data</source>
        <translation>export-deck --product SLUG [--session ID] --out FILE.pdf|FILE.odp --db PATH [--lang fr|en]: the committee deck of a product, made from its data</translation>
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
Comité %1, for the investment committees of the beta.gouv.fr incubators.
Data: the portfolio is stored in %2 unless --db says otherwise;
the window remembers the last database opened.
%3
Manual: Help &gt; Manual (F1) in the window.
</translation>
    </message>
    <message>
        <source>“%1” is an empty file: it holds no Comité portfolio yet.</source>
        <translation>“%1” is an empty file: it holds no Comité portfolio yet.</translation>
    </message>
    <message>
        <source>The committee session presented (figures as of its date).</source>
        <translation>The committee session presented (figures as of its date).</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .odp.</source>
        <translation>The file to write: .pdf or .odp.</translation>
    </message>
    <message>
        <source>export-deck needs --product SLUG and --out FILE.pdf or FILE.odp.</source>
        <translation>export-deck needs --product SLUG and --out FILE.pdf or FILE.odp.</translation>
    </message>
    <message>
        <source>export-deck writes .pdf or .odp, not “%1”.</source>
        <translation>export-deck writes .pdf or .odp, not “%1”.</translation>
    </message>
    <message>
        <source>--session needs a session number, not “%1”.</source>
        <translation>--session needs a session number, not “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Committee deck of %1 (%n slide(s), figures as of %2) written to %3.</source>
        <translation>
            <numerusform>Committee deck of %1 (%n slide, figures as of %2) written to %3.</numerusform>
            <numerusform>Committee deck of %1 (%n slides, figures as of %2) written to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out “%1” does not match --format %2: name the file “.%3”, or choose the format of “.%4”.</source>
        <translation>--out “%1” does not match --format %2: name the file “.%3”, or choose the format of “.%4”.</translation>
    </message>
    <message>
        <source>deliberation --session ID [--submit|--approve|--final|--correct REASON] [--by NAME] --db PATH [--json]: the deliberation&apos;s approval: submit to the chair, approve (final)</source>
        <translation>deliberation --session ID [--submit|--approve|--final|--correct REASON] [--by NAME] --db PATH [--json]: the deliberation&apos;s approval: submit to the chair, approve (final)</translation>
    </message>
    <message>
        <source>Submit the draft to the chair.</source>
        <translation>Submit the draft to the chair.</translation>
    </message>
    <message>
        <source>Approve the submitted draft (the chair): it becomes final.</source>
        <translation>Approve the submitted draft (the chair): it becomes final.</translation>
    </message>
    <message>
        <source>Make the draft final without the chair&apos;s approval in Comité (signed on paper).</source>
        <translation>Make the draft final without the chair&apos;s approval in Comité (signed on paper).</translation>
    </message>
    <message>
        <source>Correct a final deliberation: a new draft version, with its reason.</source>
        <translation>Correct a final deliberation: a new draft version, with its reason.</translation>
    </message>
    <message>
        <source>Who submits or approves.</source>
        <translation>Who submits or approves.</translation>
    </message>
    <message>
        <source>deliberation needs --session ID, and at most one of --submit, --approve --by NAME, --final or --correct REASON.</source>
        <translation>deliberation needs --session ID, and at most one of --submit, --approve --by NAME, --final or --correct REASON.</translation>
    </message>
    <message>
        <source>Choose one of --submit, --approve, --final or --correct.</source>
        <translation>Choose one of --submit, --approve, --final or --correct.</translation>
    </message>
    <message>
        <source>--approve needs --by NAME: the chair who approves.</source>
        <translation>--approve needs --by NAME: the chair who approves.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 submitted to the chair.</source>
        <translation>Deliberation of session %1 submitted to the chair.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 approved by %2: it is final.</source>
        <translation>Deliberation of session %1 approved by %2: it is final.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 made final.</source>
        <translation>Deliberation of session %1 made final.</translation>
    </message>
    <message>
        <source>Deliberation of session %1 corrected: a new draft version.</source>
        <translation>Deliberation of session %1 corrected: a new draft version.</translation>
    </message>
    <message>
        <source>Submitted on %1 by %2.</source>
        <translation>Submitted on %1 by %2.</translation>
    </message>
    <message>
        <source>Approved on %1 by %2.</source>
        <translation>Approved on %1 by %2.</translation>
    </message>
    <message>
        <source>The member space&apos;s address.</source>
        <translation>The member space&apos;s address.</translation>
    </message>
    <message>
        <source>A file holding the API key.</source>
        <translation>A file holding the API key.</translation>
    </message>
    <message>
        <source>Only this incubator (its ghid).</source>
        <translation>Only this incubator (its ghid).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (30).</source>
        <translation>Seconds to wait for each answer (30).</translation>
    </message>
    <message>
        <source>“import-espace-membre” takes no folder: comite import-espace-membre --url URL --api-key-file FILE --db PATH.</source>
        <translation>“import-espace-membre” takes no folder: comite import-espace-membre --url URL --api-key-file FILE --db PATH.</translation>
    </message>
    <message>
        <source>--url wants the member space&apos;s address, such as https://espace-membre.incubateur.net.</source>
        <translation>--url wants the member space&apos;s address, such as https://espace-membre.incubateur.net.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds.</source>
        <translation>--timeout wants a number of seconds.</translation>
    </message>
    <message>
        <source>Changes recorded from this date (YYYY-MM-DD).</source>
        <translation>Changes recorded from this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>FILE.md, FILE.html or FILE.pdf.</source>
        <translation>FILE.md, FILE.html or FILE.pdf.</translation>
    </message>
    <message>
        <source>--since wants a date written YYYY-MM-DD.</source>
        <translation>--since wants a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--out wants a file ending in .md, .html or .pdf.</source>
        <translation>--out wants a file ending in .md, .html or .pdf.</translation>
    </message>
    <message>
        <source>Products with something to tell the member space: %1. Written to %2.</source>
        <translation>Products with something to tell the member space: %1. Written to %2.</translation>
    </message>
    <message>
        <source>import-espace-membre --url URL [--api-key-file FILE] [--incubator GHID] --db PATH [--json]: import from the beta.gouv.fr member space&apos;s API</source>
        <translation>import-espace-membre --url URL [--api-key-file FILE] [--incubator GHID] --db PATH [--json]: import from the beta.gouv.fr member space&apos;s API</translation>
    </message>
    <message>
        <source>export-changes --since YYYY-MM-DD [--out FILE.md|FILE.html|FILE.pdf] --db PATH [--json]: what to retype in the member space</source>
        <translation>export-changes --since YYYY-MM-DD [--out FILE.md|FILE.html|FILE.pdf] --db PATH [--json]: what to retype in the member space</translation>
    </message>
    <message>
        <source>report programme [--incubator SLUG] [--from YEAR] --format pdf|odt|csv|html --out FILE --db PATH [--json]: the programme&apos;s results (funnel, survival, time in phases, objectives)</source>
        <translation>report programme [--incubator SLUG] [--from YEAR] --format pdf|odt|csv|html --out FILE --db PATH [--json]: the programme&apos;s results (funnel, survival, time in phases, objectives)</translation>
    </message>
    <message>
        <source>Requests: %1.</source>
        <translation>Requests: %1.</translation>
    </message>
    <message>
        <source>The report: programme.</source>
        <translation>The report: programme.</translation>
    </message>
    <message>
        <source>Only the products of this incubator (its identifier).</source>
        <translation>Only the products of this incubator (its identifier).</translation>
    </message>
    <message>
        <source>Only the products that started in this year or later.</source>
        <translation>Only the products that started in this year or later.</translation>
    </message>
    <message>
        <source>pdf, odt, csv or html.</source>
        <translation>pdf, odt, csv or html.</translation>
    </message>
    <message>
        <source>Unknown report “%1”: the report is “programme”.</source>
        <translation>Unknown report “%1”: the report is “programme”.</translation>
    </message>
    <message>
        <source>--from wants a year such as 2019, not “%1”.</source>
        <translation>--from wants a year such as 2019, not “%1”.</translation>
    </message>
    <message>
        <source>report programme needs --format pdf|odt|csv|html and --out FILE (or --json alone).</source>
        <translation>report programme needs --format pdf|odt|csv|html and --out FILE (or --json alone).</translation>
    </message>
    <message>
        <source>--format wants pdf, odt, csv or html, not “%1”.</source>
        <translation>--format wants pdf, odt, csv or html, not “%1”.</translation>
    </message>
    <message>
        <source>Programme report written to %1.</source>
        <translation>Programme report written to %1.</translation>
    </message>
    <message>
        <source>Pool %1 (%2 – %3): %4</source>
        <translation>Pool %1 (%2 – %3): %4</translation>
    </message>
    <message>
        <source>Solver proposal (%1, %2 s)</source>
        <translation>Solver proposal (%1, %2 s)</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <source>best found within the time limit</source>
        <translation>best found within the time limit</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message numerus="yes">
        <source>Total %1, remaining %2, %n product(s) funded of %3.</source>
        <translation>
            <numerusform>Total %1, remaining %2, %n product funded of %3.</numerusform>
            <numerusform>Total %1, remaining %2, %n products funded of %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool&apos;s id or name.</source>
        <translation>The pool&apos;s id or name.</translation>
    </message>
    <message>
        <source>Show this stored scenario instead of the solver&apos;s proposal.</source>
        <translation>Show this stored scenario instead of the solver&apos;s proposal.</translation>
    </message>
    <message>
        <source>Store the solver&apos;s proposal as the scenario NAME.</source>
        <translation>Store the solver&apos;s proposal as the scenario NAME.</translation>
    </message>
    <message>
        <source>The solver&apos;s time limit in seconds (default 10).</source>
        <translation>The solver&apos;s time limit in seconds (default 10).</translation>
    </message>
    <message>
        <source>allocate needs --pool ID.</source>
        <translation>allocate needs --pool ID.</translation>
    </message>
    <message>
        <source>allocate takes --scenario NAME or --save NAME, not both.</source>
        <translation>allocate takes --scenario NAME or --save NAME, not both.</translation>
    </message>
    <message>
        <source>--time-limit needs a positive number of seconds.</source>
        <translation>--time-limit needs a positive number of seconds.</translation>
    </message>
    <message>
        <source>No funding pool “%1” in %2.</source>
        <translation>No funding pool “%1” in %2.</translation>
    </message>
    <message>
        <source>The pool “%1” has no scenario “%2”.</source>
        <translation>The pool “%1” has no scenario “%2”.</translation>
    </message>
    <message>
        <source>Solver proposal</source>
        <translation>Solver proposal</translation>
    </message>
    <message>
        <source>%1 left after decisions</source>
        <translation>%1 left after decisions</translation>
    </message>
    <message>
        <source>allocate --pool ID [--scenario NAME | --save NAME] [--time-limit S] --db PATH [--json]: share a funding pool among its products (GLPK solver), or show a stored scenario</source>
        <translation>allocate --pool ID [--scenario NAME | --save NAME] [--time-limit S] --db PATH [--json]: share a funding pool among its products (GLPK solver), or show a stored scenario</translation>
    </message>
    <message>
        <source>pools --db PATH [--json]: list the funding pools and their scenarios</source>
        <translation>pools --db PATH [--json]: list the funding pools and their scenarios</translation>
    </message>
    <message>
        <source>followups --db PATH [--product SLUG] [--open] [--json]: the follow-up of the decisions (actions, conditions, blockers) with their status</source>
        <translation>followups --db PATH [--product SLUG] [--open] [--json]: the follow-up of the decisions (actions, conditions, blockers) with their status</translation>
    </message>
    <message>
        <source>Only this product&apos;s items.</source>
        <translation>Only this product&apos;s items.</translation>
    </message>
    <message>
        <source>Only the items still open.</source>
        <translation>Only the items still open.</translation>
    </message>
    <message>
        <source>No follow-up item.</source>
        <translation>No follow-up item.</translation>
    </message>
    <message>
        <source>past due %1</source>
        <translation>past due %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>CommitteeDeck</name>
    <message>
        <source>Cannot write “%1”: the deck is empty.</source>
        <translation>Cannot write “%1”: the deck is empty.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Widescreen 16:9</source>
        <translation>Widescreen 16:9</translation>
    </message>
    <message>
        <source>Investment committee — %1</source>
        <translation>Investment committee — %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>deck</translation>
    </message>
    <message>
        <source>deck-%1%2.%3</source>
        <translation>deck-%1%2.%3</translation>
    </message>
</context>
<context>
    <name>CommitteeHistory</name>
    <message>
        <source>Committee history — %1</source>
        <translation>Committee history — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Committee history of %1, drawn up on %2</source>
        <translation>Committee history of %1, drawn up on %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
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
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Total granted</source>
        <translation>Total granted</translation>
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
        <translation>no decision</translation>
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
        <translation>Decision</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>No committee yet.</source>
        <translation>No committee yet.</translation>
    </message>
    <message>
        <source>imported from beta.gouv.fr</source>
        <translation>imported from beta.gouv.fr</translation>
    </message>
    <message>
        <source>held in Comité</source>
        <translation>held in Comité</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
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
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another application, not a Comité database.</source>
        <translation>%1 holds tables of another application, not a Comité database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</source>
        <translation>%1 was written by a newer version of Comité (schema %2; this version reads up to %3). Update Comité to open it.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; write postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>“%1” is not a server address; write postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>“%1” lacks a host or a database name; write postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>“%1” lacks a host or a database name; write postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>Do not write the password in the address: use PGPASSWORD, ~/.pgpass or the window&apos;s prompt.</source>
        <translation>Do not write the password in the address: use PGPASSWORD, ~/.pgpass or the window&apos;s prompt.</translation>
    </message>
    <message>
        <source>Roles exist only on a PostgreSQL server; %1 is a file.</source>
        <translation>Roles exist only on a PostgreSQL server; %1 is a file.</translation>
    </message>
    <message>
        <source>There is no Comité database at “%1”.</source>
        <translation>There is no Comité database at “%1”.</translation>
    </message>
    <message>
        <source>“%1” is an empty file: it holds no Comité portfolio yet.</source>
        <translation>“%1” is an empty file: it holds no Comité portfolio yet.</translation>
    </message>
    <message>
        <source>“%1” holds no Comité portfolio yet.</source>
        <translation>“%1” holds no Comité portfolio yet.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Comité (schema %2; this version uses %3). Open it in Comité, or run a command that changes it, to update it first.</source>
        <translation>“%1” was written by an older version of Comité (schema %2; this version uses %3). Open it in Comité, or run a command that changes it, to update it first.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: the login %2 has none of Comité&apos;s roles on this database. Ask its owner for comite_facilitator, comite_team or comite_sponsor.</source>
        <translation>Cannot connect to %1: the login %2 has none of Comité&apos;s roles on this database. Ask its owner for comite_facilitator, comite_team or comite_sponsor.</translation>
    </message>
    <message>
        <source>Write the %1 in the address itself (postgresql://USER@HOST:PORT/DBNAME), not as an option.</source>
        <translation>Write the %1 in the address itself (postgresql://USER@HOST:PORT/DBNAME), not as an option.</translation>
    </message>
    <message>
        <source>Unknown server address option “%1”; the options are PostgreSQL&apos;s connection parameters: %2.</source>
        <translation>Unknown server address option “%1”; the options are PostgreSQL&apos;s connection parameters: %2.</translation>
    </message>
    <message>
        <source>The server address option “%1” may not contain “;”.</source>
        <translation>The server address option “%1” may not contain “;”.</translation>
    </message>
    <message>
        <source>The server address gives the option “%1” twice.</source>
        <translation>The server address gives the option “%1” twice.</translation>
    </message>
    <message>
        <source>%1 has tables Comité&apos;s schema definition does not describe (%2): this version of Comité cannot set their access rules.</source>
        <translation>%1 has tables Comité&apos;s schema definition does not describe (%2): this version of Comité cannot set their access rules.</translation>
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
    <name>DecisionVote</name>
    <message>
        <source>Unanimous</source>
        <translation>Unanimous</translation>
    </message>
    <message numerus="yes">
        <source>%n for</source>
        <translation>
            <numerusform>%n for</numerusform>
            <numerusform>%n for</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n against</source>
        <translation>
            <numerusform>%n against</numerusform>
            <numerusform>%n against</numerusform>
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
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>DeckBuilder</name>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>investment committee of %1</source>
        <translation>investment committee of %1</translation>
    </message>
    <message>
        <source>investment committee, figures as of %1</source>
        <translation>investment committee, figures as of %1</translation>
    </message>
    <message>
        <source>Investment committee</source>
        <translation>Investment committee</translation>
    </message>
    <message>
        <source>No pitch written yet.</source>
        <translation>No pitch written yet.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Sponsors: %1</source>
        <translation>Sponsors: %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Objective of this committee</source>
        <translation>Objective of this committee</translation>
    </message>
    <message>
        <source>Present the investigation&apos;s results: the problem, the impact potential and the return on investment, a six-month roadmap with quantified impact goals, and the money, people, political support and blockers to lift.</source>
        <translation>Present the investigation&apos;s results: the problem, the impact potential and the return on investment, a six-month roadmap with quantified impact goals, and the money, people, political support and blockers to lift.</translation>
    </message>
    <message>
        <source>Validate the objectives and the means needed for the next six months.</source>
        <translation>Validate the objectives and the means needed for the next six months.</translation>
    </message>
    <message>
        <source>Product team</source>
        <translation>Product team</translation>
    </message>
    <message>
        <source>Decide whether the product enters construction, and with which means.</source>
        <translation>Decide whether the product enters construction, and with which means.</translation>
    </message>
    <message>
        <source>Arbitrate the investment request against the impact shown.</source>
        <translation>Arbitrate the investment request against the impact shown.</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Review of the last six months</source>
        <translation>Review of the last six months</translation>
    </message>
    <message>
        <source>What level of attainment of the objectives? What did we achieve and learn?</source>
        <translation>What level of attainment of the objectives? What did we achieve and learn?</translation>
    </message>
    <message>
        <source>Objectives for the next six months</source>
        <translation>Objectives for the next six months</translation>
    </message>
    <message>
        <source>Which priorities and expected results? Which impact, at what cost?</source>
        <translation>Which priorities and expected results? Which impact, at what cost?</translation>
    </message>
    <message>
        <source>Needs and roadmap</source>
        <translation>Needs and roadmap</translation>
    </message>
    <message>
        <source>How will we reach these objectives? What do we need?</source>
        <translation>How will we reach these objectives? What do we need?</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>%1 in three months</source>
        <translation>%1 in three months</translation>
    </message>
    <message>
        <source>target %1 by %2</source>
        <translation>target %1 by %2</translation>
    </message>
    <message>
        <source>%1 (North Star)</source>
        <translation>%1 (North Star)</translation>
    </message>
    <message>
        <source>Why this service exists</source>
        <translation>Why this service exists</translation>
    </message>
    <message>
        <source>The problem, our solution and its impact at this stage</source>
        <translation>The problem, our solution and its impact at this stage</translation>
    </message>
    <message>
        <source>No description written yet.</source>
        <translation>No description written yet.</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <source>Our solution</source>
        <translation>Our solution</translation>
    </message>
    <message>
        <source>Impact at this stage</source>
        <translation>Impact at this stage</translation>
    </message>
    <message>
        <source>No indicator is measured yet.</source>
        <translation>No indicator is measured yet.</translation>
    </message>
    <message>
        <source>Attainment of the objectives of the roadmap from %1 to %2</source>
        <translation>Attainment of the objectives of the roadmap from %1 to %2</translation>
    </message>
    <message>
        <source>Attainment of the objectives</source>
        <translation>Attainment of the objectives</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>6 months ago</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No expected result was set for this period.</source>
        <translation>No expected result was set for this period.</translation>
    </message>
    <message>
        <source>No roadmap to review.</source>
        <translation>No roadmap to review.</translation>
    </message>
    <message>
        <source>North Star and learnings</source>
        <translation>North Star and learnings</translation>
    </message>
    <message>
        <source>%1 over the last six months</source>
        <translation>%1 over the last six months</translation>
    </message>
    <message>
        <source>No North Star Metric chosen</source>
        <translation>No North Star Metric chosen</translation>
    </message>
    <message>
        <source>No measurement of the North Star in the last six months.</source>
        <translation>No measurement of the North Star in the last six months.</translation>
    </message>
    <message>
        <source>Choose a North Star Metric among the indicators and measure it at least monthly.</source>
        <translation>Choose a North Star Metric among the indicators and measure it at least monthly.</translation>
    </message>
    <message>
        <source>No achievements or learnings written in the review yet.</source>
        <translation>No achievements or learnings written in the review yet.</translation>
    </message>
    <message>
        <source>Achievements and learnings</source>
        <translation>Achievements and learnings</translation>
    </message>
    <message>
        <source>What explains the results</source>
        <translation>What explains the results</translation>
    </message>
    <message>
        <source>Impact evaluation</source>
        <translation>Impact evaluation</translation>
    </message>
    <message>
        <source>The indicators of the impact matrix, as of %1</source>
        <translation>The indicators of the impact matrix, as of %1</translation>
    </message>
    <message>
        <source>Cost per use: %1 per monthly active user</source>
        <translation>Cost per use: %1 per monthly active user</translation>
    </message>
    <message>
        <source>Cost per impact: %1 per unit of “%2”</source>
        <translation>Cost per impact: %1 per unit of “%2”</translation>
    </message>
    <message>
        <source>No indicator yet.</source>
        <translation>No indicator yet.</translation>
    </message>
</context>
<context>
    <name>DeckFacts</name>
    <message>
        <source>No product with id %1.</source>
        <translation>No product with id %1.</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>No session with id %1.</translation>
    </message>
    <message>
        <source>Session %1 (%2) does not present %3.</source>
        <translation>Session %1 (%2) does not present %3.</translation>
    </message>
</context>
<context>
    <name>DeckPlanSlides</name>
    <message>
        <source>Roadmap from %1 to %2</source>
        <translation>Roadmap from %1 to %2</translation>
    </message>
    <message>
        <source>The roadmap for the next period is not drafted yet</source>
        <translation>The roadmap for the next period is not drafted yet</translation>
    </message>
    <message>
        <source>Objectives for the next six months</source>
        <translation>Objectives for the next six months</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Priorities and expected results</source>
        <translation>Priorities and expected results</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>No priority set yet.</source>
        <translation>No priority set yet.</translation>
    </message>
    <message>
        <source>The roadmap for the next period is not drafted yet.</source>
        <translation>The roadmap for the next period is not drafted yet.</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Priority %1: %2</translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation>qualitative</translation>
    </message>
    <message>
        <source>Cost per impact</source>
        <translation>Cost per impact</translation>
    </message>
    <message>
        <source>Spending of the last 12 months over usage and impact, as of %1</source>
        <translation>Spending of the last 12 months over usage and impact, as of %1</translation>
    </message>
    <message>
        <source>%1 since the last committee</source>
        <translation>%1 since the last committee</translation>
    </message>
    <message>
        <source>%1 over a year</source>
        <translation>%1 over a year</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Cost per use</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>needs the spending and the monthly active users</source>
        <translation>needs the spending and the monthly active users</translation>
    </message>
    <message>
        <source>Cost per impact (%1)</source>
        <translation>Cost per impact (%1)</translation>
    </message>
    <message>
        <source>needs the spending and an impact indicator measured</source>
        <translation>needs the spending and an impact indicator measured</translation>
    </message>
    <message>
        <source>Projected cost per impact</source>
        <translation>Projected cost per impact</translation>
    </message>
    <message>
        <source>the request, over a year, for the impact target of the next period</source>
        <translation>the request, over a year, for the impact target of the next period</translation>
    </message>
    <message>
        <source>needs a budget request and an impact target in the next roadmap</source>
        <translation>needs a budget request and an impact target in the next roadmap</translation>
    </message>
    <message>
        <source>Spending over the 12 months before %1: %2.</source>
        <translation>Spending over the 12 months before %1: %2.</translation>
    </message>
    <message>
        <source>Monthly active users: %1.</source>
        <translation>Monthly active users: %1.</translation>
    </message>
    <message>
        <source>Impact (%1): %2.</source>
        <translation>Impact (%1): %2.</translation>
    </message>
    <message>
        <source>Request for the next period: %1.</source>
        <translation>Request for the next period: %1.</translation>
    </message>
    <message>
        <source>The cost rose since the last committee: it should fall or hold from one committee to the next.</source>
        <translation>The cost rose since the last committee: it should fall or hold from one committee to the next.</translation>
    </message>
    <message>
        <source>No spending recorded yet.</source>
        <translation>No spending recorded yet.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards</source>
        <translation>beta.gouv.fr standards</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>6 months ago</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>In 6 months</source>
        <translation>In 6 months</translation>
    </message>
    <message>
        <source>Needs: team and budget</source>
        <translation>Needs: team and budget</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Team: %1 FTE</source>
        <translation>Team: %1 FTE</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>No profile listed.</source>
        <translation>No profile listed.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Budget requested: %1</source>
        <translation>Budget requested: %1</translation>
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
        <translation>No spending and no request recorded.</translation>
    </message>
    <message>
        <source>Needs: support and blockers</source>
        <translation>Needs: support and blockers</translation>
    </message>
    <message>
        <source>What we expect from the sponsors and partners</source>
        <translation>What we expect from the sponsors and partners</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>No support need listed.</source>
        <translation>No support need listed.</translation>
    </message>
    <message>
        <source>No blocker listed.</source>
        <translation>No blocker listed.</translation>
    </message>
    <message>
        <source>Blockers to lift</source>
        <translation>Blockers to lift</translation>
    </message>
    <message>
        <source>Each question scored out of 5 by every voting member</source>
        <translation>Each question scored out of 5 by every voting member</translation>
    </message>
    <message>
        <source>Scores of %1: overall mean %2 / 5</source>
        <translation>Scores of %1: overall mean %2 / 5</translation>
    </message>
    <message>
        <source>Sponsors&apos; arbitration grid</source>
        <translation>Sponsors&apos; arbitration grid</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Mean / 5</source>
        <translation>Mean / 5</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>%1 — mean %2 / 5</source>
        <translation>%1 — mean %2 / 5</translation>
    </message>
    <message>
        <source>Sponsor&apos;s decision: %1</source>
        <translation>Sponsor&apos;s decision: %1</translation>
    </message>
    <message>
        <source>Decision taken: %1</source>
        <translation>Decision taken: %1</translation>
    </message>
</context>
<context>
    <name>Deliberation</name>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Version %1 · submitted to the chair</source>
        <translation>Version %1 · submitted to the chair</translation>
    </message>
    <message>
        <source>The deliberation is already final (version %1).</source>
        <translation>The deliberation is already final (version %1).</translation>
    </message>
    <message>
        <source>Version %1 of the deliberation is already submitted to the chair.</source>
        <translation>Version %1 of the deliberation is already submitted to the chair.</translation>
    </message>
    <message>
        <source>Submit the deliberation to the chair before approving it.</source>
        <translation>Submit the deliberation to the chair before approving it.</translation>
    </message>
    <message>
        <source>Say who approves the deliberation.</source>
        <translation>Say who approves the deliberation.</translation>
    </message>
    <message>
        <source>Only the chair of the committee, %1, approves the deliberation.</source>
        <translation>Only the chair of the committee, %1, approves the deliberation.</translation>
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
        <translation>%1 — committee of %2</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>No participant listed.</source>
        <translation>No participant listed.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>whole session</source>
        <translation>whole session</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>No agenda.</source>
        <translation>No agenda.</translation>
    </message>
    <message>
        <source>Secretary&apos;s notes</source>
        <translation>Secretary&apos;s notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No notes.</translation>
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
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Drawn up by %1, secretary of the committee, on %2.</source>
        <translation>Drawn up by %1, secretary of the committee, on %2.</translation>
    </message>
    <message>
        <source>Drawn up on %1.</source>
        <translation>Drawn up on %1.</translation>
    </message>
    <message>
        <source>Deliberation of the investment committee</source>
        <translation>Deliberation of the investment committee</translation>
    </message>
    <message>
        <source>Notice to the procurement office</source>
        <translation>Notice to the procurement office</translation>
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
        <translation>The investment committee took the decisions below. Please place or stop the orders accordingly.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>What must be ordered — %1</source>
        <translation>What must be ordered — %1</translation>
    </message>
    <message>
        <source>Nothing yet: the committee has not decided.</source>
        <translation>Nothing yet: the committee has not decided.</translation>
    </message>
    <message>
        <source>Stop the orders for this product; no new order.</source>
        <translation>Stop the orders for this product; no new order.</translation>
    </message>
    <message>
        <source>No new order: the committee granted no amount.</source>
        <translation>No new order: the committee granted no amount.</translation>
    </message>
    <message>
        <source>Orders up to %1, %2.</source>
        <translation>Orders up to %1, %2.</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Conditions: %1</translation>
    </message>
    <message>
        <source>Draft — version %1, not approved: this text may still change and is not a record of the committee.</source>
        <translation>Draft — version %1, not approved: this text may still change and is not a record of the committee.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>%1, with a vote</source>
        <translation>%1, with a vote</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Version %1 was approved and made final on %2.</source>
        <translation>Version %1 was approved and made final on %2.</translation>
    </message>
    <message>
        <source>Version %1 was approved and made final on %2 by %3.</source>
        <translation>Version %1 was approved and made final on %2 by %3.</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>The chair</translation>
    </message>
    <message>
        <source>The secretary</source>
        <translation>The secretary</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excused</numerusform>
            <numerusform>%n excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the voting members present</source>
        <translation>
            <numerusform>%n of the voting members present</numerusform>
            <numerusform>%n of the voting members present</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (out of %2): the committee could deliberate.</source>
        <translation>%1 (out of %2): the committee could deliberate.</translation>
    </message>
    <message>
        <source>%1 (out of %2): no majority of voting members.</source>
        <translation>%1 (out of %2): no majority of voting members.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Submitted to the chair</source>
        <translation>Submitted to the chair</translation>
    </message>
    <message>
        <source>on %1 by %2</source>
        <translation>on %1 by %2</translation>
    </message>
    <message>
        <source>Approved by the chair</source>
        <translation>Approved by the chair</translation>
    </message>
    <message>
        <source>Version %1 was approved by the chair of the committee and made final on %2.</source>
        <translation>Version %1 was approved by the chair of the committee and made final on %2.</translation>
    </message>
    <message>
        <source>Submitted to the chair of the committee; not approved yet.</source>
        <translation>Submitted to the chair of the committee; not approved yet.</translation>
    </message>
    <message>
        <source>Not approved yet: this draft is to be submitted to the chair of the committee.</source>
        <translation>Not approved yet: this draft is to be submitted to the chair of the committee.</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Approved on %1</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>Approved on:</translation>
    </message>
    <message>
        <source>Drawn up on %1</source>
        <translation>Drawn up on %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation>Paid by: %1</translation>
    </message>
    <message>
        <source>Conditions: none</source>
        <translation>Conditions: none</translation>
    </message>
    <message>
        <source>The amount granted differs from the request: it is shared in proportion to the lines and profiles requested.</source>
        <translation>The amount granted differs from the request: it is shared in proportion to the lines and profiles requested.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Full-time equivalent</source>
        <translation>Full-time equivalent</translation>
    </message>
    <message>
        <source>Amount (pro rata time)</source>
        <translation>Amount (pro rata time)</translation>
    </message>
    <message>
        <source>procurement</source>
        <translation>procurement</translation>
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
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
</context>
<context>
    <name>DeliberationExport</name>
    <message>
        <source>No session %1 in %2.</source>
        <translation>No session %1 in %2.</translation>
    </message>
    <message>
        <source>No product %1 in %2.</source>
        <translation>No product %1 in %2.</translation>
    </message>
    <message>
        <source>“%1” has not been held yet: there is no deliberation to write. Before the committee, export its agenda or a product&apos;s pre-read.</source>
        <translation>“%1” has not been held yet: there is no deliberation to write. Before the committee, export its agenda or a product&apos;s pre-read.</translation>
    </message>
    <message>
        <source>The deliberation of “%1” is still a draft (version %2): the procurement notice is issued once it is final.</source>
        <translation>The deliberation of “%1” is still a draft (version %2): the procurement notice is issued once it is final.</translation>
    </message>
</context>
<context>
    <name>DeliberationOdt</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
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
        <translation>Indicators at a glance</translation>
    </message>
    <message>
        <source>%1 (North Star)</source>
        <translation>%1 (North Star)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principle</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>No indicator recorded.</source>
        <translation>No indicator recorded.</translation>
    </message>
    <message>
        <source>Attainment of the previous roadmap</source>
        <translation>Attainment of the previous roadmap</translation>
    </message>
    <message>
        <source>No roadmap was under review.</source>
        <translation>No roadmap was under review.</translation>
    </message>
    <message>
        <source>Roadmap %1.</source>
        <translation>Roadmap %1.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No expected result was set.</source>
        <translation>No expected result was set.</translation>
    </message>
    <message>
        <source>Achievements and learnings: %1</source>
        <translation>Achievements and learnings: %1</translation>
    </message>
    <message>
        <source>No roadmap was presented for the next period.</source>
        <translation>No roadmap was presented for the next period.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>%1 FTE</source>
        <translation>%1 FTE</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Team profile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>No team listed.</source>
        <translation>No team listed.</translation>
    </message>
    <message>
        <source>Arbitration grid</source>
        <translation>Arbitration grid</translation>
    </message>
    <message>
        <source>No score was recorded.</source>
        <translation>No score was recorded.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Not scored in full by: %1.</source>
        <translation>Not scored in full by: %1.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>No decision recorded yet.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Procurement informed on</source>
        <translation>Procurement informed on</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Blockers the committee will lift</source>
        <translation>Blockers the committee will lift</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Who lifts it</source>
        <translation>Who lifts it</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Conditions and reserves</source>
        <translation>Conditions and reserves</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Next committee</source>
        <translation>Next committee</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (planned)</translation>
    </message>
    <message>
        <source>%1 at the latest</source>
        <translation>%1 at the latest</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n day a week</numerusform>
            <numerusform>%n days a week</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 day a week</source>
        <translation>%1 day a week</translation>
    </message>
    <message>
        <source>%1 days a week</source>
        <translation>%1 days a week</translation>
    </message>
    <message>
        <source>Range (max − min)</source>
        <translation>Range (max − min)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Scores from 0 to %1. %2: the highest score given to the question minus the lowest.</source>
        <translation>Scores from 0 to %1. %2: the highest score given to the question minus the lowest.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>No condition.</source>
        <translation>No condition.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Spending over the last period</source>
        <translation>Spending over the last period</translation>
    </message>
    <message>
        <source>No spending recorded since the committee of %1.</source>
        <translation>No spending recorded since the committee of %1.</translation>
    </message>
    <message>
        <source>No spending recorded before this committee.</source>
        <translation>No spending recorded before this committee.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Actual spending since the committee of %1 (%2).</source>
        <translation>Actual spending since the committee of %1 (%2).</translation>
    </message>
    <message>
        <source>Actual spending before this committee (%1).</source>
        <translation>Actual spending before this committee (%1).</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Roadmap as approved</source>
        <translation>Roadmap as approved</translation>
    </message>
    <message>
        <source>Roadmap presented</source>
        <translation>Roadmap presented</translation>
    </message>
    <message>
        <source>Roadmap %1, as the committee approved it.</source>
        <translation>Roadmap %1, as the committee approved it.</translation>
    </message>
    <message>
        <source>Roadmap %1, as the team presented it.</source>
        <translation>Roadmap %1, as the team presented it.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>No priority set.</source>
        <translation>No priority set.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>None listed.</translation>
    </message>
    <message>
        <source>Hypotheses to validate</source>
        <translation>Hypotheses to validate</translation>
    </message>
    <message>
        <source>Quantitative success criteria</source>
        <translation>Quantitative success criteria</translation>
    </message>
    <message>
        <source>Qualitative success criteria</source>
        <translation>Qualitative success criteria</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The committee&apos;s opinion on the roadmap</source>
        <translation>The committee&apos;s opinion on the roadmap</translation>
    </message>
    <message>
        <source>No overall opinion was written.</source>
        <translation>No overall opinion was written.</translation>
    </message>
    <message>
        <source>No priority reviewed one by one.</source>
        <translation>No priority reviewed one by one.</translation>
    </message>
    <message>
        <source>Means requested and granted</source>
        <translation>Means requested and granted</translation>
    </message>
    <message>
        <source>Period requested</source>
        <translation>Period requested</translation>
    </message>
    <message>
        <source>Period granted</source>
        <translation>Period granted</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>No budget requested and none granted.</source>
        <translation>No budget requested and none granted.</translation>
    </message>
    <message>
        <source>The committee grants a total: it is shared over the lines in proportion to the request.</source>
        <translation>The committee grants a total: it is shared over the lines in proportion to the request.</translation>
    </message>
    <message>
        <source>The committee stops the product: nothing is granted.</source>
        <translation>The committee stops the product: nothing is granted.</translation>
    </message>
    <message>
        <source>The decision grants no amount.</source>
        <translation>The decision grants no amount.</translation>
    </message>
</context>
<context>
    <name>DeliberationRepository</name>
    <message>
        <source>The deliberation of “%1” is final (version %2): its decisions, scores and notes are locked. Correct the deliberation to make a new version first.</source>
        <translation>The deliberation of “%1” is final (version %2): its decisions, scores and notes are locked. Correct the deliberation to make a new version first.</translation>
    </message>
</context>
<context>
    <name>DeliberationWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
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
    <message>
        <source>The demo session names an unknown product “%1”.</source>
        <translation>The demo session names an unknown product “%1”.</translation>
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
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>Add an envelope of %1</source>
        <translation>Add an envelope of %1</translation>
    </message>
    <message>
        <source>This envelope no longer exists.</source>
        <translation>This envelope no longer exists.</translation>
    </message>
    <message>
        <source>Edit an envelope</source>
        <translation>Edit an envelope</translation>
    </message>
    <message>
        <source>Delete an envelope</source>
        <translation>Delete an envelope</translation>
    </message>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>“%1” is not a month (YYYY-MM).</translation>
    </message>
    <message>
        <source>“%1” is not a budget line.</source>
        <translation>“%1” is not a budget line.</translation>
    </message>
    <message>
        <source>Spending cannot be negative.</source>
        <translation>Spending cannot be negative.</translation>
    </message>
    <message>
        <source>Edit the forecast of %1 for %2</source>
        <translation>Edit the forecast of %1 for %2</translation>
    </message>
    <message>
        <source>Edit the spending of %1 for %2</source>
        <translation>Edit the spending of %1 for %2</translation>
    </message>
    <message>
        <source>The date is missing or invalid.</source>
        <translation>The date is missing or invalid.</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>The value is not a number.</translation>
    </message>
    <message>
        <source>A measurement cannot be dated after today (%1).</source>
        <translation>A measurement cannot be dated after today (%1).</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>The indicator needs a name.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name cannot start or end with spaces.</source>
        <translation>The indicator&apos;s name cannot start or end with spaces.</translation>
    </message>
    <message>
        <source>The indicator&apos;s product does not exist.</source>
        <translation>The indicator&apos;s product does not exist.</translation>
    </message>
    <message>
        <source>The product already has an indicator named “%1”.</source>
        <translation>The product already has an indicator named “%1”.</translation>
    </message>
    <message>
        <source>“%1” already fills the mandatory indicator “%2”.</source>
        <translation>“%1” already fills the mandatory indicator “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a mandatory indicator an indicator can fill.</source>
        <translation>“%1” is not a mandatory indicator an indicator can fill.</translation>
    </message>
    <message>
        <source>“%1” belongs to the principle “%2” of the impact matrix.</source>
        <translation>“%1” belongs to the principle “%2” of the impact matrix.</translation>
    </message>
    <message>
        <source>Add indicator “%1”</source>
        <translation>Add indicator “%1”</translation>
    </message>
    <message>
        <source>This indicator no longer exists.</source>
        <translation>This indicator no longer exists.</translation>
    </message>
    <message>
        <source>An indicator cannot move to another product.</source>
        <translation>An indicator cannot move to another product.</translation>
    </message>
    <message>
        <source>Edit indicator “%1”</source>
        <translation>Edit indicator “%1”</translation>
    </message>
    <message>
        <source>Delete indicator “%1”</source>
        <translation>Delete indicator “%1”</translation>
    </message>
    <message>
        <source>“%1” already has a value on %2.</source>
        <translation>“%1” already has a value on %2.</translation>
    </message>
    <message>
        <source>Add a measurement of “%1”</source>
        <translation>Add a measurement of “%1”</translation>
    </message>
    <message>
        <source>This measurement no longer exists.</source>
        <translation>This measurement no longer exists.</translation>
    </message>
    <message>
        <source>Edit a measurement of “%1”</source>
        <translation>Edit a measurement of “%1”</translation>
    </message>
    <message>
        <source>Delete a measurement of “%1”</source>
        <translation>Delete a measurement of “%1”</translation>
    </message>
    <message>
        <source>Measurement for an indicator of another product.</source>
        <translation>Measurement for an indicator of another product.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurement(s)</source>
        <translation>
            <numerusform>Import %n measurement</numerusform>
            <numerusform>Import %n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already has a target on %2.</source>
        <translation>“%1” already has a target on %2.</translation>
    </message>
    <message>
        <source>Add a target to “%1”</source>
        <translation>Add a target to “%1”</translation>
    </message>
    <message>
        <source>This target no longer exists.</source>
        <translation>This target no longer exists.</translation>
    </message>
    <message>
        <source>Edit a target of “%1”</source>
        <translation>Edit a target of “%1”</translation>
    </message>
    <message>
        <source>Delete a target of “%1”</source>
        <translation>Delete a target of “%1”</translation>
    </message>
    <message>
        <source>Someone else changed this product meanwhile: the field now reads “%1”; your value “%2” was not saved.</source>
        <translation>Someone else changed this product meanwhile: the field now reads “%1”; your value “%2” was not saved.</translation>
    </message>
    <message>
        <source>There is no product with the id %1.</source>
        <translation>There is no product with the id %1.</translation>
    </message>
    <message>
        <source>The result “%1” is tied to an indicator of another product.</source>
        <translation>The result “%1” is tied to an indicator of another product.</translation>
    </message>
    <message>
        <source>The committee session that approved the roadmap no longer exists.</source>
        <translation>The committee session that approved the roadmap no longer exists.</translation>
    </message>
    <message>
        <source>Add a roadmap</source>
        <translation>Add a roadmap</translation>
    </message>
    <message>
        <source>This roadmap no longer exists.</source>
        <translation>This roadmap no longer exists.</translation>
    </message>
    <message>
        <source>A roadmap cannot move to another product.</source>
        <translation>A roadmap cannot move to another product.</translation>
    </message>
    <message>
        <source>Delete the roadmap from %1</source>
        <translation>Delete the roadmap from %1</translation>
    </message>
    <message>
        <source>Session %1 does not exist.</source>
        <translation>Session %1 does not exist.</translation>
    </message>
    <message>
        <source>The session needs a date and a time.</source>
        <translation>The session needs a date and a time.</translation>
    </message>
    <message>
        <source>The planned length must be between 0 and 24 hours.</source>
        <translation>The planned length must be between 0 and 24 hours.</translation>
    </message>
    <message>
        <source>“%1” is on the session twice.</source>
        <translation>“%1” is on the session twice.</translation>
    </message>
    <message>
        <source>Participant %1 has no name.</source>
        <translation>Participant %1 has no name.</translation>
    </message>
    <message>
        <source>Agenda item %1 has no title.</source>
        <translation>Agenda item %1 has no title.</translation>
    </message>
    <message>
        <source>Agenda item %1: the duration must be between 0 and 600 minutes.</source>
        <translation>Agenda item %1: the duration must be between 0 and 600 minutes.</translation>
    </message>
    <message>
        <source>Agenda item %1 is about a product that is not on the session.</source>
        <translation>Agenda item %1 is about a product that is not on the session.</translation>
    </message>
    <message>
        <source>A score must be between 0 and %1, on questions 1 to %2.</source>
        <translation>A score must be between 0 and %1, on questions 1 to %2.</translation>
    </message>
    <message>
        <source>A decision is about a product that is not on the session.</source>
        <translation>A decision is about a product that is not on the session.</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Change the session&apos;s products</source>
        <translation>Change the session&apos;s products</translation>
    </message>
    <message>
        <source>Change participants</source>
        <translation>Change participants</translation>
    </message>
    <message>
        <source>Apply the agenda template “%1”</source>
        <translation>Apply the agenda template “%1”</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>This agenda item no longer exists.</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notes on “%1”</translation>
    </message>
    <message>
        <source>A score must be between 0 and %1.</source>
        <translation>A score must be between 0 and %1.</translation>
    </message>
    <message>
        <source>Only voting members score the grid.</source>
        <translation>Only voting members score the grid.</translation>
    </message>
    <message>
        <source>Score of %1</source>
        <translation>Score of %1</translation>
    </message>
    <message>
        <source>This product is not on the session.</source>
        <translation>This product is not on the session.</translation>
    </message>
    <message>
        <source>Decision on “%1”</source>
        <translation>Decision on “%1”</translation>
    </message>
    <message>
        <source>Remove the decision on “%1”</source>
        <translation>Remove the decision on “%1”</translation>
    </message>
    <message>
        <source>The session cannot be closed:
%1</source>
        <translation>The session cannot be closed:
%1</translation>
    </message>
    <message>
        <source>Close the session before marking its deliberation final.</source>
        <translation>Close the session before marking its deliberation final.</translation>
    </message>
    <message>
        <source>The deliberation is already final (version %1).</source>
        <translation>The deliberation is already final (version %1).</translation>
    </message>
    <message>
        <source>Mark the deliberation of “%1” final</source>
        <translation>Mark the deliberation of “%1” final</translation>
    </message>
    <message>
        <source>Say why the deliberation is corrected.</source>
        <translation>Say why the deliberation is corrected.</translation>
    </message>
    <message>
        <source>The deliberation is still a draft (version %1): edit it, then mark it final.</source>
        <translation>The deliberation is still a draft (version %1): edit it, then mark it final.</translation>
    </message>
    <message>
        <source>Correct the deliberation of “%1” (version %2)</source>
        <translation>Correct the deliberation of “%1” (version %2)</translation>
    </message>
    <message>
        <source>Approve the deliberation of “%1”</source>
        <translation>Approve the deliberation of “%1”</translation>
    </message>
    <message>
        <source>Close the session before submitting its deliberation to the chair.</source>
        <translation>Close the session before submitting its deliberation to the chair.</translation>
    </message>
    <message>
        <source>Submit the deliberation of “%1” to the chair</source>
        <translation>Submit the deliberation of “%1” to the chair</translation>
    </message>
    <message>
        <source>This allocation scenario no longer exists.</source>
        <translation>This allocation scenario no longer exists.</translation>
    </message>
    <message>
        <source>This funding pool no longer exists.</source>
        <translation>This funding pool no longer exists.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>A scenario needs a name.</translation>
    </message>
    <message>
        <source>The pool already has a scenario named “%1”.</source>
        <translation>The pool already has a scenario named “%1”.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>A funding pool needs a name.</source>
        <translation>A funding pool needs a name.</translation>
    </message>
    <message>
        <source>The pool&apos;s period must start on or before its end.</source>
        <translation>The pool&apos;s period must start on or before its end.</translation>
    </message>
    <message>
        <source>The pool&apos;s amount cannot be negative.</source>
        <translation>The pool&apos;s amount cannot be negative.</translation>
    </message>
    <message>
        <source>The maximum per product must be positive.</source>
        <translation>The maximum per product must be positive.</translation>
    </message>
    <message>
        <source>Add funding pool</source>
        <translation>Add funding pool</translation>
    </message>
    <message>
        <source>Edit funding pool</source>
        <translation>Edit funding pool</translation>
    </message>
    <message>
        <source>Remove funding pool</source>
        <translation>Remove funding pool</translation>
    </message>
    <message>
        <source>Add scenario “%1”</source>
        <translation>Add scenario “%1”</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>Edit allocation</source>
        <translation>Edit allocation</translation>
    </message>
    <message>
        <source>Remove scenario “%1”</source>
        <translation>Remove scenario “%1”</translation>
    </message>
    <message>
        <source>Choose scenario</source>
        <translation>Choose scenario</translation>
    </message>
    <message>
        <source>Remove scenario</source>
        <translation>Remove scenario</translation>
    </message>
    <message>
        <source>Propose allocation</source>
        <translation>Propose allocation</translation>
    </message>
    <message>
        <source>This follow-up item no longer exists.</source>
        <translation>This follow-up item no longer exists.</translation>
    </message>
    <message>
        <source>“%1” is already %2.</source>
        <translation>“%1” is already %2.</translation>
    </message>
    <message>
        <source>Mark “%1” %2</source>
        <translation>Mark “%1” %2</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>This organisation no longer exists.</translation>
    </message>
    <message>
        <source>This incubator no longer exists.</source>
        <translation>This incubator no longer exists.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>An envelope needs an amount above zero.</source>
        <translation>An envelope needs an amount above zero.</translation>
    </message>
    <message>
        <source>An envelope needs a start date.</source>
        <translation>An envelope needs a start date.</translation>
    </message>
    <message>
        <source>The envelope ends on %1, before it starts on %2.</source>
        <translation>The envelope ends on %1, before it starts on %2.</translation>
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
        <translation>FAST co-funding</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
        <translation>Committee of %1: %2</translation>
    </message>
    <message>
        <source>Phase “%1” (%2) from %3</source>
        <translation>Phase “%1” (%2) from %3</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> to %1</translation>
    </message>
    <message>
        <source>New envelope: %1 (%2)</source>
        <translation>New envelope: %1 (%2)</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 to %2</translation>
    </message>
    <message>
        <source>Document de comité of %1 (%2): %3 — written by `%4`</source>
        <translation>Document de comité of %1 (%2): %3 — written by `%4`</translation>
    </message>
    <message>
        <source>impact, roadmap, budget (pre-read)</source>
        <translation>impact, roadmap, budget (pre-read)</translation>
    </message>
    <message>
        <source>decision (deliberation)</source>
        <translation>decision (deliberation)</translation>
    </message>
    <message>
        <source>To tell the member space since %1</source>
        <translation>To tell the member space since %1</translation>
    </message>
    <message>
        <source>What Comité recorded that the member space (espace-membre) does not know yet: retype it there, then upload the committee documents.</source>
        <translation>What Comité recorded that the member space (espace-membre) does not know yet: retype it there, then upload the committee documents.</translation>
    </message>
    <message>
        <source>Nothing to tell: no committee, phase change or envelope recorded since then.</source>
        <translation>Nothing to tell: no committee, phase change or envelope recorded since then.</translation>
    </message>
    <message>
        <source>Documents to upload:</source>
        <translation>Documents to upload:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>EspaceMembreClient</name>
    <message>
        <source>The member space&apos;s answer to %1 is not what its API describes: %2. Nothing was imported.</source>
        <translation>The member space&apos;s answer to %1 is not what its API describes: %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>a startup without “ghid” or “name” was left out.</source>
        <translation>a startup without “ghid” or “name” was left out.</translation>
    </message>
    <message>
        <source>the phase “%1” (start “%2”) is not one Comité knows; it was left out.</source>
        <translation>the phase “%1” (start “%2”) is not one Comité knows; it was left out.</translation>
    </message>
    <message numerus="yes">
        <source>The member space did not answer within %n second(s) (%1). Nothing was imported.</source>
        <translation>
            <numerusform>The member space did not answer within %n second (%1). Nothing was imported.</numerusform>
            <numerusform>The member space did not answer within %n seconds (%1). Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The member space refused the API key (HTTP %1): check the key, or ask the member space for one. Nothing was imported.</source>
        <translation>The member space refused the API key (HTTP %1): check the key, or ask the member space for one. Nothing was imported.</translation>
    </message>
    <message>
        <source>The member space has no %1 (HTTP 404%2). Nothing was imported.</source>
        <translation>The member space has no %1 (HTTP 404%2). Nothing was imported.</translation>
    </message>
    <message>
        <source>The member space could not be reached: %1. Nothing was imported.</source>
        <translation>The member space could not be reached: %1. Nothing was imported.</translation>
    </message>
    <message>
        <source>The member space answered HTTP %1 to %2. Nothing was imported.</source>
        <translation>The member space answered HTTP %1 to %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>not JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>a list of incubators was expected</source>
        <translation>a list of incubators was expected</translation>
    </message>
    <message>
        <source>an incubator without “ghid” or “title”</source>
        <translation>an incubator without “ghid” or “title”</translation>
    </message>
    <message>
        <source>a list of startups was expected</source>
        <translation>a list of startups was expected</translation>
    </message>
    <message>
        <source>a startup without its list of phases</source>
        <translation>a startup without its list of phases</translation>
    </message>
    <message>
        <source>a list of members was expected</source>
        <translation>a list of members was expected</translation>
    </message>
    <message>
        <source>a member without “username”</source>
        <translation>a member without “username”</translation>
    </message>
</context>
<context>
    <name>EspaceMembreImporter</name>
    <message>
        <source>changed both in Comité and in the member space; Comité&apos;s value was kept for: %1.</source>
        <translation>changed both in Comité and in the member space; Comité&apos;s value was kept for: %1.</translation>
    </message>
    <message>
        <source>no beta.gouv.fr file was imported for this product: the member space&apos;s values were taken.</source>
        <translation>no beta.gouv.fr file was imported for this product: the member space&apos;s values were taken.</translation>
    </message>
</context>
<context>
    <name>EspaceMembreKey</name>
    <message>
        <source>The API key file %1 cannot be read: %2.</source>
        <translation>The API key file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The API key file %1 is empty.</source>
        <translation>The API key file %1 is empty.</translation>
    </message>
    <message>
        <source>No API key: the system keyring holds none for %1 (service “%2”). Store it there, or give a key file.</source>
        <translation>No API key: the system keyring holds none for %1 (service “%2”). Store it there, or give a key file.</translation>
    </message>
    <message>
        <source>No API key: the system keyring is not available here (no Secret Service or KWallet; a headless machine has none). Give a key file (--api-key-file). The keyring said: %1</source>
        <translation>No API key: the system keyring is not available here (no Secret Service or KWallet; a headless machine has none). Give a key file (--api-key-file). The keyring said: %1</translation>
    </message>
    <message>
        <source>No API key: give a key file, or store the key in the system keyring (service “%1”, key “%2”). The keyring said: %3</source>
        <translation>No API key: give a key file, or store the key in the system keyring (service “%1”, key “%2”). The keyring said: %3</translation>
    </message>
    <message>
        <source>The system keyring holds an empty API key for %1.</source>
        <translation>The system keyring holds an empty API key for %1.</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <source>Exported “%1”.</source>
        <translation>Exported “%1”.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
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
        <translation>Blocker to lift</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>FollowupSection</name>
    <message>
        <source>Follow-up of the last committee</source>
        <translation>Follow-up of the last committee</translation>
    </message>
    <message>
        <source>No action, condition or blocker to follow up.</source>
        <translation>No action, condition or blocker to follow up.</translation>
    </message>
    <message>
        <source>What the committee of %1 asked for, and where it stands.</source>
        <translation>What the committee of %1 asked for, and where it stands.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, past due</source>
        <translation>%1, past due</translation>
    </message>
</context>
<context>
    <name>FollowupSlide</name>
    <message>
        <source>What the last committee asked for</source>
        <translation>What the last committee asked for</translation>
    </message>
    <message>
        <source>What the committee of %1 asked for, and where it stands</source>
        <translation>What the committee of %1 asked for, and where it stands</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No action, condition or blocker to follow up.</source>
        <translation>No action, condition or blocker to follow up.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s) in the follow-up register</source>
        <translation>
            <numerusform>… and %n more item in the follow-up register</numerusform>
            <numerusform>… and %n more items in the follow-up register</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, past due</source>
        <translation>%1, past due</translation>
    </message>
</context>
<context>
    <name>ImpactMatrix</name>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Useful</translation>
    </message>
    <message>
        <source>Impactful</source>
        <translation>Impactful</translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation>Efficient</translation>
    </message>
    <message>
        <source>Ease-of-use score</source>
        <translation>Ease-of-use score</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Monthly active users</translation>
    </message>
    <message>
        <source>Monthly transactions or conversions</source>
        <translation>Monthly transactions or conversions</translation>
    </message>
    <message>
        <source>Penetration of the priority market</source>
        <translation>Penetration of the priority market</translation>
    </message>
    <message>
        <source>User satisfaction rate</source>
        <translation>User satisfaction rate</translation>
    </message>
    <message>
        <source>Generated policy impact</source>
        <translation>Generated policy impact</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Cost per use</translation>
    </message>
</context>
<context>
    <name>ImpactMatrixOverview</name>
    <message>
        <source>%1 in 3 months</source>
        <translation>%1 in 3 months</translation>
    </message>
    <message>
        <source>%1 of the target</source>
        <translation>%1 of the target</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>%1 in a year</source>
        <translation>%1 in a year</translation>
    </message>
    <message>
        <source>%1 since the committee</source>
        <translation>%1 since the committee</translation>
    </message>
    <message>
        <source>Cost per use</source>
        <translation>Cost per use</translation>
    </message>
    <message>
        <source>%1 per user</source>
        <translation>%1 per user</translation>
    </message>
    <message>
        <source>Cost per unit of impact</source>
        <translation>Cost per unit of impact</translation>
    </message>
    <message>
        <source>Mandatory: needs spending and monthly active users</source>
        <translation>Mandatory: needs spending and monthly active users</translation>
    </message>
    <message>
        <source>Mandatory, missing</source>
        <translation>Mandatory, missing</translation>
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
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
</context>
<context>
    <name>IndicatorWarnings</name>
    <message>
        <source>Usage only: no impact indicator was measured in the last 6 months.</source>
        <translation>Usage only: no impact indicator was measured in the last 6 months.</translation>
    </message>
    <message>
        <source>Missing mandatory indicators: %1.</source>
        <translation>Missing mandatory indicators: %1.</translation>
    </message>
    <message>
        <source>Efficiency worsening: the cost per unit of impact rose by more than %1 % since the last committee (the cost per use when the impact was not measured then), as the Efficient row shows.</source>
        <translation>Efficiency worsening: the cost per unit of impact rose by more than %1 % since the last committee (the cost per use when the impact was not measured then), as the Efficient row shows.</translation>
    </message>
</context>
<context>
    <name>KeyLabelDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>LinkKinds</name>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Source code</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>DashLord audit</source>
        <translation>DashLord audit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MeasurementCsv</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The first line must name the columns: date;indicator;value (or date;indicateur;valeur).</source>
        <translation>The first line must name the columns: date;indicator;value (or date;indicateur;valeur).</translation>
    </message>
    <message>
        <source>Found %1 fields where the header names %2.</source>
        <translation>Found %1 fields where the header names %2.</translation>
    </message>
    <message>
        <source>Found %1 fields where the header names %2: put values with a decimal comma in double quotes.</source>
        <translation>Found %1 fields where the header names %2: put values with a decimal comma in double quotes.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>“%1” is not a date (YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1 is after today.</translation>
    </message>
    <message>
        <source>No indicator “%1” in this product.</source>
        <translation>No indicator “%1” in this product.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file holds no measurement.</source>
        <translation>The file holds no measurement.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Two schema migrations have the number %1: %2 and %3.</source>
        <translation>Two schema migrations have the number %1: %2 and %3.</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing (the next one is %2, %3): migrations are applied in order and none may be skipped.</source>
        <translation>Schema migration %1 is missing (the next one is %2, %3): migrations are applied in order and none may be skipped.</translation>
    </message>
    <message>
        <source>Schema migration %1 does not exist (this version of Comité knows 1 to %2).</source>
        <translation>Schema migration %1 does not exist (this version of Comité knows 1 to %2).</translation>
    </message>
    <message>
        <source>Cannot read schema migration %1: %2</source>
        <translation>Cannot read schema migration %1: %2</translation>
    </message>
</context>
<context>
    <name>ObjectiveStatus</name>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidated</translation>
    </message>
</context>
<context>
    <name>OdfPackage</name>
    <message>
        <source>Cannot build the document: %1</source>
        <translation>Cannot build the document: %1</translation>
    </message>
    <message>
        <source>Cannot build the document: the archive could not be read back.</source>
        <translation>Cannot build the document: the archive could not be read back.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>OrganisationKinds</name>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Central administration</source>
        <translation>Central administration</translation>
    </message>
    <message>
        <source>Public operator</source>
        <translation>Public operator</translation>
    </message>
    <message>
        <source>Devolved state service</source>
        <translation>Devolved state service</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <source>Social security body</source>
        <translation>Social security body</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PagedPdf</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Cannot write “%1”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the file could not be written in full (is the disk full?).</source>
        <translation>Cannot write “%1”: the file could not be written in full (is the disk full?).</translation>
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
        <translation>present</translation>
    </message>
    <message>
        <source>present</source>
        <comment>masculine</comment>
        <translation>present</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>feminine</comment>
        <translation>excused</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>masculine</comment>
        <translation>excused</translation>
    </message>
    <message>
        <source>sent apologies</source>
        <translation>sent apologies</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>feminine</comment>
        <translation>absent</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>masculine</comment>
        <translation>absent</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>did not attend</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Business directorate</source>
        <translation>Business directorate</translation>
    </message>
    <message>
        <source>Incubator lead</source>
        <translation>Incubator lead</translation>
    </message>
    <message>
        <source>DINUM portfolio manager</source>
        <translation>DINUM portfolio manager</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>feminine</comment>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>masculine</comment>
        <translation>Chair</translation>
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
        <translation>Business directorate</translation>
    </message>
    <message>
        <source>Business directorate</source>
        <comment>masculine</comment>
        <translation>Business directorate</translation>
    </message>
    <message>
        <source>Incubator lead</source>
        <comment>feminine</comment>
        <translation>Incubator lead</translation>
    </message>
    <message>
        <source>Incubator lead</source>
        <comment>masculine</comment>
        <translation>Incubator lead</translation>
    </message>
    <message>
        <source>DINUM portfolio manager</source>
        <comment>feminine</comment>
        <translation>DINUM portfolio manager</translation>
    </message>
    <message>
        <source>DINUM portfolio manager</source>
        <comment>masculine</comment>
        <translation>DINUM portfolio manager</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <comment>feminine</comment>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Intrapreneur</source>
        <comment>masculine</comment>
        <translation>Intrapreneur</translation>
    </message>
    <message>
        <source>Team member</source>
        <comment>feminine</comment>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Team member</source>
        <comment>masculine</comment>
        <translation>Team member</translation>
    </message>
    <message>
        <source>User</source>
        <comment>feminine</comment>
        <translation>User</translation>
    </message>
    <message>
        <source>User</source>
        <comment>masculine</comment>
        <translation>User</translation>
    </message>
    <message>
        <source>Secretary</source>
        <comment>feminine</comment>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Secretary</source>
        <comment>masculine</comment>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>feminine</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>masculine</comment>
        <translation>Other</translation>
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
    <message>
        <source>“%1” is given %2 times (rows %3); the member space allows each phase once.</source>
        <translation>“%1” is given %2 times (rows %3); the member space allows each phase once.</translation>
    </message>
    <message>
        <source>Row %1 (%2) ends the day it starts; the member space wants the end after the start.</source>
        <translation>Row %1 (%2) ends the day it starts; the member space wants the end after the start.</translation>
    </message>
</context>
<context>
    <name>PoolRule</name>
    <message>
        <source>Must be funded</source>
        <translation>Must be funded</translation>
    </message>
    <message>
        <source>Must not be funded</source>
        <translation>Must not be funded</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
</context>
<context>
    <name>PortfolioCopy</name>
    <message>
        <source>%1 already holds data (table %2): copy into an empty database.</source>
        <translation>%1 already holds data (table %2): copy into an empty database.</translation>
    </message>
    <message>
        <source>Nothing was copied into %1: the rows of table %2 were refused (%3).</source>
        <translation>Nothing was copied into %1: the rows of table %2 were refused (%3).</translation>
    </message>
</context>
<context>
    <name>Preparation</name>
    <message>
        <source>No roadmap for the next six months yet.</source>
        <translation>No roadmap for the next six months yet.</translation>
    </message>
    <message>
        <source>Roadmap for the next six months drafted</source>
        <translation>Roadmap for the next six months drafted</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>One to three priorities</source>
        <translation>One to three priorities</translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies).</source>
        <translation>
            <numerusform>%n priority(ies).</numerusform>
            <numerusform>%n priority(ies).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each priority has a quantified expected result</source>
        <translation>Each priority has a quantified expected result</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n priority(ies) quantified.</source>
        <translation>
            <numerusform>%1 of %n priority(ies) quantified.</numerusform>
            <numerusform>%1 of %n priority(ies) quantified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vision and deployment potential, with how it was estimated</source>
        <translation>Vision and deployment potential, with how it was estimated</translation>
    </message>
    <message>
        <source>Written.</source>
        <translation>Written.</translation>
    </message>
    <message>
        <source>Vision, target population or estimation missing.</source>
        <translation>Vision, target population or estimation missing.</translation>
    </message>
    <message>
        <source>Hypotheses and success criteria, quantitative and qualitative</source>
        <translation>Hypotheses and success criteria, quantitative and qualitative</translation>
    </message>
    <message>
        <source>%1 hypotheses, %2 quantitative and %3 qualitative criteria.</source>
        <translation>%1 hypotheses, %2 quantitative and %3 qualitative criteria.</translation>
    </message>
    <message>
        <source>Team profiles with their time</source>
        <translation>Team profiles with their time</translation>
    </message>
    <message>
        <source>%1 profiles, %2 FTE.</source>
        <translation>%1 profiles, %2 FTE.</translation>
    </message>
    <message>
        <source>No profile listed.</source>
        <translation>No profile listed.</translation>
    </message>
    <message>
        <source>Budget request filled by line</source>
        <translation>Budget request filled by line</translation>
    </message>
    <message>
        <source>%1 requested.</source>
        <translation>%1 requested.</translation>
    </message>
    <message>
        <source>No amount requested.</source>
        <translation>No amount requested.</translation>
    </message>
    <message>
        <source>Support needed per actor and blockers to lift</source>
        <translation>Support needed per actor and blockers to lift</translation>
    </message>
    <message>
        <source>%1 support needs, %2 blockers.</source>
        <translation>%1 support needs, %2 blockers.</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards rated six months ago, today and in six months</source>
        <translation>beta.gouv.fr standards rated six months ago, today and in six months</translation>
    </message>
    <message>
        <source>%1 of %2 standards rated.</source>
        <translation>%1 of %2 standards rated.</translation>
    </message>
    <message>
        <source>No committee expected</source>
        <translation>No committee expected</translation>
    </message>
    <message>
        <source>Entering construction</source>
        <translation>Entering construction</translation>
    </message>
    <message>
        <source>In construction or acceleration</source>
        <translation>In construction or acceleration</translation>
    </message>
    <message>
        <source>Pitch: the problem and the solution</source>
        <translation>Pitch: the problem and the solution</translation>
    </message>
    <message>
        <source>No pitch yet.</source>
        <translation>No pitch yet.</translation>
    </message>
    <message>
        <source>Investigation results described</source>
        <translation>Investigation results described</translation>
    </message>
    <message>
        <source>The product description is empty.</source>
        <translation>The product description is empty.</translation>
    </message>
    <message>
        <source>A sponsor ready to fund construction</source>
        <translation>A sponsor ready to fund construction</translation>
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
        <translation>An impact indicator to quantify the impact goals</translation>
    </message>
    <message>
        <source>Defined.</source>
        <translation>Defined.</translation>
    </message>
    <message>
        <source>No impact indicator yet.</source>
        <translation>No impact indicator yet.</translation>
    </message>
    <message>
        <source>Results of the last six months reviewed (« il y a 6 mois / aujourd&apos;hui »)</source>
        <translation>Results of the last six months reviewed (« il y a 6 mois / aujourd&apos;hui »)</translation>
    </message>
    <message>
        <source>No roadmap to review.</source>
        <translation>No roadmap to review.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n expected result(s) with a value today.</source>
        <translation>
            <numerusform>%1 of %n expected result with a value today.</numerusform>
            <numerusform>%1 of %n expected results with a value today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results not reached are explained</source>
        <translation>Results not reached are explained</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) below target without an explanation.</source>
        <translation>
            <numerusform>%n result below target without an explanation.</numerusform>
            <numerusform>%n results below target without an explanation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left unexplained.</source>
        <translation>Nothing left unexplained.</translation>
    </message>
    <message>
        <source>Six months of North Star data</source>
        <translation>Six months of North Star data</translation>
    </message>
    <message>
        <source>No North Star Metric chosen.</source>
        <translation>No North Star Metric chosen.</translation>
    </message>
    <message>
        <source>%1 of %2 months measured.</source>
        <translation>%1 of %2 months measured.</translation>
    </message>
    <message>
        <source>Impact measured, not usage alone</source>
        <translation>Impact measured, not usage alone</translation>
    </message>
    <message>
        <source>Impact measured in the last six months.</source>
        <translation>Impact measured in the last six months.</translation>
    </message>
    <message>
        <source>No impact measurement in six months.</source>
        <translation>No impact measurement in six months.</translation>
    </message>
    <message>
        <source>Spending recorded up to last month</source>
        <translation>Spending recorded up to last month</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>No actual spending for %1.</source>
        <translation>No actual spending for %1.</translation>
    </message>
    <message>
        <source>Current budget envelope recorded</source>
        <translation>Current budget envelope recorded</translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 granted.</translation>
    </message>
    <message>
        <source>No envelope covers today.</source>
        <translation>No envelope covers today.</translation>
    </message>
</context>
<context>
    <name>PrereadDocument</name>
    <message>
        <source>Committee pre-read — %1</source>
        <translation>Committee pre-read — %1</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Committee: %1</source>
        <translation>Committee: %1</translation>
    </message>
    <message>
        <source>To send by %1, one week before the committee</source>
        <translation>To send by %1, one week before the committee</translation>
    </message>
    <message>
        <source>Preparation: %1 % complete (%2)</source>
        <translation>Preparation: %1 % complete (%2)</translation>
    </message>
    <message>
        <source>1. Review of the last six months</source>
        <translation>1. Review of the last six months</translation>
    </message>
    <message>
        <source>No roadmap to review.</source>
        <translation>No roadmap to review.</translation>
    </message>
    <message>
        <source>Roadmap from %1 to %2: the objectives set at the last committee, six months ago and today.</source>
        <translation>Roadmap from %1 to %2: the objectives set at the last committee, six months ago and today.</translation>
    </message>
    <message>
        <source>No expected result was set.</source>
        <translation>No expected result was set.</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Expected result</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>6 months ago</source>
        <translation>6 months ago</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Achievements and learnings</source>
        <translation>Achievements and learnings</translation>
    </message>
    <message>
        <source>North Star Metric: %1</source>
        <translation>North Star Metric: %1</translation>
    </message>
    <message>
        <source>No measurement in the last six months.</source>
        <translation>No measurement in the last six months.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>2. Objectives for the next six months</source>
        <translation>2. Objectives for the next six months</translation>
    </message>
    <message>
        <source>The roadmap for the next period is not drafted yet.</source>
        <translation>The roadmap for the next period is not drafted yet.</translation>
    </message>
    <message>
        <source>Roadmap from %1 to %2.</source>
        <translation>Roadmap from %1 to %2.</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Deployment potential</source>
        <translation>Deployment potential</translation>
    </message>
    <message>
        <source>Priorities and expected results</source>
        <translation>Priorities and expected results</translation>
    </message>
    <message>
        <source> — target %1 by %2</source>
        <translation> — target %1 by %2</translation>
    </message>
    <message>
        <source> (indicator “%1”)</source>
        <translation> (indicator “%1”)</translation>
    </message>
    <message>
        <source>Hypotheses to validate</source>
        <translation>Hypotheses to validate</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>None listed.</translation>
    </message>
    <message>
        <source>Quantitative success criteria</source>
        <translation>Quantitative success criteria</translation>
    </message>
    <message>
        <source>Qualitative success criteria</source>
        <translation>Qualitative success criteria</translation>
    </message>
    <message>
        <source>beta.gouv.fr standards</source>
        <translation>beta.gouv.fr standards</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>In 6 months</source>
        <translation>In 6 months</translation>
    </message>
    <message>
        <source>3. Needs</source>
        <translation>3. Needs</translation>
    </message>
    <message>
        <source>Team (%1 FTE)</source>
        <translation>Team (%1 FTE)</translation>
    </message>
    <message>
        <source>No profile listed.</source>
        <translation>No profile listed.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget request by line</source>
        <translation>Budget request by line</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Spent to date</source>
        <translation>Spent to date</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Blockers to lift</source>
        <translation>Blockers to lift</translation>
    </message>
    <message>
        <source>4. Budget</source>
        <translation>4. Budget</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>No envelope recorded.</source>
        <translation>No envelope recorded.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Spent in the current period: %1; left: %2.</source>
        <translation>Spent in the current period: %1; left: %2.</translation>
    </message>
    <message>
        <source>Burn rate: %1 a month.</source>
        <translation>Burn rate: %1 a month.</translation>
    </message>
    <message>
        <source>At this pace the money runs out on %1.</source>
        <translation>At this pace the money runs out on %1.</translation>
    </message>
    <message>
        <source>The envelope ends on %1.</source>
        <translation>The envelope ends on %1.</translation>
    </message>
    <message>
        <source>Next committee due: %1.</source>
        <translation>Next committee due: %1.</translation>
    </message>
    <message>
        <source>5. Preparation checklist (%1 %)</source>
        <translation>5. Preparation checklist (%1 %)</translation>
    </message>
    <message>
        <source>No committee is expected in this phase.</source>
        <translation>No committee is expected in this phase.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Expected by the committee</source>
        <translation>Expected by the committee</translation>
    </message>
    <message>
        <source>What the data says</source>
        <translation>What the data says</translation>
    </message>
    <message>
        <source>To send by %1</source>
        <translation>To send by %1</translation>
    </message>
    <message>
        <source>%1 — committee pre-read · %2</source>
        <translation>%1 — committee pre-read · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explanation: %1</translation>
    </message>
    <message>
        <source>Spent in the current period: %1; over the envelopes by %2.</source>
        <translation>Spent in the current period: %1; over the envelopes by %2.</translation>
    </message>
    <message>
        <source>preread-%1%2.pdf</source>
        <translation>preread-%1%2.pdf</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>Someone else changed this product meanwhile: the field now reads “%1”; your value “%2” was not saved.</source>
        <translation>Someone else changed this product meanwhile: the field now reads “%1”; your value “%2” was not saved.</translation>
    </message>
</context>
<context>
    <name>ProgrammeCharts</name>
    <message>
        <source>Funnel per cohort</source>
        <translation>Funnel per cohort</translation>
    </message>
    <message>
        <source>Year the product started</source>
        <translation>Year the product started</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Reached construction</source>
        <translation>Reached construction</translation>
    </message>
    <message>
        <source>Reached acceleration</source>
        <translation>Reached acceleration</translation>
    </message>
    <message>
        <source>Reached an exit</source>
        <translation>Reached an exit</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Still in the phase (Kaplan–Meier)</source>
        <translation>Still in the phase (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Months in the phase</source>
        <translation>Months in the phase</translation>
    </message>
    <message>
        <source>Still in it (%)</source>
        <translation>Still in it (%)</translation>
    </message>
    <message>
        <source>Launches and stops per year</source>
        <translation>Launches and stops per year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Launches</translation>
    </message>
    <message>
        <source>Entries into construction</source>
        <translation>Entries into construction</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
</context>
<context>
    <name>ProgrammeExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>all incubators</source>
        <translation>all incubators</translation>
    </message>
    <message>
        <source>Programme report — %1</source>
        <translation>Programme report — %1</translation>
    </message>
    <message>
        <source>Programme results as of %1</source>
        <translation>Programme results as of %1</translation>
    </message>
    <message>
        <source>Programme report drawn up by Comité on %1</source>
        <translation>Programme report drawn up by Comité on %1</translation>
    </message>
    <message>
        <source>Products that started in %1 or later, as of %2.</source>
        <translation>Products that started in %1 or later, as of %2.</translation>
    </message>
    <message>
        <source>Every product of the portfolio, as of %1.</source>
        <translation>Every product of the portfolio, as of %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Nothing to show yet.</translation>
    </message>
    <message>
        <source>Funnel per cohort</source>
        <translation>Funnel per cohort</translation>
    </message>
    <message>
        <source>A cohort is the year a product started (its first phase). A product reached a phase when it entered it or a later one; stopped and still in incubation are where it stands today.</source>
        <translation>A cohort is the year a product started (its first phase). A product reached a phase when it entered it or a later one; stopped and still in incubation are where it stands today.</translation>
    </message>
    <message>
        <source>Time in each phase</source>
        <translation>Time in each phase</translation>
    </message>
    <message>
        <source>A stay ends when the phase ends or the next one starts; stays still running today are censored in the Kaplan–Meier estimate, which gives the median time in the phase and the share still in it after 6, 12 and 24 months. Durations in months.</source>
        <translation>A stay ends when the phase ends or the next one starts; stays still running today are censored in the Kaplan–Meier estimate, which gives the median time in the phase and the share still in it after 6, 12 and 24 months. Durations in months.</translation>
    </message>
    <message>
        <source>Share of stays still in the phase, by months spent in it (Kaplan–Meier)</source>
        <translation>Share of stays still in the phase, by months spent in it (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Launches and stops per year</source>
        <translation>Launches and stops per year</translation>
    </message>
    <message>
        <source>Six-month objectives</source>
        <translation>Six-month objectives</translation>
    </message>
    <message>
        <source>Roadmaps whose period is over and that set quantified results, by the year their period ended. A result is achieved at 100 % of its target, from the review&apos;s values or else the indicator&apos;s measurements; a roadmap reached its objectives when every quantified result was achieved.</source>
        <translation>Roadmaps whose period is over and that set quantified results, by the year their period ended. A result is achieved at 100 % of its target, from the review&apos;s values or else the indicator&apos;s measurements; a roadmap reached its objectives when every quantified result was achieved.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ProgrammeReport</name>
    <message>
        <source>No incubator “%1” in %2.</source>
        <translation>No incubator “%1” in %2.</translation>
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
        <translation>Products</translation>
    </message>
    <message>
        <source>Reached construction</source>
        <translation>Reached construction</translation>
    </message>
    <message>
        <source>Reached acceleration</source>
        <translation>Reached acceleration</translation>
    </message>
    <message>
        <source>Reached an exit</source>
        <translation>Reached an exit</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Still in incubation</source>
        <translation>Still in incubation</translation>
    </message>
    <message>
        <source>Median months in phase: %1</source>
        <translation>Median months in phase: %1</translation>
    </message>
    <message>
        <source>Six-month roadmaps with every objective achieved</source>
        <translation>Six-month roadmaps with every objective achieved</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
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
        <translation>Acceleration</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>No product has started yet.</source>
        <translation>No product has started yet.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Still running</translation>
    </message>
    <message>
        <source>Median of ended stays</source>
        <translation>Median of ended stays</translation>
    </message>
    <message>
        <source>Mean of ended stays</source>
        <translation>Mean of ended stays</translation>
    </message>
    <message>
        <source>Median (Kaplan–Meier)</source>
        <translation>Median (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Still in it after 6 months</source>
        <translation>Still in it after 6 months</translation>
    </message>
    <message>
        <source>After 12 months</source>
        <translation>After 12 months</translation>
    </message>
    <message>
        <source>After 24 months</source>
        <translation>After 24 months</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Launches</translation>
    </message>
    <message>
        <source>Entries into construction</source>
        <translation>Entries into construction</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Committees held</source>
        <translation>Committees held</translation>
    </message>
    <message>
        <source>Period ended</source>
        <translation>Period ended</translation>
    </message>
    <message>
        <source>Roadmaps</source>
        <translation>Roadmaps</translation>
    </message>
    <message>
        <source>Every objective achieved</source>
        <translation>Every objective achieved</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <source>Results measured</source>
        <translation>Results measured</translation>
    </message>
    <message>
        <source>No six-month roadmap with quantified results has ended yet.</source>
        <translation>No six-month roadmap with quantified results has ended yet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>The roadmap needs a start and an end date.</source>
        <translation>The roadmap needs a start and an end date.</translation>
    </message>
    <message>
        <source>The roadmap ends on %1, before it starts on %2.</source>
        <translation>The roadmap ends on %1, before it starts on %2.</translation>
    </message>
    <message>
        <source>The period overlaps the roadmap from %1 to %2.</source>
        <translation>The period overlaps the roadmap from %1 to %2.</translation>
    </message>
    <message>
        <source>A roadmap holds at most %1 priorities: focus on what the team will be accountable for.</source>
        <translation>A roadmap holds at most %1 priorities: focus on what the team will be accountable for.</translation>
    </message>
    <message>
        <source>Every priority needs a title.</source>
        <translation>Every priority needs a title.</translation>
    </message>
    <message>
        <source>Every expected result needs a text.</source>
        <translation>Every expected result needs a text.</translation>
    </message>
    <message>
        <source>A budget request cannot be negative.</source>
        <translation>A budget request cannot be negative.</translation>
    </message>
    <message>
        <source>Every team member needs a profile.</source>
        <translation>Every team member needs a profile.</translation>
    </message>
    <message>
        <source>The time of “%1” is out of range.</source>
        <translation>The time of “%1” is out of range.</translation>
    </message>
    <message>
        <source>Every support need names its actor.</source>
        <translation>Every support need names its actor.</translation>
    </message>
</context>
<context>
    <name>SchemaDefinition</name>
    <message>
        <source>the schema version</source>
        <translation>the schema version</translation>
    </message>
    <message>
        <source>the organisations</source>
        <translation>the organisations</translation>
    </message>
    <message>
        <source>the incubators</source>
        <translation>the incubators</translation>
    </message>
    <message>
        <source>the products</source>
        <translation>the products</translation>
    </message>
    <message>
        <source>the sponsors of a product</source>
        <translation>the sponsors of a product</translation>
    </message>
    <message>
        <source>the links of a product</source>
        <translation>the links of a product</translation>
    </message>
    <message>
        <source>the phases of a product</source>
        <translation>the phases of a product</translation>
    </message>
    <message>
        <source>the committee sessions</source>
        <translation>the committee sessions</translation>
    </message>
    <message>
        <source>the products of a session</source>
        <translation>the products of a session</translation>
    </message>
    <message>
        <source>the committee&apos;s decisions</source>
        <translation>the committee&apos;s decisions</translation>
    </message>
    <message>
        <source>the database settings</source>
        <translation>the database settings</translation>
    </message>
    <message>
        <source>the imported beta.gouv.fr files</source>
        <translation>the imported beta.gouv.fr files</translation>
    </message>
    <message>
        <source>the timeline of a product</source>
        <translation>the timeline of a product</translation>
    </message>
    <message>
        <source>the budget envelopes</source>
        <translation>the budget envelopes</translation>
    </message>
    <message>
        <source>the indicators</source>
        <translation>the indicators</translation>
    </message>
    <message>
        <source>the measurements</source>
        <translation>the measurements</translation>
    </message>
    <message>
        <source>the indicator targets</source>
        <translation>the indicator targets</translation>
    </message>
    <message>
        <source>the spending</source>
        <translation>the spending</translation>
    </message>
    <message>
        <source>the participants of a session</source>
        <translation>the participants of a session</translation>
    </message>
    <message>
        <source>the agenda and notes of a session</source>
        <translation>the agenda and notes of a session</translation>
    </message>
    <message>
        <source>the agenda templates</source>
        <translation>the agenda templates</translation>
    </message>
    <message>
        <source>the scores of a session</source>
        <translation>the scores of a session</translation>
    </message>
    <message>
        <source>the objectives of a decision</source>
        <translation>the objectives of a decision</translation>
    </message>
    <message>
        <source>the blockers of a decision</source>
        <translation>the blockers of a decision</translation>
    </message>
    <message>
        <source>the actions of a decision</source>
        <translation>the actions of a decision</translation>
    </message>
    <message>
        <source>the roadmaps</source>
        <translation>the roadmaps</translation>
    </message>
    <message>
        <source>the team members of a product</source>
        <translation>the team members of a product</translation>
    </message>
    <message>
        <source>the written deliberations</source>
        <translation>the written deliberations</translation>
    </message>
    <message>
        <source>the co-incubators of a product</source>
        <translation>the co-incubators of a product</translation>
    </message>
    <message>
        <source>the member space contacts of a product</source>
        <translation>the member space contacts of a product</translation>
    </message>
    <message>
        <source>the member space&apos;s people</source>
        <translation>the member space&apos;s people</translation>
    </message>
    <message>
        <source>the funding pools</source>
        <translation>the funding pools</translation>
    </message>
    <message>
        <source>the incubators a funding pool may fund</source>
        <translation>the incubators a funding pool may fund</translation>
    </message>
    <message>
        <source>the products a funding pool may fund</source>
        <translation>the products a funding pool may fund</translation>
    </message>
    <message>
        <source>the allocation scenarios</source>
        <translation>the allocation scenarios</translation>
    </message>
    <message>
        <source>the follow-up of decisions</source>
        <translation>the follow-up of decisions</translation>
    </message>
</context>
<context>
    <name>ServerRefusal</name>
    <message>
        <source>The deliberation of “%1” is final: on the shared server its decisions, scores, notes, participants and agenda are read-only for every role. Correct the deliberation (a new version) to change them.</source>
        <translation>The deliberation of “%1” is final: on the shared server its decisions, scores, notes, participants and agenda are read-only for every role. Correct the deliberation (a new version) to change them.</translation>
    </message>
    <message>
        <source>Your role on the shared server does not allow changing an approved roadmap or its approval (product %1): the team writes only its roadmap drafts.</source>
        <translation>Your role on the shared server does not allow changing an approved roadmap or its approval (product %1): the team writes only its roadmap drafts.</translation>
    </message>
    <message>
        <source>Your role on the shared server does not allow this change.</source>
        <translation>Your role on the shared server does not allow this change.</translation>
    </message>
    <message>
        <source>Your role on the shared server does not allow changing %1.</source>
        <translation>Your role on the shared server does not allow changing %1.</translation>
    </message>
    <message>
        <source>A team member writes only the roadmap drafts, indicators and measurements of its own products.</source>
        <translation>A team member writes only the roadmap drafts, indicators and measurements of its own products.</translation>
    </message>
    <message>
        <source>A sponsor writes only its own scores, for the products of a session it takes part in, while that session runs.</source>
        <translation>A sponsor writes only its own scores, for the products of a session it takes part in, while that session runs.</translation>
    </message>
    <message>
        <source>The facilitator writes the deliberation and submits it; only the chair of the session approves it, with their own login.</source>
        <translation>The facilitator writes the deliberation and submits it; only the chair of the session approves it, with their own login.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Investment committee</source>
        <translation>Investment committee</translation>
    </message>
    <message>
        <source>Investment committee: %1</source>
        <translation>Investment committee: %1</translation>
    </message>
    <message>
        <source>The session has no product.</source>
        <translation>The session has no product.</translation>
    </message>
    <message>
        <source>“%1” has no decision yet.</source>
        <translation>“%1” has no decision yet.</translation>
    </message>
</context>
<context>
    <name>SessionAgenda</name>
    <message>
        <source>Recommended format</source>
        <translation>Recommended format</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>The template needs a name.</translation>
    </message>
    <message>
        <source>The template has no item.</source>
        <translation>The template has no item.</translation>
    </message>
    <message>
        <source>Item %1 of the template has no title.</source>
        <translation>Item %1 of the template has no title.</translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <source>Products reviewed:</source>
        <translation>Products reviewed:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
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
        <translation>Video link: %1</translation>
    </message>
    <message>
        <source>Could not write the invitation %1: %2</source>
        <translation>Could not write the invitation %1: %2</translation>
    </message>
    <message>
        <source>comite-session-%1.ics</source>
        <translation>comite-session-%1.ics</translation>
    </message>
</context>
<context>
    <name>SessionDecisions</name>
    <message>
        <source>%1: the amount granted cannot be negative.</source>
        <translation>%1: the amount granted cannot be negative.</translation>
    </message>
    <message>
        <source>%1: the period granted needs both a start and an end.</source>
        <translation>%1: the period granted needs both a start and an end.</translation>
    </message>
    <message>
        <source>%1: the period granted ends before it starts.</source>
        <translation>%1: the period granted ends before it starts.</translation>
    </message>
    <message>
        <source>%1: a stop decision cannot move the product to “%2”.</source>
        <translation>%1: a stop decision cannot move the product to “%2”.</translation>
    </message>
    <message>
        <source>%1: a stop decision grants no budget.</source>
        <translation>%1: a stop decision grants no budget.</translation>
    </message>
    <message>
        <source>%1: roadmap priority %2 has no text.</source>
        <translation>%1: roadmap priority %2 has no text.</translation>
    </message>
    <message>
        <source>%1: blocker %2 has no text.</source>
        <translation>%1: blocker %2 has no text.</translation>
    </message>
    <message>
        <source>%1: action item %2 has no text.</source>
        <translation>%1: action item %2 has no text.</translation>
    </message>
    <message>
        <source>%1: a counted vote needs at least one vote.</source>
        <translation>%1: a counted vote needs at least one vote.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>Committee of %1</source>
        <translation>Committee of %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
</context>
<context>
    <name>StageStyle</name>
    <message>
        <source>On schedule</source>
        <translation>On schedule</translation>
    </message>
    <message numerus="yes">
        <source>%n min behind schedule</source>
        <translation>
            <numerusform>%n min behind schedule</numerusform>
            <numerusform>%n min behind schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead of schedule</source>
        <translation>
            <numerusform>%n min ahead of schedule</numerusform>
            <numerusform>%n min ahead of schedule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Standard</name>
    <message>
        <source>Impact-driven</source>
        <translation>Impact-driven</translation>
    </message>
    <message>
        <source>Autonomous team</source>
        <translation>Autonomous team</translation>
    </message>
    <message>
        <source>Transparency and accountability</source>
        <translation>Transparency and accountability</translation>
    </message>
    <message>
        <source>Technical good practice</source>
        <translation>Technical good practice</translation>
    </message>
    <message>
        <source>Steering and impact indicators on a public statistics page, updated daily.</source>
        <translation>Steering and impact indicators on a public statistics page, updated daily.</translation>
    </message>
    <message>
        <source>No interference of the hierarchy in the operational choices made between committees.</source>
        <translation>No interference of the hierarchy in the operational choices made between committees.</translation>
    </message>
    <message>
        <source>Open-source code, published budget, accessibility statement, legal notice and privacy policy.</source>
        <translation>Open-source code, published budget, accessibility statement, legal notice and privacy policy.</translation>
    </message>
    <message>
        <source>French government design system (DSFR), web good practice, SEO, accessibility, eco-design (see the Dashlord).</source>
        <translation>French government design system (DSFR), web good practice, SEO, accessibility, eco-design (see the Dashlord).</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
</context>
<context>
    <name>SyntheticPortfolio</name>
    <message>
        <source>“%1” already holds a portfolio (products: %2); use --force to replace it.</source>
        <translation>“%1” already holds a portfolio (products: %2); use --force to replace it.</translation>
    </message>
</context>
<context>
    <name>TimeUnit</name>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>days per week</source>
        <translation>days per week</translation>
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
    <message>
        <source>Usage only</source>
        <translation>Usage only</translation>
    </message>
    <message>
        <source>Missing mandatory indicators</source>
        <translation>Missing mandatory indicators</translation>
    </message>
    <message>
        <source>Efficiency worsening</source>
        <translation>Efficiency worsening</translation>
    </message>
    <message>
        <source>No committee on record</source>
        <translation>No committee on record</translation>
    </message>
</context>
</TS>
