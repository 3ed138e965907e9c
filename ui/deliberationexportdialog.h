#pragma once
// "Export deliberation…": the format, the sections to leave out (scores,
// notes, agenda timings) and whether to write the procurement notice
// instead, with a preview of the document; the choices are remembered
// (QSettings). Export asks for the file, then writes it.

#include "domain/deliberation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

namespace Comite {

class Workspace;

class DeliberationExportDialog : public QDialog
{
    Q_OBJECT
public:
    DeliberationExportDialog(Workspace &workspace, qint64 sessionId, QWidget *parent = nullptr);

    QComboBox *formatBox() const { return m_format; }
    QCheckBox *scoresBox() const { return m_scores; }
    QCheckBox *notesBox() const { return m_notes; }
    QCheckBox *timingsBox() const { return m_timings; }
    QCheckBox *procurementBox() const { return m_procurement; }
    QTextBrowser *preview() const { return m_preview; }

    DeliberationFormat format() const;
    DeliberationSections omitted() const;
    // Writes the document to `path` with the current choices and remembers
    // them; false (the message shown) when it cannot.
    bool exportTo(const QString &path);
    QString lastError() const { return m_error; }

public Q_SLOTS:
    // Asks for the file, then exports and closes.
    void exportAndClose();
    void updatePreview();

private:
    void remember() const;
    QString suggestedPath() const;

    Workspace &m_workspace;
    qint64 m_sessionId;
    QComboBox *m_format;
    QCheckBox *m_scores;
    QCheckBox *m_notes;
    QCheckBox *m_timings;
    QCheckBox *m_procurement;
    QLabel *m_status;
    QTextBrowser *m_preview;
    QString m_error;
};

} // namespace Comite
