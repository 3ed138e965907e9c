#include "pagedpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Comite::PagedPdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PagedPdf)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool write(const QString &path, const Options &options, const std::function<void(QTextDocument &)> &fill, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, Tr::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(options.margins, QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(options.title);
    pdf.setCreator(QStringLiteral("Comité"));

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&pdf);
    fill(text);
    QFont small = text.defaultFont();
    small.setPointSizeF(8);
    const QFontMetricsF metrics(small, &pdf);
    const double band = metrics.height() * 1.6;  // header and footer bands
    const QSizeF page(pdf.width(), pdf.height() - 2 * band);
    text.setPageSize(page);

    QPainter painter(&pdf);
    if (!painter.isActive())
        return fail(error, Tr::tr("Cannot write “%1”.").arg(QDir::toNativeSeparators(path)));
    const int pages = text.pageCount();
    const QColor grey(0x55, 0x55, 0x55);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, band - i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);  // a line cut by the page end stays off the bands
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(grey);
        if (!options.header.isEmpty()) {
            const QRectF top(0, 0, pdf.width(), metrics.height());
            painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(options.header, Qt::ElideRight, pdf.width() * 0.95));
            painter.drawLine(QPointF(0, metrics.height() * 1.2), QPointF(pdf.width(), metrics.height() * 1.2));
        }
        const QRectF bottom(0, pdf.height() - metrics.height(), pdf.width(), metrics.height());
        painter.drawLine(QPointF(0, pdf.height() - metrics.height() * 1.2), QPointF(pdf.width(), pdf.height() - metrics.height() * 1.2));
        const QString pageText = options.pageLabel ? options.pageLabel(i, pages) : QString();
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageText);
        const double room = pdf.width() - metrics.horizontalAdvance(pageText) - metrics.height() * 2;
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(options.footer, Qt::ElideRight, room));
    }
    painter.end();
    return true;
}

} // namespace Comite::PagedPdf
