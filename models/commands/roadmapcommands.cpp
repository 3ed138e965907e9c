#include "roadmapcommands.h"

#include <QLocale>

namespace Comite {

namespace {
using TargetKey = ChangeRoadmap::TargetKey;

TargetKey keyOf(const ExpectedResult &e, const Roadmap &r)
{
    return {e.indicatorId, e.targetDate.isValid() ? e.targetDate : r.end};
}

// The indicator targets a roadmap's quantified results stand for.
QMap<TargetKey, double> targetsOf(const std::optional<Roadmap> &r)
{
    QMap<TargetKey, double> targets;
    if (!r)
        return targets;
    for (const RoadmapPriority &p : r->priorities) {
        for (const ExpectedResult &e : p.results) {
            if (e.indicatorId > 0 && e.target)
                targets.insert(keyOf(e, *r), *e.target);
        }
    }
    return targets;
}

std::optional<ExpectedResult> findResult(const std::optional<Roadmap> &r, qint64 id)
{
    if (!r || id <= 0)
        return std::nullopt;
    for (const RoadmapPriority &p : r->priorities) {
        for (const ExpectedResult &e : p.results) {
            if (e.id == id)
                return e;
        }
    }
    return std::nullopt;
}
} // namespace

const QList<RecordPart<Roadmap>> &RecordStore<Roadmap>::parts()
{
    using P = RoadmapPart;
    static const QList<RecordPart<Roadmap>> parts{
        recordPart<Roadmap>(quint32(P::Period), &Roadmap::start, &Roadmap::end),
        recordPart<Roadmap>(quint32(P::Approval), &Roadmap::sessionId),
        recordPart<Roadmap>(quint32(P::Vision), &Roadmap::vision, &Roadmap::targetPopulation, &Roadmap::potentialEstimate),
        recordPart<Roadmap>(quint32(P::Priorities), &Roadmap::priorities),
        recordPart<Roadmap>(quint32(P::Criteria), &Roadmap::hypotheses, &Roadmap::quantitativeCriteria,
                            &Roadmap::qualitativeCriteria),
        recordPart<Roadmap>(quint32(P::Team), &Roadmap::team),
        recordPart<Roadmap>(quint32(P::Budget), &Roadmap::budgetRequest),
        recordPart<Roadmap>(quint32(P::Support), &Roadmap::supportNeeds),
        recordPart<Roadmap>(quint32(P::Blockers), &Roadmap::blockers),
        recordPart<Roadmap>(quint32(P::Standards), &Roadmap::standards),
        recordPart<Roadmap>(quint32(P::Review), &Roadmap::reviewNotes)};
    return parts;
}

QString RecordStore<Roadmap>::name(const Roadmap &record)
{
    return QCoreApplication::translate("ChangeRecord", "the roadmap from %1").arg(QLocale().toString(record.start, QLocale::ShortFormat));
}

void RecordStore<Roadmap>::notify(Workspace &ws, const Roadmap &record, quint32 parts)
{
    ws.notifyRoadmapChanged(record.productId, record.id, RoadmapParts::fromInt(parts));
}

ChangeRoadmap::ChangeRoadmap(Workspace &ws, const QString &text, std::optional<Roadmap> before, std::optional<Roadmap> after,
                             QString mergeKey)
    : ChangeRecord<Roadmap>(ws, text, std::move(before), std::move(after)), m_mergeKey(std::move(mergeKey))
{
    m_keys = wantedTargets(m_before, m_after).keys();
    for (const TargetKey &k : releasedTargets(m_before, m_after)) {
        if (!m_keys.contains(k))
            m_keys << k;
    }
}

QMap<TargetKey, double> ChangeRoadmap::wantedTargets(const std::optional<Roadmap> &before, const std::optional<Roadmap> &after)
{
    QMap<TargetKey, double> wanted;
    if (!after)
        return wanted;
    for (const RoadmapPriority &p : after->priorities) {
        for (const ExpectedResult &e : p.results) {
            if (e.indicatorId <= 0 || !e.target)
                continue;
            const TargetKey key = keyOf(e, *after);
            const auto old = findResult(before, e.id);
            if (!old || old->indicatorId != e.indicatorId || old->target != e.target || keyOf(*old, *before) != key)
                wanted.insert(key, *e.target);
        }
    }
    return wanted;
}

QList<TargetKey> ChangeRoadmap::releasedTargets(const std::optional<Roadmap> &before, const std::optional<Roadmap> &after)
{
    const QMap<TargetKey, double> kept = targetsOf(after);
    QList<TargetKey> released;
    const QMap<TargetKey, double> old = targetsOf(before);
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!kept.contains(it.key()))
            released << it.key();
    }
    return released;
}

