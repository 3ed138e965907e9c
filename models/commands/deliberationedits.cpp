#include "deliberationedits.h"

#include "deliberationcommands.h"
#include "editsupport.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationsnapshot.h"
#include "storage/deliberationrepository.h"

#include <QCoreApplication>

namespace Comite::Edit {

using namespace EditSupport;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};
} // namespace

namespace {
// Makes the version in force final; approved by the chair when
// `approvedBy` is not null (then the version must be submitted).
bool finalise(Workspace &ws, qint64 sessionId, QString *error, const DeliberationFreezer &freeze, const QString &approvedBy)
{
    try {
        auto data = DeliberationData::load(ws, sessionId);
        if (!data)
            return refuse(error, Tr::tr("Session %1 does not exist.").arg(sessionId));
        if (data->session.status != SessionStatus::Held)
            return refuse(error, Tr::tr("Close the session before marking its deliberation final."));
        const DeliberationVersion before = data->version;
        if (before.isFinal())
            return refuse(error, Tr::tr("The deliberation is already final (version %1).").arg(before.number));
        const Participant *chair = data->chair();
        if (!approvedBy.isNull()) {
            if (const QString problem = DeliberationRules::approveProblem(before, approvedBy, chair ? chair->name : QString());
                !problem.isEmpty())
                return refuse(error, problem);
        }
        DeliberationVersion after = before;
        after.status = DeliberationStatus::Final;
        if (!after.createdOn.isValid())
            after.createdOn = ws.today();
        after.finalisedOn = ws.today();
        const Participant *secretary = data->secretary();
        after.finalisedBy = secretary ? secretary->name : QString();
        if (!approvedBy.isNull()) {
            after.approvedOn = ws.today();
            // The chair's name as listed, whatever the case it was typed in.
            after.approvedBy = chair ? chair->name : approvedBy.trimmed();
        }
        data->version = after;
        if (!data->versions.isEmpty())
            data->versions.last() = after;
        else
            data->versions << after;
        if (freeze) {
            after.content = freeze(*data);
        } else {
            const DeliberationBuilder builder(*data);
            after.content = DeliberationSnapshot::freeze({builder.record(), builder.procurementNotice()});
        }
        const std::optional<DeliberationVersion> stored = before.id > 0 ? std::optional(before) : std::nullopt;
        const QString text = approvedBy.isNull()
                                 ? Tr::tr("Mark the deliberation of “%1” final").arg(data->session.displayTitle())
                                 : Tr::tr("Approve the deliberation of “%1”").arg(data->session.displayTitle());
        return push(ws, new SetDeliberationVersion(ws, text, stored, after), error);
    } catch (const StorageError &e) {
        return refuse(error, e.message());
    }
}
} // namespace

bool markDeliberationFinal(Workspace &ws, qint64 sessionId, QString *error, const DeliberationFreezer &freeze)
{
    return finalise(ws, sessionId, error, freeze, QString());
}

bool approveDeliberation(Workspace &ws, qint64 sessionId, const QString &by, QString *error, const DeliberationFreezer &freeze)
{
    // Never a null string: a null `approvedBy` means no approval.
    return finalise(ws, sessionId, error, freeze, by.isNull() ? QStringLiteral("") : by);
}

bool submitDeliberation(Workspace &ws, qint64 sessionId, const QString &by, QString *error)
{
    try {
        auto data = DeliberationData::load(ws, sessionId);
        if (!data)
            return refuse(error, Tr::tr("Session %1 does not exist.").arg(sessionId));
        if (data->session.status != SessionStatus::Held)
            return refuse(error, Tr::tr("Close the session before submitting its deliberation to the chair."));
        const DeliberationVersion before = data->version;
        if (const QString problem = DeliberationRules::submitProblem(before); !problem.isEmpty())
            return refuse(error, problem);
        DeliberationVersion after = before;
        if (!after.createdOn.isValid())
            after.createdOn = ws.today();
        after.submittedOn = ws.today();
        const Participant *secretary = data->secretary();
        after.submittedBy = !by.trimmed().isEmpty() ? by.trimmed() : (secretary ? secretary->name : QString());
        const std::optional<DeliberationVersion> stored = before.id > 0 ? std::optional(before) : std::nullopt;
        return push(ws,
                    new SetDeliberationVersion(ws, Tr::tr("Submit the deliberation of “%1” to the chair").arg(data->session.displayTitle()),
                                               stored, after),
                    error);
    } catch (const StorageError &e) {
        return refuse(error, e.message());
    }
}

bool correctDeliberation(Workspace &ws, qint64 sessionId, const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty())
        return refuse(error, Tr::tr("Say why the deliberation is corrected."));
    try {
        const auto session = ws.sessions().load(sessionId);
        if (!session)
            return refuse(error, Tr::tr("Session %1 does not exist.").arg(sessionId));
        const DeliberationVersion current = DeliberationRepository(ws.database()).current(sessionId);
        if (!current.isFinal())
            return refuse(error, Tr::tr("The deliberation is still a draft (version %1): edit it, then mark it final.")
                                     .arg(current.number));
        DeliberationVersion next;
        next.sessionId = sessionId;
        next.number = current.number + 1;
        next.reason = reason.trimmed();
        next.createdOn = ws.today();
        return push(ws,
                    new SetDeliberationVersion(ws, Tr::tr("Correct the deliberation of “%1” (version %2)")
                                                       .arg(session->displayTitle())
                                                       .arg(next.number),
                                               std::nullopt, next),
                    error);
    } catch (const StorageError &e) {
        return refuse(error, e.message());
    }
}

} // namespace Comite::Edit
