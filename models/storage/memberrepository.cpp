#include "memberrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Comite {

namespace {
const QString importedSource = QStringLiteral("espace-membre");
} // namespace

void MemberRepository::setFullNames(const QHash<QString, QString> &names)
{
    m_db.transaction([&] {
        QSqlQuery upsert = m_db.prepare(QStringLiteral("INSERT INTO members (login, fullname) VALUES (?, ?) "
                                                       "ON CONFLICT (login) DO UPDATE SET fullname = excluded.fullname"));
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            Database::exec(upsert, {it.key(), it.value()});
    });
}

QHash<QString, QString> MemberRepository::fullNames() const
{
    QHash<QString, QString> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT login, fullname FROM members"));
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

QString MemberRepository::displayName(const QString &login) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT fullname FROM members WHERE login = ?"), {login});
    const QString name = q.next() ? q.value(0).toString().trimmed() : QString();
    return name.isEmpty() ? login : name;
}

QList<TeamMembership> MemberRepository::team(qint64 productId) const
{
    QList<TeamMembership> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT pm.login, COALESCE(m.fullname, ''), pm.source FROM product_members pm "
                                           "LEFT JOIN members m ON m.login = pm.login WHERE pm.product_id = ? "
                                           "ORDER BY pm.login"),
                            {productId});
    while (q.next())
        result << TeamMembership{q.value(0).toString(), q.value(1).toString(), q.value(2).toString() == importedSource};
    return result;
}

TeamChanges MemberRepository::replaceImportedTeams(const QHash<qint64, QSet<QString>> &teams)
{
    TeamChanges changes;
    m_db.transaction([&] {
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO product_members (product_id, login, source) "
                                                       "VALUES (?, ?, ?) ON CONFLICT (product_id, login) DO NOTHING"));
        QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM product_members WHERE product_id = ? AND login = ?"));
        for (auto it = teams.cbegin(); it != teams.cend(); ++it) {
            QSet<QString> present;
            QSet<QString> imported;
            for (const TeamMembership &m : team(it.key())) {
                present.insert(m.login);
                if (m.fromMemberSpace)
                    imported.insert(m.login);
            }
            for (const QString &login : imported) {
                if (!it.value().contains(login)) {
                    Database::exec(remove, {it.key(), login});
                    ++changes.removed;
                }
            }
            for (const QString &login : it.value()) {
                if (!present.contains(login)) {
                    Database::exec(insert, {it.key(), login, importedSource});
                    ++changes.added;
                }
            }
        }
    });
    return changes;
}

} // namespace Comite
