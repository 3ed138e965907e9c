#pragma once
// The sessions window's actions on the written deliberation of the
// selected session: "Export deliberation…" (dialog with preview), "Submit
// to the chair" and "Approve…" (the approval workflow: approval by the
// chair makes it final), "Mark
// deliberation final…" (once the session is closed; locks its decisions,
// scores and notes) and "Correct the deliberation…" (a new version with
// its reason). Enabled according to the session and its deliberation.

#include "domain/result.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Comite {

class Workspace;

class DeliberationActions : public QObject
{
    Q_OBJECT
public:
    // `currentSession` gives the selected session's id (0: none).
    DeliberationActions(Workspace &workspace, QWidget *window, std::function<qint64()> currentSession);

    QAction *exportAction() const { return m_export; }
    QAction *submitAction() const { return m_submit; }
    QAction *approveAction() const { return m_approve; }
    QAction *finalAction() const { return m_final; }
    QAction *correctAction() const { return m_correct; }
    void addTo(QMenu *menu) const;

public Q_SLOTS:
    void refresh();
    void exportDeliberation();
    // Submits the draft to the chair; false when refused.
    bool submit();
    // Asks who approves (the chair's name filled in); false when refused
    // or cancelled. Approval makes the deliberation final.
    bool approve();
    // Asks for confirmation; false when refused or cancelled.
    bool markFinal();
    // Asks for the reason; false when refused or cancelled.
    bool correct();

private:
    // Reports a refused edit (false), or shows its result (true).
    bool done(const Result<void> &edit);

    Workspace &m_workspace;
    QWidget *m_window;
    std::function<qint64()> m_current;
    QAction *m_export;
    QAction *m_submit;
    QAction *m_approve;
    QAction *m_final;
    QAction *m_correct;
};

} // namespace Comite
