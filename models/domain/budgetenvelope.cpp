#include "budgetenvelope.h"

#include <QCoreApplication>
#include <QStringList>

namespace Comite {

QList<EnvelopeSource> EnvelopeSources::all()
{
    return {EnvelopeSource::Sponsor, EnvelopeSource::Fast, EnvelopeSource::Other};
}

QString EnvelopeSources::key(EnvelopeSource source)
{
    switch (source) {
    case EnvelopeSource::Sponsor: return QStringLiteral("sponsor");
    case EnvelopeSource::Fast: return QStringLiteral("fast");
    case EnvelopeSource::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<EnvelopeSource> EnvelopeSources::fromKey(QStringView text)
{
    for (EnvelopeSource s : all()) {
        if (text == key(s))
            return s;
    }
    return std::nullopt;
}

QString EnvelopeSources::label(EnvelopeSource source)
{
    switch (source) {
    case EnvelopeSource::Sponsor: return QCoreApplication::translate("EnvelopeSource", "Sponsor");
    case EnvelopeSource::Fast: return QCoreApplication::translate("EnvelopeSource", "FAST co-funding");
    case EnvelopeSource::Other: return QCoreApplication::translate("EnvelopeSource", "Other");
    }
    return {};
}

QStringList EnvelopeRules::problems(const Envelope &e)
{
    QStringList problems;
    if (e.amount <= 0)
        problems << QCoreApplication::translate("Envelope", "An envelope needs an amount above zero.");
    if (!e.start.isValid())
        problems << QCoreApplication::translate("Envelope", "An envelope needs a start date.");
    else if (e.end.isValid() && e.end < e.start)
        problems << QCoreApplication::translate("Envelope", "The envelope ends on %1, before it starts on %2.")
                        .arg(e.end.toString(Qt::ISODate), e.start.toString(Qt::ISODate));
    return problems;
}

} // namespace Comite
