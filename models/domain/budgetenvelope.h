#pragma once
// A budget envelope granted to a product for a period (table `envelopes`):
// a sponsor's budget, a FAST co-funding or other money, with the committee
// decision that granted it; and the stable keys of its sources.

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Comite {

enum class EnvelopeSource { Sponsor, Fast, Other };

struct Envelope {
    qint64 id = 0;
    qint64 productId = 0;
    QDate start;  // may be null for imported records
    QDate end;    // null: open-ended
    qint64 amount = 0;  // euros
    EnvelopeSource source = EnvelopeSource::Sponsor;
    QString label;
    qint64 decisionId = 0;  // the committee decision that granted it; 0: none
    QString origin = QStringLiteral("comite");  // 'betagouv' when imported
    bool operator==(const Envelope &) const = default;

    bool activeOn(QDate day) const { return start.isValid() && start <= day && (!end.isValid() || day <= end); }
};

namespace EnvelopeSources {
QList<EnvelopeSource> all();
QString key(EnvelopeSource source);  // "sponsor", "fast", "other"
std::optional<EnvelopeSource> fromKey(QStringView key);
QString label(EnvelopeSource source);  // translated
}

namespace EnvelopeRules {
// Problems with an envelope before it is saved, translated.
QStringList problems(const Envelope &envelope);
}

} // namespace Comite
