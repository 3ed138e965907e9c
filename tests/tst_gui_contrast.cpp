// Every text and state colour the application paints, against the
// background it is painted on, reaches the WCAG ratio for text, 4.5:1
// (RGAA): the application palette (light and dark) with its selection and
// placeholders, the live screens' palette and countdown levels, the alert,
// warning, good-trend and review-status colours on rows and alternate rows,
// the phase badges, secondary (muted) texts. Colour is never alone: the
// warning cells carry a sign (⚠).

#include "domain/contrast.h"
#include "domain/phase.h"
#include "domain/roadmapreview.h"
#include "indicatordelegate.h"
#include "readablepalette.h"
#include "stagestyle.h"
#include "warningdelegate.h"
#include "testsupport.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Comite;

namespace {

struct Pair {
    QString what;
    QColor text;
    QColor background;
};

QPalette darkDesktop()
{
    // A dark desktop theme as Breeze Dark gives it.
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0xfc, 0xfc, 0xfc, 0x80));
    p.setColor(QPalette::ToolTipBase, QColor(0x29, 0x2c, 0x30));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}

// What a palette shows: text on its backgrounds, selected rows, hints.
QList<Pair> paletteTexts(const QString &name, const QPalette &p)
{
    QList<Pair> pairs;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QString g = name + (group == QPalette::Active ? QStringLiteral(" (active)") : QStringLiteral(" (inactive)"));
        pairs << Pair{g + QStringLiteral(": text on base"), p.color(group, QPalette::Text), p.color(group, QPalette::Base)}
              << Pair{g + QStringLiteral(": text on alternate rows"), p.color(group, QPalette::Text), p.color(group, QPalette::AlternateBase)}
              << Pair{g + QStringLiteral(": window text"), p.color(group, QPalette::WindowText), p.color(group, QPalette::Window)}
              << Pair{g + QStringLiteral(": button text"), p.color(group, QPalette::ButtonText), p.color(group, QPalette::Button)}
              << Pair{g + QStringLiteral(": tooltip"), p.color(group, QPalette::ToolTipText), p.color(group, QPalette::ToolTipBase)}
              << Pair{g + QStringLiteral(": selected row"), p.color(group, QPalette::HighlightedText), p.color(group, QPalette::Highlight)}
              << Pair{g + QStringLiteral(": placeholder"), Contrast::readable(p.color(group, QPalette::PlaceholderText), p.color(group, QPalette::Base), 1.0), p.color(group, QPalette::Base)};
    }
    const QColor muted = Contrast::mutedText(p);
    for (auto bg : {QPalette::Base, QPalette::AlternateBase, QPalette::Window})
        pairs << Pair{name + QStringLiteral(": muted text (hints, forecasts) on role %1").arg(int(bg)), muted, p.color(bg)};
    // The state colours painted on rows (never on a selected row: the
    // delegates leave the selection's own text colour).
    for (auto bg : {QPalette::Base, QPalette::AlternateBase}) {
        const QString on = bg == QPalette::Base ? QStringLiteral("rows") : QStringLiteral("alternate rows");
        pairs << Pair{name + QStringLiteral(": warning on ") + on, WarningDelegate::warningColor(p), p.color(bg)}
              << Pair{name + QStringLiteral(": improving trend on ") + on, IndicatorDelegate::goodColor(p), p.color(bg)};
        for (AttainmentStatus s : {AttainmentStatus::Missed, AttainmentStatus::Partial, AttainmentStatus::Achieved})
            pairs << Pair{name + QStringLiteral(": review status %1 on ").arg(int(s)) + on, RoadmapReview::statusColor(s, p), p.color(bg)};
    }
    pairs << Pair{name + QStringLiteral(": late pre-read (warning on window)"), WarningDelegate::warningColor(p), p.color(QPalette::Window)};
    return pairs;
}

} // namespace

class TestGuiContrast : public QObject
{
    Q_OBJECT

