#include "recordlabels.h"

#include <QCoreApplication>

namespace Comite {

namespace {
struct Label {
    const char *key;
    const char *text;
};

// The organisation types of the beta.gouv.fr files (organisations/*.md, "type").
constexpr Label organisationKinds[] = {
    {"ministere", QT_TRANSLATE_NOOP("OrganisationKinds", "Ministry")},
    {"administration-centrale", QT_TRANSLATE_NOOP("OrganisationKinds", "Central administration")},
    {"operateur", QT_TRANSLATE_NOOP("OrganisationKinds", "Public operator")},
    {"service-deconcentre", QT_TRANSLATE_NOOP("OrganisationKinds", "Devolved state service")},
    {"collectivite-territoriale", QT_TRANSLATE_NOOP("OrganisationKinds", "Local authority")},
    {"securite-sociale", QT_TRANSLATE_NOOP("OrganisationKinds", "Social security body")},
    {"autre", QT_TRANSLATE_NOOP("OrganisationKinds", "Other")},
};

// The links a product file may carry (link, repository, stats_url…).
constexpr Label linkKinds[] = {
    {"site", QT_TRANSLATE_NOOP("LinkKinds", "Website")},
    {"repository", QT_TRANSLATE_NOOP("LinkKinds", "Source code")},
    {"stats", QT_TRANSLATE_NOOP("LinkKinds", "Statistics")},
    {"budget", QT_TRANSLATE_NOOP("LinkKinds", "Budget")},
    {"dashlord", QT_TRANSLATE_NOOP("LinkKinds", "DashLord audit")},
    {"impact", QT_TRANSLATE_NOOP("LinkKinds", "Impact")},
    {"other", QT_TRANSLATE_NOOP("LinkKinds", "Other")},
};

template <std::size_t N>
QStringList keysOf(const Label (&labels)[N])
{
    QStringList keys;
    for (const Label &l : labels)
        keys << QLatin1String(l.key);
    return keys;
}

template <std::size_t N>
QString labelOf(const char *context, const Label (&labels)[N], const QString &key)
{
    const QString trimmed = key.trimmed();
    for (const Label &l : labels) {
        if (trimmed == QLatin1String(l.key))
            return QCoreApplication::translate(context, l.text);
    }
    return key;
}
} // namespace

QStringList OrganisationKinds::keys() { return keysOf(organisationKinds); }
QString OrganisationKinds::label(const QString &key) { return labelOf("OrganisationKinds", organisationKinds, key); }

QStringList LinkKinds::keys() { return keysOf(linkKinds); }
QString LinkKinds::label(const QString &key) { return labelOf("LinkKinds", linkKinds, key); }

} // namespace Comite
