#include "historyexportbutton.h"
#include "exportfiles.h"

#include "errorreport.h"
#include "deliberationexport.h"
#include "storage/workspace.h"

#include <QFileInfo>

namespace Comite {

HistoryExportButton::HistoryExportButton(Workspace &workspace, qint64 productId, QWidget *parent)
    : QPushButton(tr("Committee histor&y…"), parent), m_workspace(workspace), m_productId(productId)
{
    setObjectName(QStringLiteral("committee-history"));
    setToolTip(tr("Export every committee of this product, with decisions and amounts"));
    connect(this, &QPushButton::clicked, this, &HistoryExportButton::chooseAndExport);
}

bool HistoryExportButton::exportTo(const QString &path)
{
    const auto format = DeliberationFormats::fromKey(QFileInfo(path).suffix().toLower()).value_or(DeliberationFormat::Pdf);
    QString error;
    if (!DeliberationExport::exportHistory(m_workspace, m_productId, path, format, QLocale(), &error)) {
        ErrorReport::show(this, tr("Committee history"), error);
        return false;
    }
    return true;
}

void HistoryExportButton::chooseAndExport()
{
    QString slug;
    // Without the product the file name is left for the user to type.
    if (const auto p = attempt([&] { return m_workspace.products().load(m_productId); }); !p)
        ErrorReport::note(this, p.error());
    else
        slug = p.value().value_or(Product{}).slug;
    QStringList filters;
    for (DeliberationFormat f : DeliberationFormats::all())
        filters << DeliberationFormats::label(f);
    const QString path = ExportFiles::chooseSavePath(this, tr("Committee history"), tr("committees-%1.pdf").arg(slug),
                                                     filters.join(QStringLiteral(";;")));
    if (!path.isEmpty() && exportTo(path))
        ExportFiles::announce(this, path);
}

} // namespace Comite
