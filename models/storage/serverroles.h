#pragma once
// The three roles of a shared PostgreSQL database and the rules the server
// enforces for them (GRANTs and row-level security):
// comite_facilitator writes everything; comite_team reads everything and
// writes the roadmaps, indicators, measurements and spending of the
// products it is a member of; comite_sponsor reads everything and writes
// only its own scores.

#include <QString>

namespace Comite {

class Database;

enum class ServerRole { Owner, Facilitator, Team, Sponsor, None };

namespace ServerRoles {
// Creates the roles when missing and (re)applies grants and policies; run
// by the database owner. Idempotent. Throws StorageError.
void install(Database &db);
// The role of the connected login (Owner for SQLite and the schema owner).
ServerRole current(Database &db);
QString key(ServerRole role);
}

} // namespace Comite
