#pragma once
// The follow-up register (« suivi des décisions »): the actions, conditions
// and blockers of the committees' decisions, of one product (a tab of the
// product view) or of the whole portfolio (View menu), with their status
// set here — each change one undoable step kept in the item's history.

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Comite {

class FollowupModel;
class Workspace;
enum class FollowupStatus;

class FollowupRegister : public QWidget
{
    Q_OBJECT
public:
    // `productId` 0: the whole portfolio.
    FollowupRegister(Workspace &workspace, qint64 productId = 0, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    FollowupModel *model() const { return m_model; }
    QCheckBox *openOnly() const { return m_openOnly; }

private:
    void setStatus(FollowupStatus status);
    void updateButtons();

    Workspace &m_workspace;
    FollowupModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QCheckBox *m_openOnly;
    QLabel *m_count;
    QPushButton *m_done;
    QPushButton *m_dropped;
    QPushButton *m_reopen;
};

} // namespace Comite
