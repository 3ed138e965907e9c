#include "chartexport.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace Comite {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool ChartExport::isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"png" || suffix == u"svg";
}

bool ChartExport::save(QChart *chart, const QString &path, QSize size, QString *error)
{
    QChartView view(chart);  // owns the chart
    view.setRenderHint(QPainter::Antialiasing);
    view.setFrameShape(QFrame::NoFrame);
    view.setBackgroundBrush(chart->backgroundBrush());
    view.resize(size);
    chart->resize(size);
    QString title = chart->title();
    title.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return render(&view, path, title, error);
}

bool ChartExport::saveWidget(QWidget *widget, const QString &path, QString *error)
{
    return render(widget, path, widget->accessibleName(), error);
}

bool ChartExport::render(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    if (!isSupported(path))
        return fail(error, tr("“%1”: charts are saved as .png or .svg files.").arg(QDir::toNativeSeparators(path)));
    const QSize size = widget->size();
    if (QFileInfo(path).suffix().toLower() == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(tr("Made with Comité"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(error, tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
            return fail(error, tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!image.save(path, "PNG"))
        return fail(error, tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Comite
