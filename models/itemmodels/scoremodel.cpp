#include "scoremodel.h"

#include "commands/sessionedits.h"

#include <QFont>
#include <QLocale>

namespace Comite {

namespace {
constexpr int rowsTotal = ArbitrationGrid::questionCount + ArbitrationGrid::groupCount;

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

ScoreModel::ScoreModel(Workspace &workspace, qint64 sessionId, qint64 productId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_productId(productId)
{
    m_session.id = sessionId;
    connect(&workspace, &Workspace::sessionChanged, this, [this](qint64 id, SessionChanges changes) {
        if (id == m_session.id && (changes & (SessionChange::Scores | SessionChange::Participants)))
            reload();
    });
    reload();
}

void ScoreModel::setProduct(qint64 productId)
{
    if (productId == m_productId)
        return;
    m_productId = productId;
    Q_EMIT dataChanged(index(0, 1), index(rowsTotal - 1, columnCount() - 1));
    Q_EMIT scoresChanged();
}

void ScoreModel::reload()
{
    std::optional<Session> next;
    try {
        next = m_workspace.sessions().load(m_session.id);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!next)
        next = Session{};
    next->id = m_session.id;
    const QList<Participant> voters = next->votingMembers();
    QList<qint64> before, after;
    for (const Participant &p : std::as_const(m_voters))
        before << p.id;
    for (const Participant &p : voters)
        after << p.id;
    if (before != after) {
        // Columns come and go: the one structural change of this table.
        beginResetModel();
        m_session = *next;
        m_voters = voters;
        endResetModel();
    } else {
        m_session = *next;
        m_voters = voters;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowsTotal - 1, columnCount() - 1));
    }
    Q_EMIT scoresChanged();
}

int ScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rowsTotal;
}

int ScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_voters.size()) + 3;
}

int ScoreModel::questionAt(int row) const
{
    int r = 0;
    for (int g = 0; g < ArbitrationGrid::groupCount; ++g) {
        if (row == r)
            return 0;
        ++r;
        for (int q : ArbitrationGrid::questionsOf(g)) {
            if (row == r)
                return q;
            ++r;
        }
    }
    return 0;
}

int ScoreModel::groupAt(int row) const
{
    const int q = questionAt(row);
    if (q > 0)
        return ArbitrationGrid::groupOf(q);
    int r = 0;
    for (int g = 0; g < ArbitrationGrid::groupCount; ++g) {
        if (row == r)
            return g;
        r += 1 + int(ArbitrationGrid::questionsOf(g).size());
    }
    return 0;
}

int ScoreModel::rowOfQuestion(int question) const
{
    for (int r = 0; r < rowsTotal; ++r) {
        if (questionAt(r) == question)
            return r;
    }
    return -1;
}

int ScoreModel::columnOfMember(qint64 participantId) const
{
    for (int i = 0; i < m_voters.size(); ++i) {
        if (m_voters[i].id == participantId)
            return i + 1;
    }
    return -1;
}

QList<Participant> ScoreModel::missing() const
{
    return m_session.grid(m_productId).missing();
}

QVariant ScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int question = questionAt(index.row());
    const int group = groupAt(index.row());
    const int column = index.column();
    if (role == QuestionRole)
        return question;
    if (role == GroupRole)
        return group;
    if (role == Qt::FontRole && question == 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && column > 0)
        return int(Qt::AlignCenter);
    const bool member = column >= 1 && column <= m_voters.size();
    if (role == ParticipantIdRole)
        return member ? QVariant(m_voters[column - 1].id) : QVariant();
    const ArbitrationGrid grid = m_session.grid(m_productId);
    if (column == QuestionColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return question == 0 ? ArbitrationGrid::groupTitle(group)
                                 : QStringLiteral("%1. %2").arg(question).arg(ArbitrationGrid::questionText(question));
        return {};
    }
    if (member) {
        if (question == 0)
            return {};
        const ArbitrationScore *s = grid.score(m_voters[column - 1].id, question);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case ValueRole: return s ? QVariant(s->score) : QVariant();
        case CommentRole: return s ? s->comment : QString();
        case Qt::ToolTipRole: return s && !s->comment.isEmpty() ? QVariant(s->comment) : QVariant();
        case Qt::AccessibleTextRole:
            return s ? tr("%1: %2 out of 5").arg(m_voters[column - 1].name).arg(s->score)
                     : tr("%1: not scored").arg(m_voters[column - 1].name);
        }
        return {};
    }
    const ArbitrationGrid::Stat stat = question == 0 ? grid.group(group) : grid.question(question);
    if (stat.isEmpty())
        return {};
    const double value = column == meanColumn() ? stat.mean : stat.spread();
    switch (role) {
    case ValueRole: return value;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return number(value);
    case Qt::ToolTipRole:
        return column == meanColumn() ? tr("Mean of %n score(s)", nullptr, stat.count)
                                      : tr("From %1 to %2").arg(number(stat.min), number(stat.max));
    }
    return {};
}

QVariant ScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == QuestionColumn)
        return tr("Question");
    if (section == meanColumn())
        return tr("Mean");
    if (section == spreadColumn())
        return role == Qt::ToolTipRole ? tr("Highest minus lowest score") : tr("Spread");
    if (section >= 1 && section <= m_voters.size())
        return role == Qt::ToolTipRole ? QStringLiteral("%1 (%2)").arg(m_voters[section - 1].name,
                                                                        ParticipantRoles::label(m_voters[section - 1].role))
                                       : m_voters[section - 1].name;
    return {};
}

Qt::ItemFlags ScoreModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= 1 && index.column() <= m_voters.size() && questionAt(index.row()) > 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int question = questionAt(index.row());
    const qint64 member = m_voters[index.column() - 1].id;
    // The grid owns the scores `existing` points into: keep it alive.
    const ArbitrationGrid grid = m_session.grid(m_productId);
    const ArbitrationScore *existing = grid.score(member, question);
    ArbitrationScore score{m_productId, member, question, existing ? existing->score : 0,
                           existing ? existing->comment : QString()};
    bool remove = false;
    if (role == CommentRole) {
        if (!existing)
            return false;
        score.comment = value.toString().trimmed();
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || value.isNull()) {
            if (!existing)
                return true;
            remove = true;
        } else {
            bool ok = false;
            score.score = text.toInt(&ok);
            if (!ok) {
                Q_EMIT editRefused(tr("“%1” is not a score: type a whole number from 0 to %2.").arg(text).arg(ArbitrationGrid::maxScore));
                return false;
            }
        }
    } else {
        return false;
    }
    if (const Result<void> r = Edit::setScore(m_workspace, m_session.id, score, remove); !r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
