#include "serverroles.h"

#include "database.h"

#include <QCoreApplication>
#include <QStringList>

namespace Comite::ServerRoles {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

const char *const roles[] = {"comite_facilitator", "comite_team", "comite_sponsor"};

// Tables a team member writes, with the SQL that finds a row's product.
struct ProductTable {
    const char *table;
    const char *product;
};
constexpr ProductTable teamTables[] = {
    {"indicators", "product_id"},
    {"measurements", "(SELECT i.product_id FROM indicators i WHERE i.id = indicator_id)"},
    {"indicator_targets", "(SELECT i.product_id FROM indicators i WHERE i.id = indicator_id)"},
    {"spending", "product_id"},
    {"roadmaps", "product_id"},
    {"roadmap_priorities", "(SELECT r.product_id FROM roadmaps r WHERE r.id = roadmap_id)"},
    {"roadmap_results", "(SELECT r.product_id FROM roadmap_priorities p JOIN roadmaps r ON r.id = p.roadmap_id "
                        "WHERE p.id = priority_id)"},
    {"roadmap_items", "(SELECT r.product_id FROM roadmaps r WHERE r.id = roadmap_id)"},
    {"roadmap_team", "(SELECT r.product_id FROM roadmaps r WHERE r.id = roadmap_id)"},
    {"roadmap_budget", "(SELECT r.product_id FROM roadmaps r WHERE r.id = roadmap_id)"},
    {"roadmap_support", "(SELECT r.product_id FROM roadmaps r WHERE r.id = roadmap_id)"},
    {"roadmap_standards", "(SELECT r.product_id FROM roadmaps r WHERE r.id = roadmap_id)"},
};

// Tables only the facilitator writes, everyone reads, under row-level
// security with no member rule: the written deliberation (issue 8).
constexpr const char *facilitatorTables[] = {"deliberation_versions"};

// A final deliberation locks the session's scores on the server too.
constexpr const char *scoresNotLocked =
    " AND session_id NOT IN (SELECT v.session_id FROM deliberation_versions v WHERE v.status = 'final' AND v.number = "
    "(SELECT max(w.number) FROM deliberation_versions w WHERE w.session_id = v.session_id))";

bool tableExists(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                         "WHERE table_schema = current_schema() AND table_name = ?"),
                          {table});
    return q.next() && q.value(0).toInt() > 0;
}

// Row-level security on `table`: everyone reads, the facilitator writes,
// and `role` writes the rows `check` accepts.
void protect(Database &db, const QString &table, const QString &role, const QString &check)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
    for (const char *policy : {"comite_read", "comite_facilitator_write", "comite_member_write"})
        db.exec(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), table));
    db.exec(QStringLiteral("CREATE POLICY comite_read ON %1 FOR SELECT USING (true)").arg(table));
    db.exec(QStringLiteral("CREATE POLICY comite_facilitator_write ON %1 TO comite_facilitator USING (true) WITH CHECK (true)")
                .arg(table));
    db.exec(QStringLiteral("CREATE POLICY comite_member_write ON %1 TO %2 USING (%3) WITH CHECK (%3)").arg(table, role, check));
    db.exec(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(table, role));
}

// Every write notifies the other clients (ServerWatcher), once per statement.
void installNotifications(Database &db)
{
    db.exec(QStringLiteral("CREATE OR REPLACE FUNCTION comite_notify() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN PERFORM pg_notify('comite_changes', TG_TABLE_NAME); RETURN NULL; END $$"));
    QSqlQuery q = db.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                         "AND table_type = 'BASE TABLE' AND table_name <> 'comite_schema'"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS comite_notify ON %1").arg(table));
        db.exec(QStringLiteral("CREATE TRIGGER comite_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                               "FOR EACH STATEMENT EXECUTE FUNCTION comite_notify()").arg(table));
    }
}
} // namespace

