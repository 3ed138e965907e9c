#include "sessionplanningpage.h"

#include "keylabeldelegate.h"
#include "sessionheaderform.h"

#include "errorreport.h"
#include "commands/sessionedits.h"
#include "itemmodels/participantmodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

namespace {
QStringList roleKeys()
{
    QStringList keys;
    for (ParticipantRole r : ParticipantRoles::all())
        keys << ParticipantRoles::key(r);
    return keys;
}

QString roleLabel(const QString &key)
{
    const auto role = ParticipantRoles::fromKey(key);
    return role ? ParticipantRoles::label(*role) : key;
}

QString civilityLabel(const QString &key)
{
    return Civilities::label(Civilities::fromKey(key));
}
} // namespace

SessionPlanningPage::SessionPlanningPage(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_header(new SessionHeaderForm(this))
    , m_status(new QLabel(this))
    , m_products(new QListWidget(this))
    , m_addProduct(new QComboBox(this))
    , m_participants(new QTableView(this))
    , m_participantModel(new ParticipantModel(workspace, sessionId, this))
{
    m_products->setAccessibleName(tr("Products reviewed"));
    m_addProduct->setAccessibleName(tr("Product to add"));
    m_participants->setAccessibleName(tr("Participants"));

    m_header->addRow(tr("Status:"), m_status);

    auto *addProduct = new QPushButton(tr("&Add"), this);
    auto *removeProduct = new QPushButton(tr("Remove the selected prod&uct"), this);
    auto *productRow = new QHBoxLayout;
    productRow->addWidget(m_addProduct, 1);
    productRow->addWidget(addProduct);
    productRow->addWidget(removeProduct);
    auto *productBox = new QGroupBox(tr("Products reviewed"), this);
    auto *productLayout = new QVBoxLayout(productBox);
    m_products->setMaximumHeight(fontMetrics().height() * 6);
    productLayout->addWidget(m_products);
    productLayout->addLayout(productRow);

    m_participants->setModel(m_participantModel);
    // Role and civility edit through their translated labels (Mme, M. or neutral).
    m_participants->setItemDelegateForColumn(ParticipantModel::RoleColumn,
                                             new KeyLabelDelegate(roleKeys(), roleLabel, Qt::EditRole, this));
    const QStringList civilities{Civilities::key(Civility::Neutral), Civilities::key(Civility::Madame),
                                 Civilities::key(Civility::Monsieur)};
    m_participants->setItemDelegateForColumn(ParticipantModel::CivilityColumn,
                                             new KeyLabelDelegate(civilities, civilityLabel, Qt::EditRole, this));
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->verticalHeader()->hide();
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantModel::NameColumn, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantModel::OrganisationColumn, QHeaderView::Stretch);
    m_participants->setColumnWidth(ParticipantModel::RoleColumn, fontMetrics().averageCharWidth() * 26);
    m_participants->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed);
    auto *addPerson = new QPushButton(tr("Add a pa&rticipant"), this);
    auto *removePerson = new QPushButton(tr("Remove the selected participa&nt"), this);
    auto *personRow = new QHBoxLayout;
    personRow->addWidget(addPerson);
    personRow->addWidget(removePerson);
    personRow->addStretch();
    auto *personBox = new QGroupBox(tr("Participants"), this);
    auto *personLayout = new QVBoxLayout(personBox);
    personLayout->addWidget(m_participants);
    personLayout->addLayout(personRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(productBox);
    layout->addWidget(personBox, 1);

    connect(m_header, &SessionHeaderForm::edited, this, &SessionPlanningPage::commitHeader);
    connect(addProduct, &QPushButton::clicked, this, &SessionPlanningPage::addChosenProduct);
    connect(removeProduct, &QPushButton::clicked, this, &SessionPlanningPage::removeSelectedProduct);
    connect(addPerson, &QPushButton::clicked, this, &SessionPlanningPage::addParticipant);
    connect(removePerson, &QPushButton::clicked, this, &SessionPlanningPage::removeSelectedParticipant);
    connect(m_participantModel, &ParticipantModel::editRefused, this, &SessionPlanningPage::editRefused);
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_sessionId && (changes & (SessionChange::Header | SessionChange::Products | SessionChange::Status)))
            load();
    });
    load();
}

void SessionPlanningPage::load()
{
    const auto s = attempt([&] { return m_workspace.sessions().load(m_sessionId); });
    if (!s)
        return ErrorReport::open(this, s.error());
    if (s.value())
        m_session = *s.value();
    m_header->setHeader(m_session);
    m_status->setText(SessionStatuses::label(m_session.status));
    m_products->clear();
    for (const SessionProduct &p : std::as_const(m_session.products)) {
        auto *item = new QListWidgetItem(p.title, m_products);
        item->setData(Qt::UserRole, p.productId);
    }
    m_addProduct->clear();
    const auto summaries = attempt([&] { return m_workspace.products().summaries(); });
    if (!summaries)
        return ErrorReport::open(this, summaries.error());
    QList<ProductSummary> all = summaries.value();
    std::sort(all.begin(), all.end(), [](const ProductSummary &a, const ProductSummary &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    for (const ProductSummary &p : std::as_const(all)) {
        if (!m_session.product(p.id))
            m_addProduct->addItem(p.title, p.id);
    }
}

void SessionPlanningPage::commitHeader()
{
    if (m_header->sameAs(m_session))
        return;
    const Session header = m_header->header(m_session);
    if (const Result<void> r = Edit::setSessionHeader(m_workspace, header); !r) {
        Q_EMIT editRefused(r.error().message);
        load();
    }
}

void SessionPlanningPage::setProducts(const QList<qint64> &ids)
{
    if (const Result<void> r = Edit::setSessionProducts(m_workspace, m_sessionId, ids, SessionAgenda::defaultTemplate()); !r)
        Q_EMIT editRefused(r.error().message);
}

void SessionPlanningPage::addChosenProduct()
{
    if (m_addProduct->currentIndex() < 0)
        return;
    QList<qint64> ids;
    for (const SessionProduct &p : std::as_const(m_session.products))
        ids << p.productId;
    ids << m_addProduct->currentData().toLongLong();
    setProducts(ids);
}

void SessionPlanningPage::removeSelectedProduct()
{
    const int row = m_products->currentRow();
    if (row < 0)
        return;
    QList<qint64> ids;
    for (const SessionProduct &p : std::as_const(m_session.products))
        ids << p.productId;
    ids.removeAt(row);
    setProducts(ids);
}

void SessionPlanningPage::addParticipant()
{
    if (m_participantModel->addParticipant({0, tr("New participant"), QString(), ParticipantRole::Other, true, false})) {
        const QModelIndex name = m_participantModel->index(m_participantModel->rowCount() - 1, ParticipantModel::NameColumn);
        m_participants->setCurrentIndex(name);
        m_participants->edit(name);
    }
}

void SessionPlanningPage::removeSelectedParticipant()
{
    const QModelIndex index = m_participants->currentIndex();
    if (index.isValid())
        m_participantModel->removeParticipant(index.row());
}

} // namespace Comite
