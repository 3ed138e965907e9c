#pragma once
// The member space's people as Comité keeps them: each username's full name
// (`members`), and the team logins of each product (`product_members`, which
// the shared server's team role reads). A membership read from the member
// space is marked as such, so the next import can remove the people who left
// a team without touching the logins a facilitator added by hand.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Comite {

class Database;

// A team login of a product, with the person's full name when known.
struct TeamMembership {
    QString login;
    QString fullName;
    bool fromMemberSpace = false;
    bool operator==(const TeamMembership &) const = default;
};

// What replacing the imported teams changed.
struct TeamChanges {
    int added = 0;
    int removed = 0;
    bool operator==(const TeamChanges &) const = default;
};

class MemberRepository
{
public:
    explicit MemberRepository(Database &db) : m_db(db) {}

    // Records (or renames) people: login → full name.
    void setFullNames(const QHash<QString, QString> &names);
    // Every known login's full name.
    QHash<QString, QString> fullNames() const;
    // The full name of `login`, or `login` itself when unknown.
    QString displayName(const QString &login) const;

    // The team of a product, by login.
    QList<TeamMembership> team(qint64 productId) const;
    // Makes the member-space memberships of each listed product exactly
    // `teams[product]`; hand-added memberships stay. One transaction.
    TeamChanges replaceImportedTeams(const QHash<qint64, QSet<QString>> &teams);

private:
    Database &m_db;
};

} // namespace Comite
