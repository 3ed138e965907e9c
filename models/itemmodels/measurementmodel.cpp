#include "measurementmodel.h"

#include "commands/indicatoredits.h"
#include "domain/displayformat.h"

namespace Comite {

namespace {
QList<Measurement> byId(QList<Measurement> list)
{
    std::sort(list.begin(), list.end(), [](const Measurement &a, const Measurement &b) { return a.id < b.id; });
    return list;
}
} // namespace

MeasurementModel::MeasurementModel(Workspace &workspace, qint64 indicatorId, QObject *parent)
    : ReferenceTableModel(workspace, parent), m_indicatorId(indicatorId)
{
    connect(&workspace, &Workspace::indicatorChanged, this, [this](qint64, qint64 indicator) {
        if (indicator == 0 || indicator == m_indicatorId)
            reload();
    });
    try {
        m_rows = byId(workspace.indicators().measurements(indicatorId));
        if (const auto i = workspace.indicators().load(indicatorId))
            m_unit = i->unit;
    } catch (const StorageError &e) {
        workspace.reportError(e.message());
    }
}

void MeasurementModel::reload()
{
    try {
        if (const auto i = m_workspace.indicators().load(m_indicatorId))
            m_unit = i->unit;
        sync(m_rows, byId(m_workspace.indicators().measurements(m_indicatorId)));
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
}

int MeasurementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MeasurementModel::rowOf(qint64 measurementId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == measurementId)
            return i;
    }
    return -1;
}

QVariant MeasurementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement &m = m_rows[index.row()];
    if (role == IdRole)
        return m.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Date: return m.date;
        case Value: return m.value;
        case Comment: return m.comment;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Date: return edit ? QVariant(m.date) : QVariant(DisplayFormat::date(m.date));
    case Value: return edit ? QVariant(m.value) : QVariant(DisplayFormat::number(m.value, m_unit));
    case Comment: return m.comment;
    }
    return {};
}

QVariant MeasurementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Value: return tr("Value");
    case Comment: return tr("Comment");
    }
    return {};
}

Qt::ItemFlags MeasurementModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsEditable : f;
}

bool MeasurementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Measurement m = m_rows[index.row()];
    switch (index.column()) {
    case Date: m.date = value.toDate(); break;
    case Value: {
        bool ok = false;
        m.value = value.toDouble(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
        break;
    }
    case Comment: m.comment = value.toString(); break;
    default: return false;
    }
    const Result<void> done = Edit::updateMeasurement(m_workspace, m);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

int MeasurementModel::addMeasurement(QDate date, double value, const QString &comment)
{
    const Result<qint64> added = Edit::addMeasurement(m_workspace, Measurement{0, m_indicatorId, date, value, comment});
    if (!added) {
        Q_EMIT editRefused(added.error().message);
        return -1;
    }
    return rowOf(added.value());
}

bool MeasurementModel::removeMeasurement(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Result<void> done = Edit::removeMeasurement(m_workspace, m_rows[row]);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
