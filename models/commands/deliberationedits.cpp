#include "deliberationedits.h"

#include "deliberationcommands.h"
#include "editsupport.h"
#include "deliberation/deliberationbuilder.h"
#include "deliberation/deliberationsnapshot.h"
#include "storage/deliberationrepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace Comite::Edit {

using EditSupport::pushed;
using EditSupport::refusal;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

Result<DeliberationData> loadData(Workspace &ws, qint64 sessionId)
{
    const Result<std::optional<DeliberationData>> data = attempt([&] { return DeliberationData::load(ws, sessionId); });
    if (!data)
        return data.error();
    if (!data.value())
        return refusal(Tr::tr("Session %1 does not exist.").arg(sessionId));
    return *data.value();
}

// Makes the version in force final; approved by the chair when
// `approvedBy` is not null (then the version must be submitted).
Result<void> finalise(Workspace &ws, qint64 sessionId, const DeliberationFreezer &freeze, const QString &approvedBy)
{
    Result<DeliberationData> loaded = loadData(ws, sessionId);
    if (!loaded)
        return loaded.error();
    DeliberationData &data = loaded.value();
    if (data.session.status != SessionStatus::Held)
        return refusal(Tr::tr("Close the session before marking its deliberation final."));
    const DeliberationVersion before = data.version;
    if (before.isFinal())
        return refusal(Tr::tr("The deliberation is already final (version %1).").arg(before.number));
    const Participant *chair = data.chair();
    if (!approvedBy.isNull()) {
        if (const QString problem = DeliberationRules::approveProblem(before, approvedBy, chair ? chair->name : QString());
            !problem.isEmpty())
            return refusal(problem);
    }
    DeliberationVersion after = before;
    after.status = DeliberationStatus::Final;
    if (!after.createdOn.isValid())
        after.createdOn = ws.today();
    after.finalisedOn = ws.today();
    const Participant *secretary = data.secretary();
    after.finalisedBy = secretary ? secretary->name : QString();
    if (!approvedBy.isNull()) {
        after.approvedOn = ws.today();
        // The chair's name as listed, whatever the case it was typed in.
        after.approvedBy = chair ? chair->name : approvedBy.trimmed();
    }
    data.version = after;
    if (!data.versions.isEmpty())
        data.versions.last() = after;
    else
        data.versions << after;
    const Result<QString> content = attempt([&] {
        if (freeze)
            return freeze(data);
        const DeliberationBuilder builder(data);
        return DeliberationSnapshot::freeze({builder.record(), builder.procurementNotice()});
    });
    if (!content)
        return content.error();
    after.content = content.value();
    const std::optional<DeliberationVersion> stored = before.id > 0 ? std::optional(before) : std::nullopt;
    const QString text = approvedBy.isNull()
                             ? Tr::tr("Mark the deliberation of “%1” final").arg(data.session.displayTitle())
                             : Tr::tr("Approve the deliberation of “%1”").arg(data.session.displayTitle());
    return pushed(ws, new SetDeliberationVersion(ws, text, stored, after));
}
} // namespace

Result<void> markDeliberationFinal(Workspace &ws, qint64 sessionId, const DeliberationFreezer &freeze)
{
    return finalise(ws, sessionId, freeze, QString());
}

Result<void> approveDeliberation(Workspace &ws, qint64 sessionId, const QString &by, const DeliberationFreezer &freeze)
{
    // Never a null string: a null `approvedBy` means no approval.
    return finalise(ws, sessionId, freeze, by.isNull() ? QStringLiteral("") : by);
}

Result<void> submitDeliberation(Workspace &ws, qint64 sessionId, const QString &by)
{
    const Result<DeliberationData> data = loadData(ws, sessionId);
    if (!data)
        return data.error();
    if (data.value().session.status != SessionStatus::Held)
        return refusal(Tr::tr("Close the session before submitting its deliberation to the chair."));
    const DeliberationVersion before = data.value().version;
    if (const QString problem = DeliberationRules::submitProblem(before); !problem.isEmpty())
        return refusal(problem);
    DeliberationVersion after = before;
    if (!after.createdOn.isValid())
        after.createdOn = ws.today();
    after.submittedOn = ws.today();
    const Participant *secretary = data.value().secretary();
    after.submittedBy = !by.trimmed().isEmpty() ? by.trimmed() : (secretary ? secretary->name : QString());
    const std::optional<DeliberationVersion> stored = before.id > 0 ? std::optional(before) : std::nullopt;
    const QString text = Tr::tr("Submit the deliberation of “%1” to the chair").arg(data.value().session.displayTitle());
    return pushed(ws, new SetDeliberationVersion(ws, text, stored, after));
}

Result<void> correctDeliberation(Workspace &ws, qint64 sessionId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return refusal(Tr::tr("Say why the deliberation is corrected."));
    const Result<std::optional<Session>> session = attempt([&] { return ws.sessions().load(sessionId); });
    if (!session)
        return session.error();
    if (!session.value())
        return refusal(Tr::tr("Session %1 does not exist.").arg(sessionId));
    const Result<DeliberationVersion> current = attempt([&] { return DeliberationRepository(ws.database()).current(sessionId); });
    if (!current)
        return current.error();
    if (!current.value().isFinal())
        return refusal(Tr::tr("The deliberation is still a draft (version %1): edit it, then mark it final.")
                           .arg(current.value().number));
    DeliberationVersion next;
    next.sessionId = sessionId;
    next.number = current.value().number + 1;
    next.reason = reason.trimmed();
    next.createdOn = ws.today();
    const QString text = Tr::tr("Correct the deliberation of “%1” (version %2)")
                             .arg(session.value()->displayTitle())
                             .arg(next.number);
    return pushed(ws, new SetDeliberationVersion(ws, text, std::nullopt, next));
}

} // namespace Comite::Edit
