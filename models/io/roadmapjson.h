#pragma once
// The roadmap and budget part of `product SLUG --json`: "roadmaps",
// "envelopes", "spending", "envelope_exhaustion", "burn_rate" and
// "preparation". Key names and types are a contract: extend, never rename.

#include <QJsonObject>

namespace Comite {

class Workspace;
struct Roadmap;
struct RoadmapDossier;

namespace RoadmapJson {
// Adds the keys to a product's JSON object.
void addProductKeys(Workspace &ws, qint64 productId, QJsonObject &product);
void addProductKeys(const RoadmapDossier &dossier, QJsonObject &product);
QJsonObject roadmap(const RoadmapDossier &dossier, const Roadmap &roadmap);
}

} // namespace Comite
