#pragma once
// The product view's sentences for the indicator warnings (usage only,
// missing mandatory indicators, efficiency worsening), translated.

#include "domain/productstatus.h"

#include <QCoreApplication>

namespace Comite {

class IndicatorWarnings
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorWarnings)
public:
    static QStringList describe(const ProductStatus &status);
};

} // namespace Comite
