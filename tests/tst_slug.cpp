// Slug: the stable identifiers of products, incubators and organisations,
// as beta.gouv.fr writes them, and the one proposed from a French title.

#include "domain/slug.h"

#include <QTest>

using namespace Comite;

class TestSlug : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValid_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("valid");
        QTest::newRow("words") << "mon-stage-a-l-ecole" << true;
        QTest::newRow("digits") << "produit-42" << true;
        QTest::newRow("dots and underscores") << "api.gouv_fr" << true;
        QTest::newRow("starts with a digit") << "1jeune1solution" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("upper case") << "Mon-Stage" << false;
        QTest::newRow("accent") << "vélo" << false;
        QTest::newRow("space") << "mon stage" << false;
        QTest::newRow("leading dash") << "-stage" << false;
        QTest::newRow("leading dot") << ".stage" << false;
        QTest::newRow("slash") << "a/b" << false;
    }

    void isValid()
    {
        QFETCH(QString, slug);
        QFETCH(bool, valid);
        QCOMPARE(Slug::isValid(slug), valid);
    }

    void fromTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("documented example") << "Mon Stage à l'école" << "mon-stage-a-l-ecole";
        QTest::newRow("accents and capitals") << "Vélo pour Tous" << "velo-pour-tous";
        QTest::newRow("capital accents") << "ÉCOLE INCLUSIVE" << "ecole-inclusive";
        QTest::newRow("cedilla, circumflex, diaeresis") << "Garçon, forêt et Noël" << "garcon-foret-et-noel";
        QTest::newRow("typographic apostrophe") << "L’eau d’ici" << "l-eau-d-ici";
        QTest::newRow("ligatures") << "Cœur de ville et Lætitia" << "coeur-de-ville-et-laetitia";
        QTest::newRow("punctuation collapses") << "Aides -- (logement) !" << "aides-logement";
        QTest::newRow("leading and trailing noise") << "  « Rénov’ facile »  " << "renov-facile";
        QTest::newRow("digits kept") << "1 jeune, 1 solution" << "1-jeune-1-solution";
        QTest::newRow("nothing usable") << "!!! ???" << "";
    }

    void fromTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(Slug::fromTitle(title), slug);
        if (!slug.isEmpty())
            QVERIFY(Slug::isValid(Slug::fromTitle(title)));
    }

    void fromTitleIsStable()
    {
        // A slug made from a title gives itself back.
        const QString slug = Slug::fromTitle(QStringLiteral("Démarches simplifiées – agents"));
        QCOMPARE(slug, QStringLiteral("demarches-simplifiees-agents"));
        QCOMPARE(Slug::fromTitle(slug), slug);
    }
};

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
