#include "votewidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace Comite {

namespace {
QSpinBox *countBox(QWidget *parent, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 99);
    box->setAccessibleName(name);
    return box;
}
} // namespace

VoteWidget::VoteWidget(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_for(countBox(this, tr("Votes for")))
    , m_against(countBox(this, tr("Votes against")))
    , m_abstaining(countBox(this, tr("Abstentions")))
{
    m_kind->addItem(tr("Not recorded"), int(DecisionVote::None));
    m_kind->addItem(tr("Unanimous"), int(DecisionVote::Unanimous));
    m_kind->addItem(tr("Counted"), int(DecisionVote::Counted));
    m_kind->setAccessibleName(tr("Vote"));
    setFocusProxy(m_kind);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    const std::pair<QString, QSpinBox *> counts[] = {
        {tr("for"), m_for}, {tr("against"), m_against}, {tr("abstaining"), m_abstaining}};
    for (const auto &[label, box] : counts) {
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        layout->addWidget(box);
        layout->addWidget(text);
    }
    layout->addStretch();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &VoteWidget::updateCounts);
    updateCounts();
}

DecisionVote VoteWidget::vote() const
{
    DecisionVote v;
    v.kind = DecisionVote::Kind(m_kind->currentData().toInt());
    if (v.kind == DecisionVote::Counted) {
        v.votesFor = m_for->value();
        v.votesAgainst = m_against->value();
        v.abstaining = m_abstaining->value();
    }
    return v;
}

void VoteWidget::setVote(const DecisionVote &vote)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(vote.kind))));
    m_for->setValue(vote.votesFor);
    m_against->setValue(vote.votesAgainst);
    m_abstaining->setValue(vote.abstaining);
    updateCounts();
}

void VoteWidget::updateCounts()
{
    const bool counted = m_kind->currentData().toInt() == DecisionVote::Counted;
    for (QSpinBox *box : {m_for, m_against, m_abstaining})
        box->setEnabled(counted);
}

} // namespace Comite
