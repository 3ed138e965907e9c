#include "indicatormodel.h"

#include "domain/displayformat.h"
#include "domain/indicatorfacts.h"
#include "rowsync.h"

#include <QFont>

namespace Comite {

namespace {
constexpr int principleCount = 5;
constexpr quintptr topLevel = 0;  // internal id of principle rows; children: group + 1

int indexOfId(const QList<IndicatorSeries> &rows, qint64 id, int from = 0)
{
    for (int i = from; i < rows.size(); ++i) {
        if (rows[i].indicator.id == id)
            return i;
    }
    return -1;
}

QString trendArrow(IndicatorTrend trend)
{
    switch (trend) {
    case IndicatorTrend::Improving: return QStringLiteral("▲");
    case IndicatorTrend::Worsening: return QStringLiteral("▼");
    case IndicatorTrend::Stable: return QStringLiteral("►");
    case IndicatorTrend::Unknown: return {};
    }
    return {};
}
} // namespace

IndicatorModel::IndicatorModel(Workspace &workspace, qint64 productId, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace), m_productId(productId), m_groups(principleCount)
{
    connect(&workspace, &Workspace::indicatorChanged, this, [this](qint64 product) {
        if (product == m_productId)
            reload();
    });
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 product, ProductChanges changes) {
        if (product == m_productId && (changes & (ProductChange::Spending | ProductChange::Committees)))
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, [this] {
        beginResetModel();
        for (QList<IndicatorSeries> &g : m_groups)
            g.clear();
        endResetModel();
        reload();
    });
    reload();
}

void IndicatorModel::reload()
{
    QList<IndicatorSeries> all;
    QMap<QString, qint64> spending;
    QList<QDate> committees;
    try {
        all = m_workspace.indicators().seriesForProduct(m_productId);
        spending = m_workspace.spending().actualByMonth(m_productId);
        for (const CommitteeReview &c : m_workspace.committees().forProduct(m_productId))
            committees << c.date;
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    QList<QList<IndicatorSeries>> next(principleCount);
    for (const IndicatorSeries &s : std::as_const(all))
        next[int(s.indicator.principle)] << s;

    QStringList before[principleCount];
    for (int g = 0; g < principleCount; ++g)
        before[g] = {missingIn(g).join(u','), QString::number(m_groups[g].size())};
    const auto shown = [this] {
        return std::make_tuple(m_efficiency.costPerUse, m_efficiency.costPerUseChangeCommittee(), m_efficiency.costPerImpact,
                               m_efficiency.costPerImpactChangeCommittee());
    };
    const auto costBefore = shown();

    const IndicatorFacts facts = IndicatorFacts::from(all, spending, {}, m_workspace.today());
    m_missing = facts.missingMandatory();
    m_efficiency = EfficiencyFigures::compute(spending, all, committees, m_workspace.today());
    for (int g = 0; g < principleCount; ++g)
        syncGroup(g, next[g]);

    for (int g = 0; g < principleCount; ++g) {
        const QStringList after{missingIn(g).join(u','), QString::number(m_groups[g].size())};
        const bool efficient = g == int(MatrixPrinciple::Efficient)
            && costBefore != shown();
        if (after != before[g] || efficient)
            Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
    }
}

// Moves `m_groups[group]` to `next` with precise signals (RowSync).
void IndicatorModel::syncGroup(int group, const QList<IndicatorSeries> &next)
{
    QList<IndicatorSeries> &rows = m_groups[group];
    if (!RowSync::sync(*this, index(group, 0), rows, next, [](const IndicatorSeries &s) { return s.indicator.id; })) {
        beginResetModel();
        rows = next;
        endResetModel();
    }
}

QModelIndex IndicatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < principleCount ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= principleCount || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex IndicatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int IndicatorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return principleCount;
    if (parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int IndicatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex IndicatorModel::indexOf(qint64 indicatorId, int column) const
{
    for (int g = 0; g < principleCount; ++g) {
        if (const int row = indexOfId(m_groups[g], indicatorId); row >= 0)
            return index(row, column, index(g, 0));
    }
    return {};
}

const IndicatorSeries *IndicatorModel::seriesAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == topLevel)
        return nullptr;
    return &m_groups[int(index.internalId() - 1)][index.row()];
}

QList<IndicatorSeries> IndicatorModel::allSeries() const
{
    QList<IndicatorSeries> all;
    for (const QList<IndicatorSeries> &g : m_groups)
        all << g;
    return all;
}

