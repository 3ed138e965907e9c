#pragma once
// Draws the typical yearly cost of the product's phase as a band and the
// product's own yearly pace as a marker on it: a reference, not a rule,
// so it is drawn in neutral colours. The texts go in labels beside it.

#include "domain/budgetreference.h"

#include <QWidget>

namespace Comite {

class BudgetBandWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetBandWidget(QWidget *parent = nullptr);

    // No band: nothing typical to compare with (a stopped product).
    void setBand(std::optional<CostBand> band, const QString &bandText, qint64 pace, const QString &paceText);
    QString summary() const;  // both texts, for tests and accessibility

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<CostBand> m_band;
    QString m_bandText;
    qint64 m_pace = 0;
    QString m_paceText;
};

} // namespace Comite
