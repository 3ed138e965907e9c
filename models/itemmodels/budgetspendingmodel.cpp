#include "budgetspendingmodel.h"

#include "domain/contrast.h"
#include "commands/budgetedits.h"
#include "domain/budgetprojection.h"
#include "domain/displayformat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Comite {

BudgetSpendingModel::BudgetSpendingModel(Workspace &workspace, qint64 productId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_productId(productId)
{
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (id == m_productId && (changes & (ProductChange::Spending | ProductChange::Envelopes)))
            reload(bool(changes & ProductChange::Envelopes));
    });
    connect(&workspace, &Workspace::portfolioReset, this, [this] {
        beginResetModel();
        m_months = monthRange();
        m_cells = readCells();
        endResetModel();
    });
    m_months = monthRange();
    m_cells = readCells();
}

QStringList BudgetSpendingModel::monthRange() const
{
    const QDate today = m_workspace.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    QDate from = thisMonth.addMonths(-6);
    QDate to = thisMonth.addMonths(5);
    try {
        const FundingWindow w = BudgetProjection::fundingWindow(m_workspace.envelopes().forProduct(m_productId), today);
        if (!w.isEmpty()) {
            from = QDate(w.start.year(), w.start.month(), 1);
            if (w.end.isValid())
                to = std::max(QDate(w.end.year(), w.end.month(), 1), std::min(thisMonth, to));
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
    if (from > to)
        from = to;
    QStringList months;
    for (QDate m = from; m <= to; m = m.addMonths(1))
        months << BudgetProjection::monthKey(m);
    return months.mid(std::max<qsizetype>(0, months.size() - maxMonths));
}

BudgetSpendingModel::Cells BudgetSpendingModel::readCells() const
{
    Cells cells;
    try {
        for (const SpendingEntry &e : m_workspace.spending().forProduct(m_productId)) {
            Cell &c = cells[cellKey(e.month, e.line)];
            (e.forecast ? c.forecast : c.actual) = e.amount;
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
    return cells;
}

void BudgetSpendingModel::reload(bool rangeMayChange)
{
    if (rangeMayChange) {
        const QStringList months = monthRange();
        if (months != m_months) {
            // Other months: the columns themselves change.
            beginResetModel();
            m_months = months;
            m_cells = readCells();
            endResetModel();
            return;
        }
    }
    const Cells next = readCells();
    QList<int> changed;
    for (int c = 0; c < m_months.size(); ++c) {
        for (const QString &line : BudgetLines::keys()) {
            if (m_cells.value(cellKey(m_months[c], line)) != next.value(cellKey(m_months[c], line))) {
                changed << c + 1;
                break;
            }
        }
    }
    m_cells = next;
    for (int c : std::as_const(changed))
        Q_EMIT dataChanged(index(0, c), index(totalRow(), c));
    if (!changed.isEmpty())
        Q_EMIT dataChanged(index(0, totalColumn()), index(totalRow(), totalColumn()));
}

int BudgetSpendingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRow() + 1;
}

int BudgetSpendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size()) + 2;
}

int BudgetSpendingModel::columnOf(const QString &month) const
{
    const int i = int(m_months.indexOf(month));
    return i < 0 ? -1 : i + 1;
}

bool BudgetSpendingModel::isForecastMonth(const QString &month) const
{
    return month >= BudgetProjection::monthKey(m_workspace.today());
}

std::optional<qint64> BudgetSpendingModel::shown(int row, int column) const
{
    const QStringList lines = row == totalRow() ? BudgetLines::keys() : QStringList{BudgetLines::keys().at(row)};
    const QStringList months = column == totalColumn() ? m_months : QStringList{m_months.at(column - 1)};
    std::optional<qint64> sum;
    for (const QString &m : months) {
        for (const QString &l : lines) {
            if (const auto v = m_cells.value(cellKey(m, l)).shown())
                sum = sum.value_or(0) + *v;
        }
    }
    return sum;
}

QVariant BudgetSpendingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totalLine = row == totalRow();
    const bool totalMonths = column == totalColumn();
    if (role == LineKeyRole)
        return totalLine ? QString() : BudgetLines::keys().at(row);
    if (column == 0) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return totalLine ? tr("Total") : BudgetLines::label(BudgetLines::keys().at(row));
        if (role == Qt::FontRole && totalLine) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const QString month = totalMonths ? QString() : m_months.at(column - 1);
    if (role == MonthRole)
        return month;
    const Cell cell = totalLine || totalMonths ? Cell() : m_cells.value(cellKey(month, BudgetLines::keys().at(row)));
    const bool forecastShown = !totalLine && !totalMonths && !cell.actual && cell.forecast;
    if (role == IsForecastRole)
        return forecastShown;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && (forecastShown || totalLine || totalMonths)) {
        QFont font;
        font.setItalic(forecastShown);
        font.setBold(totalLine || totalMonths);
        return font;
    }
    if (role == Qt::ForegroundRole && forecastShown)
        return Contrast::mutedText(QGuiApplication::palette());
    if (role == Qt::ToolTipRole && !totalLine && !totalMonths) {
        QStringList parts;
        if (cell.actual)
            parts << tr("Spent: %1").arg(DisplayFormat::euros(*cell.actual));
        if (cell.forecast)
            parts << tr("Forecast: %1").arg(DisplayFormat::euros(*cell.forecast));
        parts << (isForecastMonth(month) ? tr("Type the forecast for this month.") : tr("Type what was spent this month."));
        return parts.join(QLatin1Char('\n'));
    }
    if (role == Qt::EditRole && !totalLine && !totalMonths) {
        const auto v = isForecastMonth(month) ? cell.forecast : cell.actual;
        return v ? QVariant(*v) : QVariant(QString());
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const auto v = shown(row, column);
    return v ? DisplayFormat::euros(*v) : QString();
}

QVariant BudgetSpendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Budget line")) : QVariant();
    if (section == totalColumn())
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    if (section < 1 || section > m_months.size())
        return {};
    const QString month = m_months.at(section - 1);
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    if (role == Qt::DisplayRole)
        return QLocale().toString(first, QStringLiteral("MMM yy"));
    if (role == Qt::ToolTipRole)
        return isForecastMonth(month) ? tr("%1: forecast").arg(QLocale().toString(first, QStringLiteral("MMMM yyyy")))
                                      : tr("%1: spent").arg(QLocale().toString(first, QStringLiteral("MMMM yyyy")));
    if (role == Qt::FontRole && isForecastMonth(month)) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    return {};
}

Qt::ItemFlags BudgetSpendingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() != totalRow() && index.column() > 0 && index.column() != totalColumn())
        f |= Qt::ItemIsEditable;
    return f;
}

bool BudgetSpendingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString month = m_months.at(index.column() - 1);
    const QString line = BudgetLines::keys().at(index.row());
    QString text = value.toString().trimmed();
    text.remove(QChar(0x202f)).remove(QChar(0xa0)).remove(QLatin1Char(' ')).remove(QStringLiteral("€"));
    std::optional<qint64> amount;
    if (!text.isEmpty()) {
        bool ok = false;
        amount = QLocale().toLongLong(text, &ok);
        if (!ok)
            amount = text.toLongLong(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("“%1” is not an amount in euros.").arg(value.toString()));
            return false;
        }
    }
    const Result<void> done = Edit::setSpending(m_workspace, m_productId, month, line, isForecastMonth(month), amount);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
