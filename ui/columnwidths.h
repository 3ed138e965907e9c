#pragma once
// Column widths a reader never finds cut: every section of a table's
// horizontal header at least as wide as its title (with room for the sort
// mark), whatever width the page asked for.

class QTableView;

namespace Comite::ColumnWidths {

// Widens the sections of `table` narrower than their header text.
void atLeastHeaders(QTableView *table);

// The width `table`'s header needs to show `section`'s title whole.
int headerWidth(const QTableView *table, int section);

} // namespace Comite::ColumnWidths
