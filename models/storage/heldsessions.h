#pragma once
// The held committee sessions, read once (a sequential pass over
// sessions) for a whole portfolio's committee facts: a product's last
// committee and last decision are then found in one pass over
// session_products or decisions, looking sessions up here, instead of a
// B-tree seek into sessions for every row (and a correlated subquery per
// provisional decision).

#include "idmap.h"
#include "productfilter.h"

#include <QDate>

#include <array>

namespace Comite {

class Database;

class HeldSessions
{
public:
    struct Session {
        qint64 id = 0;
        QDate day;
        // starts_at's bytes, zero-padded: compared with memcmp they order
        // as SQL orders the text ('2025-03-04' before '2025-03-04T09:30').
        std::array<char, 32> start{};
    };

    // The held sessions where one of `products` is on the agenda or has a
    // decision (every held session when the filter covers all products).
    HeldSessions(const Database &db, const ProductFilter &products = {});

    // The held session `id`, or null (planned, running, or unknown).
    const Session *find(qint64 id) const;

    // Committee order: starts_at, then id.
    static bool before(const Session &a, const Session &b);

private:
    IdMap<Session> m_sessions;

};

} // namespace Comite
