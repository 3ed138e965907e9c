#include "indicatordialog.h"

#include "errorreport.h"
#include "commands/indicatoredits.h"
#include "warningdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Comite {

IndicatorDialog::IndicatorDialog(Workspace &workspace, const Indicator &indicator, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_indicator(indicator)
    , m_name(new QLineEdit(indicator.name, this))
    , m_kind(new QComboBox(this))
    , m_principle(new QComboBox(this))
    , m_mandatory(new QComboBox(this))
    , m_unit(new QLineEdit(indicator.unit, this))
    , m_direction(new QComboBox(this))
    , m_method(new QPlainTextEdit(indicator.method, this))
    , m_northStar(new QCheckBox(tr("This is the product's &North Star Metric"), this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(indicator.id ? tr("Edit indicator") : tr("New indicator"));
    for (IndicatorKind k : IndicatorKinds::all())
        m_kind->addItem(IndicatorKinds::label(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(indicator.kind)));
    for (MatrixPrinciple p : ImpactMatrix::principles())
        m_principle->addItem(ImpactMatrix::label(p), int(p));
    m_principle->setCurrentIndex(m_principle->findData(int(indicator.principle)));
    m_mandatory->addItem(tr("None"), QString());
    for (const QString &key : ImpactMatrix::fillableKeys()) {
        const auto m = ImpactMatrix::mandatory(key);
        m_mandatory->addItem(tr("%1 (%2)").arg(ImpactMatrix::mandatoryLabel(key), ImpactMatrix::label(m->principle)), key);
    }
    m_mandatory->setCurrentIndex(std::max(0, m_mandatory->findData(indicator.mandatory)));
    for (IndicatorDirection d : {IndicatorDirection::HigherIsBetter, IndicatorDirection::LowerIsBetter})
        m_direction->addItem(IndicatorDirections::label(d), int(d));
    m_direction->setCurrentIndex(m_direction->findData(int(indicator.direction)));
    m_northStar->setChecked(indicator.northStar);
    m_method->setTabChangesFocus(true);
    m_method->setPlaceholderText(tr("How the figure is measured and where it comes from (tool, query, survey)."));
    m_method->setFixedHeight(m_method->fontMetrics().height() * 5);
    m_unit->setPlaceholderText(tr("users, km, %, days…"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(WarningDelegate::warningColor(palette()).name()));
    m_problems->hide();

    m_name->setAccessibleName(tr("Name"));
    m_kind->setAccessibleName(tr("Kind"));
    m_principle->setAccessibleName(tr("Impact matrix principle"));
    m_mandatory->setAccessibleName(tr("Mandatory indicator it fills"));
    m_unit->setAccessibleName(tr("Unit"));
    m_direction->setAccessibleName(tr("Direction"));
    m_method->setAccessibleName(tr("Method and source"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Fills the &mandatory indicator:"), m_mandatory);
    form->addRow(tr("Matrix &principle:"), m_principle);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("Method and &source:"), m_method);
    form->addRow(QString(), m_northStar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mandatory, &QComboBox::currentIndexChanged, this, &IndicatorDialog::mandatoryChosen);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

// A mandatory indicator belongs to one principle: follow it.
void IndicatorDialog::mandatoryChosen()
{
    if (const auto m = ImpactMatrix::mandatory(m_mandatory->currentData().toString()))
        m_principle->setCurrentIndex(m_principle->findData(int(m->principle)));
}

Indicator IndicatorDialog::indicator() const
{
    Indicator i = m_indicator;
    i.name = m_name->text().trimmed();
    i.kind = IndicatorKind(m_kind->currentData().toInt());
    i.principle = MatrixPrinciple(m_principle->currentData().toInt());
    i.mandatory = m_mandatory->currentData().toString();
    i.unit = m_unit->text().trimmed();
    i.direction = IndicatorDirection(m_direction->currentData().toInt());
    i.method = m_method->toPlainText().trimmed();
    i.northStar = m_northStar->isChecked();
    return i;
}

void IndicatorDialog::accept()
{
    // The dialog's own problem label shows a failed check like any problem.
    const auto checked = attempt([&] { return Edit::indicatorProblems(m_workspace, indicator()); });
    const QStringList problems = checked ? checked.value() : QStringList{checked.error().message};
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace Comite
