#pragma once
// A session's agenda as an editable table: planned start (computed), the
// product, the item, its planned minutes, whether the team leaves the room,
// and the time it actually took. Edits, additions, removals and moves (drag
// and drop too) go through Edit::setAgenda (validated, undoable); the model
// follows the stored agenda with precise row signals.

#include "sessiontablemodel.h"

namespace Comite {

class AgendaModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column { StartColumn, ProductColumn, TitleColumn, MinutesColumn, TeamLeavesColumn, ActualColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ProductIdRole, NotesRole };
    static inline const QString mimeType = QStringLiteral("application/x-comite-agenda-rows");

    AgendaModel(Workspace &workspace, qint64 sessionId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {mimeType}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged item itself and returns false, so the view does not
    // remove the source row afterwards.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    const Session &session() const { return m_session; }
    const QList<AgendaItem> &items() const { return m_session.agenda; }
    qint64 sessionId() const { return m_session.id; }

    // Inserts `item` before `row` (at the end when row is -1).
    bool insertItem(int row, const AgendaItem &item);
    bool removeItem(int row);
    // Moves the item at `from` so it ends up before the item now at `to`
    // (the end when `to` is the row count).
    bool moveItem(int from, int to);
    bool setNotes(int row, const QString &notes);
    bool applyTemplate(const AgendaTemplate &agendaTemplate);

    void reload();

Q_SIGNALS:
    // The planned end, total or over-length flag may have changed.
    void totalsChanged();

private:
    // A row as shown: the item and its planned start, which moves with it
    // until the starts are updated (precise signals).
    struct Row {
        qint64 id = 0;
        AgendaItem item;
        QTime start;
        bool operator==(const Row &) const = default;
    };
    bool commit(const QList<AgendaItem> &agenda, const QString &text);

    Workspace &m_workspace;
    Session m_session;
    QList<Row> m_rows;
};

} // namespace Comite
