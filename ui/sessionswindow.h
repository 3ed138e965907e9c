#pragma once
// The sessions window: every committee session (past ones too, recorded or
// imported), the selected one in full (planning, agenda, scores,
// decisions), and the actions to plan, delete, run and close sessions. It
// opens the facilitator screen of a session.

#include "storage/workspace.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Comite {

class AllocationRemainingLabel;
class DeliberationActions;
class FacilitatorWindow;
class SessionEditor;
class SessionListModel;

class SessionsWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit SessionsWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~SessionsWindow() override;

    QTableView *list() const { return m_list; }
    SessionListModel *model() const { return m_model; }
    SessionEditor *editor() const { return m_editor; }
    FacilitatorWindow *facilitator() const;
    qint64 currentSessionId() const;
    DeliberationActions *deliberationActions() const { return m_deliberation; }

public Q_SLOTS:
    void showSession(qint64 sessionId);
    // Opens the "New session" dialog; selects the new session. Returns its id.
    qint64 newSession();
    void deleteCurrentSession();
    FacilitatorWindow *runCurrentSession();
    void closeCurrentSession();
    // Writes the current session as a calendar invitation (asks where
    // when `path` is empty); false when cancelled or failed.
    bool exportInvitation(QString path = {});

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showSelected();
    void showError(const QString &message);
    bool confirmFutureSession(qint64 sessionId, const QString &title);

    Workspace &m_workspace;
    SessionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_list;
    AllocationRemainingLabel *m_poolsLeft = nullptr;  // the funding pools covering the session
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    SessionEditor *m_editor = nullptr;
    QPointer<FacilitatorWindow> m_facilitator;
    DeliberationActions *m_deliberation = nullptr;
};

} // namespace Comite
