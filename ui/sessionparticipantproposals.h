#pragma once
// The participants of a new session, proposed from its products: each
// product's intrapreneur and coach and its sponsors (checked, to untick),
// plus the chair, the DINUM portfolio manager and the secretary typed once
// (remembered for the next session). Warns while a mandatory role (chair,
// portfolio manager, intrapreneur, secretary) is missing.

#include "domain/productsummary.h"
#include "domain/sessionparticipant.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Comite {

class Workspace;

class SessionParticipantProposals : public QWidget
{
    Q_OBJECT
public:
    explicit SessionParticipantProposals(Workspace &workspace, QWidget *parent = nullptr);

    // Proposes the people of these products; choices already made stay.
    void propose(const QList<ProductSummary> &products);
    QList<Participant> participants() const;
    // Mandatory roles nobody holds yet, translated; empty when complete.
    QStringList missingRoles() const;

    QLineEdit *chairEdit() const { return m_chair; }
    QLineEdit *managerEdit() const { return m_manager; }
    QLineEdit *secretaryEdit() const { return m_secretary; }
    QListWidget *list() const { return m_list; }
    QLabel *warningLabel() const { return m_warning; }
    // Remembers the chair, manager and secretary for the next session.
    void remember() const;

private:
    void updateWarning();

    Workspace &m_workspace;
    QLineEdit *m_chair;
    QLineEdit *m_manager;
    QLineEdit *m_secretary;
    QListWidget *m_list;
    QLabel *m_warning;
    QList<Participant> m_proposed;  // one per list row
};

} // namespace Comite
