#pragma once
// The planning of one session: its header (title, date and time, booked
// length, place, video link), the products it reviews and its participants
// with their role, vote and attendance. Every edit is undoable.

#include "storage/workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace Comite {

class ParticipantModel;
class SessionHeaderForm;

class SessionPlanningPage : public QWidget
{
    Q_OBJECT
public:
    SessionPlanningPage(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    QListWidget *productList() const { return m_products; }
    QComboBox *productChoice() const { return m_addProduct; }
    QTableView *participantTable() const { return m_participants; }
    ParticipantModel *participantModel() const { return m_participantModel; }

public Q_SLOTS:
    void commitHeader();
    void addChosenProduct();
    void removeSelectedProduct();
    void addParticipant();
    void removeSelectedParticipant();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void load();
    void setProducts(const QList<qint64> &ids);

    Workspace &m_workspace;
    qint64 m_sessionId;
    Session m_session;
    SessionHeaderForm *m_header;
    QLabel *m_status;
    QListWidget *m_products;
    QComboBox *m_addProduct;
    QTableView *m_participants;
    ParticipantModel *m_participantModel;
};

} // namespace Comite
