#include "budgetpage.h"

#include "errorreport.h"
#include "budgetbandwidget.h"
#include "domain/displayformat.h"
#include "itemmodels/budgetspendingmodel.h"
#include "itemmodels/envelopetablemodel.h"
#include "roadmapdelegates.h"
#include "storage/roadmapdossier.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace Comite {

namespace {
QLabel *factLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    return table;
}
} // namespace

BudgetPage::BudgetPage(Workspace &workspace, qint64 productId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productId(productId)
    , m_envelopeModel(new EnvelopeTableModel(workspace, productId, this))
    , m_spendingModel(new BudgetSpendingModel(workspace, productId, this))
    , m_granted(factLabel(this))
    , m_spent(factLabel(this))
    , m_burn(factLabel(this))
    , m_exhaustion(factLabel(this))
    , m_due(factLabel(this))
    , m_bandText(factLabel(this))
    , m_band(new BudgetBandWidget(this))
    , m_paceText(factLabel(this))
    , m_envelopes(makeTable(m_envelopeModel, tr("Envelopes granted"), this))
    , m_spending(makeTable(m_spendingModel, tr("Spending by budget line, month by month"), this))
{
    const int em = fontMetrics().averageCharWidth();
    auto *facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->addRow(tr("Granted:"), m_granted);
    m_spent->setObjectName(QStringLiteral("spentLabel"));
    facts->addRow(tr("Spent:"), m_spent);
    facts->addRow(tr("Burn rate:"), m_burn);
    facts->addRow(tr("Runs out:"), m_exhaustion);
    facts->addRow(tr("Next committee due:"), m_due);
    auto *factsBox = new QGroupBox(tr("Current funding"), this);
    auto *factsLayout = new QVBoxLayout(factsBox);
    factsLayout->addLayout(facts);
    factsLayout->addWidget(m_bandText);
    factsLayout->addWidget(m_band);
    factsLayout->addWidget(m_paceText);

    m_envelopes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_envelopes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_envelopes->horizontalHeader()->setStretchLastSection(true);
    for (int c : {EnvelopeTableModel::Start, EnvelopeTableModel::End})
        m_envelopes->setColumnWidth(c, 14 * em);
    m_envelopes->setColumnWidth(EnvelopeTableModel::Amount, 14 * em);
    m_envelopes->setColumnWidth(EnvelopeTableModel::Source, 18 * em);
    m_envelopes->setColumnWidth(EnvelopeTableModel::Label, 24 * em);
    m_envelopes->setItemDelegateForColumn(EnvelopeTableModel::Start, new RoadmapDateDelegate({}, this));
    m_envelopes->setItemDelegateForColumn(EnvelopeTableModel::End, new RoadmapDateDelegate(tr("Open-ended"), this));
    m_envelopes->setItemDelegateForColumn(EnvelopeTableModel::Source, new RoadmapChoiceDelegate([] {
        QList<QPair<QString, QVariant>> choices;
        for (EnvelopeSource s : EnvelopeSources::all())
            choices << qMakePair(EnvelopeSources::label(s), QVariant(EnvelopeSources::key(s)));
        return choices;
    }, this));
    m_envelopes->setItemDelegateForColumn(EnvelopeTableModel::Decision, new RoadmapChoiceDelegate([this] {
        QList<QPair<QString, QVariant>> choices{{tr("None"), qint64(0)}};
        for (const EnvelopeDecision &d : m_envelopeModel->decisions())
            choices << qMakePair(tr("Committee of %1").arg(DisplayFormat::date(d.date)), QVariant(d.id));
        return choices;
    }, this));
    m_envelopes->setMinimumHeight((m_envelopes->fontMetrics().height() + 12) * 4 + 8);
    auto *add = new QPushButton(tr("&Add an envelope"), this);
    auto *remove = new QPushButton(tr("Remove the selected envelo&pe"), this);
    auto *envelopeButtons = new QHBoxLayout;
    envelopeButtons->addWidget(add);
    envelopeButtons->addWidget(remove);
    envelopeButtons->addStretch();
    auto *envelopesBox = new QGroupBox(tr("Envelopes granted"), this);
    auto *envelopesLayout = new QVBoxLayout(envelopesBox);
    envelopesLayout->addWidget(m_envelopes);
    envelopesLayout->addLayout(envelopeButtons);

    m_spending->horizontalHeader()->setDefaultSectionSize(12 * em);
    // The line names stay readable: the width is set again whenever the
    // months shown change (a reset forgets it).
    const auto widenLines = [this] { m_spending->resizeColumnToContents(0); };
    connect(m_spendingModel, &QAbstractItemModel::modelReset, this, widenLines);
    connect(m_spendingModel, &QAbstractItemModel::columnsInserted, this, widenLines);
    widenLines();
    m_spending->setMinimumHeight((m_spending->fontMetrics().height() + 12) * 10 + m_spending->horizontalHeader()->sizeHint().height() + 24);
    auto *legend = new QLabel(tr("Past months show what was spent; from this month on, type the forecast (in italics)."), this);
    legend->setWordWrap(true);
    auto *spendingBox = new QGroupBox(tr("Spending by line, month by month"), this);
    auto *spendingLayout = new QVBoxLayout(spendingBox);
    spendingLayout->addWidget(legend);
    spendingLayout->addWidget(m_spending);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(factsBox);
    contentLayout->addWidget(envelopesBox);
    contentLayout->addWidget(spendingBox);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(add, &QPushButton::clicked, this, &BudgetPage::addEnvelope);
    connect(remove, &QPushButton::clicked, this, &BudgetPage::removeSelectedEnvelope);
    connect(m_envelopeModel, &EnvelopeTableModel::editRefused, this, &BudgetPage::editRefused);
    connect(m_spendingModel, &BudgetSpendingModel::editRefused, this, &BudgetPage::editRefused);
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id) {
        if (id == m_productId)
            refresh();
    });
    connect(&workspace, &Workspace::portfolioReset, this, &BudgetPage::refresh);
    refresh();
}

