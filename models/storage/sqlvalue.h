#pragma once
// How the repositories bind values that may be absent, one way everywhere: a
// null date, an id of 0 or a missing number is bound as a typed SQL NULL
// (typed, so the PostgreSQL driver knows the parameter's type). Text for NOT
// NULL columns is Database::text().

#include <QDate>
#include <QVariant>
#include <optional>

namespace Comite::SqlValue {

// An ISO date (dates are stored as ISO text), or NULL.
inline QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// A foreign key, or NULL for 0 (ids start at 1).
inline QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant number(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace Comite::SqlValue
