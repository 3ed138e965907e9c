#include "productrepository.h"

#include "database.h"
#include "rowscan.h"
#include "domain/clock.h"
#include "envelopeprojectionreader.h"
#include "followuprepository.h"
#include "heldsessions.h"
#include "idmap.h"
#include "indicatorfactsreader.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)
};

QString column(ProductField field)
{
    switch (field) {
    case ProductField::Slug: return QStringLiteral("slug");
    case ProductField::Title: return QStringLiteral("title");
    case ProductField::Pitch: return QStringLiteral("pitch");
    case ProductField::Incubator: return QStringLiteral("incubator_id");
    case ProductField::Intrapreneur: return QStringLiteral("intrapreneur");
    case ProductField::Coach: return QStringLiteral("coach");
    case ProductField::Description: return QStringLiteral("description");
    }
    return {};
}

// The phase of a stored key, compared as bytes (no QString per row).
Phase phaseOf(QByteArrayView key)
{
    static const auto keys = [] {
        std::vector<std::pair<QByteArray, Phase>> result;
        for (const Phase phase : Phases::all())
            result.emplace_back(Phases::key(phase).toUtf8(), phase);
        return result;
    }();
    for (const auto &[stored, phase] : keys) {
        if (key == stored)
            return phase;
    }
    return Phases::fromKey(QString::fromUtf8(key)).value_or(Phase::Investigation);
}

PhaseRecord readPhase(const RowScan &row, int first)
{
    PhaseRecord p;
    p.phase = phaseOf(row.utf8(first));
    p.start = row.date(first + 1);
    p.end = row.date(first + 2);
    if (!row.utf8(first + 3).isEmpty())
        p.comment = row.text(first + 3);
    p.restart = row.integer(first + 4) != 0;
    return p;
}
} // namespace

std::optional<Product> ProductRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, slug, title, pitch, incubator_id, intrapreneur, coach, "
                                           "description FROM products WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    Product p;
    p.id = q.value(0).toLongLong();
    p.slug = q.value(1).toString();
    p.title = q.value(2).toString();
    p.pitch = q.value(3).toString();
    p.incubatorId = q.value(4).toLongLong();
    p.intrapreneur = q.value(5).toString();
    p.coach = q.value(6).toString();
    p.description = q.value(7).toString();

    q = m_db.exec(QStringLiteral("SELECT organisation_id FROM product_sponsors WHERE product_id = ? ORDER BY position"), {id});
    while (q.next())
        p.sponsorIds << q.value(0).toLongLong();
    q = m_db.exec(QStringLiteral("SELECT kind, url FROM product_links WHERE product_id = ? ORDER BY position"), {id});
    while (q.next())
        p.links << ProductLink{q.value(0).toString(), q.value(1).toString()};
    RowScan phases(m_db, QStringLiteral("SELECT phase, start_date, end_date, comment, restart FROM phases "
                                        "WHERE product_id = ? ORDER BY position"),
                   {id});
    while (phases.next())
        p.phases << readPhase(phases, 0);
    return p;
}

std::optional<qint64> ProductRepository::idForSlug(const QString &slug) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM products WHERE slug = ?"), {slug});
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

int ProductRepository::count() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM products"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<ProductSummary> ProductRepository::summaries(SummaryParts parts) const
{
    return readSummaries({}, parts);
}

QList<ProductSummary> ProductRepository::summaries(const ProductFilter &products, SummaryParts parts) const
{
    return readSummaries(products, parts);
}

