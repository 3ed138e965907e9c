#pragma once
// The planning of one session: its header (title, date and time, booked
// length, place, video link), the products it reviews and its participants
// with their role, vote and attendance. Every edit is undoable.

#include "storage/workspace.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

namespace Comite {

class ParticipantModel;

class SessionPlanningPage : public QWidget
{
    Q_OBJECT
public:
    SessionPlanningPage(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QSpinBox *lengthEdit() const { return m_length; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *videoEdit() const { return m_video; }
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
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_length;
    QLineEdit *m_place;
    QLineEdit *m_video;
    QLabel *m_status;
    QListWidget *m_products;
    QComboBox *m_addProduct;
    QTableView *m_participants;
    ParticipantModel *m_participantModel;
};

} // namespace Comite
