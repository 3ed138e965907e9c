#include "prioritytreemodel.h"

#include "domain/contrast.h"
#include "commands/roadmapedits.h"
#include "domain/displayformat.h"
#include "rowsync.h"

#include <QGuiApplication>
#include <QFont>

namespace Comite {

namespace {
// A number typed in the user's language or with a dot; null when empty.
std::optional<std::optional<double>> parseNumber(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        return std::optional<double>(value.toDouble());
    const QString text = value.toString().trimmed().remove(QChar(0x202f)).remove(QChar(0xa0)).remove(QLatin1Char(' '));
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return std::optional<double>(v);
}
} // namespace

PriorityTreeModel::PriorityTreeModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (m_roadmap.id > 0 && id == m_roadmap.productId && (changes & ProductChange::Indicators))
            reload();
    });
    // Only the priorities and the period (the results' default date) are shown here.
    connect(&workspace, &Workspace::roadmapChanged, this, [this](qint64, qint64 roadmapId, RoadmapParts parts) {
        if (m_roadmap.id > 0 && roadmapId == m_roadmap.id && (parts & (RoadmapPart::Priorities | RoadmapPart::Period)))
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, [this] { setRoadmapId(0); });
    load(roadmapId);
}

void PriorityTreeModel::load(qint64 id)
{
    m_roadmap = Roadmap();
    m_indicators.clear();
    if (id <= 0)
        return;
    try {
        if (auto r = m_workspace.roadmaps().load(id)) {
            m_roadmap = *r;
            m_indicators = m_workspace.indicators().forProduct(r->productId);
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
}

void PriorityTreeModel::setRoadmapId(qint64 id)
{
    beginResetModel();
    load(id);
    endResetModel();
}

void PriorityTreeModel::reload()
{
    std::optional<Roadmap> next;
    try {
        next = Edit::reloadRoadmapParts(m_workspace, m_roadmap, RoadmapPart::Priorities);
        const QList<Indicator> indicators = m_workspace.indicators().forProduct(m_roadmap.productId);
        if (indicators != m_indicators) {
            m_indicators = indicators;
            if (!m_roadmap.priorities.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_roadmap.priorities.size()) - 1, ColumnCount - 1));
            for (int p = 0; p < m_roadmap.priorities.size(); ++p) {
                const QModelIndex parent = index(p, 0);
                if (const int n = rowCount(parent))
                    Q_EMIT dataChanged(index(0, IndicatorColumn, parent), index(n - 1, IndicatorColumn, parent));
            }
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!next) {
        setRoadmapId(0);
        return;
    }
    follow(*next);
}

// Priorities first, then each priority's results, with row signals.
void PriorityTreeModel::follow(const Roadmap &next)
{
    const bool endMoved = m_roadmap.end != next.end;
    // Compare priorities by id only here; their results are synced below.
    auto byId = [](const RoadmapPriority &p) { return p.id; };
    QList<RoadmapPriority> shells = next.priorities;
    auto &rows = m_roadmap.priorities;
    // Insertions carry their results; kept priorities keep theirs for now.
    for (RoadmapPriority &shell : shells) {
        const auto old = std::find_if(rows.cbegin(), rows.cend(), [&](const RoadmapPriority &p) { return p.id == shell.id; });
        if (old != rows.cend())
            shell = *old;
    }
    if (!RowSync::sync(*this, {}, rows, shells, byId, [](const RoadmapPriority &, const RoadmapPriority &) { return true; })) {
        beginResetModel();
        m_roadmap = next;
        endResetModel();
        return;
    }
    for (int p = 0; p < rows.size(); ++p) {
        const RoadmapPriority &target = next.priorities[p];
        if (rows[p].title != target.title || rows[p].description != target.description) {
            rows[p].title = target.title;
            rows[p].description = target.description;
            Q_EMIT dataChanged(index(p, 0), index(p, ColumnCount - 1));
        }
        const QModelIndex parent = index(p, 0);
        if (!RowSync::sync(*this, parent, rows[p].results, target.results, [](const ExpectedResult &e) { return e.id; })) {
            beginResetModel();
            m_roadmap = next;
            endResetModel();
            return;
        }
    }
    m_roadmap = next;
    if (!endMoved)
        return;
    // The default target date is the end of the period.
    for (int p = 0; p < rows.size(); ++p) {
        const QModelIndex parent = index(p, 0);
        if (const int n = rowCount(parent))
            Q_EMIT dataChanged(index(0, TargetDate, parent), index(n - 1, TargetDate, parent));
    }
}

QModelIndex PriorityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PriorityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PriorityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roadmap.priorities.size());
    if (parent.column() != 0 || !isPriority(parent) || parent.row() >= m_roadmap.priorities.size())
        return 0;
    return int(m_roadmap.priorities[parent.row()].results.size());
}

int PriorityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PriorityTreeModel::indicatorName(qint64 id) const
{
    for (const Indicator &i : m_indicators) {
        if (i.id == id)
            return i.name;
    }
    return {};
}

QVariant PriorityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isPriority(index)) {
        const RoadmapPriority &p = m_roadmap.priorities[index.row()];
        if (role == IdRole)
            return p.id;
        if (role == IsPriorityRole)
            return true;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (index.column() == Text) {
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return p.title;
            if (role == Qt::ToolTipRole)
                return p.description.isEmpty() ? QVariant() : QVariant(p.description);
            if (role == Qt::AccessibleTextRole)
                return tr("Priority %1: %2").arg(index.row() + 1).arg(p.title);
        }
        return {};
    }
    const ExpectedResult &e = m_roadmap.priorities[index.internalId() - 1].results[index.row()];
    if (role == IdRole)
        return e.id;
    if (role == IsPriorityRole)
        return false;
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
        return {};
    switch (index.column()) {
    case Text:
        return role == Qt::ForegroundRole ? QVariant() : QVariant(e.text);
    case IndicatorColumn:
        if (role == Qt::ForegroundRole)
            return {};
        return edit ? QVariant(e.indicatorId) : QVariant(indicatorName(e.indicatorId));
    case Target:
        if (role == Qt::ForegroundRole)
            return {};
        if (!e.target)
            return edit ? QVariant(QString()) : QVariant();
        return edit ? QVariant(*e.target) : QVariant(QLocale().toString(*e.target, 'f', QLocale::FloatingPointShortest));
    case TargetDate:
        if (edit)
            return e.targetDate;
        if (!e.target)
            return {};
        if (role == Qt::ForegroundRole)
            return e.targetDate.isValid() ? QVariant() : QVariant(Contrast::mutedText(QGuiApplication::palette()));
        if (role == Qt::ToolTipRole && !e.targetDate.isValid())
            return tr("By the end of the period");
        return DisplayFormat::date(e.targetDate.isValid() ? e.targetDate : m_roadmap.end);
    }
    return {};
}

QVariant PriorityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Text: return tr("Priority / expected result");
    case IndicatorColumn: return tr("Indicator");
    case Target: return tr("Target");
    case TargetDate: return tr("By");
    }
    return {};
}

Qt::ItemFlags PriorityTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    if (isPriority(index))
        return index.column() == Text ? f | Qt::ItemIsEditable : f;
    return f | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool PriorityTreeModel::save(const Roadmap &next, const QString &text)
{
    if (const Result<void> r = Edit::saveRoadmapParts(m_workspace, next, RoadmapPart::Priorities, text); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

bool PriorityTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Roadmap next = m_roadmap;
    if (isPriority(index)) {
        if (index.column() != Text)
            return false;
        next.priorities[index.row()].title = value.toString().trimmed();
        return save(next, tr("Rename a priority"));
    }
    ExpectedResult &e = next.priorities[index.internalId() - 1].results[index.row()];
    switch (index.column()) {
    case Text:
        e.text = value.toString().trimmed();
        return save(next, tr("Edit an expected result"));
    case IndicatorColumn:
        e.indicatorId = value.toLongLong();
        return save(next, tr("Tie an expected result to an indicator"));
    case Target: {
        const auto number = parseNumber(value);
        if (!number) {
            Q_EMIT editRefused(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
        e.target = *number;
        if (!e.target)
            e.indicatorId = 0;  // no longer quantified
        return save(next, tr("Set the target of an expected result"));
    }
    case TargetDate:
        e.targetDate = value.toDate();
        return save(next, tr("Set the date of an expected result"));
    }
    return false;
}

bool PriorityTreeModel::addPriority(const QString &title)
{
    if (m_roadmap.id <= 0)
        return false;
    Roadmap next = m_roadmap;
    next.priorities << RoadmapPriority{0, title.trimmed(), {}, {}};
    return save(next, tr("Add a priority"));
}

bool PriorityTreeModel::addResult(int priorityRow, const QString &text)
{
    if (priorityRow < 0 || priorityRow >= m_roadmap.priorities.size())
        return false;
    Roadmap next = m_roadmap;
    ExpectedResult e;
    e.text = text.trimmed();
    next.priorities[priorityRow].results << e;
    return save(next, tr("Add an expected result"));
}

bool PriorityTreeModel::removeAt(const QModelIndex &index)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Roadmap next = m_roadmap;
    if (isPriority(index)) {
        next.priorities.removeAt(index.row());
        return save(next, tr("Remove a priority"));
    }
    next.priorities[index.internalId() - 1].results.removeAt(index.row());
    return save(next, tr("Remove an expected result"));
}

} // namespace Comite
