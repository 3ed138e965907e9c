#pragma once
// Asks for a phase transition: the new phase, its start date, a comment,
// and whether it explicitly restarts a stopped product.

#include "domain/product.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Comite {

class PhaseTransitionDialog : public QDialog
{
    Q_OBJECT
public:
    PhaseTransitionDialog(const QList<PhaseRecord> &history, QDate today, QWidget *parent = nullptr);
    PhaseRecord record() const;

    QComboBox *phaseField() const { return m_phase; }
    QDateEdit *dateField() const { return m_date; }
    QCheckBox *restartField() const { return m_restart; }

private:
    QComboBox *m_phase;
    QDateEdit *m_date;
    QLineEdit *m_comment;
    QCheckBox *m_restart;
};

// Asks for a committee held in the past: date, decision and outcome.
class CommitteeDialog : public QDialog
{
    Q_OBJECT
public:
    CommitteeDialog(QDate today, QWidget *parent = nullptr);
    CommitteeReview review() const;

private:
    QDateEdit *m_date;
    QComboBox *m_decision;
    QLineEdit *m_comment;
};

} // namespace Comite
