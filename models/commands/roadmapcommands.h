#pragma once
// Undo command for roadmaps: a ChangeRecord<Roadmap> (add, edit some parts,
// remove) that keeps the indicator targets of its quantified expected
// results in step. Consecutive edits of the same text of the same roadmap
// merge into one step.

#include "changerecord.h"

#include "domain/indicator.h"
#include "domain/roadmap.h"
#include "domain/roadmapparts.h"

namespace Comite {

template<>
struct RecordStore<Roadmap> {
    static const QList<RecordPart<Roadmap>> &parts();
    static std::optional<Roadmap> load(Workspace &ws, qint64 id) { return ws.roadmaps().load(id); }
    static Roadmap insert(Workspace &ws, const Roadmap &record) { return ws.roadmaps().save(record); }
    static void update(Workspace &ws, const Roadmap &record) { ws.roadmaps().save(record); }
    static void remove(Workspace &ws, qint64 id) { ws.roadmaps().remove(id); }
    static QString name(const Roadmap &record);
    static void notify(Workspace &ws, const Roadmap &record, quint32 parts);
};

class ChangeRoadmap : public ChangeRecord<Roadmap>
{
public:
    // `before` null: adds `after`; `after` null: removes `before`.
    // `mergeKey` names the field a text edit changed (empty: no merging).
    ChangeRoadmap(Workspace &ws, const QString &text, std::optional<Roadmap> before, std::optional<Roadmap> after,
                  QString mergeKey = {});
    void redo() override;
    int id() const override { return int(CommandId::ChangeRoadmap); }
    bool mergeWith(const QUndoCommand *other) override;

    qint64 roadmapId() const { return recordId(); }

    // An indicator target a quantified result sets: indicator and day.
    using TargetKey = QPair<qint64, QDate>;
    // The targets the edit sets (changed or new quantified results) and
    // those it lets go (results removed or no longer on that key).
    static QMap<TargetKey, double> wantedTargets(const std::optional<Roadmap> &before, const std::optional<Roadmap> &after);
    static QList<TargetKey> releasedTargets(const std::optional<Roadmap> &before, const std::optional<Roadmap> &after);

protected:
    void beforeWrite(bool forward) override;
    void afterWrite(bool forward) override;
    void notify() override;

private:
    using TargetState = QMap<TargetKey, std::optional<IndicatorTarget>>;
    TargetState readTargets() const;
    void restoreTargets(const TargetState &state);
    void setTargets();

    QString m_mergeKey;
    QList<TargetKey> m_keys;
    TargetState m_targetsBefore;
    TargetState m_targetsAfter;
    bool m_done = false;
};

} // namespace Comite
