#pragma once
// The "Budget" tab of a product: what funds it now (envelopes granted,
// spent, remaining, burn rate, when the money runs out and so when the
// next committee is due), the typical cost as a reference band, the
// envelopes and the spending by line month by month.

#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Comite {

class BudgetBandWidget;
class BudgetSpendingModel;
class EnvelopeTableModel;

class BudgetPage : public QWidget
{
    Q_OBJECT
public:
    BudgetPage(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    EnvelopeTableModel *envelopeModel() const { return m_envelopeModel; }
    BudgetSpendingModel *spendingModel() const { return m_spendingModel; }
    QTableView *envelopeTable() const { return m_envelopes; }
    QTableView *spendingTable() const { return m_spending; }
    QLabel *burnRateLabel() const { return m_burn; }
    QLabel *exhaustionLabel() const { return m_exhaustion; }
    QLabel *dueLabel() const { return m_due; }
    BudgetBandWidget *band() const { return m_band; }

public Q_SLOTS:
    void addEnvelope();
    void removeSelectedEnvelope();
    void refresh();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    Workspace &m_workspace;
    qint64 m_productId;
    EnvelopeTableModel *m_envelopeModel;
    BudgetSpendingModel *m_spendingModel;
    QLabel *m_granted;
    QLabel *m_spent;
    QLabel *m_burn;
    QLabel *m_exhaustion;
    QLabel *m_due;
    QLabel *m_bandText;
    BudgetBandWidget *m_band;
    QLabel *m_paceText;
    QTableView *m_envelopes;
    QTableView *m_spending;
};

} // namespace Comite
