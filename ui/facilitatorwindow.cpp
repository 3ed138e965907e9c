#include "facilitatorwindow.h"
#include "standardshortcuts.h"
#include "stagestyle.h"

#include "errorreport.h"
#include "commands/sessionedits.h"
#include "domain/sessionforecast.h"
#include "facilitatoragenda.h"
#include "facilitatorpanel.h"
#include "roomdeckview.h"
#include "roomview.h"
#include "windowgeometry.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>

namespace Comite {

using StageStyle::darkPalette;
using StageStyle::countdownText;
using StageStyle::driftText;

QColor FacilitatorWindow::levelColor(SessionTimer::Level level)
{
    return StageStyle::levelColor(level);
}

FacilitatorWindow::FacilitatorWindow(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_timer(new SessionTimer(workspace.clock(), this))
    , m_ticker(new QTimer(this))
    , m_saver(new QTimer(this))
    , m_notesTimer(new QTimer(this))
{
    m_session.id = sessionId;
    setPalette(darkPalette());
    setAutoFillBackground(true);
    buildUi();
    loadSession();

    m_ticker->setInterval(200);
    m_saver->setSingleShot(true);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(800);
    connect(m_ticker, &QTimer::timeout, this, &FacilitatorWindow::refresh);
    // Saving waits for the screen to be redrawn.
    connect(m_saver, &QTimer::timeout, this, &FacilitatorWindow::saveProgress);
    connect(m_notesTimer, &QTimer::timeout, this, &FacilitatorWindow::commitNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesTimer, qOverload<>(&QTimer::start));
    connect(m_timer, &SessionTimer::currentChanged, this, [this] {
        commitNotes();
        showItem();
        m_saver->start(0);
    });
    connect(m_timer, &SessionTimer::stateChanged, this, [this](SessionTimer::State state) {
        if (state == SessionTimer::State::Running && !m_markedRunning) {
            m_markedRunning = true;
            if (const Result<void> r = Edit::markSessionRunning(m_workspace, m_session.id); !r)
                ErrorReport::open(this, r.error());
        }
        // The actual end, for the deliberation's "14 h 02 – 16 h 48".
        if (state == SessionTimer::State::Finished) {
            if (const Result<void> r = Edit::markSessionEnded(m_workspace, m_session.id, m_timer->finishedAt()); !r)
                ErrorReport::open(this, r.error());
        }
        // Ticks while running and paused (the drift grows during a pause).
        if (state == SessionTimer::State::Running || state == SessionTimer::State::Paused)
            m_ticker->start();
        else
            m_ticker->stop();
        showItem();
        m_saver->start(0);
    });
    connect(m_timer, &SessionTimer::allowanceChanged, this, [this] {
        // A minute added: the shares are counted on the new allowance.
        m_alertsReached = SessionForecast::sharesReached(m_timer->spentMs(m_timer->currentIndex()),
                                                         m_timer->allowedMs(m_timer->currentIndex()), shares());
        m_alert->hide();
        m_dirty = true;
        refresh();
    });
    addShortcuts(this);
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_session.id && (changes & (SessionChange::Agenda | SessionChange::Products | SessionChange::Header)))
            loadSession();
    });
    WindowGeometry::remember(this, QStringLiteral("facilitator"), QSize(1280, 800));
    m_timerArea->setFocus();
}

FacilitatorWindow::~FacilitatorWindow()
{
    delete m_room;
}

QString FacilitatorWindow::screenName(int index, QSize size)
{
    return tr("Screen %1 — %2×%3").arg(index + 1).arg(size.width()).arg(size.height());
}

QListWidget *FacilitatorWindow::agendaList() const
{
    return m_agenda;
}

const QList<double> &FacilitatorWindow::shares() const
{
    return m_panel->shares();
}

