#pragma once
// Asks for what a new product needs: title, identifier (proposed from the
// title), incubator and first phase with its start date.

#include "storage/workspace.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Comite {

class NewProductDialog : public QDialog
{
    Q_OBJECT
public:
    NewProductDialog(Workspace &workspace, QWidget *parent = nullptr);
    Product product() const;
    qint64 createdId() const { return m_createdId; }

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *slugField() const { return m_slug; }

    void accept() override;

private:
    Workspace &m_workspace;
    QLineEdit *m_title;
    QLineEdit *m_slug;
    QComboBox *m_incubator;
    QComboBox *m_phase;
    QDateEdit *m_start;
    QLabel *m_error;
    bool m_slugEdited = false;
    qint64 m_createdId = 0;
};

} // namespace Comite
