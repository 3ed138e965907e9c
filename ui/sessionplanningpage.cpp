#include "sessionplanningpage.h"

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
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

namespace {
// The role column edits with the list of roles.
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (ParticipantRole r : ParticipantRoles::all())
            combo->addItem(ParticipantRoles::label(r), ParticipantRoles::key(r));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};
// Mme, M. or neutral (the participant model's civility keys).
class CivilityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (Civility c : {Civility::Neutral, Civility::Madame, Civility::Monsieur})
            combo->addItem(Civilities::label(c), Civilities::key(c));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};
} // namespace

SessionPlanningPage::SessionPlanningPage(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_title(new QLineEdit(this))
    , m_start(new QDateTimeEdit(this))
    , m_length(new QSpinBox(this))
    , m_place(new QLineEdit(this))
    , m_video(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_products(new QListWidget(this))
    , m_addProduct(new QComboBox(this))
    , m_participants(new QTableView(this))
    , m_participantModel(new ParticipantModel(workspace, sessionId, this))
{
    m_start->setCalendarPopup(true);
    m_length->setRange(0, 24 * 60);
    m_length->setSingleStep(10);
    m_length->setSuffix(tr(" min"));
    m_title->setAccessibleName(tr("Title"));
    m_start->setAccessibleName(tr("Date and time"));
    m_length->setAccessibleName(tr("Planned length"));
    m_place->setAccessibleName(tr("Place"));
    m_video->setAccessibleName(tr("Video link"));
    m_products->setAccessibleName(tr("Products reviewed"));
    m_addProduct->setAccessibleName(tr("Product to add"));
    m_participants->setAccessibleName(tr("Participants"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Date and t&ime:"), m_start);
    form->addRow(tr("Planned &length:"), m_length);
    form->addRow(tr("Pla&ce:"), m_place);
    form->addRow(tr("&Video link:"), m_video);
    form->addRow(tr("Status:"), m_status);

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
    m_participants->setItemDelegateForColumn(ParticipantModel::RoleColumn, new RoleDelegate(this));
    m_participants->setItemDelegateForColumn(ParticipantModel::CivilityColumn, new CivilityDelegate(this));
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
    layout->addLayout(form);
    layout->addWidget(productBox);
    layout->addWidget(personBox, 1);

    for (QLineEdit *edit : {m_title, m_place, m_video})
        connect(edit, &QLineEdit::editingFinished, this, &SessionPlanningPage::commitHeader);
    connect(m_start, &QDateTimeEdit::editingFinished, this, &SessionPlanningPage::commitHeader);
    connect(m_length, &QSpinBox::editingFinished, this, &SessionPlanningPage::commitHeader);
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
    const QSignalBlocker b1(m_title), b2(m_start), b3(m_length), b4(m_place), b5(m_video);
    m_title->setText(m_session.title);
    m_title->setPlaceholderText(m_session.displayTitle());
    m_start->setDateTime(m_session.startsAt);
    m_length->setValue(m_session.plannedMinutes);
    m_place->setText(m_session.place);
    m_video->setText(m_session.videoLink);
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
    Session header = m_session;
    header.title = m_title->text().trimmed();
    header.startsAt = m_start->dateTime();
    header.plannedMinutes = m_length->value();
    header.place = m_place->text().trimmed();
    header.videoLink = m_video->text().trimmed();
    if (header.title == m_session.title && header.startsAt == m_session.startsAt
        && header.plannedMinutes == m_session.plannedMinutes && header.place == m_session.place
        && header.videoLink == m_session.videoLink)
        return;
    QString error;
    if (!Edit::setSessionHeader(m_workspace, header, &error)) {
        Q_EMIT editRefused(error);
        load();
    }
}

void SessionPlanningPage::setProducts(const QList<qint64> &ids)
{
    QString error;
    if (!Edit::setSessionProducts(m_workspace, m_sessionId, ids, SessionAgenda::defaultTemplate(), &error))
        Q_EMIT editRefused(error);
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
