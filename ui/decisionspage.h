#pragma once
// One decision per product of a session: what was decided (option, amount,
// phase change, procurement informed), a dialog to record or change it, and
// closing the session — refused, naming the products, while one has no
// decision —, then submitting the deliberation to the chair and approving it.

#include "storage/workspace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Comite {

class DeliberationActions;

class DecisionsPage : public QWidget
{
    Q_OBJECT
public:
    DecisionsPage(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *closeButton() const { return m_close; }
    // Submit to the chair and approve (the buttons beside "Close the session").
    DeliberationActions *deliberationActions() const { return m_deliberation; }

public Q_SLOTS:
    void editSelected();
    void removeSelected();
    // Closes the session; false (and editRefused) when it cannot. A
    // session dated after today is closed only once confirmed.
    bool closeSession();

    // Asks before running or closing a session dated after today; true when
    // the session is not in the future or the user goes on.
    static bool confirmFutureSession(QWidget *parent, const Session &session, QDate today, const QString &title);

Q_SIGNALS:
    void editRefused(const QString &message);
    void sessionClosed(qint64 sessionId);

private:
    void load();

    Workspace &m_workspace;
    qint64 m_sessionId;
    Session m_session;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_close;
    DeliberationActions *m_deliberation = nullptr;
};

} // namespace Comite
