#pragma once
// Writes YAML the way the beta.gouv.fr site files are written (two-space
// indented lists, plain scalars when safe, single quotes otherwise, `|-`
// blocks for several lines) and replaces one top-level key of a front
// matter textually, leaving every other byte of the file as it was —
// yaml-cpp's emitter would reorder and re-quote the whole file.

#include "betagouvrecords.h"

namespace Comite {

class BetagouvYamlWriter
{
public:
    // `key: value` for a value at `indent` spaces (the key's column).
    static QByteArray keyValue(int indent, QByteArrayView key, const QString &value, QByteArrayView lineEnd = "\n");
    // The value as a one-line scalar, or empty when it needs a block.
    static QByteArray inlineScalar(const QString &value);

    // One item of the `phases:` or `events:` list, its dash at `indent`.
    static QByteArray phaseItem(const PhaseRecord &phase, int indent = 2, QByteArrayView lineEnd = "\n");
    static QByteArray eventItem(const BetagouvEvent &event, int indent = 2, QByteArrayView lineEnd = "\n");
    // `key:` and its list items, or nothing for no items.
    static QByteArray listBlock(QByteArrayView key, const QList<QByteArray> &items, QByteArrayView lineEnd = "\n");
    // The `phases:` and `events:` blocks, or nothing for an empty list.
    static QByteArray phasesBlock(const QList<PhaseRecord> &phases, QByteArrayView lineEnd = "\n");
    static QByteArray eventsBlock(const QList<BetagouvEvent> &events, QByteArrayView lineEnd = "\n");
    // A list of strings under `key`.
    static QByteArray stringListBlock(QByteArrayView key, const QStringList &items, QByteArrayView lineEnd = "\n");

    // The exact text of each item of the top-level list `key` (line ends
    // included) and the column of its dashes; no items when the key is
    // absent or its value is not a block list.
    struct ListItems {
        int indent = 2;
        QList<QByteArray> items;
    };
    static ListItems listItems(const QByteArray &content, QByteArrayView key);

    // The file with the top-level `key` block of its front matter replaced
    // by `block` (appended at the end of the front matter when the key is
    // absent, removed when `block` is empty). The file must have a front
    // matter.
    static QByteArray replaceBlock(const QByteArray &content, QByteArrayView key, const QByteArray &block);
};

} // namespace Comite
