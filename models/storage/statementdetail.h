#pragma once
// The technical account of a failed statement, for StorageError::detail()
// and the comite.storage log: the SQL, its bound values and the driver's
// words. Passwords never appear: a statement that sets one is shown with its
// literal and bound values masked.

#include <QSqlError>
#include <QString>
#include <QVariantList>

namespace Comite {

QString statementDetail(const QString &sql, const QVariantList &bindings, const QSqlError &error);

// The bound values as SQL-like literals: 12, 'text', NULL.
QString describeBindings(const QVariantList &bindings);

} // namespace Comite
