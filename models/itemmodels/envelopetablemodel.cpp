#include "envelopetablemodel.h"

#include "commands/budgetedits.h"
#include "domain/committeeschedule.h"
#include "domain/decisionoption.h"
#include "domain/displayformat.h"
#include "rowsync.h"

namespace Comite {

EnvelopeTableModel::EnvelopeTableModel(Workspace &workspace, qint64 productId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_productId(productId)
{
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (id == m_productId && (changes & (ProductChange::Envelopes | ProductChange::Committees)))
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, [this] {
        beginResetModel();
        m_envelopes.clear();
        endResetModel();
        reload();
    });
    try {
        m_envelopes = workspace.envelopes().forProduct(productId);
        m_decisions = workspace.committees().decisionsOfProduct(productId);
    } catch (const StorageError &e) {
        workspace.reportError(e.message());
    }
}

void EnvelopeTableModel::reload()
{
    QList<Envelope> next;
    try {
        next = m_workspace.envelopes().forProduct(m_productId);
        m_decisions = m_workspace.committees().decisionsOfProduct(m_productId);
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!RowSync::sync(*this, {}, m_envelopes, next, [](const Envelope &e) { return e.id; })) {
        beginResetModel();
        m_envelopes = next;
        endResetModel();
    }
}

int EnvelopeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_envelopes.size());
}

int EnvelopeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnvelopeTableModel::decisionText(qint64 id) const
{
    for (const EnvelopeDecision &d : m_decisions) {
        if (d.id == id) {
            const auto option = DecisionOptions::fromKey(d.option);
            return tr("Committee of %1 (%2)").arg(DisplayFormat::date(d.date), option ? DecisionOptions::label(*option) : d.option);
        }
    }
    return {};
}

QVariant EnvelopeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Envelope &e = m_envelopes[index.row()];
    if (role == IdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && e.origin != QLatin1String("comite"))
        return tr("Imported from beta.gouv.fr");
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (index.column()) {
    case Start: return edit ? QVariant(e.start) : QVariant(DisplayFormat::date(e.start));
    case End:
        if (edit)
            return e.end;
        return e.end.isValid() ? DisplayFormat::date(e.end) : tr("open-ended");
    case Amount: return edit ? QVariant(e.amount) : QVariant(DisplayFormat::euros(e.amount));
    case Source: return edit ? QVariant(EnvelopeSources::key(e.source)) : QVariant(EnvelopeSources::label(e.source));
    case Label: return e.label;
    case Decision: return edit ? QVariant(e.decisionId) : QVariant(decisionText(e.decisionId));
    }
    return {};
}

QVariant EnvelopeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start: return tr("From");
    case End: return tr("To");
    case Amount: return tr("Amount");
    case Source: return tr("Source");
    case Label: return tr("Label");
    case Decision: return tr("Granted by");
    }
    return {};
}

Qt::ItemFlags EnvelopeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsEditable : f;
}

bool EnvelopeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Envelope e = m_envelopes[index.row()];
    switch (index.column()) {
    case Start: e.start = value.toDate(); break;
    case End: e.end = value.toDate(); break;
    case Amount: {
        QString text = value.toString().trimmed();
        text.remove(QChar(0x202f)).remove(QChar(0xa0)).remove(QLatin1Char(' ')).remove(QStringLiteral("€"));
        bool ok = false;
        qint64 amount = QLocale().toLongLong(text, &ok);
        if (!ok)
            amount = text.toLongLong(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("“%1” is not an amount in euros.").arg(value.toString()));
            return false;
        }
        e.amount = amount;
        break;
    }
    case Source: {
        const auto source = EnvelopeSources::fromKey(value.toString());
        if (!source)
            return false;
        e.source = *source;
        break;
    }
    case Label: e.label = value.toString().trimmed(); break;
    case Decision: e.decisionId = value.toLongLong(); break;
    default: return false;
    }
    const Result<void> done = Edit::updateEnvelope(m_workspace, e);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

int EnvelopeTableModel::addEnvelope(qint64 amount, EnvelopeSource source)
{
    Envelope e;
    e.productId = m_productId;
    e.start = m_workspace.today();
    e.end = CommitteeSchedule::decisionPeriodEnd(e.start);
    e.amount = amount;
    e.source = source;
    const Result<qint64> added = Edit::addEnvelope(m_workspace, e);
    if (!added) {
        Q_EMIT editRefused(added.error().message);
        return -1;
    }
    const qint64 id = added.value();
    for (int row = 0; row < m_envelopes.size(); ++row) {
        if (m_envelopes[row].id == id)
            return row;
    }
    return -1;
}

bool EnvelopeTableModel::removeEnvelope(int row)
{
    if (row < 0 || row >= m_envelopes.size())
        return false;
    const Result<void> done = Edit::removeEnvelope(m_workspace, m_envelopes[row].id);
    if (!done) {
        Q_EMIT editRefused(done.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
