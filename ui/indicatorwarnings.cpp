#include "indicatorwarnings.h"

#include "domain/efficiency.h"

#include <QLocale>

namespace Comite {

QStringList IndicatorWarnings::describe(const ProductStatus &status)
{
    QStringList sentences;
    if (status.usageOnly)
        sentences << tr("Usage only: no impact indicator was measured in the last 6 months.");
    if (!status.missingMandatory.isEmpty()) {
        QStringList labels;
        for (const QString &key : status.missingMandatory)
            labels << ImpactMatrix::mandatoryLabel(key);
        sentences << tr("Missing mandatory indicators: %1.").arg(labels.join(QStringLiteral(", ")));
    }
    if (status.efficiencyWorsening)
        sentences << tr("Efficiency worsening: the cost per unit of impact rose by more than %1 % since the last committee "
                        "(the cost per use when the impact was not measured then), as the Efficient row shows.")
                         .arg(QLocale().toString(qRound(Efficiency::worseningTolerance * 100)));
    return sentences;
}

} // namespace Comite
