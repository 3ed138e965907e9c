#include "referencesdialog.h"

#include "columnwidths.h"
#include "errorreport.h"
#include "keylabeldelegate.h"
#include "commands/referenceedits.h"
#include "domain/recordlabels.h"
#include "domain/slug.h"
#include "itemmodels/incubatortablemodel.h"
#include "itemmodels/organisationtablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

namespace {
// The owner column edits with the list of organisations.
class OwnerDelegate : public QStyledItemDelegate
{
public:
    OwnerDelegate(Workspace &ws, QObject *parent) : QStyledItemDelegate(parent), m_ws(ws) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(ReferencesDialog::tr("(none)"), qint64(0));
        for (const Organisation &o : m_ws.organisations().organisations())
            combo->addItem(o.acronym.isEmpty() ? o.name : QStringLiteral("%1 — %2").arg(o.acronym, o.name), o.id);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(IncubatorTableModel::OwnerIdRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), IncubatorTableModel::OwnerIdRole);
    }

private:
    Workspace &m_ws;
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setAccessibleName(name);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// A fresh identifier from a name, made unique with a number if needed.
template<typename List>
QString freshSlug(const QString &base, const List &existing)
{
    QString slug = base;
    for (int n = 2; std::any_of(existing.begin(), existing.end(), [&](const auto &r) { return r.slug == slug; }); ++n)
        slug = base + QLatin1Char('-') + QString::number(n);
    return slug;
}
} // namespace

ReferencesDialog::ReferencesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_organisations(new OrganisationTableModel(workspace, this))
    , m_incubators(new IncubatorTableModel(workspace, this))
    , m_tabs(new QTabWidget(this))
    , m_organisationTable(makeTable(m_organisations, this, tr("Organisations")))
    , m_incubatorTable(makeTable(m_incubators, this, tr("Incubators")))
{
    setWindowTitle(tr("Organisations and incubators"));
    m_organisationTable->setObjectName(QStringLiteral("organisationTable"));
    m_incubatorTable->setObjectName(QStringLiteral("incubatorTable"));
    m_incubatorTable->setItemDelegateForColumn(IncubatorTableModel::Owner, new OwnerDelegate(workspace, this));
    const int em = fontMetrics().averageCharWidth();
    m_organisationTable->setColumnWidth(OrganisationTableModel::Acronym, 12 * em);
    m_organisationTable->setColumnWidth(OrganisationTableModel::Name, 50 * em);
    m_organisationTable->setColumnWidth(OrganisationTableModel::Kind, 22 * em);
    auto *organisationKinds = new KeyLabelDelegate(OrganisationKinds::keys(), OrganisationKinds::label, Qt::EditRole, this);
    organisationKinds->setAllowsNone(true);
    m_organisationTable->setItemDelegateForColumn(OrganisationTableModel::Kind, organisationKinds);
    m_incubatorTable->setColumnWidth(IncubatorTableModel::Name, 40 * em);
    m_incubatorTable->setColumnWidth(IncubatorTableModel::Slug, 20 * em);
    m_incubatorTable->setColumnWidth(IncubatorTableModel::Owner, 16 * em);
    ColumnWidths::atLeastHeaders(m_organisationTable);
    ColumnWidths::atLeastHeaders(m_incubatorTable);

    m_tabs->addTab(page(m_organisationTable, tr("&Add organisation"), &ReferencesDialog::addOrganisation), tr("&Organisations"));
    m_tabs->addTab(page(m_incubatorTable, tr("&Add incubator"), &ReferencesDialog::addIncubator), tr("&Incubators"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_organisations, &ReferenceTableModel::editRefused, this, &ReferencesDialog::showRefusal);
    connect(m_incubators, &ReferenceTableModel::editRefused, this, &ReferencesDialog::showRefusal);
    resize(110 * em, 40 * fontMetrics().height());
}

QWidget *ReferencesDialog::page(QTableView *table, const QString &addText, void (ReferencesDialog::*add)())
{
    auto *widget = new QWidget(this);
    auto *addButton = new QPushButton(addText, widget);
    auto *removeButton = new QPushButton(tr("&Remove the selected line"), widget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(table);
    layout->addLayout(buttons);
    connect(addButton, &QPushButton::clicked, this, add);
    connect(removeButton, &QPushButton::clicked, this, &ReferencesDialog::removeSelected);
    return widget;
}

void ReferencesDialog::addOrganisation()
{
    const QString name = tr("New organisation");
    Organisation o{0, freshSlug(Slug::fromTitle(name), m_workspace.organisations().organisations()), name, {}, {}};
    const Result<qint64> id = Edit::addOrganisation(m_workspace, o);
    if (!id)
        return ErrorReport::show(this, windowTitle(), id.error());
    const QModelIndex source = m_organisations->index(m_organisations->rowOf(id.value()), OrganisationTableModel::Name);
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_organisationTable->model());
    m_organisationTable->setCurrentIndex(proxy->mapFromSource(source));
    m_organisationTable->edit(m_organisationTable->currentIndex());
}

void ReferencesDialog::addIncubator()
{
    const QString name = tr("New incubator");
    Incubator i{0, freshSlug(Slug::fromTitle(name), m_workspace.organisations().incubators()), name, 0, {}};
    if (const Result<qint64> id = Edit::addIncubator(m_workspace, i); !id)
        ErrorReport::show(this, windowTitle(), id.error());
}

void ReferencesDialog::removeSelected()
{
    const bool organisations = m_tabs->currentIndex() == 0;
    QTableView *table = organisations ? m_organisationTable : m_incubatorTable;
    const QModelIndex index = table->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = index.data(ReferenceTableModel::IdRole).toLongLong();
    const Result<void> done = organisations ? Edit::removeOrganisation(m_workspace, id) : Edit::removeIncubator(m_workspace, id);
    if (!done)
        ErrorReport::show(this, windowTitle(), done.error());
}

void ReferencesDialog::showRefusal(const QString &message)
{
    if (!message.isEmpty())
        ErrorReport::show(this, windowTitle(), message);
}

} // namespace Comite
