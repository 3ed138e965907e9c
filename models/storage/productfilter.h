#pragma once
// Which products a set-based read covers (IndicatorFactsReader, the
// spending totals): every product, one, or a list of ids — the rows a view
// shows read in one statement instead of one per row.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Comite {

class ProductFilter
{
public:
    ProductFilter() = default;  // every product
    ProductFilter(qint64 id) : m_ids(QList<qint64>{id}) {}
    ProductFilter(std::optional<qint64> id)
    {
        if (id)
            m_ids = QList<qint64>{*id};
    }
    ProductFilter(QList<qint64> ids) : m_ids(std::move(ids)) {}

    bool isAll() const { return !m_ids.has_value(); }
    // "column IN (1, 2)": the ids are numbers, written into the statement
    // (no bound parameter to count against SQLite's limit); an empty list
    // matches no row.
    QString condition(const QString &column) const
    {
        if (m_ids->isEmpty())
            return QStringLiteral("1 = 0");
        QStringList ids;
        ids.reserve(m_ids->size());
        for (const qint64 id : *m_ids)
            ids << QString::number(id);
        return column + QStringLiteral(" IN (") + ids.join(u',') + u')';
    }

    // " WHERE condition" or " AND condition", nothing for every product:
    // appended to a statement.
    QString where(const QString &column) const { return clause(QStringLiteral(" WHERE "), column); }
    QString andWhere(const QString &column) const { return clause(QStringLiteral(" AND "), column); }

private:
    QString clause(const QString &keyword, const QString &column) const
    {
        return isAll() ? QString() : keyword + condition(column);
    }
    std::optional<QList<qint64>> m_ids;
};

} // namespace Comite
