#pragma once
// Says in the user's language why a shared server refused a write: its
// access rules (SQLSTATE 42501: grants and row-level security), the lock
// of a final deliberation and the committee's approval of a roadmap (the
// triggers ServerRoles installs, SQLSTATE CO001 and CO002). Never the raw
// driver text, never a password.

#include <QString>
#include <optional>

class QSqlError;

namespace Comite::ServerRefusal {

// SQLSTATE our triggers raise.
inline constexpr const char *lockedState = "CO001";    // a final deliberation's session
inline constexpr const char *approvedState = "CO002";  // an approved roadmap, approval itself

// The explanation when `error` is one of the server's refusals, else nothing.
std::optional<QString> explain(const QSqlError &error);

} // namespace Comite::ServerRefusal
