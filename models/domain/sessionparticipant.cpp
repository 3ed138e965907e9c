#include "sessionparticipant.h"

#include <QCoreApplication>

namespace Comite::ParticipantRoles {

namespace {
struct RoleInfo {
    ParticipantRole role;
    const char *key;
    const char *label;
    bool votes;
};

constexpr RoleInfo infos[] = {
    {ParticipantRole::Chair, "chair", QT_TRANSLATE_NOOP("ParticipantRole", "Chair"), true},
    {ParticipantRole::Sponsor, "sponsor", QT_TRANSLATE_NOOP("ParticipantRole", "Sponsor"), true},
    {ParticipantRole::BusinessDirectorate, "business-directorate",
     QT_TRANSLATE_NOOP("ParticipantRole", "Business directorate"), true},
    {ParticipantRole::IncubatorLead, "incubator-lead", QT_TRANSLATE_NOOP("ParticipantRole", "Incubator lead"), false},
    {ParticipantRole::PortfolioManager, "portfolio-manager",
     QT_TRANSLATE_NOOP("ParticipantRole", "DINUM portfolio manager"), false},
    {ParticipantRole::Intrapreneur, "intrapreneur", QT_TRANSLATE_NOOP("ParticipantRole", "Intrapreneur"), false},
    {ParticipantRole::TeamMember, "team-member", QT_TRANSLATE_NOOP("ParticipantRole", "Team member"), false},
    {ParticipantRole::User, "user", QT_TRANSLATE_NOOP("ParticipantRole", "User"), false},
    {ParticipantRole::Secretary, "secretary", QT_TRANSLATE_NOOP("ParticipantRole", "Secretary"), false},
    {ParticipantRole::Other, "other", QT_TRANSLATE_NOOP("ParticipantRole", "Other"), false},
};
} // namespace

QList<ParticipantRole> all()
{
    QList<ParticipantRole> result;
    for (const auto &i : infos)
        result.append(i.role);
    return result;
}

QString key(ParticipantRole role)
{
    return QString::fromLatin1(infos[static_cast<int>(role)].key);
}

std::optional<ParticipantRole> fromKey(QStringView key)
{
    for (const auto &i : infos) {
        if (key == QLatin1String(i.key))
            return i.role;
    }
    return std::nullopt;
}

QString label(ParticipantRole role)
{
    return QCoreApplication::translate("ParticipantRole", infos[static_cast<int>(role)].label);
}

bool votesByDefault(ParticipantRole role)
{
    return infos[static_cast<int>(role)].votes;
}

} // namespace Comite::ParticipantRoles
