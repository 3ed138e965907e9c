#include "columnwidths.h"

#include <QHeaderView>
#include <QTableView>

namespace Comite::ColumnWidths {

int headerWidth(const QTableView *table, int section)
{
    const QHeaderView *header = table->horizontalHeader();
    const QFontMetrics fm(header->font());
    int text = 0;
    for (const QString &line : table->model()->headerData(section, Qt::Horizontal).toString().split(u'\n'))
        text = std::max(text, fm.horizontalAdvance(line));
    const QStyle *style = header->style();
    return text + 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + (table->isSortingEnabled() ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 4 : 0) + 4;
}

void atLeastHeaders(QTableView *table)
{
    if (!table->model())
        return;
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (header->sectionResizeMode(c) != QHeaderView::Interactive && header->sectionResizeMode(c) != QHeaderView::Fixed)
            continue;
        header->resizeSection(c, std::max(header->sectionSize(c), headerWidth(table, c)));
    }
}

} // namespace Comite::ColumnWidths
