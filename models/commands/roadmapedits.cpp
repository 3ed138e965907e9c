#include "roadmapedits.h"

#include "roadmapcommands.h"
#include "editsupport.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace Comite::Edit {

using EditSupport::pushed;
using EditSupport::refusal;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};
} // namespace

QStringList roadmapProblems(Workspace &ws, const Roadmap &roadmap)
{
    QStringList problems = RoadmapRules::problems(roadmap, ws.roadmaps().forProduct(roadmap.productId));
    QList<qint64> indicators;
    for (const Indicator &i : ws.indicators().forProduct(roadmap.productId))
        indicators << i.id;
    for (const ExpectedResult &e : roadmap.results()) {
        if (e.indicatorId > 0 && !indicators.contains(e.indicatorId))
            problems << Tr::tr("The result “%1” is tied to an indicator of another product.").arg(e.text);
    }
    if (roadmap.sessionId > 0) {
        if (!ws.sessions().exists(roadmap.sessionId))
            problems << Tr::tr("The committee session that approved the roadmap no longer exists.");
    }
    problems.removeDuplicates();
    return problems;
}

Result<qint64> addRoadmap(Workspace &ws, const Roadmap &roadmap)
{
    const Result<QStringList> problems = attempt([&] {
        if (!ws.products().load(roadmap.productId))
            return QStringList{Tr::tr("This product no longer exists.")};
        return roadmapProblems(ws, roadmap);
    });
    if (!problems)
        return problems.error();
    if (!problems.value().isEmpty())
        return refusal(problems.value().join(QLatin1Char('\n')));
    Roadmap fresh = roadmap;
    fresh.id = 0;
    auto *command = new ChangeRoadmap(ws, Tr::tr("Add a roadmap"), std::nullopt, fresh);
    if (const Result<void> r = pushed(ws, command); !r)
        return r.error();
    return command->roadmapId();
}

Result<qint64> addNextRoadmap(Workspace &ws, qint64 productId, QDate start)
{
    const Result<QList<Roadmap>> existing = attempt([&] { return ws.roadmaps().forProduct(productId); });
    if (!existing)
        return existing.error();
    const QList<Roadmap> &roadmaps = existing.value();
    const Roadmap next = roadmaps.isEmpty() ? RoadmapRules::blank(productId, start)
                                            : RoadmapRules::following(roadmaps.last(), roadmaps.last().end.addDays(1));
    return addRoadmap(ws, next);
}

Result<void> saveRoadmap(Workspace &ws, const Roadmap &roadmap, const QString &text, const QString &mergeKey)
{
    std::optional<Roadmap> before;
    QStringList problems;
    const Result<void> read = attempt([&] {
        before = ws.roadmaps().load(roadmap.id);
        if (before)
            problems = roadmapProblems(ws, roadmap);
    });
    if (!read)
        return read;
    if (!before)
        return refusal(Tr::tr("This roadmap no longer exists."));
    if (before->productId != roadmap.productId)
        return refusal(Tr::tr("A roadmap cannot move to another product."));
    if (!problems.isEmpty())
        return refusal(problems.join(QLatin1Char('\n')));
    Roadmap after = roadmap;
    after.standards.clear();
    for (const QString &key : Standards::keys())
        after.standards << roadmap.standard(key);
    if (after == *before)
        return success();
    return pushed(ws, new ChangeRoadmap(ws, text, before, after, mergeKey));
}

Result<void> saveRoadmapParts(Workspace &ws, const Roadmap &roadmap, RoadmapParts parts, const QString &text,
                              const QString &mergeKey)
{
    const Result<std::optional<Roadmap>> stored = attempt([&] { return ws.roadmaps().load(roadmap.id); });
    if (!stored)
        return stored.error();
    if (!stored.value())
        return refusal(Tr::tr("This roadmap no longer exists."));
    Roadmap next = *stored.value();
    copyParts(next, roadmap, parts.toInt());
    return saveRoadmap(ws, next, text, mergeKey);
}

std::optional<Roadmap> reloadRoadmapParts(Workspace &ws, const Roadmap &shown, RoadmapParts parts)
{
    const std::optional<Roadmap> fresh = ws.roadmaps().load(shown.id, parts);
    if (!fresh)
        return std::nullopt;
    Roadmap next = shown;
    const RoadmapParts ownRow = RoadmapPart::Period | RoadmapPart::Approval | RoadmapPart::Vision | RoadmapPart::Review;
    copyParts(next, *fresh, (parts | ownRow).toInt());
    return next;
}

Result<void> removeRoadmap(Workspace &ws, qint64 roadmapId)
{
    const Result<std::optional<Roadmap>> before = attempt([&] { return ws.roadmaps().load(roadmapId); });
    if (!before)
        return before.error();
    if (!before.value())
        return refusal(Tr::tr("This roadmap no longer exists."));
    const QString text = Tr::tr("Delete the roadmap from %1").arg(before.value()->start.toString(Qt::ISODate));
    return pushed(ws, new ChangeRoadmap(ws, text, before.value(), std::nullopt));
}

} // namespace Comite::Edit
