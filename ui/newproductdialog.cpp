#include "newproductdialog.h"

#include "commands/productedits.h"
#include "domain/slug.h"
#include "warningdelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Comite {

NewProductDialog::NewProductDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_title(new QLineEdit(this))
    , m_slug(new QLineEdit(this))
    , m_incubator(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_start(new QDateEdit(workspace.today(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New product"));
    m_title->setAccessibleName(tr("Title"));
    m_slug->setAccessibleName(tr("Identifier"));
    m_incubator->setAccessibleName(tr("Incubator"));
    m_phase->setAccessibleName(tr("First phase"));
    m_start->setAccessibleName(tr("Start of the first phase"));
    m_start->setCalendarPopup(true);
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 40);
    m_incubator->addItem(tr("(none)"), qint64(0));
    for (const Incubator &i : workspace.organisations().incubators())
        m_incubator->addItem(i.name, i.id);
    if (m_incubator->count() > 1)
        m_incubator->setCurrentIndex(1);
    for (Phase p : Phases::all())
        m_phase->addItem(Phases::label(p), Phases::key(p));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(WarningDelegate::warningColor(palette()).name()));
    m_error->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Identifier:"), m_slug);
    form->addRow(tr("I&ncubator:"), m_incubator);
    form->addRow(tr("First &phase:"), m_phase);
    form->addRow(tr("&Starting on:"), m_start);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (!m_slugEdited)
            m_slug->setText(Slug::fromTitle(title));
    });
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugEdited = true; });
}

Product NewProductDialog::product() const
{
    Product p;
    p.title = m_title->text().trimmed();
    p.slug = m_slug->text().trimmed();
    p.incubatorId = m_incubator->currentData().toLongLong();
    p.phases << PhaseRecord{Phases::fromKey(m_phase->currentData().toString()).value_or(Phase::Investigation),
                            m_start->date(), {}, {}, false};
    return p;
}

void NewProductDialog::accept()
{
    const Result<qint64> created = Edit::addProduct(m_workspace, product());
    if (!created) {
        m_createdId = 0;
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace Comite
