#pragma once
// The three roles of a shared PostgreSQL database and the rules the server
// enforces for them, built from SchemaDefinition (grants, row-level
// security, triggers): comite_facilitator writes everything;
// comite_team writes the roadmap drafts, indicators and measurements of the
// products it is a member of; comite_sponsor writes only its own scores,
// in a running session it takes part in. A final deliberation makes its
// session read-only for everyone. Only these roles may connect.

#include <QString>

namespace Comite {

class Database;

enum class ServerRole { Owner, Facilitator, Team, Sponsor, None };

namespace ServerRoles {
// The channel every write notifies, with the next value of changeCounter,
// a sequence only the notifying trigger (run as the owner) advances.
inline constexpr const char *notificationChannel = "comite_changes";
inline constexpr const char *changeCounter = "comite_change_counter";

// Creates the roles when missing and (re)applies grants, policies and
// triggers; run by the database owner. Idempotent. Throws StorageError.
void install(Database &db);
// The role of the connected login (Owner for SQLite and the schema owner).
ServerRole current(Database &db);
QString key(ServerRole role);
}

} // namespace Comite
