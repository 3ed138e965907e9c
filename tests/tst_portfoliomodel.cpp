// PortfolioModel and PortfolioFilterModel under QAbstractItemModelTester:
// what each column and role holds, row-precise change signals (no reset
// for one edit), the filters (accent-insensitive text, incubator, phase,
// overdue) and sorting on raw values rather than displayed text.

#include "commands/productedits.h"
#include "domain/displayformat.h"
#include "domain/searchtext.h"
#include "itemmodels/portfoliofiltermodel.h"
#include "itemmodels/portfoliomodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Comite;

namespace {
PhaseRecord rec(Phase phase, QDate start, QDate end = {})
{
    return PhaseRecord{phase, start, end, {}, false};
}
} // namespace

class TestPortfolioModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<PortfolioModel> m_model;
    std::unique_ptr<PortfolioFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    qint64 m_dinum = 0, m_ademe = 0;  // incubators
    qint64 m_velo = 0, m_cantine = 0, m_signal = 0, m_stage = 0;

    Workspace &ws() { return **m_ws; }

    qint64 addProduct(const QString &slug, const QString &title, qint64 incubator, QList<qint64> sponsors,
                      QList<PhaseRecord> phases, QDate committee = {})
    {
        Product p;
        p.slug = slug;
        p.title = title;
        p.incubatorId = incubator;
        p.sponsorIds = sponsors;
        p.phases = phases;
        const qint64 id = ws().products().insert(p);
        if (committee.isValid())
            ws().committees().record(CommitteeReview{0, id, committee, DecisionOption::Continue, {}}, incubator);
        return id;
    }

    QStringList visibleSlugs() const
    {
        QStringList slugs;
        for (int r = 0; r < m_filter->rowCount(); ++r)
            slugs << m_filter->index(r, 0).data(PortfolioModel::SlugRole).toString();
        return slugs;
    }

    QVariant cell(qint64 id, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(m_model->rowOf(id), column).data(role);
    }

    // The foundation's warnings shown for a product, in order. Later
    // features add warnings of their own, left out here.
    QStringList warnings(qint64 id, int role = Qt::DisplayRole) const
    {
        const QString separator = role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", ");
        QStringList shown = role == PortfolioModel::WarningCodesRole
            ? cell(id, PortfolioModel::Warnings, role).toStringList()
            : cell(id, PortfolioModel::Warnings, role).toString().split(separator, Qt::SkipEmptyParts);
        const QStringList foundation = {"Phase overrun", "Committee overdue", "phase-overrun", "committee-overdue"};
        shown.removeIf([&](const QString &w) { return !foundation.contains(w); });
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Dates display as dd/MM/yyyy, whose text order is not the date order.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        OrganisationRepository &orgs = ws().organisations();
        const qint64 dinum = orgs.insert(Organisation{0, QStringLiteral("dinum"), QStringLiteral("Direction interministérielle du numérique"),
                                                      QStringLiteral("DINUM"), {}});
        const qint64 ademe = orgs.insert(Organisation{0, QStringLiteral("ademe"), QStringLiteral("Agence de la transition écologique"),
                                                      QStringLiteral("ADEME"), {}});
        const qint64 travail = orgs.insert(Organisation{0, QStringLiteral("france-travail"), QStringLiteral("France Travail"), {}, {}});
        m_dinum = orgs.insert(Incubator{0, QStringLiteral("dinum"), QStringLiteral("Incubateur de la DINUM"), dinum, {}});
        m_ademe = orgs.insert(Incubator{0, QStringLiteral("ademe"), QStringLiteral("Incubateur de l'ADEME"), ademe, {}});

        // Today is 2026-11-24.
        m_velo = addProduct(QStringLiteral("velo-pour-tous"), QStringLiteral("Vélo pour tous"), m_ademe, {ademe, travail},
                            {rec(Phase::Investigation, {2024, 9, 2}, {2024, 11, 4}),
                             rec(Phase::Construction, {2024, 11, 4}, {2026, 3, 2}), rec(Phase::Acceleration, {2026, 3, 2})},
                            {2026, 3, 2});  // due 2026-09-02: overdue
        m_cantine = addProduct(QStringLiteral("cantine-locale"), QStringLiteral("Cantine locale"), m_ademe, {ademe},
                               {rec(Phase::Investigation, {2026, 8, 3})});  // 113 days: overrun; due 2027-02-03
        m_signal = addProduct(QStringLiteral("signal-conso"), QStringLiteral("Signal conso"), m_dinum, {dinum},
                              {rec(Phase::Construction, {2025, 6, 2})}, {2025, 12, 15});  // overrun, overdue
        m_stage = addProduct(QStringLiteral("stage-ecole"), QStringLiteral("Mon stage à l'école"), m_dinum, {dinum},
                             {rec(Phase::Investigation, {2024, 1, 8}, {2024, 3, 4}),
                              rec(Phase::Transfere, {2024, 3, 4})},
                             {2024, 10, 1});  // transferred: never overdue

        m_model = std::make_unique<PortfolioModel>(ws());
        m_filter = std::make_unique<PortfolioFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(m_filter.get(),
                                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_modelTester.reset();
        m_filter.reset();
        m_model.reset();
        m_ws.reset();
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), int(PortfolioModel::ColumnCount));
        QCOMPARE(m_model->productIdAt(m_model->rowOf(m_signal)), m_signal);
        QCOMPARE(m_model->rowOf(12345), -1);
        QCOMPARE(m_model->productIdAt(99), 0);
        const QStringList headers = {"Product", "Incubator", "Sponsors", "Phase", "Time in phase",
                                     "Last committee", "Next committee due", "Warnings"};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), headers[c]);
    }

    void displayedValues()
    {
        QCOMPARE(cell(m_velo, PortfolioModel::Title).toString(), QStringLiteral("Vélo pour tous"));
        QCOMPARE(cell(m_velo, PortfolioModel::Incubator).toString(), QStringLiteral("Incubateur de l'ADEME"));
        QCOMPARE(cell(m_velo, PortfolioModel::Sponsors).toString(), QStringLiteral("ADEME, France Travail"));
        QCOMPARE(cell(m_velo, PortfolioModel::Phase).toString(), QStringLiteral("Acceleration"));
        QCOMPARE(cell(m_velo, PortfolioModel::TimeInPhase).toString(), DisplayFormat::duration(267));
        QCOMPARE(cell(m_velo, PortfolioModel::LastCommittee).toString(), QStringLiteral("02/03/2026"));
        QCOMPARE(cell(m_velo, PortfolioModel::NextCommitteeDue).toString(), QStringLiteral("02/09/2026"));
        QCOMPARE(warnings(m_velo), QStringList{"Committee overdue"});

        QCOMPARE(cell(m_cantine, PortfolioModel::LastCommittee).toString(), QString());
        QCOMPARE(cell(m_cantine, PortfolioModel::NextCommitteeDue).toString(), QStringLiteral("03/02/2027"));
        QCOMPARE(warnings(m_cantine), QStringList{"Phase overrun"});
        QCOMPARE(warnings(m_signal), (QStringList{"Phase overrun", "Committee overdue"}));
        QCOMPARE(cell(m_stage, PortfolioModel::Phase).toString(), QStringLiteral("Transferred"));
        QCOMPARE(warnings(m_stage), QStringList());
        QCOMPARE(warnings(m_signal, Qt::ToolTipRole), (QStringList{"Phase overrun", "Committee overdue"}));
    }

    void roles()
    {
        QCOMPARE(cell(m_velo, 0, PortfolioModel::ProductIdRole).toLongLong(), m_velo);
        QCOMPARE(cell(m_velo, 0, PortfolioModel::SlugRole).toString(), QStringLiteral("velo-pour-tous"));
        QCOMPARE(cell(m_velo, 0, PortfolioModel::IncubatorIdRole).toLongLong(), m_ademe);
        QCOMPARE(cell(m_velo, 0, PortfolioModel::PhaseKeyRole).toString(), QStringLiteral("acceleration"));
        QCOMPARE(cell(m_velo, 0, PortfolioModel::OverdueRole).toBool(), true);
        QCOMPARE(cell(m_cantine, 0, PortfolioModel::OverdueRole).toBool(), false);
        QCOMPARE(warnings(m_signal, PortfolioModel::WarningCodesRole), (QStringList{"phase-overrun", "committee-overdue"}));
        const QString search = cell(m_velo, 0, PortfolioModel::SearchTextRole).toString();
        for (const char *word : {"velo", "velo-pour-tous", "incubateur de l'ademe", "france travail"})
            QVERIFY2(search.contains(QLatin1String(word)), qPrintable(search));

        // Raw values to sort on.
        QCOMPARE(cell(m_velo, PortfolioModel::LastCommittee, PortfolioModel::SortRole).toLongLong(),
                 QDate(2026, 3, 2).toJulianDay());
        QCOMPARE(cell(m_velo, PortfolioModel::NextCommitteeDue, PortfolioModel::SortRole).toLongLong(),
                 QDate(2026, 9, 2).toJulianDay());
        QCOMPARE(cell(m_velo, PortfolioModel::TimeInPhase, PortfolioModel::SortRole).toInt(), 267);
        QCOMPARE(cell(m_cantine, PortfolioModel::TimeInPhase, PortfolioModel::SortRole).toInt(), 113);
    }

    void titleEditSignalsOneCell()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(Edit::setField(ws(), m_cantine, ProductField::Title, QStringLiteral("Cantine bio locale")));
        QCOMPARE(changed.count(), 1);
        const QModelIndex cellIndex = m_model->index(m_model->rowOf(m_cantine), PortfolioModel::Title);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), cellIndex);
        QCOMPARE(changed.at(0).at(1).toModelIndex(), cellIndex);
        QCOMPARE(cellIndex.data().toString(), QStringLiteral("Cantine bio locale"));
        QCOMPARE(reset.count(), 0);

        ws().undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(cellIndex.data().toString(), QStringLiteral("Cantine locale"));
    }

    void phaseAndCommitteeSignalTheirColumns()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const int row = m_model->rowOf(m_cantine);
        QVERIFY(Edit::addPhaseTransition(ws(), m_cantine, rec(Phase::Construction, {2026, 11, 2})));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(row, PortfolioModel::Phase));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(row, PortfolioModel::Warnings));
        QCOMPARE(cell(m_cantine, PortfolioModel::Phase).toString(), QStringLiteral("Construction"));
        QCOMPARE(warnings(m_cantine), QStringList());

        QVERIFY(Edit::recordCommittee(ws(), CommitteeReview{0, m_cantine, {2026, 11, 2}, DecisionOption::Continue, {}}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex(), m_model->index(row, PortfolioModel::LastCommittee));
        QCOMPARE(changed.at(1).at(1).toModelIndex(), m_model->index(row, PortfolioModel::Warnings));
        QCOMPARE(cell(m_cantine, PortfolioModel::LastCommittee).toString(), QStringLiteral("02/11/2026"));
        QCOMPARE(cell(m_cantine, PortfolioModel::NextCommitteeDue).toString(), QStringLiteral("02/05/2027"));

        // A field the table does not show: no signal.
        QVERIFY(Edit::setField(ws(), m_cantine, ProductField::Coach, QStringLiteral("Jean Petit")));
        QCOMPARE(changed.count(), 2);
    }

    void addAndRemoveProductWithoutReset()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        const Result<qint64> added = Edit::addProduct(ws(), Test::sampleProduct(QStringLiteral("eau-potable"), QStringLiteral("Eau potable")));
        QVERIFY(added);
        const qint64 id = added.value();
        QVERIFY(id > 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(cell(id, PortfolioModel::Title).toString(), QStringLiteral("Eau potable"));

        const int row = m_model->rowOf(m_cantine);
        QVERIFY(Edit::removeProduct(ws(), m_cantine));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), row);
        QCOMPARE(removed.at(0).at(2).toInt(), row);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->rowOf(m_cantine), -1);
        // Rows after the removed one are found at their new place.
        QCOMPARE(cell(id, PortfolioModel::Title).toString(), QStringLiteral("Eau potable"));
        QCOMPARE(cell(m_stage, PortfolioModel::Title).toString(), QStringLiteral("Mon stage à l'école"));

        ws().undoStack()->undo();  // the removal
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(cell(m_cantine, PortfolioModel::Title).toString(), QStringLiteral("Cantine locale"));
        ws().undoStack()->undo();  // the addition
        QCOMPARE(removed.count(), 2);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(reset.count(), 0);
    }

    void filterByText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("slugs");
        QTest::newRow("accent-insensitive") << "velo" << QStringList{"velo-pour-tous"};
        QTest::newRow("case-insensitive") << "VÉLO" << QStringList{"velo-pour-tous"};
        QTest::newRow("accent typed, none stored") << "écôle" << QStringList{"stage-ecole"};
        QTest::newRow("incubator name") << "dinum" << QStringList{"signal-conso", "stage-ecole"};
        QTest::newRow("sponsor") << "france travail" << QStringList{"velo-pour-tous"};
        QTest::newRow("slug") << "cantine-locale" << QStringList{"cantine-locale"};
        QTest::newRow("every word must match") << "stage dinum" << QStringList{"stage-ecole"};
        QTest::newRow("no match") << "hôpital" << QStringList{};
        QTest::newRow("blank shows all") << "   " << QStringList{"velo-pour-tous", "cantine-locale", "signal-conso", "stage-ecole"};
    }

    void filterByText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, slugs);
        m_filter->setSearchText(text);
        QCOMPARE(visibleSlugs(), slugs);
    }

    // « coeur » finds « Cœur » and the other way round, as people type both.
    void filterFoldsLigatures()
    {
        const Result<qint64> added = Edit::addProduct(ws(), Test::sampleProduct(QStringLiteral("centre-ville"), QStringLiteral("Cœur de ville")));
        QVERIFY(added);
        const qint64 id = added.value();
        QVERIFY(id > 0);
        m_filter->setSearchText(QStringLiteral("coeur"));
        QCOMPARE(visibleSlugs(), QStringList{"centre-ville"});
        m_filter->setSearchText(QStringLiteral("CŒUR"));
        QCOMPARE(visibleSlugs(), QStringList{"centre-ville"});
    }

    void filterByIncubatorPhaseOverdue()
    {
        m_filter->setIncubatorId(m_ademe);
        QCOMPARE(visibleSlugs(), (QStringList{"velo-pour-tous", "cantine-locale"}));
        m_filter->setIncubatorId(0);
        m_filter->setPhaseKey(QStringLiteral("construction"));
        QCOMPARE(visibleSlugs(), QStringList{"signal-conso"});
        m_filter->setPhaseKey(QString());
        m_filter->setOverdueOnly(true);
        QCOMPARE(visibleSlugs(), (QStringList{"velo-pour-tous", "signal-conso"}));
        m_filter->setIncubatorId(m_dinum);
        QCOMPARE(visibleSlugs(), QStringList{"signal-conso"});
        m_filter->setSearchText(QStringLiteral("velo"));
        QCOMPARE(visibleSlugs(), QStringList{});
        m_filter->setOverdueOnly(false);
        m_filter->setIncubatorId(0);
        m_filter->setSearchText({});
        QCOMPARE(m_filter->rowCount(), 4);
    }

    // Edits move rows in and out of a filter that is on.
    void filterFollowsEdits()
    {
        m_filter->setPhaseKey(QStringLiteral("construction"));
        QVERIFY(Edit::addPhaseTransition(ws(), m_cantine, rec(Phase::Construction, {2026, 11, 2})));
        QCOMPARE(visibleSlugs(), (QStringList{"cantine-locale", "signal-conso"}));
        ws().undoStack()->undo();
        QCOMPARE(visibleSlugs(), QStringList{"signal-conso"});
        m_filter->setPhaseKey(QString());

        m_filter->setOverdueOnly(true);
        QVERIFY(Edit::recordCommittee(ws(), CommitteeReview{0, m_signal, {2026, 11, 2}, DecisionOption::Continue, {}}));
        QCOMPARE(visibleSlugs(), QStringList{"velo-pour-tous"});
        m_filter->setOverdueOnly(false);

        m_filter->setIncubatorId(m_dinum);
        QVERIFY(Edit::setField(ws(), m_velo, ProductField::Incubator, m_dinum));
        QCOMPARE(visibleSlugs(), (QStringList{"velo-pour-tous", "signal-conso", "stage-ecole"}));
        m_filter->setIncubatorId(0);

        m_filter->setSearchText(QStringLiteral("velo"));
        QVERIFY(Edit::setField(ws(), m_cantine, ProductField::Title, QStringLiteral("Vélo-cargo à la cantine")));
        QCOMPARE(visibleSlugs(), (QStringList{"velo-pour-tous", "cantine-locale"}));
    }

    void sortByDatesUsesRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        // Undated rows first; text order would put 15/12/2025 after 02/03/2026.
        QTest::newRow("last committee") << int(PortfolioModel::LastCommittee)
                                        << QStringList{"cantine-locale", "stage-ecole", "signal-conso", "velo-pour-tous"};
        QTest::newRow("next committee due") << int(PortfolioModel::NextCommitteeDue)
                                            << QStringList{"stage-ecole", "signal-conso", "velo-pour-tous", "cantine-locale"};
        QTest::newRow("time in phase") << int(PortfolioModel::TimeInPhase)
                                       << QStringList{"cantine-locale", "velo-pour-tous", "signal-conso", "stage-ecole"};
        QTest::newRow("phase, in lifecycle order") << int(PortfolioModel::Phase)
                                                   << QStringList{"cantine-locale", "signal-conso", "velo-pour-tous", "stage-ecole"};
        QTest::newRow("title") << int(PortfolioModel::Title)
                                                << QStringList{"cantine-locale", "stage-ecole", "signal-conso", "velo-pour-tous"};
    }

    void sortByDatesUsesRawValues()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        m_filter->sort(column, Qt::AscendingOrder);
        QCOMPARE(visibleSlugs(), ascending);
        m_filter->sort(column, Qt::DescendingOrder);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(visibleSlugs(), ascending);
    }

    // The text columns compare collation keys made once per row: the order
    // is the one QSortFilterProxyModel's locale-aware sort gives (accents,
    // capitals), and it follows a renamed product.
    void sortTextColumnsAsTheLocaleAwareProxyDoes()
    {
        for (const QString &title : {QStringLiteral("école du numérique"), QStringLiteral("Ecole B"), QStringLiteral("zèbre"),
                                     QStringLiteral("Zoo"), QStringLiteral("Éclair"), QStringLiteral("eclat"), QStringLiteral("Œuvre"),
                                     QStringLiteral("oeuvres"), QStringLiteral("10 ans"), QStringLiteral("9 vies")})
            addProduct(SearchText::fold(title).replace(u' ', u'-') + QStringLiteral("-x"), title, m_dinum, {}, {});
        m_model->reload();
        QSortFilterProxyModel plain;
        plain.setSortRole(PortfolioModel::SortRole);
        plain.setSortLocaleAware(true);
        plain.setSortCaseSensitivity(Qt::CaseInsensitive);
        plain.setSourceModel(m_model.get());
        const auto order = [](const QAbstractItemModel &m) {
            QStringList slugs;
            for (int r = 0; r < m.rowCount(); ++r)
                slugs << m.index(r, 0).data(PortfolioModel::SlugRole).toString();
            return slugs;
        };
        for (int column : {PortfolioModel::Title, PortfolioModel::Incubator, PortfolioModel::Sponsors}) {
            for (Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_filter->sort(column, direction);
                plain.sort(column, direction);
                QCOMPARE(order(*m_filter), order(plain));
            }
        }
        m_filter->sort(PortfolioModel::Title, Qt::AscendingOrder);
        QCOMPARE(order(*m_filter).first(), QStringLiteral("10-ans-x"));
        QVERIFY(Edit::setField(ws(), m_velo, ProductField::Title, QStringLiteral("1 vélo")));
        QCOMPARE(order(*m_filter).first(), QStringLiteral("velo-pour-tous"));
        // The keys follow rows added, removed and renamed while sorted: the
        // whole order stays the plain proxy's.
        // Then sorted anew, with the keys kept.
        const auto samePlainOrder = [&] {
            plain.invalidate();
            plain.sort(PortfolioModel::Title, Qt::AscendingOrder);
            const bool followed = order(*m_filter) == order(plain);
            m_filter->sort(PortfolioModel::Phase, Qt::AscendingOrder);
            m_filter->sort(PortfolioModel::Title, Qt::AscendingOrder);
            return followed && order(*m_filter) == order(plain);
        };
        const Result<qint64> added = Edit::addProduct(ws(), Test::sampleProduct(QStringLiteral("abeille-x"), QStringLiteral("Abeilles")));
        QVERIFY(added);
        QVERIFY(samePlainOrder());
        QVERIFY(Edit::removeProduct(ws(), m_cantine));
        QVERIFY(samePlainOrder());
        QVERIFY(Edit::setField(ws(), added.value(), ProductField::Title, QStringLiteral("Zythum")));
        QVERIFY(samePlainOrder());
        QCOMPARE(order(*m_filter).last(), QStringLiteral("abeille-x"));
    }

    void sortFollowsEdits()
    {
        m_filter->sort(PortfolioModel::LastCommittee, Qt::AscendingOrder);
        QVERIFY(Edit::recordCommittee(ws(), CommitteeReview{0, m_cantine, {2025, 1, 6}, DecisionOption::Continue, {}}));
        QCOMPARE(visibleSlugs(), (QStringList{"stage-ecole", "cantine-locale", "signal-conso", "velo-pour-tous"}));
    }

    void reloadAfterPortfolioReset()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        ws().products().remove(m_stage);
        ws().notifyPortfolioReset();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(m_stage), -1);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioModel)
#include "tst_portfoliomodel.moc"
