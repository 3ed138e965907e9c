#pragma once
// Who takes part in a committee session (DESIGN.md §1, participants): name,
// organisation, role, whether they vote on the arbitration grid and whether
// they attended.

#include <QList>
#include <QString>
#include <optional>

namespace Comite {

enum class ParticipantRole {
    Chair,                // the sponsor administration at its highest level
    Sponsor,
    BusinessDirectorate,  // other business directorates concerned
    IncubatorLead,
    PortfolioManager,     // DINUM portfolio manager
    Intrapreneur,
    TeamMember,
    User,
    Secretary,
    Other,
};

// How a participant is addressed, so that roles and attendance agree in
// French ("Présidente", "présente"); Neutral words it for anyone.
enum class Civility { Neutral, Madame, Monsieur };

namespace Civilities {
QString key(Civility civility);  // "", "mme", "m"
Civility fromKey(QStringView key);
QString label(Civility civility);  // "—", "Mme", "M." (translated)
}

// Present, excused (absent with an apology) or absent.
enum class Attendance { Present, Excused, Absent };

namespace ParticipantRoles {
QList<ParticipantRole> all();
QString key(ParticipantRole role);  // "chair", "business-directorate"…
std::optional<ParticipantRole> fromKey(QStringView key);
QString label(ParticipantRole role);
// The role as it agrees with the civility: "Présidente" for a woman in
// French (translations with the disambiguation "feminine"/"masculine").
QString label(ParticipantRole role, Civility civility);
// Chair, sponsors and business directorates score the grid unless told
// otherwise.
bool votesByDefault(ParticipantRole role);
}

struct Participant {
    qint64 id = 0;
    QString name;
    QString organisation;
    ParticipantRole role = ParticipantRole::Other;
    bool present = true;
    bool voting = false;
    bool excused = false;  // absent with an apology (only when not present)
    Civility civility = Civility::Neutral;
    Attendance attendance() const { return present ? Attendance::Present : (excused ? Attendance::Excused : Attendance::Absent); }
    // "present" / "excused" / "absent", agreeing with the civility (translated).
    QString attendanceText() const;
    bool operator==(const Participant &) const = default;
};

} // namespace Comite
