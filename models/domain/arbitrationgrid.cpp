#include "arbitrationgrid.h"

#include <QCoreApplication>

namespace Comite {

namespace {
const char *const groupTitles[] = {
    QT_TRANSLATE_NOOP("ArbitrationGrid", "The last 6 months"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "The next 6 months"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Needs"),
};

const char *const questions[] = {
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Is the positioning right?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Is the service usable, useful and used?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Were the impact goals set 6 months ago reached?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Is the current cost per impact known and acceptable?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Are the impact goals relevant?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Is the projected cost per impact acceptable?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Can the priorities reach the goals?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Are the resources coherent with the goals and the potential?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Is the team driven by impact?"),
    QT_TRANSLATE_NOOP("ArbitrationGrid", "Is the team agile, autonomous and staffed to adjust?"),
};

// Questions 1–4, 5–7 and 8–10.
constexpr int groupStart[] = {1, 5, 8, 11};
} // namespace

int ArbitrationGrid::groupOf(int question)
{
    for (int g = 0; g < groupCount; ++g) {
        if (question < groupStart[g + 1])
            return g;
    }
    return groupCount - 1;
}

QList<int> ArbitrationGrid::questionsOf(int group)
{
    QList<int> result;
    for (int q = groupStart[group]; q < groupStart[group + 1]; ++q)
        result << q;
    return result;
}

QString ArbitrationGrid::groupTitle(int group)
{
    return QCoreApplication::translate("ArbitrationGrid", groupTitles[group]);
}

QString ArbitrationGrid::questionText(int question)
{
    return QCoreApplication::translate("ArbitrationGrid", questions[question - 1]);
}

bool ArbitrationGrid::isValidScore(int question, int score)
{
    return question >= 1 && question <= questionCount && score >= 0 && score <= maxScore;
}

ArbitrationGrid::ArbitrationGrid(const QList<ArbitrationScore> &scores, qint64 productId,
                                 const QList<Participant> &voters)
    : m_voters(voters)
{
    for (const ArbitrationScore &s : scores) {
        if (s.productId == productId && s.question >= 1 && s.question <= questionCount)
            m_scores << s;
    }
    for (const Participant &p : voters)
        m_byMember.insert(p.id, QList<int>(questionCount, -1));
    for (int i = 0; i < m_scores.size(); ++i) {
        auto it = m_byMember.find(m_scores[i].participantId);
        if (it != m_byMember.end())
            (*it)[m_scores[i].question - 1] = i;
    }
}

const ArbitrationScore *ArbitrationGrid::score(qint64 participantId, int question) const
{
    if (question < 1 || question > questionCount)
        return nullptr;
    const auto it = m_byMember.constFind(participantId);
    if (it == m_byMember.cend() || it->at(question - 1) < 0)
        return nullptr;
    return &m_scores[it->at(question - 1)];
}

ArbitrationGrid::Stat ArbitrationGrid::statOf(const QList<double> &values)
{
    Stat s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    s.min = s.max = values.first();
    double sum = 0;
    for (double v : values) {
        sum += v;
        s.min = std::min(s.min, v);
        s.max = std::max(s.max, v);
    }
    s.mean = sum / double(values.size());
    return s;
}

ArbitrationGrid::Stat ArbitrationGrid::question(int question) const
{
    QList<double> values;
    for (const Participant &p : m_voters) {
        if (const ArbitrationScore *s = score(p.id, question))
            values << s->score;
    }
    return statOf(values);
}

ArbitrationGrid::Stat ArbitrationGrid::group(int group) const
{
    QList<double> all;
    QList<double> memberMeans;
    for (const Participant &p : m_voters) {
        QList<double> mine;
        for (int q : questionsOf(group)) {
            if (const ArbitrationScore *s = score(p.id, q))
                mine << s->score;
        }
        if (!mine.isEmpty())
            memberMeans << statOf(mine).mean;
        all << mine;
    }
    Stat result = statOf(all);
    const Stat members = statOf(memberMeans);
    result.min = members.min;
    result.max = members.max;
    return result;
}

ArbitrationGrid::Stat ArbitrationGrid::overall() const
{
    QList<double> all;
    for (const Participant &p : m_voters) {
        for (int q = 1; q <= questionCount; ++q) {
            if (const ArbitrationScore *s = score(p.id, q))
                all << s->score;
        }
    }
    return statOf(all);
}

QList<Participant> ArbitrationGrid::missing() const
{
    QList<Participant> result;
    for (const Participant &p : m_voters) {
        const QList<int> mine = m_byMember.value(p.id);
        if (mine.contains(-1))
            result << p;
    }
    return result;
}

} // namespace Comite
