#pragma once
// Plans a new committee session: title, date and time, booked length, place
// or video link, the products reviewed (searched and filtered among the
// whole portfolio, committee due soonest first), the agenda template, and
// the participants proposed from the products' people, with a warning
// while a mandatory role is missing.

#include "storage/workspace.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace Comite {

class SessionHeaderForm;
class SessionParticipantProposals;
class SessionProductPicker;

class SessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SessionDialog(Workspace &workspace, QWidget *parent = nullptr);

    qint64 createdId() const { return m_createdId; }
    QListWidget *productList() const;
    SessionProductPicker *productPicker() const { return m_products; }
    SessionParticipantProposals *proposals() const { return m_proposals; }
    QComboBox *templateBox() const { return m_template; }
    QLabel *errorLabel() const { return m_error; }
    // Checks the product in the list (by id).
    void checkProduct(qint64 productId, bool checked = true);

public Q_SLOTS:
    void accept() override;

private:
    void updateLength();

    Workspace &m_workspace;
    SessionHeaderForm *m_header;
    SessionProductPicker *m_products;
    QComboBox *m_template;
    SessionParticipantProposals *m_proposals;
    QLabel *m_error;
    QList<AgendaTemplate> m_templates;
    bool m_lengthEdited = false;
    qint64 m_createdId = 0;
};

} // namespace Comite
