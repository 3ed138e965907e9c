#pragma once
// A product's phase history (editable table, new transitions) and the
// committees it went through.

#include "storage/workspace.h"

#include <QWidget>

class QTableView;
class QTableWidget;

namespace Comite {

class PhaseHistoryModel;

class ProductPhasesPage : public QWidget
{
    Q_OBJECT
public:
    ProductPhasesPage(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    PhaseHistoryModel *phaseModel() const { return m_phaseModel; }
    QTableView *phaseTable() const { return m_phases; }
    QTableWidget *committeeTable() const { return m_committees; }

public Q_SLOTS:
    void addTransition();
    void recordCommittee();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void loadCommittees();
    void removeSelectedPhase();
    void removeSelectedCommittee();

    Workspace &m_workspace;
    qint64 m_productId;
    PhaseHistoryModel *m_phaseModel;
    QTableView *m_phases;
    QTableWidget *m_committees;
    QList<CommitteeReview> m_reviews;
};

} // namespace Comite
