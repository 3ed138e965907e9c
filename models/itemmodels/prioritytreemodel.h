#pragma once
// A roadmap's priorities (top level) and their expected results
// (children) as an editable tree: text, indicator, target value and date.
// Edits go through Edit::saveRoadmap (checked, undoable); the tree follows
// the stored roadmap and signals exactly the rows that changed.

#include "domain/roadmap.h"
#include "storage/workspace.h"

#include <QAbstractItemModel>

namespace Comite {

class PriorityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Text, IndicatorColumn, Target, TargetDate, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IsPriorityRole };

    PriorityTreeModel(Workspace &workspace, qint64 roadmapId, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 roadmapId() const { return m_roadmap.id; }
    const Roadmap &roadmap() const { return m_roadmap; }
    const QList<Indicator> &indicators() const { return m_indicators; }
    // Shows another roadmap (0: none).
    void setRoadmapId(qint64 id);

    bool addPriority(const QString &title);
    bool addResult(int priorityRow, const QString &text);
    // Removes a priority (with its results) or a result.
    bool removeAt(const QModelIndex &index);

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    bool isPriority(const QModelIndex &index) const { return index.internalId() == 0; }
    bool save(const Roadmap &next, const QString &text);
    void load(qint64 id);
    void reload();
    void follow(const Roadmap &next);
    QString indicatorName(qint64 id) const;

    Workspace &m_workspace;
    Roadmap m_roadmap;
    QList<Indicator> m_indicators;
};

} // namespace Comite
