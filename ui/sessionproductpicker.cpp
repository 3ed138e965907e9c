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
enum Role { IdRole = Qt::UserRole, IndexRole };
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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_incubator, 1);
    filters->addWidget(m_phase, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &SessionProductPicker::applyFilters);
    connect(m_incubator, &QComboBox::currentIndexChanged, this, &SessionProductPicker::applyFilters);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &SessionProductPicker::applyFilters);
    connect(m_list, &QListWidget::itemChanged, this, &SessionProductPicker::checkedChanged);
}

void SessionProductPicker::setProducts(const QList<ProductSummary> &products, QDate today)
{
    // Committee due soonest first (overdue ones on top), then by title;
    // products with no due date (not started, abandoned) last.
    struct Row {
        ProductSummary summary;
        ProductStatus status;
    };
    QList<Row> rows;
    rows.reserve(products.size());
    for (const ProductSummary &p : products)
        rows.append({p, p.status(today)});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const QDate da = a.status.nextCommitteeDue, db = b.status.nextCommitteeDue;
        if (da.isValid() != db.isValid())
            return da.isValid();
        if (da != db)
            return da < db;
        return QString::localeAwareCompare(a.summary.title, b.summary.title) < 0;
    });
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_products.clear();
    QMap<QString, QString> incubators;
    QList<Phase> phases;
    for (const Row &row : std::as_const(rows)) {
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
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_list);
        item->setData(IdRole, p.id);
        item->setData(IndexRole, int(m_products.size()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_products << p;
        if (!p.incubatorSlug.isEmpty())
            incubators.insert(p.incubatorName.isEmpty() ? p.incubatorSlug : p.incubatorName, p.incubatorSlug);
        if (row.status.currentPhase && !phases.contains(*row.status.currentPhase))
            phases << *row.status.currentPhase;
        item->setData(Qt::UserRole + 2, row.status.currentPhase ? Phases::key(*row.status.currentPhase) : QString());
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

void SessionProductPicker::applyFilters()
{
    const QString needle = SearchText::fold(m_search->text());
    const QString incubator = m_incubator->currentData().toString();
    const QString phase = m_phase->currentData().toString();
    int shown = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const ProductSummary &p = m_products[item->data(IndexRole).toInt()];
        bool match = item->checkState() == Qt::Checked;
        if (!match) {
            const QString haystack = SearchText::fold(
                QStringList{p.title, p.slug, p.incubatorName, p.sponsorNames.join(u' ')}.join(u' '));
            match = (needle.isEmpty() || haystack.contains(needle)) && (incubator.isEmpty() || p.incubatorSlug == incubator)
                && (phase.isEmpty() || item->data(Qt::UserRole + 2).toString() == phase);
        }
        m_list->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    m_count->setText(tr("%1 of %n product(s) shown", nullptr, int(m_products.size())).arg(shown));
}

int SessionProductPicker::visibleCount() const
{
    int shown = 0;
    for (int row = 0; row < m_list->count(); ++row)
        shown += m_list->isRowHidden(row) ? 0 : 1;
    return shown;
}

QList<qint64> SessionProductPicker::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(IdRole).toLongLong();
    }
    return ids;
}

QList<ProductSummary> SessionProductPicker::checkedProducts() const
{
    QList<ProductSummary> result;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            result << m_products[m_list->item(row)->data(IndexRole).toInt()];
    }
    return result;
}

void SessionProductPicker::setChecked(qint64 productId, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == productId)
            m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace Comite