QStringList IndicatorModel::missingIn(int group) const
{
    QStringList keys;
    for (const QString &key : m_missing) {
        if (const auto m = ImpactMatrix::mandatory(key); m && int(m->principle) == group)
            keys << key;
    }
    return keys;
}

QVariant IndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == topLevel)
        return principleData(index.row(), index.column(), role);
    return indicatorData(m_groups[int(index.internalId() - 1)][index.row()], index.column(), role);
}

QVariant IndicatorModel::principleData(int group, int column, int role) const
{
    const MatrixPrinciple principle = ImpactMatrix::principles()[group];
    const QStringList missing = missingIn(group);
    const bool efficient = principle == MatrixPrinciple::Efficient;
    switch (role) {
    case IndicatorIdRole: return 0;
    case PrincipleKeyRole: return ImpactMatrix::key(principle);
    case MissingRole: return missing;
    case WarningRole: return column == Fills && !missing.isEmpty();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default: return {};
    }
    switch (column) {
    case Name: return ImpactMatrix::label(principle);
    // The measure the "efficiency worsening" alert compares: cost per unit
    // of impact when known now and at the committee, else cost per use;
    // named, so the row and the alert speak of the same thing.
    case Latest:
        if (efficient && m_efficiency.comparesImpact())
            return tr("%1 per unit of impact").arg(DisplayFormat::cost(*m_efficiency.costPerImpact));
        if (efficient && m_efficiency.costPerUse)
            return tr("%1 per user").arg(DisplayFormat::cost(*m_efficiency.costPerUse));
        return {};
    case Trend:
        if (efficient && m_efficiency.comparesImpact())
            return tr("Cost per unit of impact %1 since the committee").arg(DisplayFormat::change(*m_efficiency.costPerImpactChangeCommittee()));
        if (efficient) {
            if (const auto c = m_efficiency.costPerUseChangeCommittee())
                return tr("Cost per use %1 since the committee").arg(DisplayFormat::change(*c));
        }
        return {};
    case Fills: {
        QStringList labels;
        for (const QString &key : missing)
            labels << ImpactMatrix::mandatoryLabel(key);
        return labels.isEmpty() ? QString() : tr("Missing: %1").arg(labels.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QVariant IndicatorModel::indicatorData(const IndicatorSeries &s, int column, int role) const
{
    const Indicator &i = s.indicator;
    const QDate today = m_workspace.today();
    switch (role) {
    case IndicatorIdRole: return i.id;
    case PrincipleKeyRole: return ImpactMatrix::key(i.principle);
    case NorthStarRole: return i.northStar;
    case TrendRole: return int(s.trend());
    case AttainmentRole: {
        const auto a = s.attainment(today);
        return a ? QVariant(*a) : QVariant();
    }
    case MissingRole: return QStringList();
    case WarningRole: return column == Trend && s.trend() == IndicatorTrend::Worsening;
    case Qt::TextAlignmentRole:
        if (column == Latest || column == Target)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default: return {};
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (column) {
    case Name:
        if (tip)
            return i.method.isEmpty() ? i.name : i.name + u'\n' + i.method;
        return i.northStar ? tr("★ %1").arg(i.name) : i.name;
    case Kind: return IndicatorKinds::label(i.kind);
    case Latest: {
        const auto m = s.latest();
        if (!m)
            return tip ? tr("No measurement yet") : QString();
        const QString value = DisplayFormat::number(m->value, i.unit);
        return tip ? tr("%1 on %2").arg(value, DisplayFormat::date(m->date)) : value;
    }
    case Trend: {
        const auto c = s.recentChange();
        if (!c)
            return {};
        return trendArrow(s.trend()) + u' ' + DisplayFormat::change(*c);
    }
    case Target: {
        const auto target = s.currentTarget(today);
        const auto a = s.attainment(today);
        if (!target)
            return {};
        const QString goal = tr("%1 by %2").arg(DisplayFormat::number(target->value, i.unit), DisplayFormat::date(target->date));
        if (tip || !a)
            return goal;
        return DisplayFormat::percent(*a);
    }
    case Fills: return i.mandatory.isEmpty() ? QString() : ImpactMatrix::mandatoryLabel(i.mandatory);
    }
    return {};
}

QVariant IndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Indicator");
    case Kind: return tr("Kind");
    case Latest: return tr("Latest value");
    case Trend: return tr("Trend (3 months)");
    case Target: return tr("Target attainment");
    case Fills: return tr("Mandatory indicator");
    }
    return {};
}

} // namespace Comite
