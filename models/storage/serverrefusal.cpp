#include "serverrefusal.h"

#include "schemadefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>

namespace Comite::ServerRefusal {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerRefusal)
};

// What our triggers put after "comite:<kind>:" (a session or product title).
QString subject(const QString &text, const QString &kind)
{
    const QRegularExpression re(QStringLiteral("comite:%1:([^\\n]*)").arg(kind));
    const auto m = re.match(text);
    QString s = m.hasMatch() ? m.captured(1).trimmed() : QString();
    // A session without a title is named by its date.
    const QDateTime when = QDateTime::fromString(s.left(16), Qt::ISODate);
    if (when.isValid() && s.size() <= 19)
        s = QLocale().toString(when.date(), QLocale::LongFormat);
    return s;
}

QString tableLabel(const QString &text)
{
    static const QRegularExpression table(QStringLiteral("(?:for table|for relation|policy for table) \"?(\\w+)"));
    const auto m = table.match(text);
    if (m.hasMatch()) {
        if (const TableDefinition *t = SchemaDefinition::find(m.captured(1)))
            return t->displayLabel();
        return m.captured(1);
    }
    return {};
}
} // namespace

std::optional<QString> explain(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (state == QLatin1String(lockedState) || text.contains(QLatin1String("comite:locked:"))) {
        return Tr::tr("The deliberation of “%1” is final: on the shared server its decisions, scores, notes, participants "
                      "and agenda are read-only for every role. Correct the deliberation (a new version) to change them.")
            .arg(subject(text, QStringLiteral("locked")));
    }
    if (state == QLatin1String(approvedState) || text.contains(QLatin1String("comite:approved:"))) {
        return Tr::tr("Your role on the shared server does not allow changing an approved roadmap or its approval "
                      "(product %1): the team writes only its roadmap drafts.")
            .arg(subject(text, QStringLiteral("approved")));
    }
    if (state == QLatin1String("42501")) {
        const QString label = tableLabel(text);
        QString message = label.isEmpty() ? Tr::tr("Your role on the shared server does not allow this change.")
                                          : Tr::tr("Your role on the shared server does not allow changing %1.").arg(label);
        static const QRegularExpression table(QStringLiteral("table \"?(\\w+)"));
        const TableDefinition *t = SchemaDefinition::find(table.match(text).captured(1));
        if (t && QLatin1String(t->name) == QLatin1String("deliberation_versions"))
            message += u' ' + Tr::tr("The facilitator writes the deliberation and submits it; only the chair of the session "
                                     "approves it, with their own login.");
        else if (t && t->writer == TableWriter::Team)
            message += u' ' + Tr::tr("A team member writes only the roadmap drafts, indicators and measurements of its own products.");
        else if (t && t->writer == TableWriter::Sponsor)
            message += u' ' + Tr::tr("A sponsor writes only its own scores, for the products of a session it takes part in, "
                                     "while that session runs.");
        return message;
    }
    return std::nullopt;
}

} // namespace Comite::ServerRefusal
