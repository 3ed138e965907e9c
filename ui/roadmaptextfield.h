#pragma once
// A plain-text field of the roadmap and budget pages that saves itself:
// after a pause in typing and when focus leaves, it reports the text the
// user changed; text read from storage never overwrites what is being
// typed.

#include <QPlainTextEdit>

class QTimer;

namespace Comite {

class RoadmapTextField : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit RoadmapTextField(const QString &accessibleName, int lines = 3, QWidget *parent = nullptr);

    // Shows the stored text unless the user is editing this field.
    void setStoredText(const QString &text);
    // Reports pending changes now.
    void commit();

    // The non-empty lines, trimmed (one item per line).
    QStringList lines() const;
    void setStoredLines(const QStringList &lines) { setStoredText(lines.join(QLatin1Char('\n'))); }
    // As tall as the lines asked for, not QPlainTextEdit's large default.
    QSize sizeHint() const override;

Q_SIGNALS:
    void committed(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QTimer *m_idle;
    bool m_loading = false;
};

} // namespace Comite
