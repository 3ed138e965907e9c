#include "phase.h"

#include "committeeschedule.h"

#include <QCoreApplication>

namespace Comite::Phases {

namespace {
struct PhaseInfo {
    Phase phase;
    const char *key;
    const char *label;
    QRgb color;
};

// Colours picked for contrast with both black and white text chosen by
// badgeTextColor(); the label is always drawn, colour is never alone.
constexpr PhaseInfo infos[] = {
    {Phase::Investigation, "investigation", QT_TRANSLATE_NOOP("Phase", "Investigation"), 0xfff2c94c},
    {Phase::Construction, "construction", QT_TRANSLATE_NOOP("Phase", "Construction"), 0xff5b8def},
    {Phase::Acceleration, "acceleration", QT_TRANSLATE_NOOP("Phase", "Acceleration"), 0xff27ae60},
    {Phase::Consolidation, "consolidation", QT_TRANSLATE_NOOP("Phase", "Consolidation"), 0xff16766c},
    {Phase::Opere, "opere", QT_TRANSLATE_NOOP("Phase", "Operated"), 0xff7b61c9},
    {Phase::Transfere, "transfere", QT_TRANSLATE_NOOP("Phase", "Transferred"), 0xff9b59b6},
    {Phase::AbandonInvestigation, "abandon-investigation",
     QT_TRANSLATE_NOOP("Phase", "Investigation not pursued"), 0xff95a5a6},
    {Phase::Abandon, "abandon", QT_TRANSLATE_NOOP("Phase", "Stopped"), 0xffc0392b},
};

const PhaseInfo &info(Phase phase)
{
    return infos[static_cast<int>(phase)];
}
} // namespace

QList<Phase> all()
{
    QList<Phase> result;
    for (const auto &i : infos)
        result.append(i.phase);
    return result;
}

QString key(Phase phase)
{
    return QString::fromLatin1(info(phase).key);
}

std::optional<Phase> fromKey(QStringView key)
{
    for (const auto &i : infos) {
        if (key == QLatin1String(i.key))
            return i.phase;
    }
    if (key == u"perennisation" || key == u"pérennisation")
        return Phase::Consolidation;
    return std::nullopt;
}

QString label(Phase phase)
{
    return QCoreApplication::translate("Phase", info(phase).label);
}

bool isActive(Phase phase)
{
    return phase == Phase::Investigation || phase == Phase::Construction
        || phase == Phase::Acceleration || phase == Phase::Consolidation;
}

bool isStop(Phase phase)
{
    return phase == Phase::AbandonInvestigation || phase == Phase::Abandon;
}

bool isExit(Phase phase)
{
    return phase == Phase::Opere || phase == Phase::Transfere;
}

QDate overrunLimit(Phase phase, QDate start)
{
    switch (phase) {
    case Phase::Investigation:
        return start.addDays(CommitteeSchedule::investigationWeeks * 7);
    case Phase::Construction:
        return start.addMonths(CommitteeSchedule::constructionMonths);
    case Phase::Acceleration:
        return start.addMonths(CommitteeSchedule::accelerationMonths);
    default:
        return {};
    }
}

QColor badgeColor(Phase phase)
{
    return QColor::fromRgba(info(phase).color);
}

QColor badgeTextColor(Phase phase)
{
    const QColor c = badgeColor(phase);
    // Relative luminance (WCAG) decides between black and white text.
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(c.red()) + 0.7152 * channel(c.green())
        + 0.0722 * channel(c.blue());
    return l > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace Comite::Phases
