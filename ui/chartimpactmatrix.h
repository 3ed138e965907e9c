#pragma once
// The impact matrix overview of a product: five columns (usable, used,
// useful, impactful, efficient), each with its figures in large type,
// missing mandatory indicators in the warning colour. Made of labels, so
// it reads aloud and exports to PNG/SVG as it shows.

#include "domain/impactmatrixoverview.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Comite {

class ChartImpactMatrix : public QWidget
{
    Q_OBJECT
public:
    explicit ChartImpactMatrix(QWidget *parent = nullptr);

    void setColumns(const QList<MatrixColumn> &columns, const QString &title = {});
    const QList<MatrixColumn> &columns() const { return m_columns; }
    // Saves the overview at 1600 × 900 in the light export style.
    bool exportTo(const QString &path, QString *error = nullptr) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QList<MatrixColumn> m_columns;
    QString m_title;
    QLabel *m_heading;
    QGridLayout *m_grid;
};

} // namespace Comite
