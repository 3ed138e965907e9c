#pragma once
// A product's budget envelopes as an editable table: period, amount,
// source, label and the committee decision that granted it. Edits go
// through Edit::updateEnvelope (undoable); rows follow the stored
// envelopes with precise signals.

#include "domain/budgetenvelope.h"
#include "storage/committeerepository.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>

namespace Comite {

class EnvelopeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, End, Amount, Source, Label, Decision, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    EnvelopeTableModel(Workspace &workspace, qint64 productId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<Envelope> &envelopes() const { return m_envelopes; }
    const QList<EnvelopeDecision> &decisions() const { return m_decisions; }
    // Adds an envelope from today for six months; returns its row, or -1.
    int addEnvelope(qint64 amount, EnvelopeSource source = EnvelopeSource::Sponsor);
    bool removeEnvelope(int row);

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void reload();
    QString decisionText(qint64 id) const;

    Workspace &m_workspace;
    qint64 m_productId;
    QList<Envelope> m_envelopes;
    QList<EnvelopeDecision> m_decisions;
};

} // namespace Comite
