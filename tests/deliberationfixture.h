#pragma once
// Shared by the deliberation tests: a session held today (24 November
// 2026) on three products — one titled like an HTML injection — with
// decisions (1 500 000 € for Vélo pour tous), scores, timings, notes and
// a North Star with six months of measurements.

#include "sessionfixture.h"
#include "storage/deliberationrepository.h"

#include <QFile>
#include <QProcess>

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
        sessionId = Edit::createSession(w, s, SessionAgenda::defaultTemplate());

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
        Edit::setDecision(w, sessionId, velo);
        Edit::setDecision(w, sessionId, SessionFixture::decision(products.bus, DecisionOption::Stop));
        Decision e = SessionFixture::decision(evil, DecisionOption::Provisional);
        e.amount = 200000;
        e.periodStart = QDate(2026, 12, 1);
        e.periodEnd = QDate(2027, 1, 31);
        e.comment = QStringLiteral("<b>pas gras</b>");
        Edit::setDecision(w, sessionId, e);

        const Session stored = *w.sessions().load(sessionId);
        for (const Participant &p : stored.participants) {
            if (!p.voting)
                continue;
            for (int q = 1; q <= ArbitrationGrid::questionCount; ++q)
                Edit::setScore(w, sessionId, ArbitrationScore{products.velo, p.id, q, 4, {}});
        }
        Edit::setAgendaNotes(w, sessionId, stored.agenda.first().id, QStringLiteral("Tour de table : <i>ok</i>."));
        Edit::recordTiming(w, sessionId, {{stored.agenda.first().id, 420}});
        if (close)
            Edit::closeSession(w, sessionId);
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
