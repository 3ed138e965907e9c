#include "deliberationrepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DeliberationRepository)
};

QDate readDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

QList<DeliberationVersion> DeliberationRepository::versions(qint64 sessionId) const
{
    QList<DeliberationVersion> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, number, status, reason, created_on, finalised_on, finalised_by, content, "
                                           "submitted_on, submitted_by, approved_on, approved_by FROM deliberation_versions WHERE session_id = ? ORDER BY number"),
                            {sessionId});
    while (q.next()) {
        DeliberationVersion v;
        v.id = q.value(0).toLongLong();
        v.sessionId = sessionId;
        v.number = q.value(1).toInt();
        v.status = DeliberationStatuses::fromKey(q.value(2).toString()).value_or(DeliberationStatus::Draft);
        v.reason = q.value(3).toString();
        v.createdOn = readDate(q.value(4));
        v.finalisedOn = readDate(q.value(5));
        v.finalisedBy = q.value(6).toString();
        v.content = q.value(7).toString();
        v.submittedOn = readDate(q.value(8));
        v.submittedBy = q.value(9).toString();
        v.approvedOn = readDate(q.value(10));
        v.approvedBy = q.value(11).toString();
        list << v;
    }
    return list;
}

DeliberationVersion DeliberationRepository::current(qint64 sessionId) const
{
    return DeliberationRules::current(versions(sessionId), sessionId);
}

bool DeliberationRepository::isFinal(qint64 sessionId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT status FROM deliberation_versions WHERE session_id = ? "
                                           "ORDER BY number DESC LIMIT 1"),
                            {sessionId});
    return q.next() && q.value(0).toString() == DeliberationStatuses::key(DeliberationStatus::Final);
}

void DeliberationRepository::write(DeliberationVersion &v)
{
    const QVariantList values{v.sessionId,
                              v.number,
                              DeliberationStatuses::key(v.status),
                              Database::text(v.reason),
                              v.createdOn.toString(Qt::ISODate),
                              SqlValue::date(v.finalisedOn),
                              Database::text(v.finalisedBy),
                              Database::text(v.content),
                              SqlValue::date(v.submittedOn),
                              Database::text(v.submittedBy),
                              SqlValue::date(v.approvedOn),
                              Database::text(v.approvedBy)};
    m_db.transaction([&] {
        if (v.id > 0 && m_db.exec(QStringLiteral("SELECT 1 FROM deliberation_versions WHERE id = ?"), {v.id}).next()) {
            QVariantList bindings = values;
            bindings << v.id;
            m_db.exec(QStringLiteral("UPDATE deliberation_versions SET session_id = ?, number = ?, status = ?, reason = ?, "
                                     "created_on = ?, finalised_on = ?, finalised_by = ?, content = ?, "
                                     "submitted_on = ?, submitted_by = ?, approved_on = ?, approved_by = ? WHERE id = ?"),
                      bindings);
            return;
        }
        v.id = m_db.insert(QStringLiteral("deliberation_versions"),
                           {QStringLiteral("session_id"), QStringLiteral("number"), QStringLiteral("status"),
                            QStringLiteral("reason"), QStringLiteral("created_on"), QStringLiteral("finalised_on"),
                            QStringLiteral("finalised_by"), QStringLiteral("content"), QStringLiteral("submitted_on"),
                            QStringLiteral("submitted_by"), QStringLiteral("approved_on"), QStringLiteral("approved_by")},
                           values, v.id);
    });
}

void DeliberationRepository::remove(qint64 versionId)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM deliberation_versions WHERE id = ?"), {versionId}); });
}

QString DeliberationRepository::lockProblem(const Session &stored, const Session &next) const
{
    if (!(changesBetween(stored, next) & (SessionChange::Decisions | SessionChange::Scores | SessionChange::Notes)))
        return {};
    const DeliberationVersion v = current(stored.id);
    return v.isFinal() ? lockedMessage(stored, v.number) : QString();
}

QString DeliberationRepository::lockedMessage(const Session &session, int version)
{
    return Tr::tr("The deliberation of “%1” is final (version %2): its decisions, scores and notes are locked. "
                  "Correct the deliberation to make a new version first.")
        .arg(session.displayTitle())
        .arg(version);
}

} // namespace Comite
