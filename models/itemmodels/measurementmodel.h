#pragma once
// One indicator's measurements as an editable table (date, value,
// comment), rows in id order (views sort by date through a proxy). Edits go
// through Edit:: (validated, undoable); the model follows the stored rows
// with row-precise signals.

#include "referencetablemodel.h"

namespace Comite {

class MeasurementModel : public ReferenceTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Value, Comment, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 10 };

    MeasurementModel(Workspace &workspace, qint64 indicatorId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 indicatorId() const { return m_indicatorId; }
    const QList<Measurement> &measurements() const { return m_rows; }
    int rowOf(qint64 measurementId) const;
    // Adds a measurement; returns its row, or -1 (editRefused says why).
    int addMeasurement(QDate date, double value, const QString &comment = {});
    bool removeMeasurement(int row);

protected:
    void reload() override;

private:
    qint64 m_indicatorId;
    QString m_unit;
    QList<Measurement> m_rows;
};

} // namespace Comite
