#include "decisiondialog.h"

#include "storage/allocationrepository.h"
#include "votewidget.h"

#include "errorreport.h"
#include "commands/sessionedits.h"
#include "domain/committeeschedule.h"
#include "domain/displayformat.h"
#include "decisioncontext.h"
#include "windowgeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Comite {

namespace {
QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

// A table with its Add and Remove buttons.
QWidget *listPage(QTableWidget *table, const QString &addText, const std::function<void()> &add, QWidget *parent,
                  QWidget *extra = nullptr)
{
    auto *page = new QWidget(parent);
    auto *addButton = new QPushButton(addText, page);
    auto *removeButton = new QPushButton(DecisionDialog::tr("Remove the selected row"), page);
    QObject::connect(addButton, &QPushButton::clicked, page, add);
    QObject::connect(removeButton, &QPushButton::clicked, page, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    if (extra)
        layout->addWidget(extra);
    return page;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QDateEdit *dateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

DecisionDialog::DecisionDialog(Workspace &workspace, qint64 sessionId, qint64 productId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_productId(productId)
    , m_option(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_budget(new QGroupBox(tr("B&udget granted"), this))
    , m_amount(new QSpinBox(this))
    , m_periodStart(dateEdit({}, this))
    , m_periodEnd(dateEdit({}, this))
    , m_comment(new QPlainTextEdit(this))
    , m_procurement(new QCheckBox(tr("P&rocurement informed on"), this))
    , m_procurementDate(dateEdit({}, this))
    , m_objectives(makeTable({tr("Roadmap priority"), tr("Opinion"), tr("Comment")}, tr("Roadmap priorities"), this))
    , m_blockers(makeTable({tr("Blocker the committee lifts"), tr("Owner")}, tr("Blockers"), this))
    , m_conditions(new QPlainTextEdit(this))
    , m_roadmapOpinion(new QPlainTextEdit(this))
    , m_actions(makeTable({tr("Action item"), tr("Owner"), tr("Due")}, tr("Action items"), this))
    , m_error(new QLabel(this))
{
    Session session;
    if (const auto s = attempt([&] { return workspace.sessions().load(sessionId); }); !s)
        ErrorReport::open(parent, s.error());
    else if (s.value())
        session = *s.value();
    m_sessionDate = session.date().isValid() ? session.date() : workspace.today();
    const SessionProduct *product = session.product(productId);
    m_context = new DecisionContext(workspace, session, productId, this);
    setWindowTitle(tr("Decision on “%1”").arg(product ? product->title : QString()));

    for (DecisionOption o : DecisionOptions::all()) {
        if (o != DecisionOption::Recorded)
            m_option->addItem(DecisionOptions::label(o), DecisionOptions::key(o));
    }
    // Nothing chosen until the committee has decided: Enter cannot record
    // a decision by accident.
    m_option->setPlaceholderText(tr("Choose the committee's decision…"));
    m_phase->addItem(tr("No phase change"), QString());
    for (Phase p : Phases::all())
        m_phase->addItem(Phases::label(p), Phases::key(p));
    m_amount->setRange(0, 100'000'000);
    m_amount->setSingleStep(10'000);
    m_amount->setSuffix(QStringLiteral(" €"));
    m_amount->setGroupSeparatorShown(true);
    m_budget->setCheckable(true);
    m_comment->setPlaceholderText(tr("The decision in words, as it will appear on the product's timeline"));
    m_conditions->setPlaceholderText(tr("Conditions or reserves attached to the decision"));
    m_roadmapOpinion->setPlaceholderText(tr("What the committee thinks of the roadmap as a whole, as the deliberation will state it"));
    m_roadmapOpinion->setAccessibleName(tr("Committee's opinion on the roadmap"));
    m_roadmapOpinion->setTabChangesFocus(true);
    m_objectives->setColumnWidth(1, fontMetrics().averageCharWidth() * 18);
    m_actions->setColumnWidth(2, fontMetrics().averageCharWidth() * 16);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 6px;"));
    m_error->hide();
    m_option->setAccessibleName(tr("Decision"));
    m_phase->setAccessibleName(tr("Phase change"));
    m_amount->setAccessibleName(tr("Amount granted"));
    m_periodStart->setAccessibleName(tr("Period start"));
    m_periodEnd->setAccessibleName(tr("Period end"));
    m_comment->setAccessibleName(tr("Decision in words"));
    m_conditions->setAccessibleName(tr("Conditions or reserves"));
    m_procurementDate->setAccessibleName(tr("Date procurement was informed"));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(decisionTab(), tr("&Decision"));
    auto *opinionBox = new QGroupBox(tr("Committee's opinion on the roadmap"), this);
    (new QVBoxLayout(opinionBox))->addWidget(m_roadmapOpinion);
    tabs->addTab(listPage(m_objectives, tr("Add a &priority"), [this] { addObjective(); }, this, opinionBox),
                 tr("Roadmap &priorities"));
    auto *conditionsBox = new QGroupBox(tr("Conditions or reserves"), this);
    (new QVBoxLayout(conditionsBox))->addWidget(m_conditions);
    tabs->addTab(listPage(m_blockers, tr("Add a &blocker"), [this] { addBlocker(); }, this, conditionsBox),
                 tr("&Blockers and conditions"));
    tabs->addTab(listPage(m_actions, tr("Add an &action"), [this] { addAction(); }, this), tr("&Action items"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    connect(m_procurement, &QCheckBox::toggled, m_procurementDate, &QWidget::setEnabled);
    connect(m_option, &QComboBox::currentIndexChanged, this, [this] {
        // A stop grants nothing.
        if (m_option->currentData().toString() == DecisionOptions::key(DecisionOption::Stop))
            m_budget->setChecked(false);
    });

    Decision initial;
    initial.productId = productId;
    initial.periodStart = m_sessionDate;
    initial.periodEnd = CommitteeSchedule::decisionPeriodEnd(m_sessionDate);
    bool existing = false;
    if (const Decision *d = session.decisionFor(productId)) {
        initial = *d;
        existing = true;
    }
    load(initial);
    if (!existing) {
        m_option->setCurrentIndex(-1);
        m_budget->setChecked(false);
        proposeChosenAllocation();  // the funding pool's chosen scenario, when there is one
        // The roadmap's priorities, each to validate, modify or invalidate.
        if (m_context->roadmap()) {
            for (const RoadmapPriority &p : m_context->roadmap()->priorities)
                addObjective({p.title, ObjectiveStatus::Validated, {}});
        }
    }
    resize(WindowGeometry::fitted(this, sizeHint().expandedTo(QSize(920, 580))));
}

QWidget *DecisionDialog::decisionTab()
{
    auto *page = new QWidget(this);
    auto *budget = new QFormLayout(m_budget);
    budget->addRow(tr("A&mount:"), m_amount);
    budget->addRow(tr("&From:"), m_periodStart);
    budget->addRow(tr("&To:"), m_periodEnd);
    auto *procurement = new QHBoxLayout;
    procurement->addWidget(m_procurement);
    procurement->addWidget(m_procurementDate);
    procurement->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Option:"), m_option);
    form->addRow(tr("P&hase change:"), m_phase);
    form->addRow(tr("&Vote:"), m_vote = new VoteWidget(page));
    auto *layout = new QVBoxLayout;
    layout->addLayout(form);
    layout->addWidget(m_budget);
    layout->addWidget(new QLabel(tr("Decision in &words:"), page));
    layout->addWidget(m_comment, 1);
    layout->addLayout(procurement);
    static_cast<QLabel *>(layout->itemAt(2)->widget())->setBuddy(m_comment);
    // The team's request and the sponsors' scores beside the choice.
    auto *columns = new QHBoxLayout(page);
    columns->addLayout(layout, 3);
    columns->addWidget(m_context, 2);
    return page;
}

void DecisionDialog::proposeChosenAllocation()
{
    const QDate until = CommitteeSchedule::decisionPeriodEnd(m_sessionDate);
    const auto chosen = attempt([&] { return AllocationRepository(m_workspace.database()).chosenLine(m_productId, m_sessionDate, until); });
    if (!chosen) {
        ErrorReport::note(this, chosen.error());
        return;
    }
    if (!chosen.value())
        return;
    const AllocationRepository::ChosenLine &c = *chosen.value();
    m_budget->setChecked(true);
    m_amount->setValue(int(c.line.amount));
    m_periodStart->setDate(c.line.start.isValid() ? c.line.start : c.pool.start);
    m_periodEnd->setDate(c.line.end.isValid() ? c.line.end : c.pool.end);
    if (m_conditions->toPlainText().isEmpty())
        m_conditions->setPlainText(c.line.condition);
    m_amount->setToolTip(tr("Proposed by the scenario “%1” of the funding pool “%2”.").arg(c.scenario, c.pool.name));
}

void DecisionDialog::load(const Decision &d)
{
    const int option = m_option->findData(DecisionOptions::key(d.option));
    if (option < 0)
        m_option->addItem(DecisionOptions::label(d.option), DecisionOptions::key(d.option));
    m_option->setCurrentIndex(m_option->findData(DecisionOptions::key(d.option)));
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(d.phaseChange ? Phases::key(*d.phaseChange) : QString())));
    m_budget->setChecked(d.amount.has_value() || d.periodStart.isValid());
    m_amount->setValue(int(d.amount.value_or(0)));
    m_periodStart->setDate(d.periodStart.isValid() ? d.periodStart : m_sessionDate);
    m_periodEnd->setDate(d.periodEnd.isValid() ? d.periodEnd : CommitteeSchedule::decisionPeriodEnd(m_sessionDate));
    m_comment->setPlainText(d.comment);
    m_conditions->setPlainText(d.conditions);
    m_roadmapOpinion->setPlainText(d.roadmapOpinion);
    m_vote->setVote(d.vote);
    m_procurement->setChecked(d.procurementInformedOn.isValid());
    m_procurementDate->setDate(d.procurementInformedOn.isValid() ? d.procurementInformedOn : m_workspace.today());
    m_procurementDate->setEnabled(m_procurement->isChecked());
    for (const DecisionObjective &o : d.objectives)
        addObjective(o);
    for (const DecisionBlocker &b : d.blockers)
        addBlocker(b);
    for (const DecisionAction &a : d.actions)
        addAction(a);
}

void DecisionDialog::addObjective(const DecisionObjective &objective)
{
    const int row = m_objectives->rowCount();
    m_objectives->insertRow(row);
    m_objectives->setItem(row, 0, new QTableWidgetItem(objective.text));
    auto *status = new QComboBox(m_objectives);
    for (ObjectiveStatus s : ObjectiveStatuses::all())
        status->addItem(ObjectiveStatuses::label(s), ObjectiveStatuses::key(s));
    status->setCurrentIndex(status->findData(ObjectiveStatuses::key(objective.status)));
    status->setAccessibleName(tr("Opinion on priority %1").arg(row + 1));
    m_objectives->setCellWidget(row, 1, status);
    m_objectives->setItem(row, 2, new QTableWidgetItem(objective.comment));
    m_objectives->setCurrentCell(row, 0);
}

void DecisionDialog::addBlocker(const DecisionBlocker &blocker)
{
    const int row = m_blockers->rowCount();
    m_blockers->insertRow(row);
    m_blockers->setItem(row, 0, new QTableWidgetItem(blocker.text));
    m_blockers->setItem(row, 1, new QTableWidgetItem(blocker.owner));
    m_blockers->setCurrentCell(row, 0);
}

void DecisionDialog::addAction(const DecisionAction &action)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    m_actions->setItem(row, 0, new QTableWidgetItem(action.text));
    m_actions->setItem(row, 1, new QTableWidgetItem(action.owner));
    auto *due = dateEdit(action.due.isValid() ? action.due : m_sessionDate.addDays(7), m_actions);
    due->setAccessibleName(tr("Due date of action %1").arg(row + 1));
    m_actions->setCellWidget(row, 2, due);
    m_actions->setCurrentCell(row, 0);
}

Decision DecisionDialog::decision() const
{
    Decision d;
    d.productId = m_productId;
    d.option = DecisionOptions::fromKey(m_option->currentData().toString()).value_or(DecisionOption::Continue);
    d.phaseChange = Phases::fromKey(m_phase->currentData().toString());
    if (m_budget->isChecked()) {
        d.amount = m_amount->value();
        d.periodStart = m_periodStart->date();
        d.periodEnd = m_periodEnd->date();
    }
    d.comment = m_comment->toPlainText().trimmed();
    d.conditions = m_conditions->toPlainText().trimmed();
    d.roadmapOpinion = m_roadmapOpinion->toPlainText().trimmed();
    d.vote = m_vote->vote();
    if (m_procurement->isChecked())
        d.procurementInformedOn = m_procurementDate->date();
    for (int r = 0; r < m_objectives->rowCount(); ++r) {
        auto *status = static_cast<QComboBox *>(m_objectives->cellWidget(r, 1));
        d.objectives << DecisionObjective{cellText(m_objectives, r, 0),
                                          ObjectiveStatuses::fromKey(status->currentData().toString())
                                              .value_or(ObjectiveStatus::Validated),
                                          cellText(m_objectives, r, 2)};
    }
    for (int r = 0; r < m_blockers->rowCount(); ++r)
        d.blockers << DecisionBlocker{cellText(m_blockers, r, 0), cellText(m_blockers, r, 1)};
    for (int r = 0; r < m_actions->rowCount(); ++r)
        d.actions << DecisionAction{cellText(m_actions, r, 0), cellText(m_actions, r, 1),
                                    static_cast<QDateEdit *>(m_actions->cellWidget(r, 2))->date()};
    return d;
}

void DecisionDialog::accept()
{
    if (m_option->currentIndex() < 0) {
        m_error->setText(tr("Choose the committee's decision first."));
        m_error->show();
        m_option->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Every option but a stop grants a budget: an amount left out is
    // usually an oversight.
    const bool stop = m_option->currentData().toString() == DecisionOptions::key(DecisionOption::Stop);
    if (!stop && (!m_budget->isChecked() || m_amount->value() == 0)) {
        const QString request = m_context->requestTotal() > 0
            ? tr(" The team asked for %1.").arg(DisplayFormat::euros(m_context->requestTotal()))
            : QString();
        const auto answer = QMessageBox::question(
            this, tr("No amount granted"),
            tr("“%1” usually grants a budget, but no amount is given.%2 Record the decision without an amount?")
                .arg(m_option->currentText(), request),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_budget->setChecked(true);
            m_amount->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (const Result<void> r = Edit::setDecision(m_workspace, m_sessionId, decision()); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Comite
