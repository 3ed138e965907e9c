#include "impactmatrix.h"

#include <QCoreApplication>

namespace Comite {

QList<MatrixPrinciple> ImpactMatrix::principles()
{
    return {MatrixPrinciple::Usable, MatrixPrinciple::Used, MatrixPrinciple::Useful, MatrixPrinciple::Impactful,
            MatrixPrinciple::Efficient};
}

QString ImpactMatrix::key(MatrixPrinciple principle)
{
    switch (principle) {
    case MatrixPrinciple::Usable: return QStringLiteral("usable");
    case MatrixPrinciple::Used: return QStringLiteral("used");
    case MatrixPrinciple::Useful: return QStringLiteral("useful");
    case MatrixPrinciple::Impactful: return QStringLiteral("impactful");
    case MatrixPrinciple::Efficient: return QStringLiteral("efficient");
    }
    return {};
}

std::optional<MatrixPrinciple> ImpactMatrix::fromKey(QStringView key)
{
    for (MatrixPrinciple p : principles()) {
        if (key == ImpactMatrix::key(p))
            return p;
    }
    return std::nullopt;
}

QString ImpactMatrix::label(MatrixPrinciple principle)
{
    switch (principle) {
    case MatrixPrinciple::Usable: return QCoreApplication::translate("ImpactMatrix", "Usable");
    case MatrixPrinciple::Used: return QCoreApplication::translate("ImpactMatrix", "Used");
    case MatrixPrinciple::Useful: return QCoreApplication::translate("ImpactMatrix", "Useful");
    case MatrixPrinciple::Impactful: return QCoreApplication::translate("ImpactMatrix", "Impactful");
    case MatrixPrinciple::Efficient: return QCoreApplication::translate("ImpactMatrix", "Efficient");
    }
    return {};
}

QList<MandatoryIndicator> ImpactMatrix::mandatoryIndicators()
{
    return {
        {QStringLiteral("ease-of-use"), MatrixPrinciple::Usable, false},
        {MonthlyActiveUsers, MatrixPrinciple::Used, false},
        {QStringLiteral("monthly-transactions"), MatrixPrinciple::Used, false},
        {QStringLiteral("market-penetration"), MatrixPrinciple::Used, false},
        {QStringLiteral("satisfaction"), MatrixPrinciple::Useful, false},
        {QStringLiteral("policy-impact"), MatrixPrinciple::Impactful, false},
        {CostPerUse, MatrixPrinciple::Efficient, true},
    };
}

std::optional<MandatoryIndicator> ImpactMatrix::mandatory(QStringView key)
{
    for (const MandatoryIndicator &m : mandatoryIndicators()) {
        if (key == m.key)
            return m;
    }
    return std::nullopt;
}

QString ImpactMatrix::mandatoryLabel(QStringView key)
{
    if (key == u"ease-of-use")
        return QCoreApplication::translate("ImpactMatrix", "Ease-of-use score");
    if (key == MonthlyActiveUsers)
        return QCoreApplication::translate("ImpactMatrix", "Monthly active users");
    if (key == u"monthly-transactions")
        return QCoreApplication::translate("ImpactMatrix", "Monthly transactions or conversions");
    if (key == u"market-penetration")
        return QCoreApplication::translate("ImpactMatrix", "Penetration of the priority market");
    if (key == u"satisfaction")
        return QCoreApplication::translate("ImpactMatrix", "User satisfaction rate");
    if (key == u"policy-impact")
        return QCoreApplication::translate("ImpactMatrix", "Generated policy impact");
    if (key == CostPerUse)
        return QCoreApplication::translate("ImpactMatrix", "Cost per use");
    return key.toString();
}

QStringList ImpactMatrix::fillableKeys()
{
    QStringList keys;
    for (const MandatoryIndicator &m : mandatoryIndicators()) {
        if (!m.computed)
            keys << m.key;
    }
    return keys;
}

QStringList ImpactMatrix::missing(const QStringList &filled, bool costPerUseKnown)
{
    QStringList result;
    for (const MandatoryIndicator &m : mandatoryIndicators()) {
        const bool ok = m.computed ? costPerUseKnown : filled.contains(m.key);
        if (!ok)
            result << m.key;
    }
    return result;
}

} // namespace Comite
