#pragma once
// The preview of a CSV import of measurements: what each line will add
// (date, indicator, value), or every bad line with its number; the import
// button only works when the whole file is good (nothing is half imported).

#include "io/measurementcsv.h"
#include "storage/workspace.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Comite {

class MeasurementImportDialog : public QDialog
{
    Q_OBJECT
public:
    MeasurementImportDialog(Workspace &workspace, qint64 productId, const QString &path, QWidget *parent = nullptr);

    const MeasurementCsvResult &result() const { return m_result; }
    QTableWidget *preview() const { return m_preview; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

    void accept() override;  // imports, as one undoable edit

private:
    void showRows();
    void showProblems();

    Workspace &m_workspace;
    qint64 m_productId;
    MeasurementCsvResult m_result;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QPushButton *m_import;
};

} // namespace Comite
