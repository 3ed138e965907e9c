// DeliberationBuilder: the deliberation of a held three-product session —
// header, each product's part (indicators, grid, decision, objectives,
// blockers, conditions, actions, next committee), agenda planned vs
// actual, notes, closing line, footer —, sections left out, the French
// formats and the one-page procurement notice.

#include "deliberationfixture.h"
#include "domain/displayformat.h"
#include "deliberation/deliberationbuilder.h"

#include <QTest>

using namespace Comite;

namespace {
// Every text of the document, one per line ("label: value" for facts).
QString plain(const DeliberationDocument &doc)
{
    QStringList lines;
    for (const DocBlock &b : doc.blocks) {
        lines << b.text;
        for (const auto &[label, value] : b.facts)
            lines << label + QStringLiteral(": ") + value;
        lines << b.headers.join(u'|');
        for (const QStringList &row : b.rows)
            lines << row.join(u'|');
        lines << b.items;
    }
    lines << doc.footerText;
    return lines.join(u'\n');
}

const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QLocale frenchLocale(QLocale::French, QLocale::France);
} // namespace

class TestDeliberationBuilder : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::DeliberationFixture> m_f;
    std::optional<DeliberationData> m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<Test::DeliberationFixture>();
        QCOMPARE(m_f->session().status, SessionStatus::Held);
        m_data = DeliberationData::load(m_f->ws(), m_f->sessionId);
        QVERIFY(m_data);
    }

    void data()
    {
        QCOMPARE(m_data->products.size(), 3);
        QCOMPARE(m_data->secretary()->name, QStringLiteral("David Roux"));
        QCOMPARE(m_data->chair()->name, QStringLiteral("Anne Leroy"));
        QCOMPARE(m_data->version.number, 1);
        QVERIFY(!m_data->version.isFinal());
        const DeliberationProduct &velo = m_data->products[0];
        QVERIFY(!velo.northStar.isEmpty());
        QVERIFY(!velo.matrix.isEmpty());
        QCOMPARE(velo.phase, Phase::Investigation);  // before the decision's phase change
        QVERIFY(velo.nextCommittee > m_f->session().date());
        QVERIFY(m_data->products[1].northStar.isEmpty());
        QVERIFY(!DeliberationData::load(m_f->ws(), 999));
    }

    void deliberation()
    {
        DeliberationData data = *m_data;
        data.products[0].northStarImage = QImage(40, 20, QImage::Format_RGB32);
        const DeliberationDocument doc = DeliberationBuilder(data, {}, english).deliberation();
        const QString text = plain(doc);
        for (const char *expected : {"Chair: Anne Leroy", "Secretary: David Roux", "Place: Salle 4.12", "Bruno Petit|DGALN",
                                     "1. Vélo pour tous", "2. Bus à la demande", "Amount: €1,500,000",
                                     "Period: from 1 December 2026 to 31 May 2027", "Atteindre 100 collectivités|Validated",
                                     "Ouvrir les données|Modified|Reporté.", "Accès aux données de comptage|DGALN",
                                     "Présenter la part des plans réalisés", "Informer les achats|David Roux|1 December 2026",
                                     "Next committee:", "Arbitration grid", "Overall|4 / 5", "Range (max − min)", "Secretary's notes",
                                     "Quorum: ", "Approval", "The chair|The secretary", "Anne Leroy|David Roux",
                                     "Not approved yet", "attended",
                                     "Tour de table : <i>ok</i>.", "Drawn up by David Roux, secretary of the committee, on 24 November 2026.",
                                     "Version 1 · draft"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(text.contains(QStringLiteral("3. ") + Test::evilTitle));  // as typed: the writers escape
        QVERIFY(text.contains(QStringLiteral("Phase change: ") + Phases::label(Phase::Acceleration)));
        QVERIFY(text.contains(DecisionOptions::label(DecisionOption::Stop)));
        // The agenda, planned against actual: the first item took 7 minutes.
        QVERIFY(text.contains(QStringLiteral("Item|Product|Planned|Actual|Difference")));
        QVERIFY(text.contains(QStringLiteral("whole session|5 min|7 min|+2 min")));
        const auto images = std::count_if(doc.blocks.cbegin(), doc.blocks.cend(), [](const DocBlock &b) { return b.kind == DocBlock::Image; });
        QCOMPARE(images, 1);  // only Vélo pour tous has a North Star
        QCOMPARE(doc.blocks.first().kind, DocBlock::Heading);
        QCOMPARE(doc.blocks.first().text, QStringLiteral("Deliberation of the investment committee"));
    }

    // Issue 16, "complete": per product the roadmap as approved and the
    // committee's opinion on it, the means granted against those requested
    // by line and period, the spending over the last period, the whole grid.
    void completeProductPart()
    {
        const QString text = plain(DeliberationBuilder(*m_data, {}, english).deliberation());
        for (const char *expected : {
                 "Roadmap as approved", "Roadmap from 1 December 2026 to 31 May 2027, as the committee approved it.",
                 "Priority|Expected result|Target|By", "1. Étendre aux villes moyennes|Collectivités actives|100|31 May 2027",
                 "2. Ouvrir les données|—|—|—", "Hypotheses to validate", "Les élus lisent le plan chiffré",
                 "Quantitative success criteria", "Cent collectivités actives", "Qualitative success criteria", "Techniciens satisfaits",
                 "Actor|Need|Objective", "DGALN|Données de comptage|Mesurer l'usage",
                 "The committee's opinion on the roadmap", "Feuille de route ambitieuse et mesurable.",
                 "Atteindre 100 collectivités|Validated", "Ouvrir les données|Modified|Reporté.",
                 "Means requested and granted", "Period requested: from 1 December 2026 to 31 May 2027",
                 "Period granted: from 1 December 2026 to 31 May 2027", "Budget line|Requested|Granted|Difference",
                 "Product|€400,000|€375,000|−€25,000", "Development|€1,000,000|€937,500|−€62,500",
                 "UX/UI design|€200,000|€187,500|−€12,500", "Total|€1,600,000|€1,500,000|−€100,000",
                 "shared over the lines in proportion to the request",
                 "Spending over the last period", "Actual spending before this committee (September 2026 to October 2026).",
                 "Development|€30,000", "UX/UI design|€5,000", "Total|€35,000",
                 // The whole grid: each question, each voting member, the mean and one named spread, the comments.
                 "Question|Anne Leroy|Bruno Petit|Chloé Martin|Mean|Range (max − min)", "|4|4|4|4|0",
                 "Question|Member|Comment", "1|Anne Leroy|Convaincant",
                 // The product stopped: its roadmap was only presented, nothing granted.
                 "Roadmap presented", "The committee stops the product: nothing is granted."})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        for (int q = 1; q <= ArbitrationGrid::questionCount; ++q)
            QVERIFY2(text.contains(QStringLiteral("%1. %2|4|4|4|4|0").arg(q).arg(ArbitrationGrid::questionText(q))), qPrintable(QString::number(q)));
        // The session's month, forecasts: not spent over the last period.
        QVERIFY(!text.contains(QStringLiteral("7,777")));
        QVERIFY(!text.contains(QStringLiteral("4,444")));
    }

    // The last period starts at the product's previous committee.
    void spendingSincePreviousCommittee()
    {
        Test::DeliberationFixture f(false);
        f.ws().committees().record(CommitteeReview{0, f.products.velo, QDate(2026, 10, 3), DecisionOption::Continue, QStringLiteral("Suite")});
        const auto data = DeliberationData::load(f.ws(), f.sessionId);
        QVERIFY(data);
        QCOMPARE(data->products[0].spendingFrom, QDate(2026, 10, 3));
        const QString text = plain(DeliberationBuilder(*data, {}, english).deliberation());
        QVERIFY2(text.contains(QStringLiteral("Actual spending since the committee of 3 October 2026 (October 2026).")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Development|€10,000")));
        QVERIFY(text.contains(QStringLiteral("Total|€15,000")));
        QVERIFY(!text.contains(QStringLiteral("€30,000")));  // September: before that committee
    }

    // An agenda made in French prints its default titles in English.
    void agendaTitlesInTheDocumentsLanguage()
    {
        DeliberationData data = *m_data;
        data.session.agenda[0].title = QStringLiteral("Introduction et tour de table");
        data.session.agenda[1].title = QStringLiteral("Rappel des objectifs du comité");
        data.session.agenda[2].title = QStringLiteral("Démonstration en direct");  // typed by the user: as typed
        const QString text = plain(DeliberationBuilder(data, {}, english).deliberation());
        QVERIFY(text.contains(QStringLiteral("Introduction and round of the table|whole session")));
        QVERIFY(text.contains(QStringLiteral("Reminder of the committee's objectives|whole session")));
        QVERIFY(text.contains(QStringLiteral("Démonstration en direct|Vélo pour tous")));
        QVERIFY(!text.contains(QStringLiteral("Introduction et tour de table")));
    }

    void leaveOut_data()
    {
        QTest::addColumn<int>("omitted");
        QTest::addColumn<QString>("gone");
        QTest::addColumn<QString>("kept");
        QTest::newRow("scores") << int(DeliberationSection::Scores) << QStringLiteral("Arbitration grid") << QStringLiteral("Secretary's notes");
        QTest::newRow("notes") << int(DeliberationSection::Notes) << QStringLiteral("Tour de table") << QStringLiteral("Arbitration grid");
        QTest::newRow("timings") << int(DeliberationSection::AgendaTimings) << QStringLiteral("|Planned|") << QStringLiteral("Item|Product");
    }

    void leaveOut()
    {
        QFETCH(int, omitted);
        QFETCH(QString, gone);
        QFETCH(QString, kept);
        const QString text = plain(DeliberationBuilder(*m_data, DeliberationSections(omitted), english).deliberation());
        QVERIFY(!text.contains(gone));
        QVERIFY(text.contains(kept));
        QVERIFY(text.contains(QStringLiteral("Amount: €1,500,000")));  // decisions always stay
    }

    void french()
    {
        const DeliberationDocument doc = DeliberationBuilder(*m_data, {}, frenchLocale).deliberation();
        const QString text = plain(doc);
        QVERIFY(text.contains(QStringLiteral("24 novembre 2026")));
        QVERIFY(text.contains(QStringLiteral("1er décembre 2026")));
        QVERIFY(text.contains(DisplayFormat::euros(1500000, frenchLocale)));
        QVERIFY(text.contains(QStringLiteral("1") + QChar(0x202f) + QStringLiteral("500") + QChar(0x202f) + QStringLiteral("000")
                              + QChar(0x00a0) + QStringLiteral("€"))
                || text.contains(QStringLiteral("1") + QChar(0x00a0) + QStringLiteral("500") + QChar(0x00a0) + QStringLiteral("000")
                                 + QChar(0x00a0) + QStringLiteral("€")));
        QVERIFY(doc.isFrench());
    }

    void procurementNotice()
    {
        const DeliberationDocument doc = DeliberationBuilder(*m_data, {}, english).procurementNotice();
        const QString text = plain(doc);
        QCOMPARE(doc.title, QStringLiteral("Notice to the procurement office"));
        QVERIFY(text.contains(QStringLiteral("Vélo pour tous|") + DecisionOptions::label(DecisionOption::Continue)
                              + QStringLiteral("|€1,500,000|from 1 December 2026 to 31 May 2027")));
        QVERIFY(text.contains(QStringLiteral("Orders up to €1,500,000, from 1 December 2026 to 31 May 2027.")));
        QVERIFY(text.contains(QStringLiteral("Stop the orders for this product; no new order.")));
        QVERIFY(text.contains(QStringLiteral("Orders up to €200,000")));
        QVERIFY(text.contains(QStringLiteral("Conditions: Présenter la part des plans réalisés")));
        QVERIFY(text.contains(QStringLiteral("Version 1 · draft")));
        QVERIFY(!text.contains(QStringLiteral("Arbitration grid")));
        const auto parts = std::count_if(doc.blocks.cbegin(), doc.blocks.cend(),
                                         [](const DocBlock &b) { return b.kind == DocBlock::Heading && b.level == 3; });
        QCOMPARE(parts, 3);
    }

    void suggestedName()
    {
        QCOMPARE(DeliberationBuilder::suggestedBaseName(m_data->session),
                 QStringLiteral("deliberation-2026-11-24-comite-mobilites"));
        QCOMPARE(DeliberationBuilder::suggestedBaseName(m_data->session, true),
                 QStringLiteral("procurement-2026-11-24-comite-mobilites"));
    }

    void cleanupTestCase()
    {
        m_data.reset();
        m_f.reset();
    }
};

QTEST_MAIN(TestDeliberationBuilder)
#include "tst_deliberationbuilder.moc"
