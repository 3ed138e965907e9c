#pragma once
// Creates or edits a funding pool: name, source, period, amount, maximum
// per product, the incubators whose products it may fund, and per product
// a rule (listed as eligible, must be funded, must not be funded).

#include "allocation/fundingpool.h"
#include "storage/workspace.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace Comite {

class AllocationPoolDialog : public QDialog
{
    Q_OBJECT
public:
    AllocationPoolDialog(Workspace &workspace, const FundingPool &pool, QWidget *parent = nullptr);

    FundingPool pool() const;
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *amountEdit() const { return m_amount; }
    QTableWidget *productTable() const { return m_products; }
    void accept() override;

private:
    FundingPool m_pool;
    QLineEdit *m_name;
    QLineEdit *m_source;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QSpinBox *m_amount;
    QSpinBox *m_max;
    QListWidget *m_incubators;
    QTableWidget *m_products;
};

} // namespace Comite
