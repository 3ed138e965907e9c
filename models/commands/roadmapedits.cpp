#include "roadmapedits.h"

#include "roadmapcommands.h"
#include "editsupport.h"

#include <QCoreApplication>

namespace Comite::Edit {

using namespace EditSupport;

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

qint64 addRoadmap(Workspace &ws, const Roadmap &roadmap, QString *error)
{
    QStringList problems;
    if (!guarded(error, [&] {
            if (!ws.products().load(roadmap.productId))
                problems << Tr::tr("This product no longer exists.");
            else
                problems = roadmapProblems(ws, roadmap);
        }))
        return 0;
    if (!problems.isEmpty()) {
        refuse(error, problems.join(QLatin1Char('\n')));
        return 0;
    }
    Roadmap fresh = roadmap;
    fresh.id = 0;
    auto *command = new ChangeRoadmap(ws, Tr::tr("Add a roadmap"), std::nullopt, fresh);
    if (!push(ws, command, error))
        return 0;
    return command->roadmapId();
}

qint64 addNextRoadmap(Workspace &ws, qint64 productId, QDate start, QString *error)
{
    QList<Roadmap> existing;
    if (!guarded(error, [&] { existing = ws.roadmaps().forProduct(productId); }))
        return 0;
    const Roadmap next = existing.isEmpty() ? RoadmapRules::blank(productId, start)
                                            : RoadmapRules::following(existing.last(), existing.last().end.addDays(1));
    return addRoadmap(ws, next, error);
}

bool saveRoadmap(Workspace &ws, const Roadmap &roadmap, const QString &text, QString *error, const QString &mergeKey)
{
    std::optional<Roadmap> before;
    QStringList problems;
    if (!guarded(error, [&] {
            before = ws.roadmaps().load(roadmap.id);
            if (before)
                problems = roadmapProblems(ws, roadmap);
        }))
        return false;
    if (!before)
        return refuse(error, Tr::tr("This roadmap no longer exists."));
    if (before->productId != roadmap.productId)
        return refuse(error, Tr::tr("A roadmap cannot move to another product."));
    if (!problems.isEmpty())
        return refuse(error, problems.join(QLatin1Char('\n')));
    Roadmap after = roadmap;
    after.standards.clear();
    for (const QString &key : Standards::keys())
        after.standards << roadmap.standard(key);
    if (after == *before)
        return true;
    return push(ws, new ChangeRoadmap(ws, text, before, after, mergeKey), error);
}

bool saveRoadmapParts(Workspace &ws, const Roadmap &roadmap, RoadmapParts parts, const QString &text, QString *error,
                      const QString &mergeKey)
{
    std::optional<Roadmap> stored;
    if (!guarded(error, [&] { stored = ws.roadmaps().load(roadmap.id); }))
        return false;
    if (!stored)
        return refuse(error, Tr::tr("This roadmap no longer exists."));
    copyParts(*stored, roadmap, parts.toInt());
    return saveRoadmap(ws, *stored, text, error, mergeKey);
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

bool removeRoadmap(Workspace &ws, qint64 roadmapId, QString *error)
{
    std::optional<Roadmap> before;
    if (!guarded(error, [&] { before = ws.roadmaps().load(roadmapId); }))
        return false;
    if (!before)
        return refuse(error, Tr::tr("This roadmap no longer exists."));
    return push(ws, new ChangeRoadmap(ws, Tr::tr("Delete the roadmap from %1").arg(before->start.toString(Qt::ISODate)), before,
                                      std::nullopt),
                error);
}

} // namespace Comite::Edit
