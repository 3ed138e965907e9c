#pragma once
// Shared by the deliberation tests: a session held today (24 November
// 2026) on three products — one titled like an HTML injection — with
// decisions (1 500 000 € for Vélo pour tous, with the committee's opinion
// on its roadmap), scores (one with a comment), timings, notes, a North
// Star with six months of measurements, the roadmap the session approves
// for Vélo pour tous (1 600 000 € requested) and its spending.

#include "sessionfixture.h"
#include "storage/deliberationrepository.h"
#include "storage/roadmaprepository.h"
#include "storage/spendingrepository.h"

#include <QFile>
#include <QProcess>
#include <tuple>

namespace Comite::Test {

inline const QString evilTitle = QStringLiteral("<script>alert('x')</script> | *Bus* & Co");

struct DeliberationFixture {
    TempWorkspace tw;
    SessionFixture products{*tw};
    qint64 evil = 0;
    qint64 sessionId = 0;

    Workspace &ws() { return *tw; }

    explicit DeliberationFixture(bool close = true)
    {
        Workspace &w = *tw;
        evil = w.products().insert(sampleProduct(QStringLiteral("evil"), evilTitle));
        Session s = products.planned(QDateTime(fixedToday, QTime(9, 30)));
        s.products << SessionProduct{evil, QStringLiteral("evil"), evilTitle};
        const Result<qint64> created = Edit::createSession(w, s, SessionAgenda::defaultTemplate());
        if (!created)
            qWarning("DeliberationFixture: %s", qPrintable(created.error().message));
        sessionId = created.valueOr(0);

        Indicator star;
        star.productId = products.velo;
        star.name = QStringLiteral("Kilomètres programmés");
        star.kind = IndicatorKind::Impact;
        star.principle = MatrixPrinciple::Impactful;
        star.unit = QStringLiteral("km");
        star.northStar = true;
        const qint64 starId = w.indicators().insert(star);
        for (int m = 6; m >= 0; --m)
            w.indicators().insert(Measurement{0, starId, fixedToday.addMonths(-m), 100.0 + (6 - m) * 25, {}});

        Decision velo = SessionFixture::decision(products.velo);
        velo.amount = 1500000;
        velo.periodStart = QDate(2026, 12, 1);
        velo.periodEnd = QDate(2027, 5, 31);
        velo.phaseChange = Phase::Acceleration;
        velo.objectives = {{QStringLiteral("Atteindre 100 collectivités"), ObjectiveStatus::Validated, {}},
                           {QStringLiteral("Ouvrir les données"), ObjectiveStatus::Modified, QStringLiteral("Reporté.")}};
        velo.blockers = {{QStringLiteral("Accès aux données de comptage"), QStringLiteral("DGALN")}};
        velo.conditions = QStringLiteral("Présenter la part des plans réalisés");
        velo.actions = {{QStringLiteral("Informer les achats"), QStringLiteral("David Roux"), QDate(2026, 12, 1)}};
        velo.roadmapOpinion = QStringLiteral("Feuille de route ambitieuse et mesurable.");
        check(Edit::setDecision(w, sessionId, velo));
        check(Edit::setDecision(w, sessionId, SessionFixture::decision(products.bus, DecisionOption::Stop)));
        Decision e = SessionFixture::decision(evil, DecisionOption::Provisional);
        e.amount = 200000;
        e.periodStart = QDate(2026, 12, 1);
        e.periodEnd = QDate(2027, 1, 31);
        e.comment = QStringLiteral("<b>pas gras</b>");
        check(Edit::setDecision(w, sessionId, e));

        // The roadmap this session approves: two priorities, the request by line.
        Roadmap roadmap = RoadmapRules::blank(products.velo, QDate(2026, 12, 1));
        roadmap.end = QDate(2027, 5, 31);
        roadmap.sessionId = sessionId;
        roadmap.priorities = {{0, QStringLiteral("Étendre aux villes moyennes"), {},
                               {ExpectedResult{0, QStringLiteral("Collectivités actives"), 0, 100.0, QDate(2027, 5, 31)}}},
                              {0, QStringLiteral("Ouvrir les données"), {}, {}}};
        roadmap.hypotheses = {QStringLiteral("Les élus lisent le plan chiffré")};
        roadmap.quantitativeCriteria = {QStringLiteral("Cent collectivités actives")};
        roadmap.qualitativeCriteria = {QStringLiteral("Techniciens satisfaits")};
        roadmap.supportNeeds = {{QStringLiteral("DGALN"), QStringLiteral("Données de comptage"), QStringLiteral("Mesurer l'usage")}};
        roadmap.budgetRequest = {{QStringLiteral("development"), 1000000}, {QStringLiteral("design"), 200000},
                                 {QStringLiteral("product"), 400000}};
        w.roadmaps().save(roadmap);
        // Spent before the session's month (the session's month and forecasts do not count).
        for (const auto &[month, line, amount, forecast] :
             QList<std::tuple<QString, QString, qint64, bool>>{{QStringLiteral("2026-09"), QStringLiteral("development"), 20000, false},
                                                               {QStringLiteral("2026-10"), QStringLiteral("development"), 10000, false},
                                                               {QStringLiteral("2026-10"), QStringLiteral("design"), 5000, false},
                                                               {QStringLiteral("2026-11"), QStringLiteral("development"), 7777, false},
                                                               {QStringLiteral("2026-10"), QStringLiteral("product"), 4444, true}})
            w.spending().insert(SpendingEntry{0, products.velo, month, line, amount, forecast});

        const Session stored = *w.sessions().load(sessionId);
        for (const Participant &p : stored.participants) {
            if (!p.voting)
                continue;
            for (int q = 1; q <= ArbitrationGrid::questionCount; ++q) {
                const QString comment = q == 1 && p.role == ParticipantRole::Chair ? QStringLiteral("Convaincant") : QString();
                check(Edit::setScore(w, sessionId, ArbitrationScore{products.velo, p.id, q, 4, comment}));
            }
        }

        check(Edit::setAgendaNotes(w, sessionId, stored.agenda.first().id, QStringLiteral("Tour de table : <i>ok</i>.")));
        check(Edit::recordTiming(w, sessionId, {{stored.agenda.first().id, 420}}));
        if (close)
            check(Edit::closeSession(w, sessionId));
    }

    // A step of the setup that fails says so; the test then fails on what is missing.
    static void check(const Result<void> &step)
    {
        if (!step)
            qWarning("DeliberationFixture: %s", qPrintable(step.error().message));
    }


    Session session() { return *tw->sessions().load(sessionId); }
};

// Text of a PDF (pdftotext), empty when the reader is missing.
inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The content.xml of an ODT (unzip -p).
inline QString odtContent(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace Comite::Test
