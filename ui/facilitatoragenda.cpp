#include "facilitatoragenda.h"

#include "domain/contrast.h"

namespace Comite {

FacilitatorAgenda::FacilitatorAgenda(QWidget *parent) : QListWidget(parent)
{
    setAccessibleName(tr("Agenda"));
    setToolTip(tr("Enter or double-click: go to this item"));
    setWordWrap(true);
    setUniformItemSizes(false);
}

void FacilitatorAgenda::setSession(const Session &session)
{
    m_session = session;
    clear();
    for (int i = 0; i < m_session.agenda.size(); ++i)
        addItem(QString());
}

QString FacilitatorAgenda::minutesText(qint64 ms)
{
    return tr("%n min", nullptr, int((std::abs(ms) + 30000) / 60000));
}

QString FacilitatorAgenda::rowText(int row, const SessionForecast::Item &item) const
{
    const AgendaItem &a = m_session.agenda[row];
    const SessionProduct *p = m_session.product(a.productId);
    const QString title = p ? QStringLiteral("%1 — %2").arg(a.title, p->title) : a.title;
    const QString planned = SessionAgenda::timeText(item.plannedStart.time());
    switch (item.state) {
    case SessionForecast::ItemState::Done:
        return tr("✓ %1  %2 · took %3").arg(SessionAgenda::timeText(item.expectedStart.time()), title,
                                           minutesText(item.spentMs));
    case SessionForecast::ItemState::Skipped:
        return tr("↷ %1  %2 · skipped").arg(planned, title);
    case SessionForecast::ItemState::Current:
    case SessionForecast::ItemState::Planned: break;
    }
    const QString expected = SessionAgenda::timeText(item.expectedStart.time());
    const QString prefix = item.state == SessionForecast::ItemState::Current ? QStringLiteral("▶ ") : QString();
    const QString length = tr("%n min", nullptr, a.plannedMinutes);
    if (std::abs(item.plannedStart.secsTo(item.expectedStart)) < 60)
        return QStringLiteral("%1%2  %3 · %4").arg(prefix, expected, title, length);
    return tr("%1%2  %3 · %4 (planned %5)").arg(prefix, expected, title, length, planned);
}

void FacilitatorAgenda::refresh(const SessionForecast &forecast)
{
    const QList<SessionForecast::Item> &items = forecast.items();
    const QColor dim = Contrast::mutedText(palette());
    for (int row = 0; row < count() && row < items.size(); ++row) {
        QListWidgetItem *w = item(row);
        const QString text = rowText(row, items[row]);
        if (w->text() == text)
            continue;
        w->setText(text);
        QFont f = font();
        f.setBold(items[row].state == SessionForecast::ItemState::Current);
        w->setFont(f);
        const bool passed = items[row].state == SessionForecast::ItemState::Done
            || items[row].state == SessionForecast::ItemState::Skipped;
        w->setForeground(passed ? dim : palette().color(QPalette::Text));
    }
}

QString FacilitatorAgenda::endText(const SessionForecast &forecast, const QString &productTitle, bool finished)
{
    const qint64 late = forecast.lateMs();
    QString versus;
    if (std::abs(late) < 60000)
        versus = tr("on time");
    else
        versus = late > 0 ? tr("%1 late").arg(minutesText(late)) : tr("%1 early").arg(minutesText(late));
    QString text = (finished ? tr("Ended at %1 · planned %2 (%3)") : tr("Expected end %1 · planned %2 (%3)"))
                       .arg(SessionAgenda::timeText(forecast.expectedEnd().time()),
                            SessionAgenda::timeText(forecast.plannedEnd().time()), versus);
    if (forecast.hasBlock() && !productTitle.isEmpty()) {
        text += QStringLiteral("\n")
            + tr("%1 until %2 · planned %3")
                  .arg(productTitle, SessionAgenda::timeText(forecast.blockExpectedEnd().time()),
                       SessionAgenda::timeText(forecast.blockPlannedEnd().time()));
    }
    return text;
}

} // namespace Comite
