#pragma once
// A line for the sessions window: what each funding pool covering the
// selected session's decision period has left once the decisions recorded
// so far are counted; it updates as decisions are recorded. Hidden when
// no pool covers the session.

#include "storage/workspace.h"

#include <QLabel>

namespace Comite {

class AllocationRemainingLabel : public QLabel
{
    Q_OBJECT
public:
    AllocationRemainingLabel(Workspace &workspace, QWidget *parent = nullptr);
    void setSession(qint64 sessionId);
    void refresh();

private:
    Workspace &m_workspace;
    qint64 m_sessionId = 0;
};

} // namespace Comite
