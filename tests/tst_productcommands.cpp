// Product edits through the Edit:: API: every undo command with a
// do/undo/redo round trip checked in the database, merging of consecutive
// title edits, and refused edits that change nothing and push nothing.

#include "commands/productedits.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace Comite;

using EditCall = std::function<Result<void>(Workspace &, qint64 productId)>;
Q_DECLARE_METATYPE(EditCall)

// An add's outcome without its id, for the table of refused edits.
static Result<void> withoutId(const Result<qint64> &added)
{
    if (!added)
        return added.error();
    return success();
}

class TestProductCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    qint64 m_dinum = 0;
    qint64 m_ademe = 0;
    qint64 m_incubatorA = 0;
    qint64 m_incubatorB = 0;
    qint64 m_id = 0;
    CommitteeReview m_committee;

    Workspace &ws() { return **m_ws; }
    QUndoStack *stack() { return ws().undoStack(); }
    Product stored(qint64 id = 0) { return ws().products().load(id ? id : m_id).value_or(Product{}); }
    QList<CommitteeReview> committees(qint64 id = 0) { return ws().committees().forProduct(id ? id : m_id); }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        OrganisationRepository &orgs = ws().organisations();
        m_dinum = orgs.insert(Organisation{0, QStringLiteral("dinum"), QStringLiteral("Direction interministérielle du numérique"),
                                           QStringLiteral("DINUM"), QStringLiteral("administration-centrale")});
        m_ademe = orgs.insert(Organisation{0, QStringLiteral("ademe"), QStringLiteral("Agence de la transition écologique"),
                                           QStringLiteral("ADEME"), QStringLiteral("operateur")});
        m_incubatorA = orgs.insert(Incubator{0, QStringLiteral("dinum"), QStringLiteral("Incubateur de la DINUM"), m_dinum, 12000000});
        m_incubatorB = orgs.insert(Incubator{0, QStringLiteral("ademe"), QStringLiteral("Incubateur de l'ADEME"), m_ademe, {}});

        Product p;
        p.slug = QStringLiteral("velo-pour-tous");
        p.title = QStringLiteral("Vélo pour tous");
        p.pitch = QStringLiteral("Permettre aux collectivités d'obtenir un plan grâce à un simulateur afin de doubler la part du vélo.");
        p.incubatorId = m_incubatorA;
        p.sponsorIds = {m_dinum};
        p.intrapreneur = QStringLiteral("Claire Dubois");
        p.coach = QStringLiteral("Thomas Martin");
        p.description = QStringLiteral("## Le problème\n\nPeu de données.");
        p.links = {{QStringLiteral("site"), QStringLiteral("https://velo.beta.gouv.fr")}};
        p.phases = {{Phase::Investigation, {2025, 1, 6}, {2025, 3, 3}, QStringLiteral("Lancement"), false},
                    {Phase::Construction, {2025, 3, 3}, {}, {}, false}};
        m_id = ws().products().insert(p);
        m_committee = CommitteeReview{0, m_id, {2025, 9, 15}, DecisionOption::Continue, QStringLiteral("Budget maintenu."), };
        m_committee.sessionId = ws().committees().record(m_committee, m_incubatorA);
        QCOMPARE(stack()->count(), 0);
    }

    void cleanup() { m_ws.reset(); }

    void setField_data()
    {
        QTest::addColumn<ProductField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("change");
        QTest::newRow("slug") << ProductField::Slug << QVariant(QStringLiteral("velo-partout")) << int(ProductChange::Identity);
        QTest::newRow("title") << ProductField::Title << QVariant(QStringLiteral("Vélo partout")) << int(ProductChange::Identity);
        QTest::newRow("pitch") << ProductField::Pitch << QVariant(QStringLiteral("Permettre à tous d'obtenir un vélo grâce à un prêt afin de bouger."))
                               << int(ProductChange::Pitch);
        QTest::newRow("intrapreneur") << ProductField::Intrapreneur << QVariant(QStringLiteral("Inès Moreau"))
                                      << int(ProductChange::People);
        QTest::newRow("coach") << ProductField::Coach << QVariant(QStringLiteral("Jean Petit")) << int(ProductChange::People);
        QTest::newRow("description") << ProductField::Description << QVariant(QStringLiteral("**Nouveau** texte"))
                                     << int(ProductChange::Description);
        QTest::newRow("empty pitch") << ProductField::Pitch << QVariant(QString()) << int(ProductChange::Pitch);
    }

    void setField()
    {
        QFETCH(ProductField, field);
        QFETCH(QVariant, value);
        QFETCH(int, change);
        const QVariant before = ws().products().field(m_id, field);
        QSignalSpy changed(&ws(), &Workspace::productChanged);

        const Result<void> r = Edit::setField(ws(), m_id, field, value);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(ws().products().field(m_id, field).toString(), value.toString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), m_id);
        QCOMPARE(int(changed.at(0).at(1).value<ProductChanges>()), change);

        stack()->undo();
        QCOMPARE(ws().products().field(m_id, field), before);
        stack()->redo();
        QCOMPARE(ws().products().field(m_id, field).toString(), value.toString());
        QCOMPARE(changed.count(), 3);
    }

    void setIncubator()
    {
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Incubator, m_incubatorB));
        QCOMPARE(stored().incubatorId, m_incubatorB);
        QCOMPARE(ws().products().summary(m_id)->incubatorSlug, QStringLiteral("ademe"));
        stack()->undo();
        QCOMPARE(stored().incubatorId, m_incubatorA);
        stack()->redo();
        QCOMPARE(stored().incubatorId, m_incubatorB);

        // No incubator: stored as NULL. Consecutive edits of one field
        // make one step.
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Incubator, qint64(0)));
        QCOMPARE(stored().incubatorId, 0);
        QVERIFY(ws().products().field(m_id, ProductField::Incubator).isNull());
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(stored().incubatorId, m_incubatorA);
    }

    void unchangedValuePushesNothing()
    {
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Title, QStringLiteral("Vélo pour tous")));
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Incubator, m_incubatorA));
        QVERIFY(Edit::setSponsors(ws(), m_id, {m_dinum}));
        QVERIFY(Edit::setLinks(ws(), m_id, stored().links));
        QVERIFY(Edit::setPhases(ws(), m_id, stored().phases, QStringLiteral("same")));
        QCOMPARE(stack()->count(), 0);
    }

    void consecutiveTitleEditsMerge()
    {
        for (const char *title : {"V", "Vé", "Vélo", "Vélo partout"})
            QVERIFY(Edit::setField(ws(), m_id, ProductField::Title, QString::fromUtf8(title)));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stored().title, QStringLiteral("Vélo partout"));
        stack()->undo();
        QCOMPARE(stored().title, QStringLiteral("Vélo pour tous"));
        stack()->redo();
        QCOMPARE(stored().title, QStringLiteral("Vélo partout"));

        // Another field, or another product, is a new step.
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Coach, QStringLiteral("Jean Petit")));
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Title, QStringLiteral("Vélo")));
        QCOMPARE(stack()->count(), 3);
        const qint64 other = ws().products().insert(Test::sampleProduct(QStringLiteral("autre")));
        QVERIFY(Edit::setField(ws(), other, ProductField::Title, QStringLiteral("Autre titre")));
        QCOMPARE(stack()->count(), 4);
    }

    void editsBackToTheStartLeaveNoStep()
    {
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Title, QStringLiteral("Vélo")));
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Title, QStringLiteral("Vélo pour tous")));
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(stored().title, QStringLiteral("Vélo pour tous"));
    }

    void setSponsors()
    {
        QVERIFY(Edit::setSponsors(ws(), m_id, {m_ademe, m_dinum}));
        QCOMPARE(stored().sponsorIds, (QList<qint64>{m_ademe, m_dinum}));
        QCOMPARE(ws().products().summary(m_id)->sponsorSlugs, (QStringList{"ademe", "dinum"}));
        stack()->undo();
        QCOMPARE(stored().sponsorIds, QList<qint64>{m_dinum});
        stack()->redo();
        QCOMPARE(stored().sponsorIds, (QList<qint64>{m_ademe, m_dinum}));
        QVERIFY(Edit::setSponsors(ws(), m_id, {}));
        QCOMPARE(stored().sponsorIds, QList<qint64>{});
        QCOMPARE(stack()->count(), 2);
    }

    void setLinks()
    {
        const QList<ProductLink> links = {{QStringLiteral("repository"), QStringLiteral("https://github.com/betagouv/velo")},
                                          {QStringLiteral("site"), QStringLiteral("https://velo.beta.gouv.fr")}};
        const QList<ProductLink> before = stored().links;
        QSignalSpy changed(&ws(), &Workspace::productChanged);
        QVERIFY(Edit::setLinks(ws(), m_id, links));
        QCOMPARE(stored().links, links);
        QCOMPARE(changed.at(0).at(1).value<ProductChanges>(), ProductChanges(ProductChange::Links));
        stack()->undo();
        QCOMPARE(stored().links, before);
        stack()->redo();
        QCOMPARE(stored().links, links);
    }

    void addPhaseTransition()
    {
        const QList<PhaseRecord> before = stored().phases;
        const PhaseRecord next{Phase::Acceleration, {2026, 11, 2}, {}, QStringLiteral("Feu vert du comité"), false};
        QSignalSpy changed(&ws(), &Workspace::productChanged);
        const Result<void> r = Edit::addPhaseTransition(ws(), m_id, next);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(stack()->text(0), QStringLiteral("Move to phase “Acceleration”"));
        QCOMPARE(changed.at(0).at(1).value<ProductChanges>(), ProductChanges(ProductChange::Phases));

        QList<PhaseRecord> expected = before;
        expected[1].end = QDate(2026, 11, 2);
        expected << next;
        QCOMPARE(stored().phases, expected);
        stack()->undo();
        QCOMPARE(stored().phases, before);
        stack()->redo();
        QCOMPARE(stored().phases, expected);
    }

    void restartAfterStop()
    {
        QVERIFY(Edit::addPhaseTransition(ws(), m_id, PhaseRecord{Phase::Abandon, {2026, 1, 5}, {}, {}, false}));
        QVERIFY(Edit::addPhaseTransition(ws(), m_id, PhaseRecord{Phase::Construction, {2026, 6, 1}, {}, {}, true}));
        const QList<PhaseRecord> phases = stored().phases;
        QCOMPARE(phases.size(), 4);
        QCOMPARE(phases[2].end, QDate(2026, 6, 1));
        QVERIFY(phases[3].restart);
    }

    void setPhases()
    {
        const QList<PhaseRecord> before = stored().phases;
        QList<PhaseRecord> edited = before;
        edited[0].comment = QStringLiteral("Lancement après l'appel à projets");
        edited.removeLast();
        edited[0].end = QDate();
        QVERIFY(Edit::setPhases(ws(), m_id, edited, QStringLiteral("Edit phase history")));
        QCOMPARE(stack()->text(0), QStringLiteral("Edit phase history"));
        QCOMPARE(stored().phases, edited);
        stack()->undo();
        QCOMPARE(stored().phases, before);
        stack()->redo();
        QCOMPARE(stored().phases, edited);
    }

    void addProduct()
    {
        Product p = Test::sampleProduct(QStringLiteral("cantine-locale"), QStringLiteral("Cantine locale"));
        p.incubatorId = m_incubatorB;
        p.sponsorIds = {m_ademe};
        p.links = {{QStringLiteral("site"), QStringLiteral("https://cantine.beta.gouv.fr")}};
        QSignalSpy added(&ws(), &Workspace::productAdded);
        QSignalSpy removed(&ws(), &Workspace::productRemoved);
        const Result<qint64> r = Edit::addProduct(ws(), p);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const qint64 id = r.value();
        QVERIFY(id > 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), id);

        p.id = id;
        QCOMPARE(stored(id), p);
        stack()->undo();
        QCOMPARE(ws().products().load(id), std::nullopt);
        QCOMPARE(removed.count(), 1);
        stack()->redo();
        QCOMPARE(stored(id), p);
        QCOMPARE(ws().products().count(), 2);
    }

    void removeProductRestoresEverything()
    {
        // A second committee, and another product that must not be touched.
        QVERIFY(Edit::recordCommittee(ws(), CommitteeReview{0, m_id, {2026, 3, 16}, DecisionOption::Provisional,
                                                            QStringLiteral("Budget provisoire de deux mois."), }));
        const qint64 other = ws().products().insert(Test::sampleProduct(QStringLiteral("autre")));
        ws().committees().record(CommitteeReview{0, other, {2026, 2, 2}, DecisionOption::Continue, {}}, 0);
        stack()->clear();

        const Product before = stored();
        const QList<CommitteeReview> committeesBefore = committees();
        QCOMPARE(committeesBefore.size(), 2);
        QCOMPARE(ws().committees().heldReviewCount(), 3);

        const Result<void> r = Edit::removeProduct(ws(), m_id);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(ws().products().load(m_id), std::nullopt);
        QCOMPARE(ws().committees().heldReviewCount(), 1);
        QCOMPARE(ws().committees().forProduct(other).size(), 1);

        stack()->undo();
        QCOMPARE(stored(), before);  // same id, phases, sponsors, links, texts
        QCOMPARE(committees(), committeesBefore);  // same sessions, decisions, comments
        QCOMPARE(ws().products().summary(m_id)->lastCommittee, QDate(2026, 3, 16));
        QCOMPARE(ws().committees().heldReviewCount(), 3);

        stack()->redo();
        QCOMPARE(ws().products().load(m_id), std::nullopt);
        QCOMPARE(ws().committees().heldReviewCount(), 1);
        stack()->undo();
        QCOMPARE(stored(), before);
        QCOMPARE(committees(), committeesBefore);
    }

    void recordAndRemoveCommittee()
    {
        const CommitteeReview review{0, m_id, Test::fixedToday, DecisionOption::ContinueReduced,
                                     QStringLiteral("Enveloppe réduite à 300 k€."), };
        QSignalSpy changed(&ws(), &Workspace::productChanged);
        QVERIFY(Edit::recordCommittee(ws(), review));
        QCOMPARE(changed.at(0).at(1).value<ProductChanges>(), ProductChanges(ProductChange::Committees));
        QList<CommitteeReview> after = committees();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[1].date, review.date);
        QCOMPARE(after[1].decision, review.decision);
        QCOMPARE(after[1].comment, review.comment);
        const qint64 session = after[1].sessionId;
        QCOMPARE(ws().products().summary(m_id)->lastCommittee, Test::fixedToday);

        stack()->undo();
        QCOMPARE(committees(), QList<CommitteeReview>{m_committee});
        stack()->redo();
        QCOMPARE(committees(), after);
        QCOMPARE(committees()[1].sessionId, session);

        QVERIFY(Edit::removeCommittee(ws(), m_committee));
        QCOMPARE(committees(), QList<CommitteeReview>{after[1]});
        stack()->undo();
        QCOMPARE(committees(), after);
        stack()->redo();
        QCOMPARE(committees(), QList<CommitteeReview>{after[1]});
    }

    void refused_data()
    {
        QTest::addColumn<EditCall>("edit");
        QTest::addColumn<QString>("message");
        auto field = [](ProductField f, QVariant v) {
            return EditCall([f, v](Workspace &ws, qint64 id) { return Edit::setField(ws, id, f, v); });
        };
        QTest::newRow("empty title") << field(ProductField::Title, QString()) << "The title cannot be empty.";
        QTest::newRow("blank title") << field(ProductField::Title, QStringLiteral("   ")) << "The title cannot be empty.";
        QTest::newRow("bad slug") << field(ProductField::Slug, QStringLiteral("Vélo Pour Tous"))
                                  << "The identifier “Vélo Pour Tous” may only hold lower-case letters, digits, dots and dashes.";
        QTest::newRow("duplicate slug") << field(ProductField::Slug, QStringLiteral("autre"))
                                        << "Another product already uses the identifier “autre”.";
        QTest::newRow("phase after a stop without restart")
            << EditCall([](Workspace &ws, qint64 id) {
                   return Edit::addPhaseTransition(ws, id, PhaseRecord{Phase::Acceleration, {2026, 10, 1}, {}, {}, false});
               })
            << "Row 4 (Acceleration): the product was stopped (Stopped); mark this phase as an explicit restart to continue.";
        QTest::newRow("transition before the running phase")
            << EditCall([](Workspace &ws, qint64 id) {
                   return Edit::addPhaseTransition(ws, id, PhaseRecord{Phase::Opere, {2025, 1, 1}, {}, {}, true});
               })
            << "Row 4 (Operated): it starts on 2025-01-01, before the previous phase (Stopped, 2026-06-01).";
        QTest::newRow("history out of order")
            << EditCall([](Workspace &ws, qint64 id) {
                   QList<PhaseRecord> phases = ws.products().load(id)->phases;
                   std::swap(phases[0], phases[1]);
                   return Edit::setPhases(ws, id, phases, QStringLiteral("swap"));
               })
            << "Row 2 (Investigation): it starts on 2025-01-06, before the previous phase (Construction, 2025-03-03).";
        QTest::newRow("committee in the future")
            << EditCall([](Workspace &ws, qint64 id) {
                   return Edit::recordCommittee(ws, CommitteeReview{0, id, Test::fixedToday.addDays(1), DecisionOption::Continue, {}});
               })
            << "A committee on 2026-11-25 has not been held yet: plan it as a session instead.";
        QTest::newRow("committee without a date")
            << EditCall([](Workspace &ws, qint64 id) {
                   return Edit::recordCommittee(ws, CommitteeReview{0, id, QDate(), DecisionOption::Continue, {}});
               })
            << "The committee date is missing or invalid.";
        QTest::newRow("new product with a taken slug")
            << EditCall([](Workspace &ws, qint64) {
                   return withoutId(Edit::addProduct(ws, Test::sampleProduct(QStringLiteral("velo-pour-tous"), QStringLiteral("Copie"))));
               })
            << "Another product already uses the identifier “velo-pour-tous”.";
        QTest::newRow("new product without a title")
            << EditCall([](Workspace &ws, qint64) {
                   Product p = Test::sampleProduct(QStringLiteral("sans-titre"));
                   p.title.clear();
                   return withoutId(Edit::addProduct(ws, p));
               })
            << "The title cannot be empty.";
    }

    void refused()
    {
        QFETCH(EditCall, edit);
        QFETCH(QString, message);
        ws().products().insert(Test::sampleProduct(QStringLiteral("autre")));
        // A stopped history for the phase cases.
        QList<PhaseRecord> phases = stored().phases;
        phases[1].end = QDate(2026, 6, 1);
        phases << PhaseRecord{Phase::Abandon, {2026, 6, 1}, {}, {}, false};
        ws().products().setPhases(m_id, phases);

        const QList<ProductSummary> before = ws().products().summaries();
        const Product product = stored();
        const QList<CommitteeReview> committeesBefore = committees();
        QSignalSpy changed(&ws(), &Workspace::productChanged);
        QSignalSpy added(&ws(), &Workspace::productAdded);
        QSignalSpy removed(&ws(), &Workspace::productRemoved);

        const Result<void> r = edit(ws(), m_id);
        QVERIFY(!r);
        QCOMPARE(r.error().message, message);
        QCOMPARE(stack()->count(), 0);
        QCOMPARE(stored(), product);
        QCOMPARE(committees(), committeesBefore);
        QCOMPARE(ws().products().count(), before.size());
        QCOMPARE(changed.count() + added.count() + removed.count(), 0);
    }

    // A write the database refuses (here: locked by another program) is
    // reported and leaves no step on the stack.
    void failedWritePushesNothing()
    {
        ws().database().exec(QStringLiteral("PRAGMA busy_timeout = 20"));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(m_ws->path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        QSignalSpy errors(&ws(), &Workspace::errorOccurred);
        const Result<void> field = Edit::setField(ws(), m_id, ProductField::Title, QStringLiteral("Vélo bloqué"));
        QVERIFY(!field);
        QVERIFY2(field.error().message.contains(QLatin1String("locked")), qPrintable(field.error().message));
        QCOMPARE(errors.count(), 0);  // the caller shows the failure: one message, not two
        const Result<qint64> added = Edit::addProduct(ws(), Test::sampleProduct(QStringLiteral("bloque")));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QLatin1String("locked")), qPrintable(added.error().message));
        QCOMPARE(stack()->count(), 0);

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));

        QCOMPARE(stored().title, QStringLiteral("Vélo pour tous"));
        QCOMPARE(ws().products().idForSlug(QStringLiteral("bloque")), std::nullopt);
        QVERIFY(Edit::setField(ws(), m_id, ProductField::Title, QStringLiteral("Vélo débloqué")));
        QCOMPARE(stack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProductCommands)
#include "tst_productcommands.moc"
