#include "reviewtablemodel.h"

#include "commands/roadmapedits.h"
#include "rowsync.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Comite {

namespace {
QString number(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', QLocale::FloatingPointShortest) : QString();
}

// A number typed in the user's language or with a dot; empty clears.
std::optional<std::optional<double>> parse(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int)
        return std::optional<double>(value.toDouble());
    const QString text = value.toString().trimmed().remove(QChar(0x202f)).remove(QChar(0xa0)).remove(QLatin1Char(' '));
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = text.toDouble(&ok);
    return ok ? std::optional<std::optional<double>>(v) : std::nullopt;
}
} // namespace

ReviewTableModel::ReviewTableModel(Workspace &workspace, qint64 roadmapId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::productChanged, this, [this](qint64 id, ProductChanges changes) {
        if (m_roadmap.id > 0 && id == m_roadmap.productId && (changes & ProductChange::Indicators))
            reload();
    });
    // Only the priorities and the period (the results' default date) are shown here.
    connect(&workspace, &Workspace::roadmapChanged, this, [this](qint64, qint64 roadmapId, RoadmapParts parts) {
        if (m_roadmap.id > 0 && roadmapId == m_roadmap.id && (parts & (RoadmapPart::Priorities | RoadmapPart::Period)))
            reload();
    });
    connect(&workspace, &Workspace::portfolioReset, this, [this] { setRoadmapId(0); });
    load(roadmapId);
}

QList<ReviewRow> ReviewTableModel::compute() const
{
    return m_roadmap.id > 0 ? RoadmapReview::rows(m_roadmap, m_indicators, m_workspace.today()) : QList<ReviewRow>();
}

void ReviewTableModel::load(qint64 id)
{
    m_roadmap = Roadmap();
    m_indicators.clear();
    try {
        if (auto r = id > 0 ? m_workspace.roadmaps().load(id) : std::nullopt) {
            m_roadmap = *r;
            for (const IndicatorSeries &s : m_workspace.indicators().seriesForProduct(r->productId))
                m_indicators.insert(s.indicator.id, s);
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
    }
    m_rows = compute();
}

void ReviewTableModel::setRoadmapId(qint64 id)
{
    beginResetModel();
    load(id);
    endResetModel();
}

void ReviewTableModel::reload()
{
    std::optional<Roadmap> next;
    QHash<qint64, IndicatorSeries> indicators;
    try {
        next = Edit::reloadRoadmapParts(m_workspace, m_roadmap, RoadmapPart::Priorities);
        if (next) {
            for (const IndicatorSeries &s : m_workspace.indicators().seriesForProduct(next->productId))
                indicators.insert(s.indicator.id, s);
        }
    } catch (const StorageError &e) {
        m_workspace.reportError(e.message());
        return;
    }
    if (!next) {
        setRoadmapId(0);
        return;
    }
    m_roadmap = *next;
    m_indicators = indicators;
    const QList<ReviewRow> rows = compute();
    if (!RowSync::sync(*this, {}, m_rows, rows, [](const ReviewRow &r) { return r.expected.id; })) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &r = m_rows[index.row()];
    if (role == StatusKeyRole)
        return RoadmapReview::statusKey(r.status);
    if (role == AttainmentRole)
        return r.attainment ? QVariant(*r.attainment) : QVariant();
    const int column = index.column();
    if (role == Qt::ForegroundRole && (column == Status || column == Attainment))
        return RoadmapReview::statusColor(r.status, QGuiApplication::palette());
    if (role == Qt::FontRole && ((column == SixMonthsAgo && r.startMeasured) || (column == Today && r.reachedMeasured))) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::FontRole && column == Status) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        if ((column == SixMonthsAgo && r.startMeasured) || (column == Today && r.reachedMeasured))
            return tr("Read from the indicator's measurements; type a value to replace it.");
        if (column == Result || column == Explanation)
            return column == Result ? r.expected.text : r.expected.explanation;
        if (column == PriorityColumn)
            return r.priorityTitle;
        return {};
    }
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case PriorityColumn: return r.priorityTitle;
    case Result: return r.expected.text;
    case Target: return number(r.expected.target);
    case SixMonthsAgo: return edit ? number(r.expected.startValue) : number(r.start);
    case Today: return edit ? number(r.expected.reachedValue) : number(r.reached);
    case Attainment: return r.attainment ? RoadmapReview::percent(*r.attainment) : QString();
    case Status: return RoadmapReview::statusLabel(r.status);
    case Explanation: return r.expected.explanation;
    }
    return {};
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn: return tr("Priority");
    case Result: return tr("Expected result");
    case Target: return tr("Target");
    case SixMonthsAgo: return role == Qt::ToolTipRole ? tr("« Il y a 6 mois »: the value when the period started") : tr("6 months ago");
    case Today: return role == Qt::ToolTipRole ? tr("« Aujourd'hui »: the value reached") : tr("Today");
    case Attainment: return tr("Attainment");
    case Status: return tr("Status");
    case Explanation: return tr("Team's explanation");
    }
    return {};
}

Qt::ItemFlags ReviewTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == SixMonthsAgo || index.column() == Today || index.column() == Explanation))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ReviewRow &row = m_rows[index.row()];
    Roadmap next = m_roadmap;
    ExpectedResult &e = next.priorities[row.priority].results[row.result];
    if (index.column() == Explanation) {
        e.explanation = value.toString().trimmed();
    } else if (index.column() == SixMonthsAgo || index.column() == Today) {
        const auto parsed = parse(value);
        if (!parsed) {
            Q_EMIT editRefused(tr("“%1” is not a number.").arg(value.toString()));
            return false;
        }
        (index.column() == Today ? e.reachedValue : e.startValue) = *parsed;
    } else {
        return false;
    }
    // Comite::: the model's first column is also named Result.
    const Comite::Result<void> r =
        Edit::saveRoadmapParts(m_workspace, next, RoadmapPart::Priorities, tr("Review an expected result"));

    if (!r) {
        Q_EMIT editRefused(r.error().message);
        return false;
    }
    return true;
}

} // namespace Comite
