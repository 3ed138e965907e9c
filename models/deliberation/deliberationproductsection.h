#pragma once
// The part of a written deliberation about one product: title, phase and
// pitch; indicators at a glance (impact-matrix table, North Star chart);
// the previous roadmap's attainment; the roadmap for the next period as
// approved (priorities, expected results and targets, hypotheses, success
// criteria, support needs, team) and the committee's opinion on it; the
// means granted against those requested, by line and period; the spending
// since the previous committee; the arbitration grid (each question, each
// voting member's score and comment, mean and range); the decision with
// its blockers, conditions and action items; the next committee.

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
    void roadmapContent(const Roadmap &r);
    void opinion(const DeliberationProduct &p);
    void means(const DeliberationProduct &p);
    void spending(const DeliberationProduct &p);
    QString difference(qint64 euros) const;
    void grid(const DeliberationProduct &p);
    void decision(const DeliberationProduct &p);
    QString number(std::optional<double> value) const;

    DeliberationDocument &m_doc;
    const Session &m_session;
    DeliberationSections m_omitted;
};

} // namespace Comite
