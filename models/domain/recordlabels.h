#pragma once
// Translated labels for the keys beta.gouv.fr stores as they are
// (organisation types, link kinds): the user reads "Opérateur", never
// "operateur". Unknown keys are shown as stored, so nothing is hidden.

#include <QString>
#include <QStringList>

namespace Comite {

namespace OrganisationKinds {
QStringList keys();  // the known ones, in the order a list offers them
QString label(const QString &key);
}

namespace LinkKinds {
QStringList keys();
QString label(const QString &key);
}

} // namespace Comite
