#pragma once
// Every table of Comité's schema in one place (KMyMoney's mymoneydbdef
// idea): the migration that adds it, who writes it on a shared server, and
// the SQL that ties a row to its product, roadmap and session. The server
// roles (serverroles.cpp) build their grants, policies and triggers from
// it, refusals name a table with its label, and a test checks it against
// the migrations. A new table goes here too, with its rule.

#include <QList>
#include <QString>

namespace Comite {

// Who writes a table on a shared server. Everyone in Comité's roles reads
// every table; the facilitator writes every table but the schema's own.
enum class TableWriter {
    Owner,        // only the database owner (the schema version)
    Facilitator,  // the facilitator only
    Team,         // also the team members of the row's product
    Sponsor,      // also the sponsor whose seat the row is
};

struct TableDefinition {
    const char *name;
    int migration;  // the migration that creates it (0: the server's own)
    TableWriter writer;
    // SQL, with {row} standing for the row (the table name in a policy, a
    // row variable in a trigger):
    const char *member = nullptr;   // Team/Sponsor: true when the login may write the row
    const char *roadmap = nullptr;  // Team: the row's roadmap; an approved one is not the team's
    const char *session = nullptr;  // the session whose final deliberation makes the row read-only
    const char *label = nullptr;    // what it holds, for messages (translated in context "SchemaDefinition")

    QString sql(const char *expression, const QString &row) const;
    QString displayLabel() const;  // translated
};

namespace SchemaDefinition {
const QList<TableDefinition> &tables();
// The table called `name`, or nullptr.
const TableDefinition *find(const QString &name);
}

} // namespace Comite
