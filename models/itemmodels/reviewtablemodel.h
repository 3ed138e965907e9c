#pragma once
// The review of a roadmap's period as an editable table: each expected
// result with its target, the value six months ago and today (typed, or
// read from its indicator), the attainment, a coloured status and the
// team's explanation. Edits go through Edit::saveRoadmap (undoable).

#include "domain/roadmapreview.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PriorityColumn, Result, Target, SixMonthsAgo, Today, Attainment, Status, Explanation, ColumnCount };
    enum Role { StatusKeyRole = Qt::UserRole + 1, AttainmentRole };

    ReviewTableModel(Workspace &workspace, qint64 roadmapId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setRoadmapId(qint64 id);
    qint64 roadmapId() const { return m_roadmap.id; }
    const QList<ReviewRow> &rows() const { return m_rows; }

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void load(qint64 id);
    void reload();
    QList<ReviewRow> compute() const;

    Workspace &m_workspace;
    Roadmap m_roadmap;
    QHash<qint64, IndicatorSeries> m_indicators;
    QList<ReviewRow> m_rows;
};

} // namespace Comite
