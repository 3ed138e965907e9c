#pragma once
// Base of the small editable tables of a roadmap (team, support needs,
// budget request, standards): rows come from the stored roadmap, edits
// save a changed copy through Edit::saveRoadmap (undoable), and a reload
// signals the one row inserted or removed, or the rows that changed.

#include "domain/roadmap.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class RoadmapTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    RoadmapTableModel(Workspace &workspace, qint64 roadmapId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    void setRoadmapId(qint64 id);
    qint64 roadmapId() const { return m_roadmap.id; }
    const Roadmap &roadmap() const { return m_roadmap; }

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    virtual int rowsIn(const Roadmap &roadmap) const = 0;
    virtual bool sameRow(const Roadmap &a, int i, const Roadmap &b, int j) const = 0;
    // The parts of the roadmap the rows show and edit: only a change to
    // these reads the roadmap again, and only these parts.
    virtual RoadmapParts partsShown() const = 0;
    // Saves `next`; false (and editRefused) when refused.
    bool save(const Roadmap &next, const QString &text);
    // Reads the roadmap again after the constructor of a subclass.
    void load(qint64 id);

    Workspace &m_workspace;
    Roadmap m_roadmap;

private:
    void reload(RoadmapParts parts);
    void follow(const Roadmap &next);
};

} // namespace Comite
