#pragma once
// How the voting members voted on a decision (domain DecisionVote): not
// recorded, unanimous, or counted — for, against, abstaining —, entered in
// one row of the decision dialog.

#include "domain/sessiondecision.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Comite {

class VoteWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VoteWidget(QWidget *parent = nullptr);

    DecisionVote vote() const;
    void setVote(const DecisionVote &vote);

    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *forBox() const { return m_for; }
    QSpinBox *againstBox() const { return m_against; }
    QSpinBox *abstainingBox() const { return m_abstaining; }

private:
    void updateCounts();

    QComboBox *m_kind;
    QSpinBox *m_for;
    QSpinBox *m_against;
    QSpinBox *m_abstaining;
};

} // namespace Comite