// The timer keys, on this window and on the room view. They are window
// shortcuts: a text field being edited takes its own keys first (Space, the
// arrows, + are typed into the notes), everywhere else they drive the timer.
void FacilitatorWindow::addShortcuts(QWidget *target)
{
    auto shortcut = [this, target](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, target);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { m_timer->togglePause(); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { m_timer->next(); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { m_timer->back(); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { m_timer->addMinute(); });
    shortcut(QKeySequence(Qt::KeypadModifier | Qt::Key_Plus), [this] { m_timer->addMinute(); });
    shortcut(QKeySequence(Qt::Key_Equal), [this] { m_timer->addMinute(); });  // + without Shift
    // The deck in the room: PgDn/PgUp, what a presentation clicker sends.
    shortcut(QKeySequence(Qt::Key_PageDown), [this] {
        if (m_room)
            m_room->deck()->nextSlide();
    });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] {
        if (m_room)
            m_room->deck()->previousSlide();
    });
    shortcut(QKeySequence(Qt::Key_F11), [target] { target->isFullScreen() ? target->showNormal() : target->showFullScreen(); });
    if (target != this)
        return;
    shortcut(QKeySequence(Qt::Key_Escape), [this] { escape(); });
    // Both closing keys whatever the platform's standard binding lists first.
    shortcut(QKeySequence(Qt::ControlModifier | Qt::Key_W), [this] { close(); });
    shortcut(QKeySequence(Qt::ControlModifier | Qt::Key_F4), [this] { close(); });
    StandardShortcuts::install(this);  // Ctrl+Q, F1
}

// Escape leaves a text field for the timer; from anywhere else it closes.
void FacilitatorWindow::escape()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus == m_notes || focus == m_shares) {
        m_timerArea->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    close();
}

// Reads the session and gives the timer its plan, keeping the time already
// spent (recorded, or on the running timer) and the current item.
void FacilitatorWindow::loadSession()
{
    const auto loaded = attempt([&] { return m_workspace.sessions().load(m_session.id); });
    std::optional<Session> s;
    if (loaded)
        s = loaded.value();
    else
        ErrorReport::open(this, loaded.error());
    if (!s)
        return;
    const qint64 currentId = m_timer->itemCount() > 0 && m_timer->currentIndex() < m_session.agenda.size()
        ? m_session.agenda[m_timer->currentIndex()].id
        : 0;
    QHash<qint64, qint64> spent;
    for (int i = 0; i < m_timer->itemCount() && i < m_session.agenda.size(); ++i) {
        if (m_timer->isVisited(i))
            spent.insert(m_session.agenda[i].id, m_timer->spentMs(i));
    }
    m_session = *s;
    m_markedRunning = m_session.status != SessionStatus::Planned;
    QList<int> planned;
    QList<std::optional<qint64>> already;
    int current = -1;
    for (int i = 0; i < m_session.agenda.size(); ++i) {
        const AgendaItem &item = m_session.agenda[i];
        planned << item.plannedMinutes * 60;
        if (spent.contains(item.id))
            already << spent.value(item.id);
        else if (item.actualSeconds)
            already << qint64(*item.actualSeconds) * 1000;
        else
            already << std::nullopt;
        if (item.id == currentId)
            current = i;
    }
    if (current < 0) {
        // Resuming: the first item not run yet.
        current = 0;
        while (current < already.size() - 1 && already[current])
            ++current;
    }
    m_timer->setPlan(planned, already, current);
    m_title->setText(m_session.displayTitle());
    setWindowTitle(tr("Facilitator — %1").arg(m_session.displayTitle()));
    m_agenda->setSession(m_session);
    showItem();
}

QString FacilitatorWindow::itemProductTitle(int index) const
{
    if (index < 0 || index >= m_session.agenda.size())
        return {};
    const SessionProduct *p = m_session.product(m_session.agenda[index].productId);
    return p ? p->title : QString();
}

