#include "allocationpooldialog.h"

#include "commands/allocationedits.h"
#include "domain/committeeschedule.h"
#include "domain/phasehistory.h"
#include "errorreport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Comite {

namespace {
constexpr int maxEuros = 2'000'000'000;
constexpr int idRole = Qt::UserRole + 1;
} // namespace

AllocationPoolDialog::AllocationPoolDialog(Workspace &workspace, const FundingPool &pool, QWidget *parent)
    : QDialog(parent), m_pool(pool)
{
    setWindowTitle(pool.id ? tr("Edit funding pool") : tr("New funding pool"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(pool.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_source = new QLineEdit(pool.source, this);
    m_source->setAccessibleName(tr("Source"));
    m_source->setPlaceholderText(tr("e.g. acceleration call, ministry budget line"));
    const QDate start = pool.start.isValid() ? pool.start : workspace.today();
    m_start = new QDateEdit(start, this);
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("Start"));
    m_end = new QDateEdit(pool.end.isValid() ? pool.end : start.addMonths(CommitteeSchedule::decisionPeriodMonths).addDays(-1), this);
    m_end->setCalendarPopup(true);
    m_end->setAccessibleName(tr("End"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_end);
    period->addStretch();
    m_amount = new QSpinBox(this);
    m_amount->setRange(0, maxEuros);
    m_amount->setSingleStep(10'000);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(QStringLiteral(" €"));
    m_amount->setValue(int(pool.amount));
    m_amount->setAccessibleName(tr("Amount"));
    m_max = new QSpinBox(this);
    m_max->setRange(0, maxEuros);
    m_max->setSingleStep(10'000);
    m_max->setGroupSeparatorShown(true);
    m_max->setSuffix(QStringLiteral(" €"));
    m_max->setSpecialValueText(tr("the request"));
    m_max->setValue(int(pool.maxPerProduct.value_or(0)));
    m_max->setAccessibleName(tr("Maximum per product"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&Period:"), period);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("Ma&ximum per product:"), m_max);
    static_cast<QLabel *>(form->labelForField(period))->setBuddy(m_start);

    m_incubators = new QListWidget(this);
    m_incubators->setAccessibleName(tr("Incubators"));
    const Result<QList<Incubator>> incubators = attempt([&] { return workspace.organisations().incubators(); });
    if (incubators) {
        for (const Incubator &i : incubators.value()) {
            auto *item = new QListWidgetItem(i.name, m_incubators);
            item->setData(idRole, i.id);
            item->setCheckState(pool.incubatorIds.contains(i.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_products = new QTableWidget(0, 2, this);
    m_products->setAccessibleName(tr("Products and their rule"));
    m_products->setHorizontalHeaderLabels({tr("Product"), tr("Rule")});
    m_products->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_products->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_products->verticalHeader()->hide();
    const Result<QList<ProductSummary>> products = attempt([&] { return workspace.products().summaries(); });
    if (products) {
        for (const ProductSummary &p : products.value()) {
            const std::optional<PhaseRecord> phase = PhaseHistory::current(p.phases);
            if (!phase || !Phases::isActive(phase->phase))
                continue;
            const int row = m_products->rowCount();
            m_products->insertRow(row);
            auto *name = new QTableWidgetItem(p.title);
            name->setData(idRole, p.id);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_products->setItem(row, 0, name);
            auto *rule = new QComboBox(m_products);
            rule->setAccessibleName(tr("Rule for %1").arg(p.title));
            rule->addItem(tr("Not listed"), QString());
            for (PoolRule r : {PoolRule::Eligible, PoolRule::Must, PoolRule::MustNot})
                rule->addItem(PoolRules::label(r), PoolRules::key(r));
            if (pool.lists(p.id))
                rule->setCurrentIndex(rule->findData(PoolRules::key(pool.ruleOf(p.id))));
            m_products->setCellWidget(row, 1, rule);
        }
    }
    if (!products)
        ErrorReport::note(this, products.error());

    auto *scope = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *incubatorLabel = new QLabel(tr("&Incubators whose products it may fund:"), this);
    incubatorLabel->setBuddy(m_incubators);
    left->addWidget(incubatorLabel);
    left->addWidget(m_incubators);
    auto *right = new QVBoxLayout;
    auto *productLabel = new QLabel(tr("P&roducts listed (none listed and no incubator: every incubated product):"), this);
    productLabel->setWordWrap(true);
    productLabel->setBuddy(m_products);
    right->addWidget(productLabel);
    right->addWidget(m_products);
    scope->addLayout(left, 1);
    scope->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AllocationPoolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(scope, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

FundingPool AllocationPoolDialog::pool() const
{
    FundingPool p = m_pool;
    p.name = m_name->text().trimmed();
    p.source = m_source->text().trimmed();
    p.start = m_start->date();
    p.end = m_end->date();
    p.amount = m_amount->value();
    p.maxPerProduct = m_max->value() > 0 ? std::optional<qint64>(m_max->value()) : std::nullopt;
    p.incubatorIds.clear();
    for (int i = 0; i < m_incubators->count(); ++i) {
        if (m_incubators->item(i)->checkState() == Qt::Checked)
            p.incubatorIds << m_incubators->item(i)->data(idRole).toLongLong();
    }
    p.products.clear();
    for (int row = 0; row < m_products->rowCount(); ++row) {
        const auto *rule = qobject_cast<QComboBox *>(m_products->cellWidget(row, 1));
        const std::optional<PoolRule> r = PoolRules::fromKey(rule->currentData().toString());
        if (r)
            p.products << PoolProduct{m_products->item(row, 0)->data(idRole).toLongLong(), *r};
    }
    std::sort(p.products.begin(), p.products.end(), [](const PoolProduct &a, const PoolProduct &b) { return a.productId < b.productId; });
    return p;
}

void AllocationPoolDialog::accept()
{
    if (const QString problem = Edit::poolProblem(pool()); !problem.isEmpty())
        return ErrorReport::show(this, windowTitle(), problem);
    QDialog::accept();
}

} // namespace Comite
