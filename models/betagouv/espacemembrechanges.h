#pragma once
// What Comité recorded since a date that the member space must be told,
// since a file Comité writes cannot be proposed to the site (the member
// space writes the files): per product, the committees held in Comité
// (date, decision, comment), the phase changes not in the last imported
// file, the new budget envelopes, and the committee documents to upload
// named the way the member space files them (« Document de comité »).
// Written as Markdown, HTML or PDF for the person who retypes it.

#include "domain/decisionoption.h"
#include "domain/product.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Comite {

class Database;

struct EspaceMembreChanges {
    struct Committee {
        qint64 sessionId = 0;
        QDate date;
        DecisionOption decision = DecisionOption::Recorded;
        QString comment;
    };
    struct Envelope {
        QString source;
        qint64 amount = 0;
        QString label;
        QDate start;
        QDate end;
    };
    // A file to upload as a « Document de comité ».
    struct Document {
        QDate committee;
        QString covers;    // what it covers, as the member space lists it
        QString fileName;  // suggested name
        QString command;   // the comite command that writes it
    };
    struct Product {
        QString slug;
        QString title;
        QList<Committee> committees;
        QList<PhaseRecord> phases;  // started on or after the date, not in the imported file
        QList<Envelope> envelopes;
        QList<Document> documents;
        bool isEmpty() const { return committees.isEmpty() && phases.isEmpty() && envelopes.isEmpty(); }
    };

    QDate since;
    QList<Product> products;  // only those with something to tell, by title

    static EspaceMembreChanges collect(Database &db, QDate since);

    QString markdown() const;
    // For scripts (`export-changes --json`): since, and per product its
    // committees, phases, envelopes and documents, dates in ISO 8601.
    QJsonObject json() const;
    QString html() const;
    // Writes FILE.md, FILE.html or FILE.pdf (by extension), atomically; PDF
    // needs a QGuiApplication. False with `error` set when it cannot.
    bool write(const QString &path, QString *error) const;
};

} // namespace Comite
