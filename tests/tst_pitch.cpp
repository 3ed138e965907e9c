// Pitch: the template « Permettre à … d'obtenir … grâce à … afin de … »
// split into its four parts and built back, with French contractions
// (aux, au, d') kept on the way.

#include "domain/pitch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Comite;

class TestPitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<PitchParts>("parts");
        QTest::newRow("plain à, afin de")
            << "Permettre à chaque commune d'obtenir un diagnostic grâce à un questionnaire afin de prioriser ses travaux."
            << PitchParts{"chaque commune", "un diagnostic", "un questionnaire", "prioriser ses travaux"};
        QTest::newRow("aux, grâce à, afin de")
            << "Permettre aux collectivités d'obtenir un plan chiffré grâce à un simulateur ouvert afin de doubler la "
               "part modale du vélo."
            << PitchParts{"aux collectivités", "un plan chiffré", "un simulateur ouvert",
                          "doubler la part modale du vélo"};
        QTest::newRow("au, grâce aux, afin d'")
            << "Permettre au public d'obtenir une réponse grâce aux agents d'accueil afin d'améliorer la confiance."
            << PitchParts{"au public", "une réponse", "aux agents d'accueil", "améliorer la confiance"};
        QTest::newRow("typographic apostrophes")
            << "Permettre aux habitants d’obtenir la qualité de l’eau grâce à une carte afin d’informer."
            << PitchParts{"aux habitants", "la qualité de l’eau", "une carte", "informer"};
        QTest::newRow("no final period, extra spaces")
            << "  Permettre à tous d'obtenir un droit  grâce à un guichet afin de simplifier  "
            << PitchParts{"tous", "un droit", "un guichet", "simplifier"};
    }

    void parse()
    {
        QFETCH(QString, sentence);
        QFETCH(PitchParts, parts);
        const auto parsed = Pitch::parse(sentence);
        QVERIFY(parsed);
        QCOMPARE(parsed->targets, parts.targets);
        QCOMPARE(parsed->benefits, parts.benefits);
        QCOMPARE(parsed->means, parts.means);
        QCOMPARE(parsed->goal, parts.goal);
    }

    void notOnTheTemplate_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::newRow("empty") << "";
        QTest::newRow("free text") << "Un service pour les collectivités.";
        QTest::newRow("missing afin de") << "Permettre aux usagers d'obtenir un droit grâce à un guichet.";
        QTest::newRow("missing grâce à") << "Permettre aux usagers d'obtenir un droit afin de simplifier.";
    }

    void notOnTheTemplate()
    {
        QFETCH(QString, sentence);
        QCOMPARE(Pitch::parse(sentence), std::nullopt);
    }

    void compose_data()
    {
        QTest::addColumn<PitchParts>("parts");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("plain")
            << PitchParts{"chaque commune", "un diagnostic", "un questionnaire", "prioriser ses travaux"}
            << "Permettre à chaque commune d'obtenir un diagnostic grâce à un questionnaire afin de prioriser ses "
               "travaux.";
        QTest::newRow("contractions kept")
            << PitchParts{"aux lycéens", "une aide le soir", "au tutorat", "réduire le décrochage"}
            << "Permettre aux lycéens d'obtenir une aide le soir grâce au tutorat afin de réduire le décrochage.";
        QTest::newRow("elision before a vowel")
            << PitchParts{"aux élèves", "une vision claire", "des parcours métiers", "améliorer leur insertion"}
            << "Permettre aux élèves d'obtenir une vision claire grâce à des parcours métiers afin d'améliorer leur "
               "insertion.";
        QTest::newRow("elision before an accented vowel")
            << PitchParts{"aux agents", "un outil", "un tableau", "éviter les doublons"}
            << "Permettre aux agents d'obtenir un outil grâce à un tableau afin d'éviter les doublons.";
        QTest::newRow("parts trimmed")
            << PitchParts{"  aux usagers ", " un rendez-vous ", " un agenda partagé", "garantir l'accès aux droits  "}
            << "Permettre aux usagers d'obtenir un rendez-vous grâce à un agenda partagé afin de garantir l'accès aux "
               "droits.";
    }

    void compose()
    {
        QFETCH(PitchParts, parts);
        QFETCH(QString, sentence);
        QCOMPARE(Pitch::compose(parts), sentence);
    }

    void roundTripOfParts()
    {
        const PitchParts parts{"aux petites communes", "l'ingénierie dont elles ont besoin",
                               "une mutualisation entre territoires", "faire aboutir leurs projets"};
        const auto back = Pitch::parse(Pitch::compose(parts));
        QVERIFY(back);
        QCOMPARE(*back, parts);
    }

    // Every pitch of the demo portfolio survives parse then compose
    // unchanged: opening the pitch editor and pressing OK changes nothing.
    void roundTripOfDemoPitches()
    {
        QFile file(QStringLiteral(":/demo/portfolio.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray products = QJsonDocument::fromJson(file.readAll()).object().value(u"products").toArray();
        QVERIFY(products.size() >= 12);
        for (const QJsonValue &product : products) {
            const QString pitch = product[QStringLiteral("pitch")].toString();
            const auto parts = Pitch::parse(pitch);
            QVERIFY2(parts, qPrintable(pitch));
            QCOMPARE(Pitch::compose(*parts), pitch);
        }
    }
};

QTEST_GUILESS_MAIN(TestPitch)
#include "tst_pitch.moc"
