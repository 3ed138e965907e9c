#pragma once
// The arbitration grid of one product in a session, as the chair reads it:
// a row per group (its mean and spread) followed by a row per question;
// a column per voting member (0–5, editable, with an optional comment),
// then the mean and the spread. Edits go through Edit::setScore (undoable).

#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class ScoreModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        QuestionRole = Qt::UserRole + 1,  // 1–10, 0 on a group row
        GroupRole,                        // 0–2
        CommentRole,                      // a member's comment (editable)
        ParticipantIdRole,                // on a member column
        ValueRole,                        // the number (score, mean, spread) or null
    };
    static constexpr int QuestionColumn = 0;

    ScoreModel(Workspace &workspace, qint64 sessionId, qint64 productId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A member's cell: a number 0–5 sets the score, an empty value removes
    // it; CommentRole sets the comment of a score already given.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    qint64 productId() const { return m_productId; }
    void setProduct(qint64 productId);
    int meanColumn() const { return int(m_voters.size()) + 1; }
    int spreadColumn() const { return int(m_voters.size()) + 2; }
    int rowOfQuestion(int question) const;
    int columnOfMember(qint64 participantId) const;
    const QList<Participant> &voters() const { return m_voters; }
    // Voting members who have not scored every question yet.
    QList<Participant> missing() const;
    const Session &session() const { return m_session; }
    void reload();

Q_SIGNALS:
    void editRefused(const QString &message);
    void scoresChanged();

private:
    int questionAt(int row) const;  // 0 on a group row
    int groupAt(int row) const;

    Workspace &m_workspace;
    qint64 m_productId;
    Session m_session;
    QList<Participant> m_voters;
};

} // namespace Comite
