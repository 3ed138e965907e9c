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

namespace ParticipantRoles {
QList<ParticipantRole> all();
QString key(ParticipantRole role);  // "chair", "business-directorate"…
std::optional<ParticipantRole> fromKey(QStringView key);
QString label(ParticipantRole role);
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
    bool operator==(const Participant &) const = default;
};

} // namespace Comite