// Everything that changes with the item or the state; refresh() does the rest.
void FacilitatorWindow::showItem()
{
    const int index = m_timer->currentIndex();
    const bool finished = m_timer->state() == SessionTimer::State::Finished;
    const bool empty = m_session.agenda.isEmpty();
    if (empty) {
        m_product->setText(QString());
        m_item->setText(tr("The agenda is empty"));
    } else if (finished) {
        m_product->setText(QString());
        m_item->setText(tr("Agenda complete"));
    } else {
        const QString product = itemProductTitle(index);
        m_product->setText(product.isEmpty() ? tr("Whole session") : product);
        m_item->setText(m_session.agenda[index].title);
    }
    m_team->setVisible(!empty && !finished && m_session.agenda[index].teamLeaves);
    const int nextIndex = index + 1;
    if (!finished && nextIndex < m_session.agenda.size()) {
        const QString product = itemProductTitle(nextIndex);
        m_next->setText(tr("Next: %1%2 (%n min)", nullptr, m_session.agenda[nextIndex].plannedMinutes)
                            .arg(m_session.agenda[nextIndex].title, product.isEmpty() ? QString() : QStringLiteral(" — ") + product));
    } else {
        m_next->setText(finished || empty ? QString() : tr("Next: end of the session"));
    }
    switch (m_timer->state()) {
    case SessionTimer::State::NotStarted: m_start->setText(tr("Start (Space)")); break;
    case SessionTimer::State::Running: m_start->setText(tr("Pause (Space)")); break;
    case SessionTimer::State::Paused: m_start->setText(tr("Resume (Space)")); break;
    case SessionTimer::State::Finished: m_start->setText(tr("Finished")); break;
    }
    m_start->setEnabled(!finished && !empty);
    if (!finished && index < m_agenda->count())
        m_agenda->setCurrentRow(index);
    // The warnings count afresh on each item; shares already passed (an
    // item taken up again) do not ring twice.
    m_alertItem = index;
    m_alertsReached = SessionForecast::sharesReached(m_timer->spentMs(index), m_timer->allowedMs(index), shares());
    m_alert->hide();
    m_notesItemId = empty || finished ? 0 : m_session.agenda[index].id;
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(m_notesItemId ? m_session.agenda[index].notes : QString());
        m_notes->setEnabled(m_notesItemId != 0);
    }
    if (m_room) {
        m_room->showItem(m_product->text(), m_item->text(), m_session.agenda.value(index).productId);
        m_room->showNext(m_next->text());
        m_room->showState(m_start->text(), m_start->isEnabled());
    }
    m_dirty = true;
    refresh();
}

void FacilitatorWindow::refresh()
{
    const SessionTimer::Snapshot s = m_timer->snapshot();
    const bool finished = s.state == SessionTimer::State::Finished;
    const QString text = finished ? QString() : countdownText(s.remainingMs);
    if (m_dirty || text != m_shownCountdown || s.level != m_shownLevel) {
        const bool recolour = m_dirty || s.level != m_shownLevel;
        m_dirty = false;
        m_shownCountdown = text;
        m_shownLevel = s.level;
        m_countdown->setText(text);
        if (recolour) {
            const QColor colour = levelColor(s.level);
            m_countdown->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
            m_progress->setStyleSheet(QStringLiteral("QProgressBar { background: #2d313a; border: none; border-radius: 6px; }"
                                                     "QProgressBar::chunk { background: %1; border-radius: 6px; }")
                                          .arg(colour.name()));
        }
        m_progress->setValue(finished ? 1000 : int(s.progress * 1000));
        if (m_room)
            m_room->showTime(text, s.level);
    }
    // The drift moves during pauses too.
    const QString drift = driftText(s.driftMs);
    const bool late = s.driftMs > 2 * SessionTimer::minuteMs;
    if (drift != m_drift->text() || late != m_shownLate) {
        m_shownLate = late;
        m_drift->setText(drift);
        m_drift->setStyleSheet(QStringLiteral("QLabel { color: %1; }")
                                   .arg(levelColor(late ? SessionTimer::Level::Warning : SessionTimer::Level::Normal).name()));
    }
    const SessionForecast forecast(m_session.startsAt, m_session.agenda, *m_timer);
    m_agenda->refresh(forecast);
    const QString end = FacilitatorAgenda::endText(forecast, finished ? QString() : itemProductTitle(s.index), finished);
    if (end != m_end->text()) {
        m_end->setText(end);
        if (m_room)
            m_room->showEnd(end);
    }
    checkAlerts(s);
}

