#pragma once
// Exports a session's written deliberation, its procurement notice or a
// product's committee history to a file: reads the data (models/io),
// draws the North Star charts with Qt Charts, builds the document and
// writes it. Shared by the sessions window and `comite export-deliberation`
// / `comite export-history`; works offscreen.

#include "domain/deliberation.h"
#include "deliberation/deliberationdata.h"
#include "deliberation/deliberationdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace Comite {

class Workspace;

class DeliberationExport
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationExport)
public:
    struct Options {
        DeliberationFormat format = DeliberationFormat::Pdf;
        DeliberationSections omitted;
        bool procurement = false;  // the one-page notice instead of the deliberation
        QLocale locale;
    };

    // The chart as it goes into documents (about 16:8, light).
    static QImage chartImage(const TimeChart &chart);
    static void drawCharts(DeliberationData &data);
    // The document of the session as exported with `options` (charts drawn):
    // a final version from its frozen record, a draft from today's data as
    // of the session date. None with a message when the session does not
    // exist, was not held, or (procurement notice) is not final yet.
    // Throws StorageError.
    static std::optional<DeliberationDocument> sessionDocument(Workspace &ws, qint64 sessionId, const Options &options,
                                                               QString *error = nullptr);
    // The record a final version keeps (deliberationsnapshot.h), charts drawn.
    static QString freeze(DeliberationData &data, const QLocale &locale = QLocale());
    // False with a translated message (storage errors included).
    static bool exportSession(Workspace &ws, qint64 sessionId, const QString &path, const Options &options,
                              QString *error = nullptr);
    static bool exportHistory(Workspace &ws, qint64 productId, const QString &path, DeliberationFormat format,
                              const QLocale &locale = QLocale(), QString *error = nullptr);
};

} // namespace Comite
