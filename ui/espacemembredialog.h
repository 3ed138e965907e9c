#pragma once
// File > Import from the member space…: the member space's address, the
// API key (a file, or the system keyring when no file is given; never
// stored by Comité) and an optional incubator; reads the API, then merges
// like the file import and shows the report. Also File > What to tell the
// member space…: writes export-changes' document from a date.

#include "storage/workspace.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Comite {

class EspaceMembreDialog : public QDialog
{
    Q_OBJECT
public:
    EspaceMembreDialog(Workspace &workspace, QWidget *parent = nullptr);

    // True when something was imported (the portfolio should be reloaded).
    static bool run(QWidget *parent, Workspace &workspace);
    // Asks for a date and a file, writes the document; false when cancelled or failed.
    static bool exportChanges(QWidget *parent, Workspace &workspace);

    bool imported() const { return m_imported; }
    void import();

private:
    Workspace &m_workspace;
    QLineEdit *m_url;
    QLineEdit *m_keyFile;
    QLineEdit *m_incubator;
    QPlainTextEdit *m_report;
    QPushButton *m_importButton;
    bool m_imported = false;
};

} // namespace Comite
