#include "betagouvstore.h"

#include "committeerepository.h"
#include "database.h"
#include "sqlvalue.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringDecoder>

namespace Comite {

namespace {
const QString importedOrigin = QStringLiteral("betagouv");

QString entityColumn(BetagouvKind kind)
{
    switch (kind) {
    case BetagouvKind::Organisation: return QStringLiteral("organisation_id");
    case BetagouvKind::Incubator: return QStringLiteral("incubator_id");
    case BetagouvKind::Startup: return QStringLiteral("product_id");
    }
    return {};
}

// The file's bytes as text that gives back every byte (the files were
// checked to be UTF-8). SQLite drops a byte-order mark that starts a text,
// so a leading mark (or this escape itself) is preceded by an escape.
constexpr QChar storedEscape(0xe000);

QString storedText(const QByteArray &content)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(content);
    if (text.startsWith(QChar(0xfeff)) || text.startsWith(storedEscape))
        text.prepend(storedEscape);
    return text;
}

QByteArray storedBytes(const QVariant &value)
{
    QString text = value.toString();
    if (text.startsWith(storedEscape))
        text.remove(0, 1);
    return text.toUtf8();
}

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
} // namespace

QString BetagouvStore::kindKey(BetagouvKind kind)
{
    switch (kind) {
    case BetagouvKind::Organisation: return QStringLiteral("organisation");
    case BetagouvKind::Incubator: return QStringLiteral("incubator");
    case BetagouvKind::Startup: return QStringLiteral("startup");
    }
    return {};
}

QHash<qint64, QString> BetagouvStore::fingerprints(BetagouvKind kind) const
{
    QHash<qint64, QString> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1, fingerprint FROM betagouv_sources WHERE kind = ?")
                                .arg(entityColumn(kind)),
                            {kindKey(kind)});
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

std::optional<BetagouvStoredSource> BetagouvStore::source(BetagouvKind kind, qint64 entityId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1, path, content, fingerprint FROM betagouv_sources WHERE %1 = ?")
                                .arg(entityColumn(kind)),
                            {entityId});
    if (!q.next())
        return std::nullopt;
    return BetagouvStoredSource{q.value(0).toLongLong(), q.value(1).toString(), storedBytes(q.value(2)),
                                q.value(3).toString()};
}

QList<BetagouvStoredSource> BetagouvStore::sources(BetagouvKind kind) const
{
    QList<BetagouvStoredSource> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1, path, content, fingerprint FROM betagouv_sources "
                                           "WHERE kind = ? ORDER BY path")
                                .arg(entityColumn(kind)),
                            {kindKey(kind)});
    while (q.next()) {
        result << BetagouvStoredSource{q.value(0).toLongLong(), q.value(1).toString(), storedBytes(q.value(2)),
                                       q.value(3).toString()};
    }
    return result;
}

void BetagouvStore::saveSource(BetagouvKind kind, qint64 entityId, const BetagouvSource &source,
                               const QString &fingerprint)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM betagouv_sources WHERE %1 = ?").arg(entityColumn(kind)), {entityId});
        m_db.exec(QStringLiteral("INSERT INTO betagouv_sources (kind, %1, path, content, fingerprint, imported_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)")
                      .arg(entityColumn(kind)),
                  {kindKey(kind), entityId, source.path, storedText(source.content), fingerprint,
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    });
}

QList<BetagouvTimelineEntry> BetagouvStore::timeline(qint64 productId) const
{
    QList<BetagouvTimelineEntry> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT kind, event_date, comment, origin FROM product_events "
                                           "WHERE product_id = ? ORDER BY event_date, position, id"),
                            {productId});
    while (q.next()) {
        result << BetagouvTimelineEntry{{q.value(0).toString(), date(q.value(1)), q.value(2).toString()},
                                        q.value(3).toString() == importedOrigin};
    }
    return result;
}

void BetagouvStore::replaceImportedTimeline(qint64 productId, const QList<BetagouvEvent> &events)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM product_events WHERE product_id = ? AND origin = ?"),
                  {productId, importedOrigin});
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO product_events (product_id, position, kind, "
                                                       "event_date, comment, origin) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < events.size(); ++i) {
            const BetagouvEvent &e = events[i];
            Database::exec(insert, {productId, i, e.kind, SqlValue::date(e.date), Database::text(e.comment), importedOrigin});
        }
    });
}

