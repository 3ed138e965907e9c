#pragma once
// The beta.gouv.fr standards a team rates itself on in its roadmap
// (impact-driven, autonomous team, transparency, technical good practice)
// and the ratings, with their stable keys and translated labels.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Comite {

enum class StandardRating { Unrated, No, Partial, Yes };

// One standard rated six months ago, today and aimed for in six months.
struct StandardAssessment {
    QString standard;  // a Standards key
    StandardRating ago = StandardRating::Unrated;
    StandardRating today = StandardRating::Unrated;
    StandardRating aimed = StandardRating::Unrated;
    bool isComplete() const
    {
        return ago != StandardRating::Unrated && today != StandardRating::Unrated && aimed != StandardRating::Unrated;
    }
    bool operator==(const StandardAssessment &) const = default;
};

namespace Standards {
// "impact", "autonomy", "transparency", "technical".
QStringList keys();
bool isKey(const QString &key);
QString label(const QString &key);        // translated, short
QString description(const QString &key);  // translated: what it asks for
// The four standards, unrated.
QList<StandardAssessment> unrated();
}

namespace StandardRatings {
QList<StandardRating> all();  // Unrated first
QString key(StandardRating rating);  // "", "no", "partial", "yes"
std::optional<StandardRating> fromKey(QStringView key);
QString label(StandardRating rating);  // translated
}

} // namespace Comite
