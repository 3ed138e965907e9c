#include "sessiondecision.h"

#include <algorithm>

#include "phasehistory.h"

#include <QCoreApplication>

namespace Comite {

namespace ObjectiveStatuses {

namespace {
struct StatusInfo {
    ObjectiveStatus status;
    const char *key;
    const char *label;
};

constexpr StatusInfo infos[] = {
    {ObjectiveStatus::Validated, "validated", QT_TRANSLATE_NOOP("ObjectiveStatus", "Validated")},
    {ObjectiveStatus::Modified, "modified", QT_TRANSLATE_NOOP("ObjectiveStatus", "Modified")},
    {ObjectiveStatus::Invalidated, "invalidated", QT_TRANSLATE_NOOP("ObjectiveStatus", "Invalidated")},
};
} // namespace

QList<ObjectiveStatus> all()
{
    return {ObjectiveStatus::Validated, ObjectiveStatus::Modified, ObjectiveStatus::Invalidated};
}

QString key(ObjectiveStatus status)
{
    return QString::fromLatin1(infos[static_cast<int>(status)].key);
}

std::optional<ObjectiveStatus> fromKey(QStringView key)
{
    for (const auto &i : infos) {
        if (key == QLatin1String(i.key))
            return i.status;
    }
    return std::nullopt;
}

QString label(ObjectiveStatus status)
{
    return QCoreApplication::translate("ObjectiveStatus", infos[static_cast<int>(status)].label);
}

} // namespace ObjectiveStatuses

namespace {
struct VoteTr {
    Q_DECLARE_TR_FUNCTIONS(DecisionVote)
};
} // namespace

QString DecisionVote::key() const
{
    switch (kind) {
    case Unanimous: return QStringLiteral("unanimous");
    case Counted: return QStringLiteral("counted");
    case None: break;
    }
    return {};
}

DecisionVote::Kind DecisionVote::kindFromKey(QStringView key)
{
    if (key == u"unanimous")
        return Unanimous;
    if (key == u"counted")
        return Counted;
    return None;
}

QString DecisionVote::text() const
{
    switch (kind) {
    case Unanimous: return VoteTr::tr("Unanimous");
    case Counted: {
        QStringList parts{VoteTr::tr("%n for", nullptr, votesFor), VoteTr::tr("%n against", nullptr, votesAgainst),
                          VoteTr::tr("%n abstention(s)", nullptr, abstaining)};
        return parts.join(QStringLiteral(", "));
    }
    case None: break;
    }
    return VoteTr::tr("Not recorded");
}

namespace SessionDecisions {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionDecisions)
};
} // namespace

QStringList problems(const Decision &d, const QString &productTitle)
{
    QStringList result;
    if (d.amount && *d.amount < 0)
        result << Tr::tr("%1: the amount granted cannot be negative.").arg(productTitle);
    if (d.periodStart.isValid() != d.periodEnd.isValid())
        result << Tr::tr("%1: the period granted needs both a start and an end.").arg(productTitle);
    else if (d.periodStart.isValid() && d.periodEnd < d.periodStart)
        result << Tr::tr("%1: the period granted ends before it starts.").arg(productTitle);
    if (d.option == DecisionOption::Stop && d.phaseChange && !Phases::isStop(*d.phaseChange))
        result << Tr::tr("%1: a stop decision cannot move the product to “%2”.")
                      .arg(productTitle, Phases::label(*d.phaseChange));
    if (d.option == DecisionOption::Stop && d.amount && *d.amount > 0)
        result << Tr::tr("%1: a stop decision grants no budget.").arg(productTitle);
    if (d.vote.kind == DecisionVote::Counted && d.vote.votesFor + d.vote.votesAgainst + d.vote.abstaining == 0)
        result << Tr::tr("%1: a counted vote needs at least one vote.").arg(productTitle);
    for (int i = 0; i < d.objectives.size(); ++i) {
        if (d.objectives[i].text.trimmed().isEmpty())
            result << Tr::tr("%1: roadmap priority %2 has no text.").arg(productTitle).arg(i + 1);
    }
    for (int i = 0; i < d.blockers.size(); ++i) {
        if (d.blockers[i].text.trimmed().isEmpty())
            result << Tr::tr("%1: blocker %2 has no text.").arg(productTitle).arg(i + 1);
    }
    for (int i = 0; i < d.actions.size(); ++i) {
        if (d.actions[i].text.trimmed().isEmpty())
            result << Tr::tr("%1: action item %2 has no text.").arg(productTitle).arg(i + 1);
    }
    return result;
}

std::optional<Phase> enteredPhase(const Decision &decision)
{
    if (decision.option == DecisionOption::Stop)
        return decision.phaseChange && Phases::isStop(*decision.phaseChange) ? *decision.phaseChange : Phase::Abandon;
    return decision.phaseChange;
}

QList<PhaseRecord> phasesAfter(const QList<PhaseRecord> &phases, const Decision &decision, QDate date,
                               const QString &comment, QStringList *errors)
{
    if (errors)
        errors->clear();
    const std::optional<Phase> next = enteredPhase(decision);
    if (!next)
        return phases;
    const auto current = PhaseHistory::current(phases);
    if (current && current->phase == *next)
        return phases;
    PhaseRecord record;
    record.phase = *next;
    record.start = date;
    record.comment = comment;
    record.restart = current && Phases::isStop(current->phase) && !Phases::isStop(*next);
    return PhaseHistory::withTransition(phases, record, errors);
}

QMap<QString, qint64> grantedByLine(const QMap<QString, qint64> &requested, qint64 granted)
{
    QMap<QString, qint64> shares;
    qint64 total = 0;
    for (auto it = requested.cbegin(); it != requested.cend(); ++it)
        total += qMax<qint64>(0, it.value());
    if (total <= 0)
        return shares;
    // Floor of each exact share, then one euro more for the largest
    // remainders until the shares add up to the amount granted.
    QList<std::pair<qint64, QString>> remainders;
    qint64 given = 0;
    for (auto it = requested.cbegin(); it != requested.cend(); ++it) {
        const qint64 asked = qMax<qint64>(0, it.value());
        const qint64 exact = asked * granted;  // euros: far below 2^63
        const qint64 share = qint64(exact / total);
        shares.insert(it.key(), share);
        remainders.append({qint64(exact % total), it.key()});
        given += share;
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; given < granted && !remainders.isEmpty(); i = (i + 1) % remainders.size()) {
        shares[remainders[i].second] += 1;
        ++given;
    }
    return shares;
}

} // namespace SessionDecisions

} // namespace Comite
