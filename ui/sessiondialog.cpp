#include "sessiondialog.h"

#include "errorreport.h"
#include "sessionheaderform.h"
#include "commands/sessionedits.h"
#include "sessionparticipantproposals.h"
#include "sessionproductpicker.h"
#include "windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Comite {

SessionDialog::SessionDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_header(new SessionHeaderForm(this))
    , m_products(new SessionProductPicker(this))
    , m_template(new QComboBox(this))
    , m_proposals(new SessionParticipantProposals(workspace, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New session"));
    Session proposed;
    proposed.startsAt = QDateTime(workspace.today().addDays(14), QTime(14, 0));
    m_header->setHeader(proposed);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px;"));
    m_error->hide();

    // A failed read shows in the dialog's own error band, and is logged.
    const Result<void> read = attempt([&] {
        m_products->setProducts(workspace.products().summaries(), workspace.today());
        m_templates = {SessionAgenda::defaultTemplate()};
        m_templates << workspace.sessions().templates();
    });
    if (!read) {
        ErrorReport::note(this, read.error());
        m_error->setText(read.error().message);
        m_error->show();
    }
    for (const AgendaTemplate &t : std::as_const(m_templates))
        m_template->addItem(t.name);

    m_template->setAccessibleName(tr("Agenda template"));
    m_header->addRow(tr("A&genda template:"), m_template);
    auto *productsLabel = new QLabel(tr("P&roducts (committee due soonest first):"), this);
    productsLabel->setBuddy(m_products->searchEdit());
    auto *left = new QVBoxLayout;
    left->addWidget(m_header);
    left->addWidget(productsLabel);
    left->addWidget(m_products, 1);
    auto *participantsLabel = new QLabel(tr("Participants"), this);
    QFont bold = participantsLabel->font();
    bold.setBold(true);
    participantsLabel->setFont(bold);
    auto *right = new QVBoxLayout;
    right->addWidget(participantsLabel);
    right->addWidget(m_proposals, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Plan the &session"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    connect(m_products, &SessionProductPicker::checkedChanged, this, [this] {
        updateLength();
        m_proposals->propose(m_products->checkedProducts());
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &SessionDialog::updateLength);
    connect(m_header->lengthEdit(), &QSpinBox::valueChanged, this, [this] {
        if (!signalsBlocked())
            m_lengthEdited = true;
    });
    updateLength();
    resize(WindowGeometry::fitted(this, QSize(1060, 680)));
}

QListWidget *SessionDialog::productList() const
{
    return m_products->list();
}

void SessionDialog::checkProduct(qint64 productId, bool checked)
{
    m_products->setChecked(productId, checked);
}

// The booked length follows the agenda until the user sets it.
void SessionDialog::updateLength()
{
    if (m_lengthEdited)
        return;
    QList<SessionProduct> products;
    for (qint64 id : m_products->checkedIds())
        products << SessionProduct{id, {}, {}};
    const AgendaTemplate t = m_templates.value(m_template->currentIndex());
    const QSignalBlocker blocker(this);
    m_header->lengthEdit()->setValue(SessionAgenda::totalMinutes(SessionAgenda::generate(t, products)));
}

void SessionDialog::accept()
{
    Session s = m_header->header();
    for (qint64 id : m_products->checkedIds())
        s.products << SessionProduct{id, {}, {}};
    if (s.products.isEmpty()) {
        m_error->setText(tr("Choose at least one product to review."));
        m_error->show();
        m_products->searchEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    s.participants = m_proposals->participants();
    const Result<qint64> created = Edit::createSession(m_workspace, s, m_templates.value(m_template->currentIndex()));
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    m_createdId = created.value();
    m_proposals->remember();
    QDialog::accept();
}

} // namespace Comite
