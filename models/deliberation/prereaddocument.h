#pragma once
// The pre-read of a product's committee (« dossier de préparation »), sent
// one week before it: the review of the last six months, the objectives
// and needs for the next six, the budget and the preparation checklist.
// A text-searchable A4 PDF (QPdfWriter + QTextDocument) with the product
// and page numbers in the footer. Needs a QGuiApplication (fonts).

#include "storage/roadmapdossier.h"

#include <QCoreApplication>

namespace Comite {

class PrereadDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrereadDocument)
public:
    explicit PrereadDocument(const RoadmapDossier &dossier) : m_d(dossier) {}

    QString html() const;
    // Writes the PDF; false with a message naming the file when it cannot.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // "preread-velo-pour-tous-2026-12-15.pdf"
    QString suggestedFileName() const;

private:
    QString title() const;
    QString reviewSection() const;
    QString objectivesSection(const Roadmap *next) const;
    QString needsSection(const Roadmap *next) const;
    QString budgetSection() const;
    QString checklistSection() const;

    const RoadmapDossier &m_d;
};

} // namespace Comite
