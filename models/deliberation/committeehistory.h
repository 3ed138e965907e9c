#pragma once
// A product's committee history as one document (issue 8), for sponsors
// and for its transfer file: every committee it went through — held in
// Comité or imported from beta.gouv.fr — with the decision, amount,
// period and phase change, then each committee's details.

#include "deliberationdocument.h"

#include <QCoreApplication>
#include <optional>

namespace Comite {

class Workspace;

class CommitteeHistory
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeHistory)
public:
    // Throws StorageError; none when the product does not exist.
    static std::optional<DeliberationDocument> build(Workspace &ws, qint64 productId, const QLocale &locale = QLocale());
};

} // namespace Comite
