#include "serverroles.h"

#include "database.h"
#include "schemadefinition.h"
#include "serverrefusal.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QStringList>

namespace Comite::ServerRoles {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

const char *const roles[] = {"comite_facilitator", "comite_team", "comite_sponsor"};
const QString allRoles = QStringLiteral("comite_facilitator, comite_team, comite_sponsor");
const char *const policies[] = {"comite_read", "comite_facilitator_write", "comite_member_write"};

// A final deliberation makes its session's rows read-only for everyone:
// TG_ARGV[0] is the SQL giving a row's session ({row} → r).
// comite_row_id evaluates such an expression on a trigger's row; both
// guards below use it.
const QString finalLock = QStringLiteral(R"(
CREATE OR REPLACE FUNCTION comite_row_id(expr text, r anyelement) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    id bigint;
BEGIN
    EXECUTE format('SELECT %s FROM (SELECT ($1).*) r', expr) INTO id USING r;
    RETURN id;
END $$;
CREATE OR REPLACE FUNCTION comite_check_unlocked(sid bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    name text;
BEGIN
    IF sid IS NOT NULL AND (SELECT v.status FROM deliberation_versions v WHERE v.session_id = sid
                           ORDER BY v.number DESC LIMIT 1) = 'final' THEN
        SELECT coalesce(nullif(s.title, ''), s.starts_at) INTO name FROM sessions s WHERE s.id = sid;
        RAISE EXCEPTION USING ERRCODE = '%1', MESSAGE = 'comite:locked:' || coalesce(name, sid::text),
            HINT = 'The deliberation of this session is final; correct it (a new version) first.';
    END IF;
END $$;
CREATE OR REPLACE FUNCTION comite_final_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM comite_check_unlocked(comite_row_id(TG_ARGV[0], OLD));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM comite_check_unlocked(comite_row_id(TG_ARGV[0], NEW));
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;
CREATE OR REPLACE FUNCTION comite_final_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'final' THEN
        RAISE EXCEPTION USING ERRCODE = '%1', MESSAGE = 'comite:locked:' || coalesce(
            (SELECT coalesce(nullif(s.title, ''), s.starts_at) FROM sessions s WHERE s.id = OLD.session_id), OLD.session_id::text),
            HINT = 'A final version of a deliberation is never changed; correct it with a new version.';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
)").arg(QLatin1String(ServerRefusal::lockedState));

// A team member writes roadmap drafts only: not an approved roadmap nor its
// parts, and never the approval (the approving session). TG_ARGV[0] gives
// the row's roadmap. Facilitators (and the owner) are not concerned.
const QString teamGuard = QStringLiteral(R"(
CREATE OR REPLACE FUNCTION comite_check_draft(rid bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    name text;
BEGIN
    SELECT p.title INTO name FROM roadmaps r JOIN products p ON p.id = r.product_id
        WHERE r.id = rid AND r.session_id IS NOT NULL;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '%1', MESSAGE = 'comite:approved:' || name,
            HINT = 'Approved roadmaps are the committee''s; a team member writes drafts only.';
    END IF;
END $$;
CREATE OR REPLACE FUNCTION comite_team_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role('comite_team', 'MEMBER') AND NOT pg_has_role('comite_facilitator', 'MEMBER') THEN
        -- Nested, not one AND: PL/pgSQL plans the whole condition, and NEW
        -- of another table has no session_id.
        IF TG_TABLE_NAME = 'roadmaps' AND TG_OP IN ('INSERT', 'UPDATE') THEN
            IF NEW.session_id IS NOT NULL THEN
                RAISE EXCEPTION USING ERRCODE = '%1', MESSAGE = 'comite:approved:' ||
                    coalesce((SELECT p.title FROM products p WHERE p.id = NEW.product_id), NEW.product_id::text),
                    HINT = 'Only the facilitator records a roadmap''s approval.';
            END IF;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM comite_check_draft(comite_row_id(TG_ARGV[0], OLD));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM comite_check_draft(comite_row_id(TG_ARGV[0], NEW));
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
)").arg(QLatin1String(ServerRefusal::approvedState));

// The approval of a written deliberation (issue 16): on the shared server
// the chair — the session's participant with the role "chair" and the
// login — approves a submitted draft, which makes it final, and changes
// nothing else; the facilitator writes, submits and makes final, and
// records an approval only for a chair who has no login of their own.
const QString approvalGuard = QStringLiteral(R"(
CREATE OR REPLACE FUNCTION comite_approval_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT t.tableowner = current_user FROM pg_tables t
        WHERE t.tablename = TG_TABLE_NAME AND t.schemaname = TG_TABLE_SCHEMA) THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF NOT pg_has_role('comite_facilitator', 'MEMBER') THEN
        IF TG_OP <> 'UPDATE' THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission denied for table deliberation_versions',
                HINT = 'The chair only approves a submitted deliberation.';
        END IF;
        IF OLD.submitted_on IS NULL OR OLD.status <> 'draft' OR NEW.status <> 'final' OR NEW.approved_on IS NULL
           OR NEW.approved_by = '' OR NEW.session_id <> OLD.session_id OR NEW.number <> OLD.number
           OR NEW.reason <> OLD.reason OR NEW.created_on <> OLD.created_on
           OR NEW.submitted_on IS DISTINCT FROM OLD.submitted_on OR NEW.submitted_by <> OLD.submitted_by THEN
            RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission denied for table deliberation_versions',
                HINT = 'The chair only approves a submitted deliberation.';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.approved_on IS NULL AND NEW.approved_by = '' THEN
            RETURN NEW;
        END IF;
    ELSE
        IF NEW.approved_on IS NOT DISTINCT FROM OLD.approved_on AND NEW.approved_by = OLD.approved_by THEN
            RETURN NEW;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM session_participants p WHERE p.session_id = NEW.session_id AND p.role = 'chair' AND p.login <> '') THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission denied for table deliberation_versions',
            HINT = 'The chair of this session approves the deliberation with their own login.';
    END IF;
    RETURN NEW;
END $$;
)");

bool tableExists(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                         "WHERE table_schema = current_schema() AND table_name = ?"),
                          {table});
    return q.next() && q.value(0).toInt() > 0;
}