QList<BetagouvCommitteeEntry> BetagouvStore::committees(qint64 productId) const
{
    QList<BetagouvCommitteeEntry> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT s.id, s.starts_at, d.option, d.comment, s.origin "
                                           "FROM session_products sp JOIN sessions s ON s.id = sp.session_id "
                                           "LEFT JOIN decisions d ON d.session_id = s.id AND d.product_id = sp.product_id "
                                           "WHERE sp.product_id = ? AND s.status = 'held' ORDER BY s.starts_at, s.id"),
                            {productId});
    while (q.next()) {
        BetagouvCommitteeEntry c;
        c.sessionId = q.value(0).toLongLong();
        c.date = date(q.value(1));
        c.decision = DecisionOptions::fromKey(q.value(2).toString()).value_or(DecisionOption::Recorded);
        c.comment = q.value(3).toString();
        c.imported = q.value(4).toString() == importedOrigin;
        result << c;
    }
    return result;
}

void BetagouvStore::syncImportedCommittees(qint64 productId, qint64 incubatorId, const QList<BetagouvEvent> &committees)
{
    m_db.transaction([&] {
        QList<BetagouvCommitteeEntry> existing = this->committees(productId);
        QList<bool> used(existing.size(), false);
        // The best unused match for a committee of the file: same origin
        // wanted, same date, and the same comment when possible.
        auto match = [&](const BetagouvEvent &c, bool imported, bool sameComment) {
            for (int i = 0; i < existing.size(); ++i) {
                if (!used[i] && existing[i].imported == imported && existing[i].date == c.date
                    && (!sameComment || existing[i].comment == c.comment))
                    return i;
            }
            return -1;
        };
        CommitteeRepository repository(m_db);
        for (const BetagouvEvent &c : committees) {
            int i = match(c, false, false);  // held in Comité that day: the same committee
            if (i < 0)
                i = match(c, true, true);
            if (i < 0)
                i = match(c, true, false);
            if (i >= 0) {
                used[i] = true;
                if (existing[i].imported && existing[i].comment != c.comment)
                    m_db.exec(QStringLiteral("UPDATE decisions SET comment = ?, version = version + 1 "
                                             "WHERE session_id = ? AND product_id = ?"),
                              {Database::text(c.comment), existing[i].sessionId, productId});
                continue;
            }
            const qint64 session = repository.record(CommitteeReview{0, productId, c.date, DecisionOption::Recorded, c.comment},
                                                     incubatorId);
            m_db.exec(QStringLiteral("UPDATE sessions SET origin = ? WHERE id = ?"), {importedOrigin, session});
        }
        for (int i = 0; i < existing.size(); ++i) {
            if (!used[i] && existing[i].imported)
                repository.removeRecorded(existing[i].sessionId);
        }
    });
}

QList<BetagouvFundingEntry> BetagouvStore::fundings(qint64 productId) const
{
    QList<BetagouvFundingEntry> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT source, amount, label, start_date, end_date, origin FROM envelopes "
                                           "WHERE product_id = ? ORDER BY start_date, id"),
                            {productId});
    while (q.next()) {
        result << BetagouvFundingEntry{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                                       date(q.value(3)), date(q.value(4)), q.value(5).toString() == importedOrigin};
    }
    return result;
}

void BetagouvStore::replaceImportedFunding(qint64 productId, const std::optional<BetagouvFunding> &funding)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM envelopes WHERE product_id = ? AND origin = ?"), {productId, importedOrigin});
        if (funding) {
            m_db.exec(QStringLiteral("INSERT INTO envelopes (product_id, amount, source, label, origin) "
                                     "VALUES (?, ?, 'fast', ?, ?)"),
                      {productId, funding->amount, fundingLabel(*funding), importedOrigin});
        }
    });
}

QString BetagouvStore::fundingLabel(const BetagouvFunding &funding)
{
    return funding.promotion > 0 ? QStringLiteral("FAST promotion %1").arg(funding.promotion) : QStringLiteral("FAST");
}

QHash<QString, qint64> BetagouvStore::slugIds(const char *table) const
{
    QHash<QString, qint64> ids;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT slug, id FROM ") + QLatin1String(table));
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

QList<qint64> BetagouvStore::ids(const char *table) const
{
    QList<qint64> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table)));
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

QString BetagouvStore::slugOf(const char *table, qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT slug FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    return q.next() ? q.value(0).toString() : QString();
}

bool BetagouvStore::siteLayout() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*), SUM(CASE WHEN path LIKE 'content/%' THEN 1 ELSE 0 END) "
                                           "FROM betagouv_sources"));
    return q.next() && q.value(1).toInt() * 2 > q.value(0).toInt();
}

} // namespace Comite
