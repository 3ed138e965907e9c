#include "heldsessions.h"

#include "rowscan.h"

#include <algorithm>
#include <cstring>

namespace Comite {

HeldSessions::HeldSessions(const Database &db, const ProductFilter &products)
{
    QString sql = QStringLiteral("SELECT id, starts_at FROM sessions WHERE status = 'held'");
    if (!products.isAll())
        sql += QStringLiteral(" AND id IN (SELECT session_id FROM session_products WHERE %1 "
                              "UNION SELECT session_id FROM decisions WHERE %1)")
                   .arg(products.condition(QStringLiteral("product_id")));
    RowScan rows(db, sql);
    std::vector<Session> sessions;
    qint64 first = 0, last = -1;
    while (rows.next()) {
        Session s;
        s.id = rows.integer(0);
        const QByteArrayView start = rows.utf8(1);
        s.day = isoDate(start);
        std::memcpy(s.start.data(), start.data(), size_t(std::min<qsizetype>(start.size(), qsizetype(s.start.size()))));
        first = sessions.empty() ? s.id : std::min(first, s.id);
        last = sessions.empty() ? s.id : std::max(last, s.id);
        sessions.push_back(s);
    }
    m_sessions = IdMap<Session>(first, last, qint64(sessions.size()));
    for (const Session &s : sessions)
        m_sessions[s.id] = s;
}

const HeldSessions::Session *HeldSessions::find(qint64 id) const
{
    return m_sessions.find(id);
}

bool HeldSessions::before(const Session &a, const Session &b)
{
    const int order = std::memcmp(a.start.data(), b.start.data(), a.start.size());
    return order < 0 || (order == 0 && a.id < b.id);
}

} // namespace Comite
