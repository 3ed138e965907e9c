#pragma once
// The DINUM impact matrix (reference/matrice-impact.md): its five
// principles in order and the mandatory indicators of each, with stable
// keys (stored, exported) and translated labels.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Comite {

enum class MatrixPrinciple { Usable, Used, Useful, Impactful, Efficient };

struct MandatoryIndicator {
    QString key;  // "monthly-active-users"…
    MatrixPrinciple principle;
    bool computed = false;  // cost per use: computed from spending, never typed
};

namespace ImpactMatrix {
QList<MatrixPrinciple> principles();
QString key(MatrixPrinciple principle);  // "usable", "used", "useful", "impactful", "efficient"
std::optional<MatrixPrinciple> fromKey(QStringView key);
QString label(MatrixPrinciple principle);  // translated: "Usable"…

// Every mandatory indicator, in matrix order.
QList<MandatoryIndicator> mandatoryIndicators();
std::optional<MandatoryIndicator> mandatory(QStringView key);
QString mandatoryLabel(QStringView key);  // translated
// The mandatory indicators an indicator can fill (not the computed ones).
QStringList fillableKeys();
inline const QString MonthlyActiveUsers = QStringLiteral("monthly-active-users");
inline const QString CostPerUse = QStringLiteral("cost-per-use");

// Mandatory keys not filled, in matrix order: `filled` are the keys the
// product's indicators fill; cost per use counts as filled when it can be
// computed.
QStringList missing(const QStringList &filled, bool costPerUseKnown);
}

} // namespace Comite
