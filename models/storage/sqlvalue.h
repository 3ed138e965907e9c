#pragma once
// How the repositories bind values that may be absent, one way everywhere: a
// null date, an id of 0 or a missing number is bound as a typed SQL NULL
// (typed, so the PostgreSQL driver knows the parameter's type). Text for NOT
// NULL columns is Database::text().

#include <QDate>
#include <QDateTime>
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

// Whether `v` goes to the database as NULL, as Qt's drivers decide it: an
// empty variant, or a null string, byte array, date, time or date-time
// (Database::text: a null QString is NULL). Used where values are written
// into SQL or COPY text rather than bound.
inline bool isNull(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime: return static_cast<const QTime *>(v.constData())->isNull();
    case QMetaType::QDateTime: return static_cast<const QDateTime *>(v.constData())->isNull();
    default: return false;
    }
}

} // namespace Comite::SqlValue
