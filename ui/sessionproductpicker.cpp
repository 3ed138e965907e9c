#include "sessionproductpicker.h"

#include "domain/displayformat.h"
#include "domain/searchtext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Comite {

namespace {
constexpr int IdRole = Qt::UserRole;
}

SessionProductPicker::SessionProductPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_incubator(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search a product, an incubator, a sponsor…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the products"));
    m_incubator->setAccessibleName(tr("Incubator"));
    m_phase->setAccessibleName(tr("Phase"));
    m_list->setAccessibleName(tr("Products reviewed"));
    m_list->setUniformItemSizes(true);
    m_count->setAccessibleName(tr("Products shown"));
    // The search on its own line, the filters under it: each wide enough
    // to read (a placeholder cut short says nothing).
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_incubator, 1);
    filters->addWidget(m_phase, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &SessionProductPicker::applyFilters);
    connect(m_incubator, &QComboBox::currentIndexChanged, this, &SessionProductPicker::applyFilters);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &SessionProductPicker::applyFilters);
    connect(m_list, &QListWidget::itemChanged, this, &SessionProductPicker::itemChanged);
}

void SessionProductPicker::setProducts(const QList<ProductSummary> &products, QDate today)
{
    // Committee due soonest first (overdue ones on top), then by title;
    // products with no due date (not started, abandoned) last.
    struct Sorted {
        ProductSummary summary;
        ProductStatus status;
    };
    QList<Sorted> sorted;
    sorted.reserve(products.size());
    for (const ProductSummary &p : products) {
        Sorted row{p, p.status(today)};
        // A product stopped or out of incubation has no committee due.
        if (!row.status.currentPhase || !Phases::isActive(*row.status.currentPhase)) {
            row.status.nextCommitteeDue = QDate();
            row.status.committeeOverdue = false;
        }
        sorted.append(row);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Sorted &a, const Sorted &b) {
        const QDate da = a.status.nextCommitteeDue, db = b.status.nextCommitteeDue;
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
        return QString::localeAwareCompare(a.summary.title, b.summary.title) < 0;
    });
    m_rows.clear();
    m_rows.reserve(sorted.size());
    m_checked.clear();
    QMap<QString, QString> incubators;
    QList<Phase> phases;
    for (const Sorted &row : std::as_const(sorted)) {
        const ProductSummary &p = row.summary;
        QStringList parts{p.title};
        if (!p.incubatorName.isEmpty())
            parts << p.incubatorName;
        if (row.status.currentPhase)
            parts << Phases::label(*row.status.currentPhase);
        if (row.status.nextCommitteeDue.isValid()) {
            parts << (row.status.committeeOverdue ? tr("committee overdue since %1") : tr("committee due %1"))
                         .arg(DisplayFormat::date(row.status.nextCommitteeDue));
        }
        m_rows.append({p, parts.join(QStringLiteral(" · ")),
                       SearchText::fold(QStringList{p.title, p.slug, p.incubatorName, p.sponsorNames.join(u' ')}.join(u' ')),
                       row.status.currentPhase ? Phases::key(*row.status.currentPhase) : QString()});
        if (!p.incubatorSlug.isEmpty())
            incubators.insert(p.incubatorName.isEmpty() ? p.incubatorSlug : p.incubatorName, p.incubatorSlug);
        if (row.status.currentPhase && !phases.contains(*row.status.currentPhase))
            phases << *row.status.currentPhase;
    }
    {
        const QSignalBlocker b1(m_incubator), b2(m_phase);
        m_incubator->clear();
        m_incubator->addItem(tr("All incubators"), QString());
        for (auto it = incubators.cbegin(); it != incubators.cend(); ++it)
            m_incubator->addItem(it.key(), it.value());
        m_phase->clear();
        m_phase->addItem(tr("All phases"), QString());
        for (Phase phase : Phases::all()) {
            if (phases.contains(phase))
                m_phase->addItem(Phases::label(phase), Phases::key(phase));
        }
    }
    applyFilters();
}

// Lists the rows that match, and the checked ones; the current product
// stays current when it is still listed.
void SessionProductPicker::applyFilters()
{
    const QString needle = SearchText::fold(m_search->text().trimmed());
    const QString incubator = m_incubator->currentData().toString();
    const QString phase = m_phase->currentData().toString();
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QListWidgetItem *keep = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        const bool checked = m_checked.contains(row.summary.id);
        const bool match = checked
            || ((needle.isEmpty() || row.haystack.contains(needle))
                && (incubator.isEmpty() || row.summary.incubatorSlug == incubator) && (phase.isEmpty() || row.phase == phase));
        if (!match)
            continue;
        auto *item = new QListWidgetItem(row.text, m_list);
        item->setData(IdRole, row.summary.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (row.summary.id == current)
            keep = item;
    }
    if (keep)
        m_list->setCurrentItem(keep, QItemSelectionModel::NoUpdate);
    m_count->setText(tr("%1 of %n product(s) shown", nullptr, int(m_rows.size())).arg(m_list->count()));
}

void SessionProductPicker::itemChanged(QListWidgetItem *item)
{
    const qint64 id = item->data(IdRole).toLongLong();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT checkedChanged();
}

int SessionProductPicker::visibleCount() const
{
    return m_list->count();
}

QList<qint64> SessionProductPicker::checkedIds() const
{
    QList<qint64> ids;
    for (const Row &row : m_rows) {
        if (m_checked.contains(row.summary.id))
            ids << row.summary.id;
    }
    return ids;
}

QList<ProductSummary> SessionProductPicker::checkedProducts() const
{
    QList<ProductSummary> result;
    for (const Row &row : m_rows) {
        if (m_checked.contains(row.summary.id))
            result << row.summary;
    }
    return result;
}

void SessionProductPicker::setChecked(qint64 productId, bool checked)
{
    if (checked == m_checked.contains(productId))
        return;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == productId) {
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);  // itemChanged follows
            return;
        }
    }
    // Not listed under the filters: checked, it is listed from now on.
    if (checked)
        m_checked.insert(productId);
    else
        m_checked.remove(productId);
    applyFilters();
    Q_EMIT checkedChanged();
}

} // namespace Comite