void runScript(Database &db, const QString &script)
{
    for (const QString &statement : SqlScript::statements(script))
        db.exec(statement);
}

// Grants and row-level security of one table, from its definition.
void applyRule(Database &db, const TableDefinition &t)
{
    const QString name = QLatin1String(t.name);
    for (const char *policy : policies)
        db.exec(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), name));
    db.exec(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(name, allRoles));
    db.exec(QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1 FROM %2").arg(name, allRoles));
    if (t.writer == TableWriter::Owner)
        return;
    db.exec(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO comite_facilitator").arg(name));
    if (t.writer == TableWriter::Facilitator) {
        db.exec(QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(name));
        return;
    }
    const QString role = t.writer == TableWriter::Team ? QStringLiteral("comite_team") : QStringLiteral("comite_sponsor");
    const QString member = t.sql(t.member, name);
    // An approved roadmap stays visible to its team's writes so that the
    // guard trigger can say why it refuses, rather than nothing happening.
    QString check = member;
    // Not on roadmaps itself: a policy reading its own table recurses
    // (42P17); there the guard trigger refuses an approved roadmap.
    if (t.roadmap && name != QLatin1String("roadmaps"))
        check += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM roadmaps x WHERE x.id = %1 AND x.session_id IS NOT NULL)")
                     .arg(t.sql(t.roadmap, name));
    db.exec(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name));
    db.exec(QStringLiteral("CREATE POLICY comite_read ON %1 FOR SELECT USING (true)").arg(name));
    db.exec(QStringLiteral("CREATE POLICY comite_facilitator_write ON %1 TO comite_facilitator USING (true) WITH CHECK (true)")
                .arg(name));
    db.exec(QStringLiteral("CREATE POLICY comite_member_write ON %1 TO %2 USING (%3) WITH CHECK (%4)").arg(name, role, member, check));
    db.exec(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(name, role));
}

