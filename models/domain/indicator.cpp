#include "indicator.h"

#include <QCoreApplication>

namespace Comite {

QList<IndicatorKind> IndicatorKinds::all()
{
    return {IndicatorKind::Effort, IndicatorKind::Usage, IndicatorKind::Impact};
}

QString IndicatorKinds::key(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Effort: return QStringLiteral("effort");
    case IndicatorKind::Usage: return QStringLiteral("usage");
    case IndicatorKind::Impact: return QStringLiteral("impact");
    }
    return {};
}

std::optional<IndicatorKind> IndicatorKinds::fromKey(QStringView key)
{
    for (IndicatorKind k : all()) {
        if (key == IndicatorKinds::key(k))
            return k;
    }
    return std::nullopt;
}

QString IndicatorKinds::label(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Effort: return QCoreApplication::translate("Indicator", "Effort");
    case IndicatorKind::Usage: return QCoreApplication::translate("Indicator", "Usage");
    case IndicatorKind::Impact: return QCoreApplication::translate("Indicator", "Impact");
    }
    return {};
}

QString IndicatorDirections::key(IndicatorDirection direction)
{
    return direction == IndicatorDirection::LowerIsBetter ? QStringLiteral("lower") : QStringLiteral("higher");
}

std::optional<IndicatorDirection> IndicatorDirections::fromKey(QStringView key)
{
    if (key == u"higher")
        return IndicatorDirection::HigherIsBetter;
    if (key == u"lower")
        return IndicatorDirection::LowerIsBetter;
    return std::nullopt;
}

QString IndicatorDirections::label(IndicatorDirection direction)
{
    return direction == IndicatorDirection::LowerIsBetter ? QCoreApplication::translate("Indicator", "Lower is better")
                                                          : QCoreApplication::translate("Indicator", "Higher is better");
}

} // namespace Comite
