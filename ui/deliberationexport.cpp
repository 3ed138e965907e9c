#include "deliberationexport.h"

#include "errorreport.h"
#include "chartbuilder.h"
#include "deliberation/committeehistory.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationsnapshot.h"
#include "deliberation/deliberationwriter.h"
#include "storage/workspace.h"

#include <QChart>
#include <QChartView>
#include <QPainter>

namespace Comite {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QImage DeliberationExport::chartImage(const TimeChart &data)
{
    const QSize size(1200, 600);
    QChart *chart = ChartBuilder::timeChart(data, ChartStyle::forExport(size));
    QChartView view(chart);  // owns the chart
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setBackgroundBrush(chart->backgroundBrush());
    view.resize(size);
    chart->resize(size);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // As ChartExport does: the widget's own rendering lays the scene out.
    view.QWidget::render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

void DeliberationExport::drawCharts(DeliberationData &data)
{
    for (DeliberationProduct &p : data.products) {
        if (!p.northStar.isEmpty())
            p.northStarImage = chartImage(p.northStar);
    }
}

std::optional<DeliberationDocument> DeliberationExport::sessionDocument(Workspace &ws, qint64 sessionId, const Options &options,
                                                                        QString *error)
{
    auto data = DeliberationData::load(ws, sessionId);
    if (!data) {
        fail(error, tr("No session %1 in %2.").arg(sessionId).arg(ws.database().displayName()));
        return std::nullopt;
    }
    if (data->session.status != SessionStatus::Held) {
        fail(error, tr("“%1” has not been held yet: there is no deliberation to write. Before the committee, "
                       "export its agenda or a product's pre-read.")
                        .arg(data->session.displayTitle()));
        return std::nullopt;
    }
    // A final version is the record frozen when it became final.
    const auto frozen = data->version.isFinal() ? DeliberationSnapshot::thaw(data->version.content) : std::nullopt;
    if (options.procurement) {
        // The procurement office acts on an approved deliberation only.
        if (!data->version.isFinal()) {
            fail(error, tr("The deliberation of “%1” is still a draft (version %2): the procurement notice is issued "
                           "once it is final.")
                            .arg(data->session.displayTitle())
                            .arg(data->version.number));
            return std::nullopt;
        }
        return frozen ? frozen->procurement : DeliberationBuilder(*data, options.omitted, options.locale).procurementNotice();
    }
    if (frozen)
        return frozen->deliberation.without(int(options.omitted));
    drawCharts(*data);
    return DeliberationBuilder(*data, options.omitted, options.locale).deliberation();
}

QString DeliberationExport::freeze(DeliberationData &data, const QLocale &locale)
{
    drawCharts(data);
    const DeliberationBuilder builder(data, {}, locale);
    return DeliberationSnapshot::freeze({builder.record(), builder.procurementNotice()});
}

bool DeliberationExport::exportSession(Workspace &ws, qint64 sessionId, const QString &path, const Options &options,
                                       QString *error)
{
    const Result<bool> written = attempt([&] {
        const auto doc = sessionDocument(ws, sessionId, options, error);
        return doc && DeliberationWriter::write(*doc, options.format, path, error);
    });
    return written ? written.value() : fail(error, written.error().message);
}

bool DeliberationExport::exportHistory(Workspace &ws, qint64 productId, const QString &path, DeliberationFormat format,
                                       const QLocale &locale, QString *error)
{
    const Result<bool> written = attempt([&] {
        const auto doc = CommitteeHistory::build(ws, productId, locale);
        if (!doc)
            return fail(error, tr("No product %1 in %2.").arg(productId).arg(ws.database().displayName()));
        return DeliberationWriter::write(*doc, format, path, error);
    });
    return written ? written.value() : fail(error, written.error().message);
}

} // namespace Comite
