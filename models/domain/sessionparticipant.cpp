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

namespace {
// The gendered forms, for lupdate: the French translation says
// "Présidente" / "Président", "Secrétaire"…; English keeps one word.
[[maybe_unused]] constexpr const char *gendered[][2] = {
    QT_TRANSLATE_NOOP3("ParticipantRole", "Chair", "feminine"), QT_TRANSLATE_NOOP3("ParticipantRole", "Chair", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Sponsor", "feminine"), QT_TRANSLATE_NOOP3("ParticipantRole", "Sponsor", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Business directorate", "feminine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Business directorate", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Incubator lead", "feminine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Incubator lead", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "DINUM portfolio manager", "feminine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "DINUM portfolio manager", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Intrapreneur", "feminine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Intrapreneur", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Team member", "feminine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Team member", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "User", "feminine"), QT_TRANSLATE_NOOP3("ParticipantRole", "User", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Secretary", "feminine"), QT_TRANSLATE_NOOP3("ParticipantRole", "Secretary", "masculine"),
    QT_TRANSLATE_NOOP3("ParticipantRole", "Other", "feminine"), QT_TRANSLATE_NOOP3("ParticipantRole", "Other", "masculine"),
};
} // namespace

QString label(ParticipantRole role, Civility civility)
{
    if (civility == Civility::Neutral)
        return label(role);
    return QCoreApplication::translate("ParticipantRole", infos[static_cast<int>(role)].label,
                                       civility == Civility::Madame ? "feminine" : "masculine");
}

bool votesByDefault(ParticipantRole role)
{
    return infos[static_cast<int>(role)].votes;
}

} // namespace Comite::ParticipantRoles

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Participant)
};
} // namespace

namespace Civilities {
QString key(Civility civility)
{
    switch (civility) {
    case Civility::Madame: return QStringLiteral("mme");
    case Civility::Monsieur: return QStringLiteral("m");
    case Civility::Neutral: break;
    }
    return {};
}

Civility fromKey(QStringView key)
{
    if (key == u"mme")
        return Civility::Madame;
    if (key == u"m")
        return Civility::Monsieur;
    return Civility::Neutral;
}

QString label(Civility civility)
{
    switch (civility) {
    case Civility::Madame: return Tr::tr("Mme");
    case Civility::Monsieur: return Tr::tr("M.");
    case Civility::Neutral: break;
    }
    return QStringLiteral("—");
}
} // namespace Civilities

QString Participant::attendanceText() const
{
    // The neutral words agree with anyone: « a participé », « excusé·e » is avoided.
    switch (attendance()) {
    case Attendance::Present:
        return civility == Civility::Madame ? Tr::tr("present", "feminine")
             : civility == Civility::Monsieur ? Tr::tr("present", "masculine") : Tr::tr("attended");
    case Attendance::Excused:
        return civility == Civility::Madame ? Tr::tr("excused", "feminine")
             : civility == Civility::Monsieur ? Tr::tr("excused", "masculine") : Tr::tr("sent apologies");
    case Attendance::Absent:
        return civility == Civility::Madame ? Tr::tr("absent", "feminine")
             : civility == Civility::Monsieur ? Tr::tr("absent", "masculine") : Tr::tr("did not attend");
    }
    return {};
}

} // namespace Comite
