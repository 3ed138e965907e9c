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
    while (rows.next()) {
        Session s;
        s.id = rows.integer(0);
        const QByteArrayView start = rows.utf8(1);
        s.day = isoDate(start);
        std::memcpy(s.start.data(), start.data(), size_t(std::min<qsizetype>(start.size(), qsizetype(s.start.size()))));
        m_sessions.push_back(s);
    }
    // SQLite reads the table in id order already; a server may not.
    const auto byId = [](const Session &a, const Session &b) { return a.id < b.id; };
    if (!std::is_sorted(m_sessions.cbegin(), m_sessions.cend(), byId))
        std::sort(m_sessions.begin(), m_sessions.end(), byId);
}

const HeldSessions::Session *HeldSessions::find(qint64 id) const
{
    const auto it = std::lower_bound(m_sessions.cbegin(), m_sessions.cend(), id,
                                     [](const Session &s, qint64 value) { return s.id < value; });
    return it == m_sessions.cend() || it->id != id ? nullptr : &*it;
}

bool HeldSessions::before(const Session &a, const Session &b)
{
    const int order = std::memcmp(a.start.data(), b.start.data(), a.start.size());
    return order < 0 || (order == 0 && a.id < b.id);
}

} // namespace Comite
