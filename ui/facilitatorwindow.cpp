#include "facilitatorwindow.h"

#include "errorreport.h"
#include "commands/sessionedits.h"
#include "roomview.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace Comite {

namespace {
QFont scaled(const QFont &base, double factor, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x16, 0x18, 0x1d));
    p.setColor(QPalette::WindowText, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::Base, QColor(0x22, 0x25, 0x2c));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x36));
    p.setColor(QPalette::Text, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xac));
    p.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x6e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x22, 0x25, 0x2c));
    p.setColor(QPalette::ToolTipText, QColor(0xf2, 0xf2, 0xf2));
    return p;
}
} // namespace

QString countdownText(qint64 remainingMs)
{
    // Round towards "more time left" so 0:00 shows only when time is up.
    const qint64 seconds = remainingMs >= 0 ? (remainingMs + 999) / 1000 : (-remainingMs) / 1000;
    const QString text = QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return remainingMs < 0 ? QStringLiteral("−") + text : text;
}

QString driftText(qint64 driftMs)
{
    const int minutes = int((std::abs(driftMs) + 30000) / 60000);
    if (minutes == 0)
        return FacilitatorWindow::tr("On schedule");
    return driftMs > 0 ? FacilitatorWindow::tr("%n min behind schedule", nullptr, minutes)
                       : FacilitatorWindow::tr("%n min ahead of schedule", nullptr, minutes);
}

QColor FacilitatorWindow::levelColor(SessionTimer::Level level)
{
    switch (level) {
    case SessionTimer::Level::Normal: return QColor(0xf2, 0xf2, 0xf2);
    case SessionTimer::Level::Warning: return QColor(0xff, 0xb3, 0x00);  // amber
    case SessionTimer::Level::Over: return QColor(0xff, 0x5a, 0x4f);     // red
    }
    return Qt::white;
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
            QString error;
            if (!Edit::markSessionRunning(m_workspace, m_session.id, &error))
                m_workspace.reportError(error);
        }
        // Ticks while running and paused (the drift grows during a pause).
        if (state == SessionTimer::State::Running || state == SessionTimer::State::Paused)
            m_ticker->start();
        else
            m_ticker->stop();
        showItem();
        m_saver->start(0);
    });
    connect(m_timer, &SessionTimer::allowanceChanged, this, &FacilitatorWindow::refresh);

    auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { m_timer->togglePause(); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { m_timer->next(); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { m_timer->back(); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { m_timer->addMinute(); });
    shortcut(QKeySequence(Qt::KeypadModifier | Qt::Key_Plus), [this] { m_timer->addMinute(); });
    shortcut(QKeySequence(Qt::Key_Equal), [this] { m_timer->addMinute(); });  // + without Shift
    shortcut(QKeySequence(Qt::Key_F11), [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_session.id && (changes & (SessionChange::Agenda | SessionChange::Products | SessionChange::Header)))
            loadSession();
    });
}

FacilitatorWindow::~FacilitatorWindow()
{
    delete m_room;
}

