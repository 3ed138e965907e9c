#pragma once
// Undo command for roadmaps: adds, edits or removes one roadmap whole
// (before → after), and keeps the indicator targets of its quantified
// expected results in step. Consecutive edits of the same text of the same
// roadmap merge into one step.

#include "workspacecommand.h"

#include "domain/indicator.h"
#include "domain/roadmap.h"

namespace Comite {

class ChangeRoadmap : public WorkspaceCommand
{
public:
    // `before` null: adds `after`; `after` null: removes `before`.
    // `mergeKey` names the field a text edit changed (empty: no merging).
    ChangeRoadmap(Workspace &ws, const QString &text, std::optional<Roadmap> before, std::optional<Roadmap> after,
                  QString mergeKey = {});
    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::ChangeRoadmap); }
    bool mergeWith(const QUndoCommand *other) override;

    qint64 roadmapId() const;

    // An indicator target a quantified result sets: indicator and day.
    using TargetKey = QPair<qint64, QDate>;
    // The targets the edit sets (changed or new quantified results) and
    // those it lets go (results removed or no longer on that key).
    static QMap<TargetKey, double> wantedTargets(const std::optional<Roadmap> &before, const std::optional<Roadmap> &after);
    static QList<TargetKey> releasedTargets(const std::optional<Roadmap> &before, const std::optional<Roadmap> &after);

private:
    using TargetState = QMap<TargetKey, std::optional<IndicatorTarget>>;
    TargetState readTargets() const;
    void restoreTargets(const TargetState &state);
    void writeRoadmap(const std::optional<Roadmap> &from, std::optional<Roadmap> &to);
    void notify();

    std::optional<Roadmap> m_before;
    std::optional<Roadmap> m_after;
    QString m_mergeKey;
    QList<TargetKey> m_keys;
    TargetState m_targetsBefore;
    TargetState m_targetsAfter;
    bool m_done = false;
};

} // namespace Comite
