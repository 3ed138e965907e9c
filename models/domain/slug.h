#pragma once
// Stable identifiers of products, incubators and organisations, as used in
// file names on beta.gouv.fr and on the command line.

#include <QString>

namespace Comite::Slug {
bool isValid(const QString &slug);
// "Mon Stage à l'école" → "mon-stage-a-l-ecole"
QString fromTitle(const QString &title);
}
