#include "indicatorwarnings.h"

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
        sentences << tr("Efficiency worsening: the cost per unit of impact (or per use) rose since the last committee.");
    return sentences;
}

} // namespace Comite
