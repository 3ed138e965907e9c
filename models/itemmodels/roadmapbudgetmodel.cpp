#include "roadmapbudgetmodel.h"

#include "domain/displayformat.h"
#include "storage/spendingentry.h"

#include <QFont>

namespace Comite {

RoadmapBudgetModel::RoadmapBudgetModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : RoadmapTableModel(workspace, roadmapId, parent)
{
    load(roadmapId);
}

int RoadmapBudgetModel::rowsIn(const Roadmap &) const
{
    return int(BudgetLines::keys().size()) + 1;
}

int RoadmapBudgetModel::totalRow() const
{
    return int(BudgetLines::keys().size());
}

bool RoadmapBudgetModel::sameRow(const Roadmap &a, int i, const Roadmap &b, int j) const
{
    if (i == totalRow() || j == totalRow())
        return i == j && a.requestTotal() == b.requestTotal();
    // A share changes with the total: the line's row changes then too.
    const QString line = BudgetLines::keys().at(i);
    return i == j && a.budgetRequest.value(line, -1) == b.budgetRequest.value(line, -1) && a.requestTotal() == b.requestTotal();
}

int RoadmapBudgetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapBudgetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = index.row() == totalRow();
    const QString line = total ? QString() : BudgetLines::keys().at(index.row());
    if (role == LineKeyRole)
        return line;
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const qint64 sum = m_roadmap.requestTotal();
    const std::optional<qint64> amount =
        total ? std::optional<qint64>(sum)
              : (m_roadmap.budgetRequest.contains(line) ? std::optional<qint64>(m_roadmap.budgetRequest.value(line)) : std::nullopt);
    if (role == Qt::EditRole && index.column() == Amount)
        return amount ? QVariant(*amount) : QVariant(QString());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Line: return total ? tr("Total") : BudgetLines::label(line);
    case Amount: return amount ? DisplayFormat::euros(*amount) : QString();
    case Share:
        if (!amount || sum <= 0)
            return QString();
        return tr("%1 %", "per cent").arg(QLocale().toString(qRound(100.0 * double(*amount) / double(sum))));
    }
    return {};
}

QVariant RoadmapBudgetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RoadmapTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Budget line");
    case Amount: return tr("Requested");
    case Share: return tr("Share");
    }
    return {};
}

Qt::ItemFlags RoadmapBudgetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RoadmapTableModel::flags(index);
    if (index.isValid() && index.column() == Amount && index.row() != totalRow())
        f |= Qt::ItemIsEditable;
    return f;
}

bool RoadmapBudgetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Amount || index.row() == totalRow()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString line = BudgetLines::keys().at(index.row());
    Roadmap next = m_roadmap;
    QString text = value.toString().trimmed();
    text.remove(QChar(0x202f)).remove(QChar(0xa0)).remove(QLatin1Char(' ')).remove(QStringLiteral("€"));
    if (text.isEmpty()) {
        next.budgetRequest.remove(line);
    } else {
        bool ok = false;
        qint64 amount = QLocale().toLongLong(text, &ok);
        if (!ok)
            amount = text.toLongLong(&ok);
        if (!ok || amount < 0) {
            Q_EMIT editRefused(tr("“%1” is not an amount in euros.").arg(value.toString()));
            return false;
        }
        next.budgetRequest.insert(line, amount);
    }
    return save(next, tr("Edit the budget request for %1").arg(BudgetLines::label(line)));
}

} // namespace Comite
