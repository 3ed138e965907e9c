#pragma once
// The member space's API key: read from a file the user names, or from the
// system keyring (QtKeychain; service "comite-espace-membre", the address's
// host as the key name). Never stored by Comité: not in its settings, not
// in its database.

#include "domain/result.h"

#include <QByteArray>
#include <QUrl>

namespace Comite::EspaceMembreKey {

inline const QString keyringService = QStringLiteral("comite-espace-membre");

// From `keyFile` when given, else from the keyring; the failure says which
// and why (an unreadable or empty file, no keyring on a headless machine,
// no key stored for that host).
Result<QByteArray> read(const QString &keyFile, const QUrl &url);

} // namespace Comite::EspaceMembreKey
