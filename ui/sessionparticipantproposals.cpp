#include "sessionparticipantproposals.h"
#include "errorreport.h"

#include "betagouv/betagouvparticipants.h"
#include "storage/workspace.h"
#include "warningdelegate.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QVBoxLayout>

namespace Comite {

namespace {
const QString chairKey = QStringLiteral("sessions/chair");
const QString managerKey = QStringLiteral("sessions/portfolioManager");
const QString secretaryKey = QStringLiteral("sessions/secretary");

QString rowKey(const Participant &p)
{
    return ParticipantRoles::key(p.role) + u'|' + p.name + u'|' + p.organisation;
}
} // namespace

SessionParticipantProposals::SessionParticipantProposals(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_chair(new QLineEdit(this))
    , m_manager(new QLineEdit(this))
    , m_secretary(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_warning(new QLabel(this))
{
    const QSettings settings;
    m_chair->setText(settings.value(chairKey).toString());
    m_manager->setText(settings.value(managerKey).toString());
    m_secretary->setText(settings.value(secretaryKey).toString());
    m_chair->setAccessibleName(ParticipantRoles::label(ParticipantRole::Chair));
    m_manager->setAccessibleName(ParticipantRoles::label(ParticipantRole::PortfolioManager));
    m_secretary->setAccessibleName(ParticipantRoles::label(ParticipantRole::Secretary));
    for (QLineEdit *e : {m_chair, m_manager, m_secretary})
        e->setPlaceholderText(tr("Name"));
    m_list->setAccessibleName(tr("Participants proposed from the products"));
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Missing roles"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(WarningDelegate::warningColor(palette()).name()));
    auto *form = new QFormLayout;
    form->addRow(tr("C&hair:"), m_chair);
    form->addRow(tr("DINUM portfolio &manager:"), m_manager);
    form->addRow(tr("Secretar&y:"), m_secretary);
    auto *proposedLabel = new QLabel(tr("From the products (untick who does not come):"), this);
    proposedLabel->setWordWrap(true);
    proposedLabel->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(proposedLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_warning);
    for (QLineEdit *e : {m_chair, m_manager, m_secretary})
        connect(e, &QLineEdit::textChanged, this, &SessionParticipantProposals::updateWarning);
    connect(m_list, &QListWidget::itemChanged, this, &SessionParticipantProposals::updateWarning);
    updateWarning();
}

void SessionParticipantProposals::propose(const QList<ProductSummary> &products)
{
    QHash<QString, Qt::CheckState> before;
    for (int row = 0; row < m_list->count(); ++row)
        before.insert(rowKey(m_proposed[row]), m_list->item(row)->checkState());
    QList<Participant> proposed;
    QSet<QString> seen;
    auto add = [&](const Participant &p) {
        if (!p.name.trimmed().isEmpty() && !seen.contains(rowKey(p))) {
            seen.insert(rowKey(p));
            proposed << p;
        }
    };
    for (const ProductSummary &summary : products) {
        const auto loaded = attempt([&] { return m_workspace.products().load(summary.id); });
        std::optional<Product> product;
        if (loaded)
            product = loaded.value();
        else
            ErrorReport::note(this, loaded.error());
        if (product) {
            add({0, product->intrapreneur.trimmed(), summary.title, ParticipantRole::Intrapreneur, true, false});
            add({0, product->coach.trimmed(), summary.title, ParticipantRole::TeamMember, true, false});
        }
        for (const QString &sponsor : summary.sponsorNames)
            add({0, tr("Representative of %1").arg(sponsor), sponsor, ParticipantRole::Sponsor, true,
                 ParticipantRoles::votesByDefault(ParticipantRole::Sponsor)});
    }
    // The member space contacts of imported products (DINUM's portfolio
    // manager, the incubator's lead).
    QList<qint64> ids;
    for (const ProductSummary &summary : products)
        ids << summary.id;
    const auto contacts = attempt([&] { return BetagouvParticipants::proposed(m_workspace.database(), ids, false); });
    if (contacts) {
        for (const Participant &p : contacts.value())
            add(p);
    } else {
        ErrorReport::note(this, contacts.error());
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_proposed = proposed;
    for (const Participant &p : std::as_const(m_proposed)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 (%3)").arg(p.name, ParticipantRoles::label(p.role), p.organisation),
                                         m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(before.value(rowKey(p), Qt::Checked));
    }
    updateWarning();
}

QList<Participant> SessionParticipantProposals::participants() const
{
    QList<Participant> result;
    auto fixed = [&](QLineEdit *edit, ParticipantRole role, const QString &organisation) {
        if (!edit->text().trimmed().isEmpty())
            result << Participant{0, edit->text().trimmed(), organisation, role, true, ParticipantRoles::votesByDefault(role)};
    };
    fixed(m_chair, ParticipantRole::Chair, QString());
    fixed(m_manager, ParticipantRole::PortfolioManager, QStringLiteral("DINUM"));
    fixed(m_secretary, ParticipantRole::Secretary, QString());
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            result << m_proposed[row];
    }
    return result;
}

QStringList SessionParticipantProposals::missingRoles() const
{
    const QList<Participant> people = participants();
    QStringList missing;
    for (ParticipantRole role : {ParticipantRole::Chair, ParticipantRole::PortfolioManager, ParticipantRole::Intrapreneur,
                                 ParticipantRole::Secretary}) {
        const bool held = std::any_of(people.cbegin(), people.cend(), [role](const Participant &p) { return p.role == role; });
        if (!held)
            missing << ParticipantRoles::label(role);
    }
    return missing;
}

void SessionParticipantProposals::updateWarning()
{
    const QStringList missing = missingRoles();
    m_warning->setVisible(!missing.isEmpty());
    m_warning->setText(QStringLiteral("⚠ ") + tr("Missing: %1. You can add them later in the Planning tab.")
                                                  .arg(QLocale().createSeparatedList(missing)));
}

void SessionParticipantProposals::remember() const
{
    QSettings settings;
    settings.setValue(chairKey, m_chair->text().trimmed());
    settings.setValue(managerKey, m_manager->text().trimmed());
    settings.setValue(secretaryKey, m_secretary->text().trimmed());
}

} // namespace Comite
