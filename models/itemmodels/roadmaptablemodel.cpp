#include "roadmaptablemodel.h"

#include "commands/roadmapedits.h"
#include "rowsync.h"

namespace Comite {

RoadmapTableModel::RoadmapTableModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    m_roadmap.id = roadmapId;  // read by load(), once the subclass exists
    connect(&workspace, &Workspace::roadmapChanged, this, [this](qint64, qint64 roadmapId, RoadmapParts parts) {
        if (m_roadmap.id > 0 && roadmapId == m_roadmap.id && (parts & partsShown()))
            reload(parts & partsShown());
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

// Reads `parts` again (and the roadmap's own row, which comes with them).
void RoadmapTableModel::reload(RoadmapParts parts)
{
    std::optional<Roadmap> next;
    try {
        next = Edit::reloadRoadmapParts(m_workspace, m_roadmap, parts);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!next)
        setRoadmapId(0);
    else
        follow(*next);
}

// Rows are positions in the roadmap's lists: see RowSync::followPositions.
void RoadmapTableModel::follow(const Roadmap &next)
{
    const Roadmap old = m_roadmap;
    RowSync::followPositions(
        *this, {}, rowsIn(old), rowsIn(next), [&](int i, int j) { return sameRow(old, i, next, j); },
        [&] { m_roadmap = next; });
}

bool RoadmapTableModel::save(const Roadmap &next, const QString &text)
{
    if (const Result<void> r = Edit::saveRoadmapParts(m_workspace, next, partsShown(), text); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
