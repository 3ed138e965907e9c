#pragma once
// Edits one indicator's measurements and targets: two tables (newest
// measurement first, targets by date) editable in place, with a row of
// fields to add a value and buttons to remove the selected one. Every
// edit goes through the item models, hence through undoable edits.

#include "storage/workspace.h"

#include <QWidget>

class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Comite {

class MeasurementModel;
class TargetModel;

class MeasurementEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MeasurementEditor(Workspace &workspace, QWidget *parent = nullptr);

    // 0: nothing to edit (the fields are disabled).
    void setIndicator(qint64 indicatorId);
    qint64 indicatorId() const { return m_indicatorId; }

    MeasurementModel *measurementModel() const { return m_measurements; }
    TargetModel *targetModel() const { return m_targets; }
    QTableView *measurementTable() const { return m_measurementTable; }
    QTableView *targetTable() const { return m_targetTable; }
    QDateEdit *measurementDate() const { return m_measurementDate; }
    QLineEdit *measurementValue() const { return m_measurementValue; }
    QLineEdit *measurementComment() const { return m_measurementComment; }
    QPushButton *addMeasurementButton() const { return m_addMeasurement; }
    QPushButton *removeMeasurementButton() const { return m_removeMeasurement; }
    QDateEdit *targetDate() const { return m_targetDate; }
    QLineEdit *targetValue() const { return m_targetValue; }
    QPushButton *addTargetButton() const { return m_addTarget; }
    QPushButton *removeTargetButton() const { return m_removeTarget; }

public Q_SLOTS:
    void addMeasurement();
    void removeSelectedMeasurement();
    void addTarget();
    void removeSelectedTarget();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    std::optional<double> readValue(QLineEdit *edit);

    Workspace &m_workspace;
    qint64 m_indicatorId = 0;
    MeasurementModel *m_measurements = nullptr;
    TargetModel *m_targets = nullptr;
    QSortFilterProxyModel *m_measurementProxy;
    QSortFilterProxyModel *m_targetProxy;
    QTableView *m_measurementTable;
    QTableView *m_targetTable;
    QDateEdit *m_measurementDate;
    QLineEdit *m_measurementValue;
    QLineEdit *m_measurementComment;
    QPushButton *m_addMeasurement;
    QPushButton *m_removeMeasurement;
    QDateEdit *m_targetDate;
    QLineEdit *m_targetValue;
    QPushButton *m_addTarget;
    QPushButton *m_removeTarget;
    QList<QWidget *> m_inputs;
};

} // namespace Comite
