#include "roomview.h"

#include "errorreport.h"
#include "facilitatorwindow.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QVBoxLayout>

namespace Comite {

RoomView::RoomView(Workspace &workspace, qint64 sessionId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_sessionId(sessionId)
    , m_product(new QLabel(this))
    , m_item(new QLabel(this))
    , m_time(new QLabel(this))
    , m_scores(new QLabel(this))
{
    setWindowTitle(tr("Room view"));
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x10, 0x12, 0x16));
    p.setColor(QPalette::WindowText, QColor(0xf2, 0xf2, 0xf2));
    setPalette(p);
    setAutoFillBackground(true);
    for (QLabel *l : {m_product, m_item, m_time, m_scores}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
    }
    m_time->setWordWrap(false);
    m_product->setAccessibleName(tr("Product"));
    m_item->setAccessibleName(tr("Item"));
    m_time->setAccessibleName(tr("Time left"));
    m_scores->setAccessibleName(tr("Scores"));
    m_scores->setTextFormat(Qt::RichText);
    m_scores->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    layout->addWidget(m_product);
    layout->addWidget(m_item);
    layout->addStretch(1);
    layout->addWidget(m_time);
    layout->addStretch(1);
    layout->addWidget(m_scores);
    layout->addStretch(1);
    resize(1280, 720);
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_sessionId && (changes & (SessionChange::Scores | SessionChange::Participants)))
            updateScores();
    });
}

// Type sizes follow the screen so the room reads them from the back.
void RoomView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const double unit = std::max(8.0, height() / 60.0);
    auto sized = [&](QLabel *l, double factor, bool bold) {
        QFont f = font();
        f.setPointSizeF(unit * factor);
        f.setBold(bold);
        l->setFont(f);
    };
    sized(m_product, 2.6, false);
    sized(m_item, 3.6, true);
    sized(m_time, 10.0, true);
    sized(m_scores, 1.8, false);
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
    if (productId != m_productId) {
        m_productId = productId;
        updateScores();
    }
}

void RoomView::showTime(const QString &timeLeft, SessionTimer::Level level)
{
    m_time->setText(timeLeft);
    m_time->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(FacilitatorWindow::levelColor(level).name()));
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

void RoomView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Comite