void BudgetPage::refresh()
{
    const auto loaded = attempt([&] { return RoadmapDossier::load(m_workspace, m_productId); });
    if (!loaded)
        return ErrorReport::open(this, loaded.error());
    const std::optional<RoadmapDossier> &d = loaded.value();
    if (!d)
        return;
    const BudgetProjection &b = d->budget;
    const auto euros = [](qint64 v) { return DisplayFormat::euros(v); };
    if (b.window.isEmpty()) {
        m_granted->setText(tr("No envelope recorded: add the envelopes granted to project when the money runs out."));
        m_spent->setText(euros(b.spent));
        m_exhaustion->setText(tr("Unknown"));
    } else {
        const QString period = b.window.end.isValid()
                                   ? tr("from %1 to %2").arg(DisplayFormat::date(b.window.start), DisplayFormat::date(b.window.end))
                                   : tr("from %1, open-ended").arg(DisplayFormat::date(b.window.start));
        m_granted->setText(tr("%1 (%n envelope(s), %2)", nullptr, int(b.window.envelopeIds.size())).arg(euros(b.window.granted), period));
        m_spent->setText(b.remaining >= 0 ? tr("%1 spent in the period, %2 left").arg(euros(b.spent), euros(b.remaining))
                                          : tr("%1 spent in the period: %2 over the envelopes").arg(euros(b.spent), euros(-b.remaining)));
        if (!b.exhaustion.isValid())
            m_exhaustion->setText(tr("Unknown: no spending to project"));
        else if (b.moneyRunsOut)
            m_exhaustion->setText(tr("%1: the money runs out at the current pace").arg(DisplayFormat::date(b.exhaustion)));
        else
            m_exhaustion->setText(tr("%1: the envelope ends").arg(DisplayFormat::date(b.exhaustion)));
    }
    m_burn->setText(b.burnMonths > 0 ? tr("%1 a month (average of the last %n month(s) spent)", nullptr, b.burnMonths)
                                           .arg(euros(qRound64(b.burnRate)))
                                     : tr("Unknown: no spending recorded in the last months"));
    const QDate due = d->status.nextCommitteeDue;
    m_due->setText(!due.isValid()           ? tr("Unknown")
                   : d->status.dueToEnvelope ? tr("%1: 30 days before the envelope runs out").arg(DisplayFormat::date(due))
                                             : tr("%1: six months after the last committee").arg(DisplayFormat::date(due)));

    const std::optional<Phase> phase = d->status.currentPhase;
    const auto band = phase ? BudgetReference::band(*phase) : std::nullopt;
    const int current = RoadmapTimeline::current(d->roadmaps, d->today);
    const qint64 request = current >= 0 ? d->roadmaps[current].requestTotal() : 0;
    const qint64 pace = BudgetReference::yearlyPace(b.burnRate, request);
    QString paceText;
    if (band && pace > 0) {
        const BandPosition position = BudgetReference::position(*band, pace);
        paceText = position == BandPosition::Within ? tr("This product: %1 a year, within the typical range.").arg(euros(pace))
                   : position == BandPosition::Below ? tr("This product: %1 a year, below the typical range.").arg(euros(pace))
                                                     : tr("This product: %1 a year, above the typical range.").arg(euros(pace));
    }
    m_bandText->setText(band && phase ? BudgetReference::describe(*phase, *band) + tr(" (a reference, not a rule).") : QString());
    m_bandText->setVisible(band.has_value());
    m_band->setVisible(band.has_value());
    m_band->setBand(band, m_bandText->text(), pace, paceText);
    m_paceText->setText(paceText);
    m_paceText->setVisible(!paceText.isEmpty());
}

void BudgetPage::addEnvelope()
{
    if (const int row = m_envelopeModel->addEnvelope(250000); row >= 0) {
        const QModelIndex added = m_envelopeModel->index(row, EnvelopeTableModel::Amount);
        m_envelopes->setCurrentIndex(added);
        m_envelopes->edit(added);
    }
}

void BudgetPage::removeSelectedEnvelope()
{
    const QModelIndex current = m_envelopes->currentIndex();
    if (current.isValid())
        m_envelopeModel->removeEnvelope(current.row());
}

} // namespace Comite
