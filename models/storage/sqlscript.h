#pragma once
// Splits an SQL script (a migration file) into its statements the way the
// server reads it: a ';' ends a statement only outside quotes ('…', "…"),
// dollar-quoted bodies ($$…$$, $tag$…$tag$) and comments (-- and /* */).
// Comments are dropped; everything else is kept as written.

#include <QString>
#include <QStringList>

namespace Comite::SqlScript {

QStringList statements(const QString &script);

} // namespace Comite::SqlScript
