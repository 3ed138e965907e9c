#include "decisionspage.h"

#include "errorreport.h"
#include "commands/sessionedits.h"
#include "decisiondialog.h"
#include "deliberationactions.h"
#include "domain/displayformat.h"
#include "warningdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Comite {

namespace {
enum Column { ProductColumn, OptionColumn, AmountColumn, PhaseColumn, ProcurementColumn, ColumnCount };
}

DecisionsPage::DecisionsPage(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_close(new QPushButton(tr("&Close the session"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Decision"), tr("Granted"), tr("Phase change"),
                                        tr("Procurement informed")});
    m_table->setAccessibleName(tr("Decisions"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);  // rows: Tab goes on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_status->setWordWrap(true);
    auto *edit = new QPushButton(tr("&Record the decision…"), this);
    auto *remove = new QPushButton(tr("Re&move the decision"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_close);
    // The deliberation's approval, once the session is closed.
    m_deliberation = new DeliberationActions(workspace, this, [sessionId] { return sessionId; });
    for (QAction *action : {m_deliberation->submitAction(), m_deliberation->approveAction()}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(edit, &QPushButton::clicked, this, &DecisionsPage::editSelected);
    connect(remove, &QPushButton::clicked, this, &DecisionsPage::removeSelected);
    connect(m_close, &QPushButton::clicked, this, &DecisionsPage::closeSession);
    connect(m_table, &QTableWidget::cellActivated, this, &DecisionsPage::editSelected);
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_sessionId && (changes & (SessionChange::Decisions | SessionChange::Products | SessionChange::Status)))
            load();
    });
    load();
}

void DecisionsPage::load()
{
    const auto s = attempt([&] { return m_workspace.sessions().load(m_sessionId); });
    if (!s)
        return ErrorReport::open(this, s.error());
    if (s.value())
        m_session = *s.value();
    const int current = std::max(0, m_table->currentRow());
    const QColor warning = WarningDelegate::warningColor(palette());
    m_table->setRowCount(int(m_session.products.size()));
    for (int row = 0; row < m_session.products.size(); ++row) {
        const SessionProduct &p = m_session.products[row];
        const Decision *d = m_session.decisionFor(p.productId);
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, p.productId);
            m_table->setItem(row, column, item);
            return item;
        };
        set(ProductColumn, p.title);
        if (!d) {
            set(OptionColumn, QStringLiteral("⚠ ") + tr("Not decided yet"))->setForeground(warning);
            for (int c = AmountColumn; c < ColumnCount; ++c)
                set(c, QString());
            continue;
        }
        set(OptionColumn, DecisionOptions::label(d->option))->setToolTip(d->comment);
        set(AmountColumn, d->amount ? tr("%1 until %2").arg(DisplayFormat::euros(*d->amount), DisplayFormat::date(d->periodEnd))
                                    : QString());
        const std::optional<Phase> phase = SessionDecisions::enteredPhase(*d);
        set(PhaseColumn, phase ? Phases::label(*phase) : QString());
        if (d->procurementInformedOn.isValid())
            set(ProcurementColumn, DisplayFormat::date(d->procurementInformedOn));
        else
            set(ProcurementColumn, QStringLiteral("⚠ ") + tr("Not yet"))->setForeground(warning);
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(current, m_table->rowCount() - 1), 0);
    const bool held = m_session.status == SessionStatus::Held;
    m_close->setEnabled(!held);
    if (held) {
        m_status->setText(tr("The session is closed; its decisions are on the products' timelines."));
        m_status->setStyleSheet(QString());
        return;
    }
    const QList<SessionProduct> undecided = m_session.undecidedProducts();
    if (undecided.isEmpty()) {
        m_status->setText(tr("Every product has a decision: the session can be closed."));
        m_status->setStyleSheet(QString());
    } else {
        QStringList names;
        for (const SessionProduct &p : undecided)
            names << p.title;
        m_status->setText(tr("Still to decide before closing: %1").arg(QLocale().createSeparatedList(names)));
        m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(warning.name()));
    }
}

void DecisionsPage::editSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_session.products.size())
        return;
    DecisionDialog dialog(m_workspace, m_sessionId, m_session.products[row].productId, this);
    dialog.exec();
}

void DecisionsPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_session.products.size())
        return;
    if (const Result<void> r = Edit::removeDecision(m_workspace, m_sessionId, m_session.products[row].productId); !r)
        Q_EMIT editRefused(r.error().message);
}

bool DecisionsPage::confirmFutureSession(QWidget *parent, const Session &session, QDate today, const QString &title)
{
    if (!session.date().isValid() || session.date() <= today)
        return true;
    const auto answer = QMessageBox::question(
        parent, title,
        tr("This session is planned for %1, after today. Go on anyway?").arg(DisplayFormat::date(session.date())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

bool DecisionsPage::closeSession()
{
    // Asked only when the session can be closed: a refusal says why first.
    if (m_session.status != SessionStatus::Held && SessionRules::closingProblems(m_session).isEmpty()
        && !confirmFutureSession(this, m_session, m_workspace.today(), tr("Close the session")))
        return false;
    if (const Result<void> r = Edit::closeSession(m_workspace, m_sessionId); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    Q_EMIT sessionClosed(m_sessionId);
    return true;
}

} // namespace Comite
