#include "statementdetail.h"

#include <QRegularExpression>
#include <QStringList>

namespace Comite {

namespace {
bool setsPassword(const QString &sql)
{
    return sql.contains(QLatin1String("PASSWORD"), Qt::CaseInsensitive);
}

const QRegularExpression &passwordLiteral()
{
    static const QRegularExpression literal(QStringLiteral("(PASSWORD\\s+)'((?:[^']|'')*)'"),
                                            QRegularExpression::CaseInsensitiveOption);
    return literal;
}

QString masked(QString sql)
{
    return sql.replace(passwordLiteral(), QStringLiteral("\\1'***'"));
}

// The driver may quote the statement or the value back: every password the
// statement carries (literal or bound) is masked in its words too.
QString maskedReason(QString reason, const QString &sql, const QVariantList &bindings)
{
    QStringList secrets;
    for (auto it = passwordLiteral().globalMatch(sql); it.hasNext();)
        secrets << it.next().captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
    for (const QVariant &v : bindings)
        secrets << v.toString();
    for (const QString &secret : std::as_const(secrets)) {
        if (!secret.isEmpty())
            reason.replace(secret, QStringLiteral("***"));
    }
    return masked(reason);
}
} // namespace

QString describeBindings(const QVariantList &bindings)
{
    QStringList values;
    values.reserve(bindings.size());
    for (const QVariant &v : bindings) {
        if (v.isNull())
            values << QStringLiteral("NULL");
        else if (v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QDate
                 || v.typeId() == QMetaType::QDateTime || v.typeId() == QMetaType::QByteArray)
            values << u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
        else
            values << v.toString();
    }
    return values.join(QStringLiteral(", "));
}

QString statementDetail(const QString &sql, const QVariantList &bindings, const QSqlError &error)
{
    const bool secret = setsPassword(sql);
    QString detail = QStringLiteral("SQL: %1").arg(secret ? masked(sql) : sql);
    if (!bindings.isEmpty()) {
        detail += QStringLiteral("\nBound values: %1")
                      .arg(secret ? QStringList(bindings.size(), QStringLiteral("***")).join(QStringLiteral(", "))
                                  : describeBindings(bindings));
    }
    const QString reason = error.text().trimmed();
    if (!reason.isEmpty())
        detail += QStringLiteral("\nDriver: %1").arg(secret ? maskedReason(reason, sql, bindings) : reason);
    return detail;
}

} // namespace Comite