void install(Database &db)
{
    if (db.backend() != Database::Backend::PostgreSQL)
        throw StorageError(Tr::tr("Roles exist only on a PostgreSQL server; %1 is a file.").arg(db.displayName()));
    db.transaction([&] {
        for (const char *role : roles) {
            QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {QLatin1String(role)});
            if (q.next() && q.value(0).toInt() == 0)
                db.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(QLatin1String(role)));
        }
        db.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO comite_facilitator, comite_team, comite_sponsor")
                    .arg(QStringLiteral("public")));
        db.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO comite_facilitator, comite_team, comite_sponsor"));
        db.exec(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO comite_facilitator"));
        db.exec(QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON comite_schema FROM comite_facilitator"));
        db.exec(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public "
                               "TO comite_facilitator, comite_team, comite_sponsor"));
        // Tables later migrations add are readable by all and writable by the
        // facilitator too; run init-server again to extend the member rules.
        db.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES "
                               "TO comite_facilitator, comite_team, comite_sponsor"));
        db.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES "
                               "TO comite_facilitator"));
        db.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES "
                               "TO comite_facilitator, comite_team, comite_sponsor"));
        const QString member = QStringLiteral("%1 IN (SELECT m.product_id FROM product_members m WHERE m.login = current_user)");
        for (const ProductTable &t : teamTables) {
            if (tableExists(db, QLatin1String(t.table)))
                protect(db, QLatin1String(t.table), QStringLiteral("comite_team"), member.arg(QLatin1String(t.product)));
        }
        installNotifications(db);
        const bool deliberations = tableExists(db, QStringLiteral("deliberation_versions"));
        if (tableExists(db, QStringLiteral("session_scores")))
            protect(db, QStringLiteral("session_scores"), QStringLiteral("comite_sponsor"),
                    QStringLiteral("participant_id IN (SELECT p.id FROM session_participants p WHERE p.login = current_user)")
                        + (deliberations ? QLatin1String(scoresNotLocked) : QLatin1String()));
        for (const char *table : facilitatorTables) {
            if (!tableExists(db, QLatin1String(table)))
                continue;
            const QString name = QLatin1String(table);
            db.exec(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name));
            for (const char *policy : {"comite_read", "comite_facilitator_write", "comite_member_write"})
                db.exec(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), name));
            db.exec(QStringLiteral("CREATE POLICY comite_read ON %1 FOR SELECT USING (true)").arg(name));
            db.exec(QStringLiteral("CREATE POLICY comite_facilitator_write ON %1 TO comite_facilitator USING (true) WITH CHECK (true)")
                        .arg(name));
            db.exec(QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM comite_team, comite_sponsor").arg(name));
        }
    });
}

ServerRole current(Database &db)
{
    if (db.backend() != Database::Backend::PostgreSQL)
        return ServerRole::Owner;
    // Direct membership, read from the catalogue so a server without the
    // roles (not initialised) answers None instead of failing.
    const QString member = QStringLiteral("EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                          "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = '%1' AND u.rolname = current_user)");
    QSqlQuery q = db.exec(QStringLiteral("SELECT (SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'products' "
                                         "AND schemaname = current_schema()), %1, %2, %3")
                              .arg(member.arg(QLatin1String("comite_facilitator")), member.arg(QLatin1String("comite_team")),
                                   member.arg(QLatin1String("comite_sponsor"))));
    if (!q.next())
        return ServerRole::None;
    if (q.value(0).toBool())
        return ServerRole::Owner;
    if (q.value(1).toBool())
        return ServerRole::Facilitator;
    if (q.value(2).toBool())
        return ServerRole::Team;
    if (q.value(3).toBool())
        return ServerRole::Sponsor;
    return ServerRole::None;
}

QString key(ServerRole role)
{
    switch (role) {
    case ServerRole::Owner: return QStringLiteral("owner");
    case ServerRole::Facilitator: return QStringLiteral("facilitator");
    case ServerRole::Team: return QStringLiteral("team");
    case ServerRole::Sponsor: return QStringLiteral("sponsor");
    case ServerRole::None: break;
    }
    return QStringLiteral("none");
}

} // namespace Comite::ServerRoles