ChangeRoadmap::TargetState ChangeRoadmap::readTargets() const
{
    TargetState state;
    for (const TargetKey &key : m_keys) {
        std::optional<IndicatorTarget> found;
        for (const IndicatorTarget &t : m_workspace.indicators().targets(key.first)) {
            if (t.date == key.second)
                found = t;
        }
        state.insert(key, found);
    }
    return state;
}

void ChangeRoadmap::restoreTargets(const TargetState &state)
{
    const TargetState now = readTargets();
    // Removals first: a target coming back may reuse the id of one leaving.
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const std::optional<IndicatorTarget> &current = now.value(it.key());
        if (current && (!it.value() || current->id != it.value()->id))
            m_workspace.indicators().removeTarget(current->id);
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const std::optional<IndicatorTarget> &current = now.value(it.key());
        if (it.value()) {
            if (current && current->id == it.value()->id)
                m_workspace.indicators().update(*it.value());
            else
                m_workspace.indicators().insert(*it.value());
        }
    }
}

void ChangeRoadmap::beforeWrite(bool forward)
{
    if (forward && !m_done)
        m_targetsBefore = readTargets();
}

void ChangeRoadmap::afterWrite(bool forward)
{
    if (!forward)
        restoreTargets(m_targetsBefore);
    else if (m_done)
        restoreTargets(m_targetsAfter);
    else
        setTargets();
}

// The roadmap's targets on its first write: those it let go go too, unless
// someone changed them since; those it sets are added or updated.
void ChangeRoadmap::setTargets()
{
    const QMap<TargetKey, double> oldValues = targetsOf(m_before);
    for (const TargetKey &key : releasedTargets(m_before, m_after)) {
        const auto current = m_targetsBefore.value(key);
        if (current && current->value == oldValues.value(key))
            m_workspace.indicators().removeTarget(current->id);
    }
    const QMap<TargetKey, double> wanted = wantedTargets(m_before, m_after);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (auto current = m_targetsBefore.value(it.key())) {
            current->value = it.value();
            m_workspace.indicators().update(*current);
        } else {
            m_workspace.indicators().insert(IndicatorTarget{0, it.key().first, it.key().second, it.value()});
        }
    }
    m_targetsAfter = readTargets();
}

void ChangeRoadmap::redo()
{
    ChangeRecord<Roadmap>::redo();
    if (succeeded())
        m_done = true;
}

void ChangeRoadmap::notify()
{
    const qint64 productId = m_after ? m_after->productId : m_before ? m_before->productId : 0;
    if (!m_keys.isEmpty())
        m_workspace.notifyIndicatorChanged(productId, m_keys.size() == 1 ? m_keys.first().first : 0);
    ChangeRecord<Roadmap>::notify();
}

bool ChangeRoadmap::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeRoadmap *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || !m_before || !m_after || !o->m_after
        || o->roadmapId() != roadmapId() || !m_keys.isEmpty() || !o->m_keys.isEmpty() || !o->succeeded())
        return false;
    mergeAfter(*o);
    return true;
}

} // namespace Comite
