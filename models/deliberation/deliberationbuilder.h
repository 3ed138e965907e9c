#pragma once
// Writes the deliberation of a committee session as a format-neutral
// document (deliberationdocument.h): the header (incubator, date, place,
// chair, secretary, participants), one part per product
// (deliberationproductsection.h), the agenda with planned and actual
// durations, the secretary's notes, the corrections and the closing line;
// and the one-page notice for the procurement office.

#include "deliberationdata.h"
#include "deliberationdocument.h"

#include <QCoreApplication>

namespace Comite {

class DeliberationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationBuilder)
public:
    DeliberationBuilder(const DeliberationData &data, DeliberationSections omitted = {}, const QLocale &locale = QLocale())
        : m_data(data), m_omitted(omitted), m_locale(locale)
    {
    }

    // The deliberation without the sections `omitted` leaves out.
    DeliberationDocument deliberation() const;
    // Every section, each optional one tagged (DocBlock::onlyWith): what a
    // final version freezes (deliberationsnapshot.h).
    DeliberationDocument record() const;
    DeliberationDocument procurementNotice() const;
    // "14 h", "14 h 30" in French; "2:30 PM"-style short time otherwise.
    static QString clockTime(QTime time, const QLocale &locale);
    // "deliberation-2026-11-24-comite-mobilites"
    static QString suggestedBaseName(const Session &session, bool procurement = false);

private:
    DeliberationDocument start(const QString &title) const;
    void header(DeliberationDocument &doc) const;
    void agenda(DeliberationDocument &doc, bool timings) const;
    void notes(DeliberationDocument &doc) const;
    void corrections(DeliberationDocument &doc) const;
    void closing(DeliberationDocument &doc) const;
    QString minutes(int minutes) const;

    const DeliberationData &m_data;
    DeliberationSections m_omitted;
    QLocale m_locale;
};

} // namespace Comite
