#pragma once
// "Committee history…" in a product's header: asks for a file (PDF, ODT,
// Markdown or HTML, by its suffix) and writes every committee the product
// went through, for sponsors and the product's transfer file.

#include <QPushButton>

namespace Comite {

class Workspace;

class HistoryExportButton : public QPushButton
{
    Q_OBJECT
public:
    HistoryExportButton(Workspace &workspace, qint64 productId, QWidget *parent = nullptr);

    // Writes the history to `path` (format from its suffix, PDF when
    // unknown); false with the message shown when it cannot.
    bool exportTo(const QString &path);

public Q_SLOTS:
    void chooseAndExport();

private:
    Workspace &m_workspace;
    qint64 m_productId;
};

} // namespace Comite
