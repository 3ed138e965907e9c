#pragma once
// Undo commands for the reference records products point to: organisations
// and incubators, each a ChangeRecord (add, edit one field or several,
// remove) with its RecordStore.

#include "changerecord.h"

namespace Comite {

template<>
struct RecordStore<Organisation> {
    enum Part : quint32 { Slug = 0x1, Name = 0x2, Acronym = 0x4, Kind = 0x8 };
    static const QList<RecordPart<Organisation>> &parts();
    static std::optional<Organisation> load(Workspace &ws, qint64 id);
    static Organisation insert(Workspace &ws, Organisation record);
    static void update(Workspace &ws, const Organisation &record) { ws.organisations().update(record); }
    static void remove(Workspace &ws, qint64 id) { ws.organisations().removeOrganisation(id); }
    static QString name(const Organisation &record);
    static void notify(Workspace &ws, const Organisation &, quint32) { ws.notifyReferencesChanged(); }
};

template<>
struct RecordStore<Incubator> {
    enum Part : quint32 { Slug = 0x1, Name = 0x2, Owner = 0x4, YearlyBudget = 0x8 };
    static const QList<RecordPart<Incubator>> &parts();
    static std::optional<Incubator> load(Workspace &ws, qint64 id);
    static Incubator insert(Workspace &ws, Incubator record);
    static void update(Workspace &ws, const Incubator &record) { ws.organisations().update(record); }
    static void remove(Workspace &ws, qint64 id) { ws.organisations().removeIncubator(id); }
    static QString name(const Incubator &record);
    static void notify(Workspace &ws, const Incubator &, quint32) { ws.notifyReferencesChanged(); }
};

using ChangeOrganisation = ChangeRecord<Organisation>;
using ChangeIncubator = ChangeRecord<Incubator>;

} // namespace Comite
