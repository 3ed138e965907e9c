#pragma once
// Chooses the products of a new session among a whole portfolio (hundreds
// of products): a search field, incubator and phase filters, and a
// checklist sorted by committee due date, soonest (or overdue) first. A
// checked product stays listed whatever the filters. The list holds only
// the rows shown (none hidden), so Home, End and the arrows never land on
// a product the user cannot see.

#include "domain/productsummary.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Comite {

class SessionProductPicker : public QWidget
{
    Q_OBJECT
public:
    explicit SessionProductPicker(QWidget *parent = nullptr);

    void setProducts(const QList<ProductSummary> &products, QDate today);
    QList<qint64> checkedIds() const;
    // The summaries of the checked products, in list order.
    QList<ProductSummary> checkedProducts() const;
    void setChecked(qint64 productId, bool checked = true);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *incubatorBox() const { return m_incubator; }
    QComboBox *phaseBox() const { return m_phase; }
    QListWidget *list() const { return m_list; }
    // Rows shown with the filters applied.
    int visibleCount() const;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row {
        ProductSummary summary;
        QString text;      // as listed
        QString haystack;  // folded: title, slug, incubator, sponsors
        QString phase;     // key of the current phase
    };
    void applyFilters();
    void itemChanged(QListWidgetItem *item);

    QLineEdit *m_search;
    QComboBox *m_incubator;
    QComboBox *m_phase;
    QListWidget *m_list;
    QLabel *m_count;
    QList<Row> m_rows;  // the whole portfolio, committee due soonest first
    QSet<qint64> m_checked;
};

} // namespace Comite
