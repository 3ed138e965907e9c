#include "sessiondialog.h"

#include "betagouv/betagouvparticipants.h"

#include "errorreport.h"
#include "commands/sessionedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    , m_title(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_length(new QSpinBox(this))
    , m_place(new QLineEdit(this))
    , m_video(new QLineEdit(this))
    , m_products(new QListWidget(this))
    , m_template(new QComboBox(this))
    , m_inviteTeams(new QCheckBox(tr("Invite the &intrapreneurs of these products"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New session"));
    m_title->setPlaceholderText(tr("Investment committee"));
    m_start->setCalendarPopup(true);
    m_start->setDateTime(QDateTime(workspace.today().addDays(14), QTime(14, 0)));
    m_length->setRange(0, 24 * 60);
    m_length->setSingleStep(10);
    m_length->setSuffix(tr(" min"));
    m_place->setPlaceholderText(tr("Building, room"));
    m_video->setPlaceholderText(QStringLiteral("https://"));
    m_inviteTeams->setChecked(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px;"));
    m_error->hide();

    // A failed read shows in the dialog's own error band, and is logged.
    const Result<void> read = attempt([&] {
        QList<ProductSummary> products = workspace.products().summaries();
        std::sort(products.begin(), products.end(), [](const ProductSummary &a, const ProductSummary &b) {
            return QString::localeAwareCompare(a.title, b.title) < 0;
        });
        for (const ProductSummary &p : std::as_const(products)) {
            auto *item = new QListWidgetItem(p.incubatorName.isEmpty() ? p.title
                                                                       : QStringLiteral("%1 — %2").arg(p.title, p.incubatorName),
                                             m_products);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
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

    m_title->setAccessibleName(tr("Title"));
    m_start->setAccessibleName(tr("Date and time"));
    m_length->setAccessibleName(tr("Planned length"));
    m_place->setAccessibleName(tr("Place"));
    m_video->setAccessibleName(tr("Video link"));
    m_products->setAccessibleName(tr("Products reviewed"));
    m_template->setAccessibleName(tr("Agenda template"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date and time:"), m_start);
    form->addRow(tr("Planned &length:"), m_length);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Video link:"), m_video);
    form->addRow(tr("P&roducts:"), m_products);
    form->addRow(tr("A&genda template:"), m_template);
    form->addRow(QString(), m_inviteTeams);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan the session"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    connect(m_products, &QListWidget::itemChanged, this, &SessionDialog::updateLength);
    connect(m_template, &QComboBox::currentIndexChanged, this, &SessionDialog::updateLength);
    connect(m_length, &QSpinBox::valueChanged, this, [this] {
        if (!signalsBlocked())
            m_lengthEdited = true;
    });
    updateLength();
    resize(sizeHint().expandedTo(QSize(560, 560)));
}

void SessionDialog::checkProduct(qint64 productId, bool checked)
{
    for (int i = 0; i < m_products->count(); ++i) {
        if (m_products->item(i)->data(Qt::UserRole).toLongLong() == productId)
            m_products->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

// The booked length follows the agenda until the user sets it.
void SessionDialog::updateLength()
{
    if (m_lengthEdited)
        return;
    QList<SessionProduct> products;
    for (int i = 0; i < m_products->count(); ++i) {
        if (m_products->item(i)->checkState() == Qt::Checked)
            products << SessionProduct{m_products->item(i)->data(Qt::UserRole).toLongLong(), {}, {}};
    }
    const AgendaTemplate t = m_templates.value(m_template->currentIndex());
    const QSignalBlocker blocker(this);
    m_length->setValue(SessionAgenda::totalMinutes(SessionAgenda::generate(t, products)));
}

void SessionDialog::accept()
{
    Session s;
    s.title = m_title->text().trimmed();
    s.startsAt = m_start->dateTime();
    s.plannedMinutes = m_length->value();
    s.place = m_place->text().trimmed();
    s.videoLink = m_video->text().trimmed();
    for (int i = 0; i < m_products->count(); ++i) {
        if (m_products->item(i)->checkState() == Qt::Checked)
            s.products << SessionProduct{m_products->item(i)->data(Qt::UserRole).toLongLong(), {}, {}};
    }
    if (s.products.isEmpty()) {
        m_error->setText(tr("Choose at least one product to review."));
        m_error->show();
        return;
    }
    if (m_inviteTeams->isChecked()) {
        // The intrapreneurs, and the member space contacts of imported products.
        QList<qint64> ids;
        for (const SessionProduct &p : std::as_const(s.products))
            ids << p.productId;
        s.participants << BetagouvParticipants::proposed(m_workspace.database(), ids);
    }
    QString error;
    m_createdId = Edit::createSession(m_workspace, s, m_templates.value(m_template->currentIndex()), &error);
    if (m_createdId == 0) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Comite
