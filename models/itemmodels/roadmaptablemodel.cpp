#include "roadmaptablemodel.h"

#include "commands/roadmapedits.h"

namespace Comite {

RoadmapTableModel::RoadmapTableModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    m_roadmap.id = roadmapId;  // read by load(), once the subclass exists
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (m_roadmap.id > 0 && id == m_roadmap.productId && (changes & ProductChange::Roadmaps))
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, [this] { setRoadmapId(0); });
}

void RoadmapTableModel::load(qint64 id)
{
    m_roadmap = Roadmap();
    if (id <= 0)
        return;
    try {
        if (auto r = m_workspace.roadmaps().load(id))
            m_roadmap = *r;
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
}

int RoadmapTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_roadmap.id <= 0 ? 0 : rowsIn(m_roadmap);
}

void RoadmapTableModel::setRoadmapId(qint64 id)
{
    beginResetModel();
    load(id);
    endResetModel();
}

void RoadmapTableModel::reload()
{
    std::optional<Roadmap> next;
    try {
        next = m_workspace.roadmaps().load(m_roadmap.id);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!next)
        setRoadmapId(0);
    else
        follow(*next);
}

// One row inserted or removed where that is what happened; otherwise rows
// added or dropped at the end and dataChanged for the rows that differ.
void RoadmapTableModel::follow(const Roadmap &next)
{
    const Roadmap old = m_roadmap;
    const int n = rowsIn(old);
    const int m = rowsIn(next);
    int first = 0;
    while (first < n && first < m && sameRow(old, first, next, first))
        ++first;
    auto shiftedEqual = [&](int from, int delta) {
        for (int i = from; i < n && i + delta < m; ++i) {
            if (!sameRow(old, i, next, i + delta))
                return false;
        }
        return true;
    };
    if (m == n + 1 && shiftedEqual(first, 1)) {
        beginInsertRows({}, first, first);
        m_roadmap = next;
        endInsertRows();
        return;
    }
    if (m + 1 == n) {
        bool same = true;
        for (int i = first; i < m; ++i)
            same = same && sameRow(old, i + 1, next, i);
        if (same) {
            beginRemoveRows({}, first, first);
            m_roadmap = next;
            endRemoveRows();
            return;
        }
    }
    if (m < n) {
        beginRemoveRows({}, m, n - 1);
        m_roadmap = next;
        endRemoveRows();
    } else if (m > n) {
        beginInsertRows({}, n, m - 1);
        m_roadmap = next;
        endInsertRows();
    }
    m_roadmap = next;
    for (int i = first; i < std::min(n, m); ++i) {
        if (!sameRow(old, i, next, i))
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    }
}

bool RoadmapTableModel::save(const Roadmap &next, const QString &text)
{
    QString error;
    if (!Edit::saveRoadmap(m_workspace, next, text, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace Comite
