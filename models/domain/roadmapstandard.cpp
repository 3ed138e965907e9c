#include "roadmapstandard.h"

#include <QCoreApplication>

namespace Comite {

QStringList Standards::keys()
{
    return {QStringLiteral("impact"), QStringLiteral("autonomy"), QStringLiteral("transparency"), QStringLiteral("technical")};
}

bool Standards::isKey(const QString &key)
{
    return keys().contains(key);
}

QString Standards::label(const QString &key)
{
    if (key == u"impact")
        return QCoreApplication::translate("Standard", "Impact-driven");
    if (key == u"autonomy")
        return QCoreApplication::translate("Standard", "Autonomous team");
    if (key == u"transparency")
        return QCoreApplication::translate("Standard", "Transparency and accountability");
    if (key == u"technical")
        return QCoreApplication::translate("Standard", "Technical good practice");
    return key;
}

QString Standards::description(const QString &key)
{
    if (key == u"impact")
        return QCoreApplication::translate("Standard", "Steering and impact indicators on a public statistics page, "
                                                       "updated daily.");
    if (key == u"autonomy")
        return QCoreApplication::translate("Standard", "No interference of the hierarchy in the operational choices "
                                                       "made between committees.");
    if (key == u"transparency")
        return QCoreApplication::translate("Standard", "Open-source code, published budget, accessibility statement, "
                                                       "legal notice and privacy policy.");
    if (key == u"technical")
        return QCoreApplication::translate("Standard", "French government design system (DSFR), web good practice, "
                                                       "SEO, accessibility, eco-design (see the Dashlord).");
    return {};
}

QList<StandardAssessment> Standards::unrated()
{
    QList<StandardAssessment> result;
    for (const QString &key : keys())
        result << StandardAssessment{key};
    return result;
}

QList<StandardRating> StandardRatings::all()
{
    return {StandardRating::Unrated, StandardRating::No, StandardRating::Partial, StandardRating::Yes};
}

QString StandardRatings::key(StandardRating rating)
{
    switch (rating) {
    case StandardRating::Unrated: return QString();
    case StandardRating::No: return QStringLiteral("no");
    case StandardRating::Partial: return QStringLiteral("partial");
    case StandardRating::Yes: return QStringLiteral("yes");
    }
    return QString();
}

std::optional<StandardRating> StandardRatings::fromKey(QStringView text)
{
    for (StandardRating r : all()) {
        if (text == key(r))
            return r;
    }
    return std::nullopt;
}

QString StandardRatings::label(StandardRating rating)
{
    switch (rating) {
    case StandardRating::Unrated: return QCoreApplication::translate("Standard", "Not rated");
    case StandardRating::No: return QCoreApplication::translate("Standard", "Not met");
    case StandardRating::Partial: return QCoreApplication::translate("Standard", "Partly met");
    case StandardRating::Yes: return QCoreApplication::translate("Standard", "Met");
    }
    return QString();
}

} // namespace Comite
