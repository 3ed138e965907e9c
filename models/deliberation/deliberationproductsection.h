#pragma once
// The part of a written deliberation about one product: title, phase and
// pitch; indicators at a glance (impact-matrix table, North Star chart);
// the previous roadmap's attainment; the team's request; the arbitration
// grid; the decision with its objectives, blockers, conditions and action
// items; the next committee.

#include "deliberationdata.h"
#include "deliberationdocument.h"

#include <QCoreApplication>

namespace Comite {

class DeliberationProductSection
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationProductSection)
public:
    DeliberationProductSection(DeliberationDocument &doc, const Session &session, DeliberationSections omitted)
        : m_doc(doc), m_session(session), m_omitted(omitted)
    {
    }
    void write(const DeliberationProduct &product, int number);

private:
    void indicators(const DeliberationProduct &p);
    QString teamTime(const TeamMember &member) const;
    void reviewedRoadmap(const DeliberationProduct &p);
    void request(const DeliberationProduct &p);
    void grid(const DeliberationProduct &p);
    void decision(const DeliberationProduct &p);
    QString number(std::optional<double> value) const;

    DeliberationDocument &m_doc;
    const Session &m_session;
    DeliberationSections m_omitted;
};

} // namespace Comite
