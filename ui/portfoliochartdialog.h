#pragma once
// A window with the sponsors' portfolio chart: cost per use or per unit of
// impact by phase, for the whole portfolio, exported to PNG or SVG.

#include "storage/workspace.h"

#include <QDialog>

class QComboBox;
class QPushButton;

namespace Comite {

class PortfolioChartView;

class PortfolioChartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PortfolioChartDialog(Workspace &workspace, QWidget *parent = nullptr);

    PortfolioChartView *chartView() const { return m_view; }
    QComboBox *measureBox() const { return m_measure; }
    void refresh();
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void chooseExport();
    Workspace &m_workspace;
    QComboBox *m_measure;
    PortfolioChartView *m_view;
};

} // namespace Comite
