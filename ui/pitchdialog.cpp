#include "pitchdialog.h"

#include "domain/pitch.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Comite {

PitchDialog::PitchDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_targets(new QLineEdit(this))
    , m_benefits(new QLineEdit(this))
    , m_means(new QLineEdit(this))
    , m_goal(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Pitch from the template"));
    const PitchParts parts = Pitch::parse(current).value_or(PitchParts{});
    m_targets->setText(parts.targets);
    m_benefits->setText(parts.benefits);
    m_means->setText(parts.means);
    m_goal->setText(parts.goal);
    m_targets->setPlaceholderText(tr("the targeted users, e.g. « aux collectivités »"));
    m_benefits->setPlaceholderText(tr("the benefit they get"));
    m_means->setPlaceholderText(tr("the value proposition"));
    m_goal->setPlaceholderText(tr("the public-policy goal"));
    m_targets->setAccessibleName(tr("Targets"));
    m_benefits->setAccessibleName(tr("Benefits"));
    m_means->setAccessibleName(tr("Value proposition"));
    m_goal->setAccessibleName(tr("Public-policy goal"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumWidth(m_preview->fontMetrics().averageCharWidth() * 60);

    auto *form = new QFormLayout;
    form->addRow(tr("Permettre à (&targets):"), m_targets);
    form->addRow(tr("d'obtenir (&benefits):"), m_benefits);
    form->addRow(tr("grâce à (&value proposition):"), m_means);
    form->addRow(tr("afin de (&goal):"), m_goal);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_targets, m_benefits, m_means, m_goal})
        connect(edit, &QLineEdit::textChanged, this, &PitchDialog::updatePreview);
    updatePreview();
}

QString PitchDialog::sentence() const
{
    return Pitch::compose({m_targets->text(), m_benefits->text(), m_means->text(), m_goal->text()});
}

void PitchDialog::updatePreview()
{
    m_preview->setText(sentence());
}

} // namespace Comite
