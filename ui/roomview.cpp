#include "roomview.h"
#include "stagestyle.h"

#include "errorreport.h"
#include "facilitatorwindow.h"
#include "roomdeckview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace Comite {

RoomView::RoomView(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_product(new QLabel(this))
    , m_item(new QLabel(this))
    , m_time(new QLabel(this))
    , m_next(new QLabel(this))
    , m_end(new QLabel(this))
    , m_scores(new QLabel(this))
    , m_hint(new QLabel(tr("Keys: Space start/pause · → next item · ← back · + add a minute · "
                           "PgDn/PgUp next/previous slide · F11 full screen · Esc or Ctrl+W close"),
                        this))
    , m_back(new QPushButton(tr("◀ Back"), this))
    , m_start(new QPushButton(tr("Start (Space)"), this))
    , m_forward(new QPushButton(tr("Next ▶"), this))
    , m_close(new QPushButton(tr("Close (Esc)"), this))
    , m_deck(new RoomDeckView(this))
{
    setWindowTitle(tr("Room view"));
    QPalette p = StageStyle::darkPalette();
    p.setColor(QPalette::Window, QColor(0x10, 0x12, 0x16));  // darker still: a projector's black
    setPalette(p);
    setAutoFillBackground(true);
    for (QLabel *l : {m_product, m_item, m_time, m_next, m_end, m_scores}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
    }
    m_time->setWordWrap(false);
    m_product->setAccessibleName(tr("Product"));
    m_item->setAccessibleName(tr("Item"));
    m_time->setAccessibleName(tr("Time left"));
    m_next->setAccessibleName(tr("Next item"));
    m_end->setAccessibleName(tr("Expected end"));
    m_scores->setAccessibleName(tr("Scores"));
    m_hint->setAccessibleName(tr("Keyboard shortcuts"));
    const QString dim = QStringLiteral("QLabel { color: #a0a4ac; }");
    m_next->setStyleSheet(dim);
    m_end->setStyleSheet(dim);
    m_hint->setStyleSheet(dim);
    m_scores->setTextFormat(Qt::RichText);
    m_scores->hide();
    // The view itself holds the focus; its buttons do not take it, so the
    // keys always drive the timer.
    setFocusPolicy(Qt::StrongFocus);
    for (QPushButton *b : {m_back, m_start, m_forward, m_close})
        b->setFocusPolicy(Qt::NoFocus);
    // The hint wraps on its own line so the view never asks for more
    // width than a projector's (a minimum wider than the screen would
    // take the window out of full screen).
    m_hint->setWordWrap(true);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_hint, 1);
    controls->addSpacing(16);
    controls->addWidget(m_back);
    controls->addWidget(m_start);
    controls->addWidget(m_forward);
    controls->addWidget(m_close);
    // The deck on the left when the product has one; the time beside it.
    auto *side = new QVBoxLayout;
    side->addStretch(1);
    side->addWidget(m_time);
    side->addWidget(m_next);
    side->addWidget(m_end);
    side->addStretch(1);
    side->addWidget(m_scores);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_deck, 3);
    body->addLayout(side, 2);
    m_deck->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 16);
    layout->addWidget(m_product);
    layout->addWidget(m_item);
    layout->addLayout(body, 1);
    layout->addLayout(controls);
    resize(1280, 720);
    connect(m_back, &QPushButton::clicked, this, &RoomView::backRequested);
    connect(m_start, &QPushButton::clicked, this, &RoomView::pauseRequested);
    connect(m_forward, &QPushButton::clicked, this, &RoomView::nextRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ControlModifier | Qt::Key_W),
                                    QKeySequence(Qt::ControlModifier | Qt::Key_F4)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_sessionId && (changes & (SessionChange::Scores | SessionChange::Participants)))
            updateScores();
    });
}

// Type sizes follow the screen so the room reads them from the back.
void RoomView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const double unit = std::max(6.0, std::min(height() / 60.0, width() / 100.0));
    auto sized = [&](QWidget *l, double factor, bool bold) {
        QFont f = font();
        f.setPointSizeF(unit * factor);
        f.setBold(bold);
        l->setFont(f);
    };
    sized(m_product, 2.0, false);
    sized(m_item, 2.6, true);
    sized(m_time, 7.0, true);
    sized(m_next, 1.6, false);
    sized(m_end, 1.4, false);
    sized(m_scores, 1.6, false);
    sized(m_hint, 0.9, false);
    for (QPushButton *b : {m_back, m_start, m_forward, m_close})
        sized(b, 1.0, true);
}

void RoomView::showNext(const QString &next)
{
    m_next->setText(next);
}

void RoomView::showEnd(const QString &end)
{
    m_end->setText(end);
}

void RoomView::showState(const QString &startText, bool enabled)
{
    m_start->setText(startText);
    m_start->setEnabled(enabled);
}

void RoomView::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
}

void RoomView::showItem(const QString &product, const QString &item, qint64 productId)
{
    m_product->setText(product);
    m_item->setText(item);
    m_deck->setVisible(m_deck->showProduct(m_workspace, productId, m_sessionId));
    if (productId != m_productId) {
        m_productId = productId;
        updateScores();
    }
}

void RoomView::showTime(const QString &timeLeft, SessionTimer::Level level)
{
    m_time->setText(timeLeft);
    m_time->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(StageStyle::levelColor(level).name()));
}

void RoomView::setScoresRevealed(bool revealed)
{
    m_revealed = revealed;
    updateScores();
}

void RoomView::updateScores()
{
    if (!m_revealed || m_productId == 0) {
        m_scores->clear();
        m_scores->hide();
        return;
    }
    const auto loaded = attempt([&] { return m_workspace.sessions().load(m_sessionId); });
    std::optional<Session> s;
    if (loaded)
        s = loaded.value();
    else
        ErrorReport::open(this, loaded.error());
    if (!s)
        return;
    const ArbitrationGrid grid = s->grid(m_productId);
    const QLocale locale;
    QString html = QStringLiteral("<table align=\"center\" cellpadding=\"8\">");
    for (int g = 0; g < ArbitrationGrid::groupCount; ++g) {
        const ArbitrationGrid::Stat stat = grid.group(g);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b> / 5</td></tr>")
                    .arg(ArbitrationGrid::groupTitle(g).toHtmlEscaped(),
                         stat.isEmpty() ? QStringLiteral("–") : locale.toString(stat.mean, 'f', 1));
    }
    const ArbitrationGrid::Stat all = grid.overall();
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b> / 5</td></tr></table>")
                .arg(tr("Overall").toHtmlEscaped(), all.isEmpty() ? QStringLiteral("–") : locale.toString(all.mean, 'f', 1));
    m_scores->setText(html);
    m_scores->show();
}


} // namespace Comite
