#pragma once
// What the programme report (issue 18, item 3) reads from a portfolio: each
// product's phase history, the held committees, and the six-month roadmaps
// whose period is over with the indicators their results are measured on.
// Filled by storage/programmefactsreader; computed by ProgrammeReport.

#include "domain/indicatorseries.h"
#include "domain/product.h"
#include "domain/roadmap.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Comite {

struct ProgrammeProduct {
    qint64 id = 0;
    QString slug;
    QString title;
    QList<PhaseRecord> phases;  // in stored order
    QList<QDate> committees;    // the held committees it went through
};

struct ProgrammeFacts {
    QString scope;                     // the incubator's name, empty: the whole portfolio
    QList<ProgrammeProduct> products;
    QList<Roadmap> roadmaps;           // periods over, with their priorities and results
    QHash<qint64, IndicatorSeries> indicators;  // the results' indicators (direction, measurements)
};

} // namespace Comite