// A warning when the item reaches one of the shares of its time (70 % and
// 100 % unless set otherwise), with a beep if asked for.
void FacilitatorWindow::checkAlerts(const SessionTimer::Snapshot &s)
{
    if (s.state != SessionTimer::State::Running || s.index != m_alertItem)
        return;
    const int reached = SessionForecast::sharesReached(s.spentMs, s.allowedMs, shares());
    if (reached <= m_alertsReached) {
        m_alertsReached = reached;
        return;
    }
    m_alertsReached = reached;
    ++m_alertCount;
    const double share = shares()[reached - 1];
    const bool over = share >= 1.0;
    m_alert->setText(over ? tr("Time is up for this item") : tr("%1 % of the item's time used").arg(qRound(share * 100)));
    m_alert->setStyleSheet(QStringLiteral("QLabel { color: #16181d; background: %1; border-radius: 6px; padding: 2px 12px; }")
                               .arg(levelColor(over ? SessionTimer::Level::Over : SessionTimer::Level::Warning).name()));
    m_alert->show();
    if (m_sound->isChecked())
        QApplication::beep();
}

bool FacilitatorWindow::jumpTo(int index)
{
    if (index < 0 || index >= m_timer->itemCount() || index == m_timer->currentIndex())
        return false;
    QStringList skipped;
    const int from = m_timer->isStarted() ? m_timer->currentIndex() + 1 : 0;
    for (int i = from; i < index; ++i) {
        if (!m_timer->isVisited(i))
            skipped << m_session.agenda[i].title;
    }
    if (!skipped.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Skip items"),
            tr("Go to “%1” and skip %n item(s) not held yet?", nullptr, int(skipped.size())).arg(m_session.agenda[index].title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_timer->goTo(index);
    return true;
}

void FacilitatorWindow::sessionClosed()
{
    m_timer->finish();
    saveProgress();
}

RoomView *FacilitatorWindow::openRoomView()
{
    if (!m_room) {
        m_room = new RoomView(m_workspace, m_session.id);
        m_room->setScoresRevealed(m_reveal->isChecked());
        addShortcuts(m_room);
        connect(m_room, &RoomView::backRequested, m_timer, &SessionTimer::back);
        connect(m_room, &RoomView::pauseRequested, m_timer, &SessionTimer::togglePause);
        connect(m_room, &RoomView::nextRequested, m_timer, &SessionTimer::next);
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = screens.value(m_screens->currentIndex(), screens.value(0));
    m_room->showOn(screen);
    m_room->showEnd(m_end->text());
    showItem();
    return m_room;
}

void FacilitatorWindow::commitNotes()
{
    m_notesTimer->stop();
    if (m_notesItemId == 0)
        return;
    for (AgendaItem &item : m_session.agenda) {
        if (item.id != m_notesItemId || item.notes == m_notes->toPlainText())
            continue;
        if (const Result<void> r = Edit::setAgendaNotes(m_workspace, m_session.id, item.id, m_notes->toPlainText()); r)
            item.notes = m_notes->toPlainText();
        else
            ErrorReport::open(this, r.error());
        return;
    }
}

void FacilitatorWindow::saveProgress()
{
    m_saver->stop();
    commitNotes();
    if (!m_timer->isStarted())
        return;
    const QList<std::optional<int>> actual = m_timer->actualSeconds();
    QList<std::pair<qint64, std::optional<int>>> timing;
    for (int i = 0; i < actual.size() && i < m_session.agenda.size(); ++i) {
        if (actual[i] && actual[i] != m_session.agenda[i].actualSeconds) {
            timing.append({m_session.agenda[i].id, actual[i]});
            m_session.agenda[i].actualSeconds = actual[i];
        }
    }
    if (timing.isEmpty())
        return;
    if (const Result<void> r = Edit::recordTiming(m_workspace, m_session.id, timing); !r)
        ErrorReport::open(this, r.error());
}

void FacilitatorWindow::closeEvent(QCloseEvent *event)
{
    m_timer->pause();
    saveProgress();
    if (m_room)
        m_room->close();
    event->accept();
}

} // namespace Comite
