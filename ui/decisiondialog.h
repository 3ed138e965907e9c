#pragma once
// Records the committee's decision on one product of a session: the option,
// an optional phase change, the amount and period granted, the decision in
// words, procurement informed (and when), each roadmap priority validated,
// modified or invalidated, the blockers it lifts (with an owner), its
// conditions or reserves, and the action items (owner, due date).

#include "storage/workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace Comite {

class DecisionContext;

class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(Workspace &workspace, qint64 sessionId, qint64 productId, QWidget *parent = nullptr);

    Decision decision() const;
    QComboBox *optionBox() const { return m_option; }
    QComboBox *phaseBox() const { return m_phase; }
    QGroupBox *budgetBox() const { return m_budget; }
    QSpinBox *amountEdit() const { return m_amount; }
    QDateEdit *periodStartEdit() const { return m_periodStart; }
    QDateEdit *periodEndEdit() const { return m_periodEnd; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPlainTextEdit *conditionsEdit() const { return m_conditions; }
    QPlainTextEdit *roadmapOpinionEdit() const { return m_roadmapOpinion; }
    class VoteWidget *voteWidget() const { return m_vote; }
    QCheckBox *procurementCheck() const { return m_procurement; }
    QDateEdit *procurementDate() const { return m_procurementDate; }
    QTableWidget *objectivesTable() const { return m_objectives; }
    QTableWidget *blockersTable() const { return m_blockers; }
    QTableWidget *actionsTable() const { return m_actions; }
    QLabel *errorLabel() const { return m_error; }
    DecisionContext *context() const { return m_context; }

    void addObjective(const DecisionObjective &objective = {});
    void addBlocker(const DecisionBlocker &blocker = {});
    void addAction(const DecisionAction &action = {});

public Q_SLOTS:
    void accept() override;

private:
    QWidget *decisionTab();
    void load(const Decision &decision);
    void proposeChosenAllocation();

    Workspace &m_workspace;
    qint64 m_sessionId;
    qint64 m_productId;
    QDate m_sessionDate;
    QComboBox *m_option;
    QComboBox *m_phase;
    QGroupBox *m_budget;
    QSpinBox *m_amount;
    QDateEdit *m_periodStart;
    QDateEdit *m_periodEnd;
    QPlainTextEdit *m_comment;
    QCheckBox *m_procurement;
    QDateEdit *m_procurementDate;
    QTableWidget *m_objectives;
    QTableWidget *m_blockers;
    QPlainTextEdit *m_conditions;
    QPlainTextEdit *m_roadmapOpinion;
    class VoteWidget *m_vote = nullptr;
    QTableWidget *m_actions;
    QLabel *m_error;
    DecisionContext *m_context = nullptr;
};

} // namespace Comite
