#include "decisionoption.h"

#include <QCoreApplication>

namespace Comite::DecisionOptions {

namespace {
struct OptionInfo {
    DecisionOption option;
    const char *key;
    const char *label;
};

constexpr OptionInfo infos[] = {
    {DecisionOption::Continue, "continue",
     QT_TRANSLATE_NOOP("DecisionOption", "Continue at the same or a higher budget")},
    {DecisionOption::ContinueReduced, "continue-reduced",
     QT_TRANSLATE_NOOP("DecisionOption", "Continue with a lower budget")},
    {DecisionOption::Provisional, "provisional",
     QT_TRANSLATE_NOOP("DecisionOption", "Provisional budget pending proof of impact")},
    {DecisionOption::Pivot, "pivot", QT_TRANSLATE_NOOP("DecisionOption", "Pivot")},
    {DecisionOption::Maintenance, "maintenance", QT_TRANSLATE_NOOP("DecisionOption", "Maintenance")},
    {DecisionOption::Stop, "stop", QT_TRANSLATE_NOOP("DecisionOption", "Stop")},
    {DecisionOption::Recorded, "recorded",
     QT_TRANSLATE_NOOP("DecisionOption", "Recorded outcome")},
};
} // namespace

QList<DecisionOption> all()
{
    QList<DecisionOption> result;
    for (const auto &i : infos)
        result.append(i.option);
    return result;
}

QString key(DecisionOption option)
{
    return QString::fromLatin1(infos[static_cast<int>(option)].key);
}

std::optional<DecisionOption> fromKey(QStringView key)
{
    for (const auto &i : infos) {
        if (key == QLatin1String(i.key))
            return i.option;
    }
    return std::nullopt;
}

QString label(DecisionOption option)
{
    return QCoreApplication::translate("DecisionOption", infos[static_cast<int>(option)].label);
}

} // namespace Comite::DecisionOptions
