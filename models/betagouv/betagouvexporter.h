#pragma once
// Writes the portfolio back as beta.gouv.fr files, ready for a pull request
// on the site repository. A product whose phases and events did not change
// in Comité since its import is written byte for byte as it was read; a
// changed one gets only its `phases` and/or `events` blocks rewritten from
// Comité (a committee held in Comité becomes a `committee` event with a
// one-line comment), every other key, value and the body staying as read.
// Records created in Comité get a new file in the site's style.

#include "betagouvrecords.h"

namespace Comite {

class Database;

struct BetagouvExportedFile {
    enum class State { AsImported, Rewritten, New };
    QString path;  // relative to the export folder
    QByteArray content;
    State state = State::AsImported;
    QStringList rewrittenKeys;  // "phases", "events" for a rewritten file
};

struct BetagouvExportReport {
    QString folder;
    QString error;
    QList<BetagouvExportedFile> files;  // without their content once written
    int count(BetagouvExportedFile::State state) const;
    int exitCode() const { return error.isEmpty() ? 0 : 1; }
    QString text() const;
};

class BetagouvExporter
{
public:
    explicit BetagouvExporter(Database &db) : m_db(db) {}

    BetagouvExportedFile product(qint64 productId) const;
    BetagouvExportedFile incubator(qint64 incubatorId) const;
    BetagouvExportedFile organisation(qint64 organisationId) const;

    // Whether the product's phases or events differ from its imported file;
    // nothing when it was not imported.
    struct Status {
        QString path;
        bool changed = false;
    };
    std::optional<Status> status(qint64 productId) const;

    // The product's events as the site would list them: its timeline and
    // every held committee.
    QList<BetagouvEvent> events(qint64 productId) const;

    // Writes every product, incubator and organisation (or only the product
    // `productSlug`) under `folder`, in the layout they were read from.
    BetagouvExportReport exportTo(const QString &folder, const QString &productSlug = {}) const;

private:
    bool siteLayout() const;
    // "the product “x”" for messages: `pattern` with the record's slug.
    QString recordName(const char *table, const QString &pattern, qint64 id) const;
    QString newPath(BetagouvKind kind, const QString &slug) const;
    BetagouvExportedFile newProduct(qint64 productId) const;

    Database &m_db;
};

} // namespace Comite