std::optional<ProductSummary> ProductRepository::summary(qint64 id) const
{
    const QList<ProductSummary> rows =
        readSummaries(ProductFilter(id), {SummaryPart::Sponsors, SummaryPart::IndicatorFacts});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QDate ProductRepository::today() const
{
    return m_clock ? m_clock->today() : QDate::currentDate();
}

IndicatorFactsByProduct ProductRepository::indicatorFacts(const ProductFilter &products) const
{
    return IndicatorFactsReader::read(m_db, today(), products);
}

// Set-based reads, one sequential pass per table, instead of one query per
// product or a B-tree seek per row: the small tables (incubators, held
// sessions) are read first and joined here; the phases are read in storage
// order and put in position order here.
QList<ProductSummary> ProductRepository::readSummaries(const ProductFilter &filter, SummaryParts parts) const
{
    const auto where = [&](const QString &column) { return filter.where(column); };
    struct Incubator {
        QString slug;
        QString name;
    };
    QHash<qint64, Incubator> incubators;
    RowScan incubatorRows(m_db, QStringLiteral("SELECT id, slug, name FROM incubators"));
    while (incubatorRows.next())
        incubators.insert(incubatorRows.integer(0), {incubatorRows.text(1), incubatorRows.text(2)});

    QList<ProductSummary> rows;
    RowScan products(m_db, QStringLiteral("SELECT id, slug, title, incubator_id FROM products") + where(QStringLiteral("id"))
                               + QStringLiteral(" ORDER BY id"));
    while (products.next()) {
        ProductSummary s;
        s.id = products.integer(0);
        s.slug = products.text(1);
        s.title = products.text(2);
        s.incubatorId = products.integer(3);
        if (const auto it = incubators.constFind(s.incubatorId); it != incubators.cend()) {
            s.incubatorSlug = it->slug;  // shared, not copied
            s.incubatorName = it->name;
        }
        rows << s;
    }
    // The row of a product read above, or -1 (a row added meanwhile).
    IdMap<int> rowOf(rows.isEmpty() ? 1 : rows.constFirst().id, rows.isEmpty() ? 0 : rows.constLast().id, rows.size());
    for (int row = 0; row < rows.size(); ++row)
        rowOf[rows[row].id] = row;
    const auto rowFor = [&](qint64 id) { return rowOf.value(id, -1); };

    struct PhaseRow {
        int row;
        qint64 position;
        PhaseRecord phase;
    };
    std::vector<PhaseRow> phaseRows;
    RowScan phases(m_db, QStringLiteral("SELECT product_id, position, phase, start_date, end_date, comment, restart FROM phases")
                             + where(QStringLiteral("product_id")));
    while (phases.next()) {
        if (const int row = rowFor(phases.integer(0)); row >= 0)
            phaseRows.push_back({row, phases.integer(1), readPhase(phases, 2)});
    }
    const auto byProductThenPosition = [](const PhaseRow &a, const PhaseRow &b) {
        return a.row < b.row || (a.row == b.row && a.position < b.position);
    };
    // Usually stored in that order already (written product by product).
    if (!std::is_sorted(phaseRows.cbegin(), phaseRows.cend(), byProductThenPosition))
        std::stable_sort(phaseRows.begin(), phaseRows.end(), byProductThenPosition);
    for (PhaseRow &p : phaseRows)
        rows[p.row].phases << std::move(p.phase);

    if (parts & SummaryPart::Sponsors) {
        RowScan sponsors(m_db, QStringLiteral("SELECT ps.product_id, o.slug, o.name, o.acronym FROM product_sponsors ps "
                                              "JOIN organisations o ON o.id = ps.organisation_id")
                                   + where(QStringLiteral("ps.product_id")) + QStringLiteral(" ORDER BY ps.product_id, ps.position"));
        while (sponsors.next()) {
            if (const int row = rowFor(sponsors.integer(0)); row >= 0) {
                rows[row].sponsorSlugs << sponsors.text(1);
                const QString acronym = sponsors.text(3);
                rows[row].sponsorNames << (acronym.isEmpty() ? sponsors.text(2) : acronym);
            }
        }
    }
    // Committees: the held sessions each product was on the agenda of.
    const HeldSessions held(m_db, filter);
    RowScan agenda(m_db, QStringLiteral("SELECT session_id, product_id FROM session_products") + where(QStringLiteral("product_id")));
    while (agenda.next()) {
        const HeldSessions::Session *session = held.find(agenda.integer(0));
        const int row = session ? rowFor(agenda.integer(1)) : -1;
        if (row < 0)
            continue;
        ProductSummary &s = rows[row];
        if (!s.lastCommittee.isValid() || s.lastCommittee < session->day)
            s.lastCommittee = session->day;
        ++s.committeeCount;
    }
    // Co-incubation and beta.gouv.fr origin (committees from files).
    RowScan coIncubators(m_db, QStringLiteral("SELECT product_id, incubator_id FROM product_incubators")
                                   + where(QStringLiteral("product_id")) + QStringLiteral(" ORDER BY product_id, position"));
    while (coIncubators.next()) {
        const int row = rowFor(coIncubators.integer(0));
        const qint64 incubator = coIncubators.integer(1);
        if (row < 0 || !incubators.contains(incubator))
            continue;
        rows[row].coIncubatorIds << incubator;
        rows[row].coIncubatorSlugs << incubators[incubator].slug;
        rows[row].coIncubatorNames << incubators[incubator].name;
    }
    RowScan fromFiles(m_db, QStringLiteral("SELECT product_id FROM betagouv_sources WHERE kind = 'startup'")
                                + filter.andWhere(QStringLiteral("product_id")));
    while (fromFiles.next()) {
        if (const int row = rowFor(fromFiles.integer(0)); row >= 0)
            rows[row].committeesFromFiles = true;
    }
    const QDate today = this->today();
    if (parts & SummaryPart::IndicatorFacts) {
        // Both in product id order: taken in one pass.
        IndicatorFactsByProduct facts = IndicatorFactsReader::read(m_db, today, filter);
        auto row = rows.begin();
        for (IndicatorFactsByProduct::Entry &e : facts) {
            while (row != rows.end() && row->id < e.productId)
                ++row;
            if (row != rows.end() && row->id == e.productId)
                row->indicatorFacts = std::move(e.facts);
        }
    }
    const QHash<qint64, BudgetProjection> budgets = EnvelopeProjectionReader::read(m_db, today, filter);
    for (auto it = budgets.cbegin(); it != budgets.cend(); ++it) {
        if (const int row = rowFor(it.key()); row >= 0)
            rows[row].envelopeExhaustion = it.value().exhaustion;
    }
    const auto followups = FollowupRepository::productFacts(m_db, today, held, filter);
    for (auto it = followups.cbegin(); it != followups.cend(); ++it) {
        if (const int row = rowFor(it.key()); row >= 0) {
            rows[row].provisionalEnd = it.value().provisionalEnd;
            rows[row].followupsPastDue = it.value().pastDue;
        }
    }
    return rows;
}

qint64 ProductRepository::insert(const Product &p)
{
    qint64 id = 0;
    m_db.transaction([&] {
        id = m_db.insert(QStringLiteral("products"),
                         {QStringLiteral("slug"), QStringLiteral("title"), QStringLiteral("pitch"), QStringLiteral("incubator_id"),
                          QStringLiteral("intrapreneur"), QStringLiteral("coach"), QStringLiteral("description")},
                         {p.slug, p.title, Database::text(p.pitch), SqlValue::id(p.incubatorId), Database::text(p.intrapreneur),
                          Database::text(p.coach), Database::text(p.description)},
                         p.id);
        setSponsors(id, p.sponsorIds);
        setLinks(id, p.links);
        setPhases(id, p.phases);
    });
    return id;
}

void ProductRepository::remove(qint64 id)
{
    m_db.transaction([&] { m_db.exec(QStringLiteral("DELETE FROM products WHERE id = ?"), {id}); });
}

QVariant ProductRepository::field(qint64 id, ProductField field) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM products WHERE id = ?").arg(column(field)), {id});
    return q.next() ? q.value(0) : QVariant();
}