    static QStringList failing(const QList<Pair> &pairs)
    {
        QStringList failures;
        for (const Pair &p : pairs) {
            const double r = Contrast::ratio(p.text, p.background);
            if (r < Contrast::textMinimum)
                failures << QStringLiteral("%1: %2 on %3 is %4:1").arg(p.what, p.text.name(), p.background.name()).arg(r, 0, 'f', 2);
        }
        return failures;
    }

private Q_SLOTS:
    void ratio()
    {
        QCOMPARE(Contrast::ratio(Qt::black, Qt::white), 21.0);
        QCOMPARE(Contrast::ratio(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        // The hint: a disabled label in Fusion, about 1.6:1.
        const QPalette fusion = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        QVERIFY(Contrast::ratio(fusion.color(QPalette::Disabled, QPalette::WindowText), fusion.color(QPalette::Window)) < 2.0);
        // readable() keeps a readable colour and fixes the others.
        QCOMPARE(Contrast::readable(Qt::black, Qt::white), QColor(Qt::black));
        QVERIFY(Contrast::ratio(Contrast::readable(QColor(0xbb, 0xbb, 0xbb), Qt::white), Qt::white) >= 4.5);
        QVERIFY(Contrast::ratio(Contrast::readable(QColor(0x44, 0x44, 0x44), QColor(0x16, 0x18, 0x1d)), QColor(0x16, 0x18, 0x1d)) >= 4.5);
    }

    void applicationPalettes()
    {
        const QPalette fusion = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        QStringList failures = failing(paletteTexts(QStringLiteral("light"), ReadablePalette::adjusted(fusion)));
        failures << failing(paletteTexts(QStringLiteral("dark"), ReadablePalette::adjusted(darkDesktop())));
        // Without the adjustment, Fusion's selection fails: the test sees it.
        QVERIFY(!failing(paletteTexts(QStringLiteral("raw"), fusion)).isEmpty());
        for (const QString &f : std::as_const(failures))
            qWarning().noquote() << f;
        QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + QStringLiteral(" colour(s) below 4.5:1")));
    }

    void liveScreens()
    {
        const QPalette stage = StageStyle::darkPalette();
        QList<Pair> pairs = paletteTexts(QStringLiteral("stage"), stage);
        for (auto level : {SessionTimer::Level::Normal, SessionTimer::Level::Warning, SessionTimer::Level::Over}) {
            pairs << Pair{QStringLiteral("countdown level %1 on the window").arg(int(level)), StageStyle::levelColor(level), stage.color(QPalette::Window)}
                  // The alert banner: dark text on the level's colour.
                  << Pair{QStringLiteral("alert on level %1").arg(int(level)), QColor(0x16, 0x18, 0x1d), StageStyle::levelColor(level)};
        }
        pairs << Pair{QStringLiteral("facilitator: dim label"), QColor(0xc0, 0xc4, 0xcc), stage.color(QPalette::Window)}
              << Pair{QStringLiteral("facilitator: key hint"), QColor(0xa0, 0xa4, 0xac), stage.color(QPalette::Window)}
              << Pair{QStringLiteral("facilitator: team badge"), QColor(0x16, 0x18, 0x1d), QColor(0x8a, 0xb4, 0xf8)};
        const QStringList failures = failing(pairs);
        for (const QString &f : failures)
            qWarning().noquote() << f;
        QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + QStringLiteral(" colour(s) below 4.5:1")));
    }

    void phaseBadges()
    {
        QList<Pair> pairs;
        for (Phase p : Phases::all())
            pairs << Pair{QStringLiteral("badge ") + Phases::key(p), Phases::badgeTextColor(p), Phases::badgeColor(p)};
        const QStringList failures = failing(pairs);
        for (const QString &f : failures)
            qWarning().noquote() << f;
        QVERIFY2(failures.isEmpty(), qPrintable(QString::number(failures.size()) + QStringLiteral(" badge(s) below 4.5:1")));
    }

    // A warning is never told by colour alone: its cell starts with a sign.
    void warningsCarryASign()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("Committee overdue"));
        struct Probe : WarningDelegate {
            using WarningDelegate::WarningDelegate;
            QString shown(const QModelIndex &index) const
            {
                QStyleOptionViewItem option;
                initStyleOption(&option, index);
                return option.text;
            }
        } delegate;
        QVERIFY(delegate.shown(model.index(0, 0)).startsWith(QStringLiteral("⚠")));
    }
};

QTEST_MAIN(TestGuiContrast)
#include "tst_gui_contrast.moc"
