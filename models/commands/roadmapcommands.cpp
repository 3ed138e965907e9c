#include "roadmapcommands.h"

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

ChangeRoadmap::ChangeRoadmap(Workspace &ws, const QString &text, std::optional<Roadmap> before, std::optional<Roadmap> after,
                             QString mergeKey)
    : WorkspaceCommand(ws, text), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{
    m_keys = wantedTargets(m_before, m_after).keys();
    for (const TargetKey &k : releasedTargets(m_before, m_after)) {
        if (!m_keys.contains(k))
            m_keys << k;
    }
}

qint64 ChangeRoadmap::roadmapId() const
{
    return m_after ? m_after->id : m_before ? m_before->id : 0;
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
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const std::optional<IndicatorTarget> &current = now.value(it.key());
        if (current && (!it.value() || current->id != it.value()->id))
            m_workspace.indicators().removeTarget(current->id);
        if (it.value()) {
            if (current && current->id == it.value()->id)
                m_workspace.indicators().update(*it.value());
            else
                m_workspace.indicators().insert(*it.value());
        }
    }
}

void ChangeRoadmap::writeRoadmap(const std::optional<Roadmap> &from, std::optional<Roadmap> &to)
{
    if (to)
        to = m_workspace.roadmaps().save(*to);
    else if (from)
        m_workspace.roadmaps().remove(from->id);
}

void ChangeRoadmap::redo()
{
    write([&] {
        if (m_done) {
            writeRoadmap(m_before, m_after);
            restoreTargets(m_targetsAfter);
            return;
        }
        m_targetsBefore = readTargets();
        writeRoadmap(m_before, m_after);
        // The roadmap's targets: those it let go go too, unless someone
        // changed them since; those it sets are added or updated.
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
    });
    if (succeeded())
        m_done = true;
    notify();
}

void ChangeRoadmap::undo()
{
    write([&] {
        std::optional<Roadmap> before = m_before;
        writeRoadmap(m_after, before);
        restoreTargets(m_targetsBefore);
    });
    notify();
}

void ChangeRoadmap::notify()
{
    const qint64 productId = m_after ? m_after->productId : m_before ? m_before->productId : 0;
    if (!m_keys.isEmpty())
        m_workspace.notifyIndicatorChanged(productId, m_keys.size() == 1 ? m_keys.first().first : 0);
    m_workspace.notifyProductChanged(productId, ProductChange::Roadmaps);
}

bool ChangeRoadmap::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeRoadmap *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || !m_before || !m_after || !o->m_after
        || o->roadmapId() != roadmapId() || !m_keys.isEmpty() || !o->m_keys.isEmpty() || !o->succeeded())
        return false;
    m_after = o->m_after;
    setObsolete(*m_after == *m_before);
    return true;
}

} // namespace Comite
