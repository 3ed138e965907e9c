#include "phasetransitiondialog.h"

#include "domain/phasehistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Comite {

namespace {
QDialogButtonBox *addButtons(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                               ? QLocale().dateFormat(QLocale::ShortFormat)
                               : QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

PhaseTransitionDialog::PhaseTransitionDialog(const QList<PhaseRecord> &history, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_phase(new QComboBox(this))
    , m_date(dateEdit(today, this))
    , m_comment(new QLineEdit(this))
    , m_restart(new QCheckBox(tr("This explicitly &restarts the stopped product"), this))
{
    setWindowTitle(tr("Move to a new phase"));
    const auto current = PhaseHistory::current(history);
    for (Phase p : Phases::all())
        m_phase->addItem(Phases::label(p), Phases::key(p));
    // Offer the natural next phase first.
    if (current && !Phases::isStop(current->phase) && int(current->phase) < int(Phase::Consolidation))
        m_phase->setCurrentIndex(int(current->phase) + 1);
    m_restart->setVisible(current && Phases::isStop(current->phase));
    m_phase->setAccessibleName(tr("New phase"));
    m_date->setAccessibleName(tr("Start date"));
    m_comment->setAccessibleName(tr("Comment"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(tr("&Starting on:"), m_date);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(m_restart);
    addButtons(this, form);
}

PhaseRecord PhaseTransitionDialog::record() const
{
    PhaseRecord r;
    r.phase = Phases::fromKey(m_phase->currentData().toString()).value_or(Phase::Investigation);
    r.start = m_date->date();
    r.comment = m_comment->text().trimmed();
    r.restart = !m_restart->isHidden() && m_restart->isChecked();
    return r;
}

CommitteeDialog::CommitteeDialog(QDate today, QWidget *parent)
    : QDialog(parent), m_date(dateEdit(today, this)), m_decision(new QComboBox(this)), m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Record a past committee"));
    for (DecisionOption o : DecisionOptions::all())
        m_decision->addItem(DecisionOptions::label(o), DecisionOptions::key(o));
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Committee date"));
    m_decision->setAccessibleName(tr("Decision"));
    m_comment->setAccessibleName(tr("Outcome"));
    m_comment->setMinimumWidth(m_comment->fontMetrics().averageCharWidth() * 50);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Held on:"), m_date);
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("&Outcome:"), m_comment);
    addButtons(this, form);
}

CommitteeReview CommitteeDialog::review() const
{
    CommitteeReview r;
    r.date = m_date->date();
    r.decision = DecisionOptions::fromKey(m_decision->currentData().toString()).value_or(DecisionOption::Recorded);
    r.comment = m_comment->text().trimmed();
    return r;
}

} // namespace Comite
