#pragma once
// The frozen record of a final deliberation: the documents (the
// deliberation and the procurement notice, every optional section and
// chart included) as they read when the version became final, stored as
// JSON in the version's content. A final version is exported from it, so
// later measurements, envelopes or roadmap edits never change the record:
// Markdown, HTML and ODT come out byte for byte the same, the PDF with the
// same text.

#include "deliberationdocument.h"

#include <QJsonObject>
#include <optional>

namespace Comite::DeliberationSnapshot {

struct Frozen {
    DeliberationDocument deliberation;
    DeliberationDocument procurement;
};

QString freeze(const Frozen &frozen);
// None when `content` is not a snapshot (versions made final before the
// record was frozen hold Markdown): the caller builds the document anew.
std::optional<Frozen> thaw(const QString &content);

QJsonObject toJson(const DeliberationDocument &doc);
DeliberationDocument fromJson(const QJsonObject &json);

} // namespace Comite::DeliberationSnapshot
