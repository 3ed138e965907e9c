#include "roadmaptextfield.h"

#include <QTimer>

namespace Comite {

RoadmapTextField::RoadmapTextField(const QString &accessibleName, int lines, QWidget *parent)
    : QPlainTextEdit(parent), m_idle(new QTimer(this))
{
    setAccessibleName(accessibleName);
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * lines + 12);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_idle->setSingleShot(true);
    m_idle->setInterval(800);
    connect(m_idle, &QTimer::timeout, this, &RoadmapTextField::commit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_idle->start();
    });
}

QSize RoadmapTextField::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), minimumHeight()};
}

void RoadmapTextField::setStoredText(const QString &text)
{
    if (hasFocus() && document()->isModified())
        return;
    if (text != toPlainText()) {
        m_loading = true;
        setPlainText(text);
        m_loading = false;
    }
    document()->setModified(false);
}

void RoadmapTextField::commit()
{
    m_idle->stop();
    if (!document()->isModified())
        return;
    document()->setModified(false);
    Q_EMIT committed(toPlainText());
}

QStringList RoadmapTextField::lines() const
{
    QStringList result;
    for (const QString &line : toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

void RoadmapTextField::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace Comite
