#pragma once
// The sponsor arbitration grid (DESIGN.md §1): ten questions in three
// groups — the last six months, the next six months, the needs — each
// scored 0 to 5 by every voting member, and what the chair reads from it:
// mean and spread per question and per group, and who has not scored yet.

#include "sessionparticipant.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Comite {

struct ArbitrationScore {
    qint64 productId = 0;
    qint64 participantId = 0;
    int question = 1;  // 1–10
    int score = 0;     // 0–5
    QString comment;
    bool operator==(const ArbitrationScore &) const = default;
};

class ArbitrationGrid
{
public:
    static constexpr int questionCount = 10;
    static constexpr int groupCount = 3;
    static constexpr int maxScore = 5;

    static int groupOf(int question);           // 0, 1 or 2
    static QList<int> questionsOf(int group);   // 1-based questions
    static QString groupTitle(int group);       // translated
    static QString questionText(int question);  // translated
    static bool isValidScore(int question, int score);

    // Mean and spread (highest minus lowest) of some scores.
    struct Stat {
        int count = 0;
        double mean = 0;
        double min = 0;
        double max = 0;
        double spread() const { return max - min; }
        bool isEmpty() const { return count == 0; }
    };

    // The grid of one product, scored by `voters`.
    ArbitrationGrid(const QList<ArbitrationScore> &scores, qint64 productId, const QList<Participant> &voters);

    const ArbitrationScore *score(qint64 participantId, int question) const;
    Stat question(int question) const;
    // Over all the group's scores; the spread is that of each member's mean
    // on the group, so it says how far members disagree.
    Stat group(int group) const;
    Stat overall() const;
    // Voting members who have not scored every question, in list order.
    QList<Participant> missing() const;
    bool isComplete() const { return missing().isEmpty(); }

private:
    static Stat statOf(const QList<double> &values);
    QList<Participant> m_voters;
    QHash<qint64, QList<int>> m_byMember;  // per question - 1: index in m_scores, or -1
    QList<ArbitrationScore> m_scores;
};

} // namespace Comite
