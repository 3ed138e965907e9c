#pragma once
// Shared by the session tests: two products and a planned two-product
// session with its participants (three voting members) and the agenda of
// the recommended format.

#include "commands/productedits.h"
#include "commands/sessionedits.h"
#include "testsupport.h"

namespace Comite::Test {

struct SessionFixture {
    qint64 velo = 0;
    qint64 bus = 0;

    explicit SessionFixture(Workspace &ws)
    {
        velo = ws.products().insert(sampleProduct(QStringLiteral("velo-pour-tous"), QStringLiteral("Vélo pour tous")));
        bus = ws.products().insert(sampleProduct(QStringLiteral("bus-a-la-demande"), QStringLiteral("Bus à la demande")));
    }

    static QList<Participant> participants()
    {
        return {
            {0, QStringLiteral("Anne Leroy"), QStringLiteral("ADEME"), ParticipantRole::Chair, true, true},
            {0, QStringLiteral("Bruno Petit"), QStringLiteral("DGALN"), ParticipantRole::Sponsor, true, true},
            {0, QStringLiteral("Chloé Martin"), QStringLiteral("DGITM"), ParticipantRole::BusinessDirectorate, true, true},
            {0, QStringLiteral("Claire Dubois"), QStringLiteral("ADEME"), ParticipantRole::Intrapreneur, true, false},
            {0, QStringLiteral("David Roux"), QStringLiteral("Incubateur"), ParticipantRole::Secretary, true, false},
        };
    }

    Session planned(QDateTime start = QDateTime(fixedToday.addDays(14), QTime(14, 0))) const
    {
        Session s;
        s.title = QStringLiteral("Comité mobilités");
        s.startsAt = start;
        s.plannedMinutes = 120;
        s.place = QStringLiteral("Salle 4.12");
        s.videoLink = QStringLiteral("https://webinaire.numerique.gouv.fr/comite");
        s.products = {{velo, QStringLiteral("velo-pour-tous"), QStringLiteral("Vélo pour tous")},
                      {bus, QStringLiteral("bus-a-la-demande"), QStringLiteral("Bus à la demande")}};
        s.participants = participants();
        return s;
    }

    // Creates the planned session through the edit API; returns its id.
    qint64 create(Workspace &ws) const
    {
        const Result<qint64> created = Edit::createSession(ws, planned(), SessionAgenda::defaultTemplate());
        if (!created) {
            qWarning("createSession: %s", qPrintable(created.error().message));
            return 0;
        }
        return created.value();

    }

    static Decision decision(qint64 productId, DecisionOption option = DecisionOption::Continue)
    {
        Decision d;
        d.productId = productId;
        d.option = option;
        d.comment = QStringLiteral("Objectifs atteints.");
        return d;
    }
};

} // namespace Comite::Test