// Triggers of one table: the final lock, the team's drafts, notifications.
void applyTriggers(Database &db, const TableDefinition &t)
{
    const QString name = QLatin1String(t.name);
    for (const char *trigger : {"comite_final_lock", "comite_team_guard", "comite_notify", "comite_approval_guard"})
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(QLatin1String(trigger), name));
    auto argument = [](const QString &sql) { return u'\'' + QString(sql).replace(u'\'', QStringLiteral("''")) + u'\''; };
    if (t.session)
        db.exec(QStringLiteral("CREATE TRIGGER comite_final_lock BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION comite_final_lock(%2)")
                    .arg(name, argument(t.sql(t.session, QStringLiteral("r")))));
    if (name == QLatin1String("deliberation_versions"))
        db.exec(QStringLiteral("CREATE TRIGGER comite_final_lock BEFORE UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION comite_final_version()")
                    .arg(name));
    if (name == QLatin1String("deliberation_versions"))
        db.exec(QStringLiteral("CREATE TRIGGER comite_approval_guard BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION comite_approval_guard()")
                    .arg(name));
    if (t.roadmap)
        db.exec(QStringLiteral("CREATE TRIGGER comite_team_guard BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                               "FOR EACH ROW EXECUTE FUNCTION comite_team_guard(%2)")
                    .arg(name, argument(t.sql(t.roadmap, QStringLiteral("r")))));
    if (t.writer != TableWriter::Owner)
        db.exec(QStringLiteral("CREATE TRIGGER comite_notify AFTER INSERT OR UPDATE OR DELETE ON %1 "
                               "FOR EACH STATEMENT EXECUTE FUNCTION comite_notify()")
                    .arg(name));
}

// Every write notifies the other clients (ServerWatcher), once per
// statement, with the next number of a counter only this function (run as
// the owner) advances: a NOTIFY sent by hand cannot make clients reload.
// setval, not nextval: nextval would become the session's lastval(), the
// id Qt's QPSQL driver reads back after an INSERT (lastInsertId), so every
// insert into a notifying table returned the counter instead of its id. The
// advisory lock (released at once, setval is not transactional) keeps two
// writers from taking the same number.
void installNotifications(Database &db)
{
    QSqlQuery schema = db.exec(QStringLiteral("SELECT quote_ident(current_schema())"));
    schema.next();
    db.exec(QStringLiteral("CREATE SEQUENCE IF NOT EXISTS %1").arg(QLatin1String(changeCounter)));
    db.exec(QStringLiteral("REVOKE ALL ON SEQUENCE %1 FROM PUBLIC, %2").arg(QLatin1String(changeCounter), allRoles));
    db.exec(QStringLiteral("GRANT SELECT ON SEQUENCE %1 TO %2").arg(QLatin1String(changeCounter), allRoles));
    db.exec(QStringLiteral("CREATE OR REPLACE FUNCTION comite_notify() RETURNS trigger LANGUAGE plpgsql "
                           "SECURITY DEFINER SET search_path = %1, pg_temp AS "
                           "$$ DECLARE n bigint; BEGIN "
                           "PERFORM pg_advisory_lock(hashtext('%3')); "
                           "SELECT CASE WHEN is_called THEN last_value ELSE 0 END + 1 INTO n FROM %3; "
                           "PERFORM setval('%3', n); "
                           "PERFORM pg_advisory_unlock(hashtext('%3')); "
                           "PERFORM pg_notify('%2', n::text); RETURN NULL; END $$")
                .arg(schema.value(0).toString(), QLatin1String(notificationChannel), QLatin1String(changeCounter)));
    db.exec(QStringLiteral("REVOKE ALL ON FUNCTION comite_notify() FROM PUBLIC"));
}

// Only Comité's roles (and the owner) may connect to the database.
void restrictConnections(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT quote_ident(current_database())"));
    q.next();
    const QString name = q.value(0).toString();
    db.exec(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(name));
    db.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(name, allRoles));
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
        restrictConnections(db);
        db.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(allRoles));
        db.exec(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(allRoles));
        // Tables a later migration adds are readable by all and writable by
        // the facilitator until init-server runs again and applies their rule.
        db.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(allRoles));
        db.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES "
                               "TO comite_facilitator"));
        db.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %1").arg(allRoles));
        installNotifications(db);
        runScript(db, finalLock);
        runScript(db, teamGuard);
        runScript(db, approvalGuard);
        QStringList unknown;
        QSqlQuery existing = db.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"));
        while (existing.next()) {
            if (!SchemaDefinition::find(existing.value(0).toString()))
                unknown << existing.value(0).toString();
        }
        if (!unknown.isEmpty())
            throw StorageError(Tr::tr("%1 has tables Comité's schema definition does not describe (%2): "
                                      "this version of Comité cannot set their access rules.")
                                   .arg(db.displayName(), unknown.join(QStringLiteral(", "))));
        for (const TableDefinition &t : SchemaDefinition::tables()) {
            if (!tableExists(db, QLatin1String(t.name)))
                continue;
            applyRule(db, t);
            applyTriggers(db, t);
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