void ProductRepository::setField(qint64 id, ProductField field, const QVariant &value, const std::optional<QVariant> &expected)
{
    const bool isId = field == ProductField::Incubator;
    const QVariant stored = isId ? SqlValue::id(value.toLongLong()) : Database::text(value.toString());
    m_db.transaction([&] {
        if (!expected) {
            m_db.exec(QStringLiteral("UPDATE products SET %1 = ?, version = version + 1 WHERE id = ?").arg(column(field)),
                      {stored, id});
            return;
        }
        // Optimistic locking: write only over the value this edit started
        // from, so a concurrent change on a shared server is never lost.
        const QString current = isId ? QStringLiteral("COALESCE(%1, 0)").arg(column(field)) : column(field);
        const QVariant before = isId ? QVariant(expected->toLongLong()) : Database::text(expected->toString());
        QSqlQuery q = m_db.exec(QStringLiteral("UPDATE products SET %1 = ?, version = version + 1 WHERE id = ? AND %2 = ?")
                                    .arg(column(field), current),
                                {stored, id, before});
        if (q.numRowsAffected() == 0 && this->field(id, field).isValid())
            throw ConflictError(Tr::tr("Someone else changed this product meanwhile: the field now reads “%1”; your value "
                                       "“%2” was not saved.")
                                    .arg(this->field(id, field).toString(), value.toString()));
    });
}

void ProductRepository::setSponsors(qint64 id, const QList<qint64> &organisationIds)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM product_sponsors WHERE product_id = ?"), {id});
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO product_sponsors (product_id, organisation_id, position) "
                                                       "VALUES (?, ?, ?)"));
        for (int i = 0; i < organisationIds.size(); ++i)
            Database::exec(insert, {id, organisationIds[i], i});
    });
}

void ProductRepository::setLinks(qint64 id, const QList<ProductLink> &links)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM product_links WHERE product_id = ?"), {id});
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO product_links (product_id, kind, url, position) "
                                                       "VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < links.size(); ++i)
            Database::exec(insert, {id, Database::text(links[i].kind), Database::text(links[i].url), i});
    });
}

void ProductRepository::setPhases(qint64 id, const QList<PhaseRecord> &phases)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM phases WHERE product_id = ?"), {id});
        QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO phases (product_id, position, phase, start_date, "
                                                       "end_date, comment, restart) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < phases.size(); ++i) {
            const PhaseRecord &p = phases[i];
            Database::exec(insert, {id, i, Phases::key(p.phase), SqlValue::date(p.start), SqlValue::date(p.end), Database::text(p.comment),
                                    p.restart ? 1 : 0});
        }
    });
}

} // namespace Comite