void FacilitatorWindow::buildUi()
{
    setWindowTitle(tr("Facilitator"));
    resize(1280, 800);
    const QFont base = font();
    m_title = new QLabel(this);
    m_title->setFont(scaled(base, 1.2, true));
    m_drift = new QLabel(this);
    m_drift->setFont(scaled(base, 1.6, true));
    m_drift->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_drift->setAccessibleName(tr("Drift of the session"));
    m_product = new QLabel(this);
    m_product->setFont(scaled(base, 2.4, true));
    m_product->setWordWrap(true);
    m_product->setAccessibleName(tr("Current product"));
    m_item = new QLabel(this);
    m_item->setFont(scaled(base, 3.4, true));
    m_item->setWordWrap(true);
    m_item->setAccessibleName(tr("Current item"));
    m_team = new QLabel(tr("The team leaves the room"), this);
    m_team->setFont(scaled(base, 1.6, true));
    m_team->setStyleSheet(QStringLiteral("QLabel { color: #16181d; background: #8ab4f8; border-radius: 6px; padding: 4px 12px; }"));
    m_countdown = new QLabel(this);
    QFont digits = scaled(base, 9.0, true);
    digits.setStyleHint(QFont::Monospace);
    digits.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Menlo"), QStringLiteral("Consolas"),
                        QStringLiteral("monospace")});
    m_countdown->setFont(digits);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setAccessibleName(tr("Time left"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(fontMetrics().height() * 2);
    m_progress->setAccessibleName(tr("Time used on the item"));
    m_next = new QLabel(this);
    m_next->setFont(scaled(base, 1.6));
    m_next->setWordWrap(true);
    m_next->setAccessibleName(tr("Next item"));

    m_agenda = new QListWidget(this);
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setFont(scaled(base, 1.15));
    m_agenda->setFocusPolicy(Qt::NoFocus);
    m_notes = new QPlainTextEdit(this);
    m_notes->setAccessibleName(tr("Notes on the current item"));
    m_notes->setPlaceholderText(tr("Notes on the current item (the secretary's)"));
    m_notes->setFont(scaled(base, 1.15));

    m_start = new QPushButton(this);
    auto *back = new QPushButton(tr("◀ Back"), this);
    auto *next = new QPushButton(tr("Next ▶"), this);
    auto *minute = new QPushButton(tr("+1 min"), this);
    m_screens = new QComboBox(this);
    m_screens->setAccessibleName(tr("Screen of the room view"));
    for (QScreen *screen : QGuiApplication::screens())
        m_screens->addItem(QStringLiteral("%1 (%2×%3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height()));
    m_screens->setCurrentIndex(QGuiApplication::screens().size() > 1 ? 1 : 0);
    auto *room = new QPushButton(tr("Room view"), this);
    m_reveal = new QCheckBox(tr("Reveal the scores in the room"), this);
    for (QPushButton *b : {m_start, back, next, minute, room}) {
        b->setFont(scaled(base, 1.3, true));
        b->setFocusPolicy(Qt::NoFocus);  // Space and arrows drive the timer
        b->setMinimumHeight(fontMetrics().height() * 3);
    }
    m_reveal->setFocusPolicy(Qt::NoFocus);
    m_screens->setFocusPolicy(Qt::NoFocus);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_drift);
    auto *main = new QVBoxLayout;
    main->addLayout(header);
    main->addSpacing(fontMetrics().height());
    main->addWidget(m_product);
    main->addWidget(m_item);
    main->addWidget(m_team, 0, Qt::AlignLeft);
    main->addStretch(1);
    main->addWidget(m_countdown);
    main->addWidget(m_progress);
    main->addStretch(1);
    main->addWidget(m_next);
    auto *side = new QVBoxLayout;
    side->addWidget(m_agenda, 2);
    side->addWidget(m_notes, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(main, 3);
    body->addLayout(side, 2);
    auto *controls = new QHBoxLayout;
    controls->addWidget(back);
    controls->addWidget(m_start);
    controls->addWidget(next);
    controls->addWidget(minute);
    controls->addStretch();
    controls->addWidget(m_reveal);
    controls->addWidget(m_screens);
    controls->addWidget(room);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addLayout(body, 1);
    layout->addLayout(controls);

    connect(m_start, &QPushButton::clicked, this, [this] { m_timer->togglePause(); });
    connect(back, &QPushButton::clicked, this, [this] { m_timer->back(); });
    connect(next, &QPushButton::clicked, this, [this] { m_timer->next(); });
    connect(minute, &QPushButton::clicked, this, [this] { m_timer->addMinute(); });
    connect(room, &QPushButton::clicked, this, &FacilitatorWindow::openRoomView);
    connect(m_agenda, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_timer->goTo(m_agenda->row(item));
    });
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        if (m_room)
            m_room->setScoresRevealed(on);
    });
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
    m_agenda->clear();
    const QList<QDateTime> starts = SessionAgenda::plannedStarts(m_session.startsAt, m_session.agenda);
    for (int i = 0; i < m_session.agenda.size(); ++i) {
        const AgendaItem &item = m_session.agenda[i];
        const QString product = itemProductTitle(i);
        m_agenda->addItem(QStringLiteral("%1  %2%3 · %4")
                              .arg(SessionAgenda::timeText(starts[i].time()), item.title,
                                   product.isEmpty() ? QString() : QStringLiteral(" — ") + product,
                                   tr("%n min", nullptr, item.plannedMinutes)));
    }
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
    for (int i = 0; i < m_agenda->count(); ++i) {
        QFont f = m_agenda->font();
        f.setBold(i == index && !finished);
        m_agenda->item(i)->setFont(f);
    }
    if (!finished && index < m_agenda->count())
        m_agenda->setCurrentRow(index);
    m_notesItemId = empty || finished ? 0 : m_session.agenda[index].id;
    {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(m_notesItemId ? m_session.agenda[index].notes : QString());
        m_notes->setEnabled(m_notesItemId != 0);
    }
    if (m_room)
        m_room->showItem(m_product->text(), m_item->text(), m_session.agenda.value(index).productId);
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
}

RoomView *FacilitatorWindow::openRoomView()
{
    if (!m_room) {
        m_room = new RoomView(m_workspace, m_session.id);
        m_room->setScoresRevealed(m_reveal->isChecked());
    }
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *screen = screens.value(m_screens->currentIndex(), screens.value(0));
    m_room->showOn(screen);
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
        QString error;
        if (Edit::setAgendaNotes(m_workspace, m_session.id, item.id, m_notes->toPlainText(), &error))
            item.notes = m_notes->toPlainText();
        else
            m_workspace.reportError(error);
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
    QString error;
    if (!Edit::recordTiming(m_workspace, m_session.id, timing, &error))
        m_workspace.reportError(error);
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
