// FacilitatorWindow's layout, apart from its logic (facilitatorwindow.cpp):
// the large countdown and the item on the left, the agenda, notes and room
// controls on the side, type sizes that follow the window.

#include "facilitatorwindow.h"

#include "domain/sessionforecast.h"
#include "facilitatoragenda.h"
#include "facilitatorpanel.h"
#include "roomview.h"
#include "stagestyle.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace Comite {

using StageStyle::scaled;

void FacilitatorWindow::buildUi()
{
    setWindowTitle(tr("Facilitator"));
    const QFont base = font();
    m_title = new QLabel(this);
    m_title->setFont(scaled(base, 1.2, true));
    m_title->setWordWrap(true);
    m_drift = new QLabel(this);
    m_drift->setFont(scaled(base, 1.4, true));
    m_drift->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_drift->setAccessibleName(tr("Drift of the session"));

    m_timerArea = new QFrame(this);
    m_timerArea->setObjectName(QStringLiteral("timerArea"));
    m_timerArea->setFocusPolicy(Qt::StrongFocus);
    m_timerArea->setAccessibleName(tr("Timer"));
    m_timerArea->setAccessibleDescription(tr("Space: start or pause; →: next item; ←: previous item; +: add a minute"));
    // A style sheet on the frame styles its labels too: give them the
    // dark palette's text colours (black on dark otherwise).
    m_timerArea->setStyleSheet(QStringLiteral("QFrame#timerArea { border: 2px solid transparent; border-radius: 8px; }"
                                              "QFrame#timerArea:focus { border-color: #3a6ed8; }"
                                              "QLabel { color: #f2f2f2; }"
                                              "QLabel#dim { color: #c0c4cc; }"));
    m_product = new QLabel(m_timerArea);
    m_product->setWordWrap(true);
    m_product->setAccessibleName(tr("Current product"));
    m_item = new QLabel(m_timerArea);
    m_item->setWordWrap(true);
    m_item->setAccessibleName(tr("Current item"));
    m_team = new QLabel(tr("The team leaves the room"), m_timerArea);
    m_team->setStyleSheet(QStringLiteral("QLabel { color: #16181d; background: #8ab4f8; border-radius: 6px; padding: 4px 12px; }"));
    m_countdown = new QLabel(m_timerArea);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setAccessibleName(tr("Time left"));
    m_progress = new QProgressBar(m_timerArea);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(fontMetrics().height());
    m_progress->setAccessibleName(tr("Time used on the item"));
    m_alert = new QLabel(m_timerArea);
    m_alert->setAccessibleName(tr("Warning"));
    m_alert->setAlignment(Qt::AlignCenter);
    m_alert->hide();
    m_next = new QLabel(m_timerArea);
    m_next->setObjectName(QStringLiteral("dim"));
    m_next->setWordWrap(true);
    m_next->setAccessibleName(tr("Next item"));
    m_end = new QLabel(m_timerArea);
    m_end->setObjectName(QStringLiteral("dim"));
    m_end->setWordWrap(true);
    m_end->setAccessibleName(tr("Expected end"));
    auto *area = new QVBoxLayout(m_timerArea);
    area->setContentsMargins(12, 8, 12, 8);
    area->addWidget(m_product);
    area->addWidget(m_item);
    area->addWidget(m_team, 0, Qt::AlignLeft);
    area->addStretch(1);
    area->addWidget(m_countdown);
    area->addWidget(m_progress);
    area->addWidget(m_alert);
    area->addStretch(1);
    area->addWidget(m_next);
    area->addWidget(m_end);

    m_start = new QPushButton(this);
    auto *back = new QPushButton(tr("◀ Back (←)"), this);
    auto *next = new QPushButton(tr("Next ▶ (→)"), this);
    auto *minute = new QPushButton(tr("+1 min (+)"), this);
    for (QPushButton *b : {back, m_start, next, minute}) {
        b->setFont(scaled(base, 1.2, true));
        b->setAutoDefault(true);  // Enter presses the button that has the focus
        b->setMinimumHeight(fontMetrics().height() * 2 + 8);
    }
    m_hint = new QLabel(tr("Keys: Space start/pause · → next item · ← previous item · + add a minute · "
                           "PgDn/PgUp slides in the room · Alt+N notes · Esc leave the notes, then close · "
                           "Ctrl+W close · F11 full screen"),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Keyboard shortcuts"));
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #a0a4ac; }"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_drift);
    auto *controls = new QHBoxLayout;
    controls->addWidget(back);
    controls->addWidget(m_start);
    controls->addWidget(next);
    controls->addWidget(minute);
    controls->addStretch();
    auto *main = new QVBoxLayout;
    main->addLayout(header);
    main->addWidget(m_timerArea, 1);
    main->addLayout(controls);
    auto *body = new QHBoxLayout;
    body->addLayout(main, 3);
    body->addWidget(buildSide(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addLayout(body, 1);
    layout->addWidget(m_hint);

    connect(m_start, &QPushButton::clicked, this, [this] { m_timer->togglePause(); });
    connect(back, &QPushButton::clicked, this, [this] { m_timer->back(); });
    connect(next, &QPushButton::clicked, this, [this] { m_timer->next(); });
    connect(minute, &QPushButton::clicked, this, [this] { m_timer->addMinute(); });
    setTabOrder(m_timerArea, back);
    setTabOrder(back, m_start);
    setTabOrder(m_start, next);
    setTabOrder(next, minute);
    setTabOrder(minute, m_agenda);
}

// The agenda, the notes, the warnings and the room view's controls.
QWidget *FacilitatorWindow::buildSide()
{
    auto *side = new FacilitatorPanel(this);
    m_agenda = side->agenda();
    m_notes = side->notes();
    m_shares = side->sharesEdit();
    m_sound = side->sound();
    m_screens = side->screens();
    m_reveal = side->reveal();
    m_panel = side;
    connect(m_agenda, &QListWidget::activated, this, [this](const QModelIndex &index) { jumpTo(index.row()); });
    connect(side->roomButton(), &QPushButton::clicked, this, &FacilitatorWindow::openRoomView);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        if (m_room)
            m_room->setScoresRevealed(on);
    });
    connect(side, &FacilitatorPanel::sharesChanged, this, [this] {
        m_alertsReached = SessionForecast::sharesReached(m_timer->spentMs(m_timer->currentIndex()),
                                                         m_timer->allowedMs(m_timer->currentIndex()), shares());
    });
    return side;
}

// Type sizes follow the window so a laptop shows everything.
void FacilitatorWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QFont base = font();
    const double unit = std::clamp(std::min(height() / 800.0, width() / 1280.0), 0.6, 2.0);
    m_product->setFont(scaled(base, 2.0 * unit, true));
    m_item->setFont(scaled(base, 2.6 * unit, true));
    m_team->setFont(scaled(base, 1.4 * unit, true));
    QFont digits = scaled(base, 7.5 * unit, true);
    digits.setStyleHint(QFont::Monospace);
    digits.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Menlo"), QStringLiteral("Consolas"),
                        QStringLiteral("monospace")});
    m_countdown->setFont(digits);
    m_alert->setFont(scaled(base, 1.4 * unit, true));
    m_next->setFont(scaled(base, 1.4 * unit));
    m_end->setFont(scaled(base, 1.2 * unit));
}

} // namespace Comite
