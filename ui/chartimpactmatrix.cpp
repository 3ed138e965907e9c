#include "chartimpactmatrix.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "warningdelegate.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Comite {

namespace {
QFont scaledFont(QFont f, qreal factor)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qRound(f.pixelSize() * factor));
    return f;
}

QLabel *label(const QString &text, QWidget *parent, qreal size, bool bold, const QColor &color)
{
    auto *l = new QLabel(text, parent);
    QFont f = scaledFont(parent->font(), size);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, color);
    l->setPalette(p);
    return l;
}
} // namespace

ChartImpactMatrix::ChartImpactMatrix(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_grid(new QGridLayout)
{
    setAccessibleName(tr("Impact matrix"));
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_grid, 1);
    m_grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    rebuild();
}

void ChartImpactMatrix::setColumns(const QList<MatrixColumn> &columns, const QString &title)
{
    m_columns = columns;
    m_title = title;
    rebuild();
}

void ChartImpactMatrix::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QColor text = palette().color(QPalette::WindowText);
    const QColor warning = WarningDelegate::warningColor(palette());
    const ChartStyle style = ChartStyle::forPalette(palette(), font());
    QFont headingFont = scaledFont(font(), 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(m_title.isEmpty() ? tr("Impact matrix") : tr("Impact matrix — %1").arg(m_title));
    m_heading->setVisible(true);

    for (int c = 0; c < m_columns.size(); ++c) {
        const MatrixColumn &column = m_columns[c];
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAccessibleName(column.title);
        auto *box = new QVBoxLayout(frame);
        QLabel *head = label(column.title, frame, 1.35, true, style.seriesColor(c));
        box->addWidget(head);
        if (column.figures.isEmpty())
            box->addWidget(label(tr("No indicator"), frame, 1.0, false, text));
        for (const MatrixFigure &f : column.figures) {
            const QColor colour = f.missing ? warning : text;
            box->addWidget(label((f.missing ? QStringLiteral("⚠ ") : f.northStar ? QStringLiteral("★ ") : QString()) + f.label,
                                 frame, 1.0, false, colour));
            box->addWidget(label(f.value, frame, 1.6, true, colour));
            if (!f.detail.isEmpty())
                box->addWidget(label(f.detail, frame, 0.95, false, f.missing ? warning : style.muted));
            box->addSpacing(fontMetrics().height() / 2);
        }
        box->addStretch();
        m_grid->addWidget(frame, 0, c);
        m_grid->setColumnStretch(c, 1);
    }
}

bool ChartImpactMatrix::exportTo(const QString &path, QString *error) const
{
    // A light copy at the export size, type scaled for a slide.
    ChartImpactMatrix copy;
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, QColor(0x16, 0x16, 0x16));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x16, 0x16, 0x16));
    copy.setPalette(light);
    QFont f = copy.font();
    f.setPixelSize(22);
    copy.setFont(f);
    copy.setColumns(m_columns, m_title);
    copy.resize(ChartExport::defaultSize());
    copy.layout()->activate();
    return ChartExport::saveWidget(&copy, path, error);
}

void ChartImpactMatrix::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

} // namespace Comite
