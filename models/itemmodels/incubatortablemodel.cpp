#include "incubatortablemodel.h"

#include "commands/referenceedits.h"
#include "domain/displayformat.h"

#include <QRegularExpression>

namespace Comite {

IncubatorTableModel::IncubatorTableModel(Workspace &workspace, QObject *parent) : ReferenceTableModel(workspace, parent)
{
    reload();
}

void IncubatorTableModel::reload()
{
    try {
        QHash<qint64, QString> names;
        for (const Organisation &o : m_workspace.organisations().organisations())
            names.insert(o.id, o.displayName());
        const bool ownersRenamed = names != m_ownerNames;
        m_ownerNames = names;
        QList<Incubator> next = m_workspace.organisations().incubators();
        std::sort(next.begin(), next.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        sync(m_rows, next);
        if (ownersRenamed && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Owner), index(int(m_rows.size()) - 1, Owner));
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
}

int IncubatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncubatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncubatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incubator &i = m_rows[index.row()];
    if (role == IdRole)
        return i.id;
    if (role == OwnerIdRole)
        return i.ownerId;
    if (role == Qt::TextAlignmentRole && index.column() == YearlyBudget)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (index.column()) {
    case Name: return i.name;
    case Slug: return i.slug;
    case Owner: return edit ? QVariant(i.ownerId) : QVariant(m_ownerNames.value(i.ownerId));
    case YearlyBudget:
        if (!i.yearlyBudget)
            return edit ? QVariant(QString()) : QVariant();
        return edit ? QVariant(QString::number(*i.yearlyBudget)) : QVariant(DisplayFormat::euros(*i.yearlyBudget));
    }
    return {};
}

QVariant IncubatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ReferenceTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Slug: return tr("Identifier");
    case Owner: return tr("Owner");
    case YearlyBudget: return tr("Yearly budget");
    }
    return {};
}

Qt::ItemFlags IncubatorTableModel::flags(const QModelIndex &index) const
{
    return ReferenceTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool IncubatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != Qt::EditRole && role != OwnerIdRole)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Incubator i = m_rows[index.row()];
    switch (index.column()) {
    case Name: i.name = value.toString().trimmed(); break;
    case Slug: i.slug = value.toString().trimmed(); break;
    case Owner: i.ownerId = value.toLongLong(); break;
    case YearlyBudget: {
        // Accepts "1 500 000", "1500000 €": digits are what count.
        QString digits = value.toString();
        digits.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}€]")));
        if (digits.isEmpty()) {
            i.yearlyBudget.reset();
            break;
        }
        bool ok = false;
        const qint64 amount = digits.toLongLong(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("“%1” is not an amount in euros.").arg(value.toString()));
            return false;
        }
        i.yearlyBudget = amount;
        break;
    }
    default: return false;
    }
    if (const Result<void> r = Edit::updateIncubator(m_workspace, i); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
