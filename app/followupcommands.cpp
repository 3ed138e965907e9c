#include "followupcommands.h"

#include "domain/displayformat.h"
#include "io/followupjson.h"
#include "storage/followuprepository.h"

#include <QJsonDocument>

namespace Comite::CommandLine::FollowupCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int followups(const QStringList &args)
{
    Command c;
    QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("Only this product's items."), QStringLiteral("slug"));
    QCommandLineOption openOpt(QStringLiteral("open"), Tr::tr("Only the items still open."));
    c.parser.addOption(productOpt);
    c.parser.addOption(openOpt);
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        std::optional<qint64> only;
        if (c.parser.isSet(productOpt)) {
            const QString slug = c.parser.value(productOpt);
            only = ws.products().idForSlug(slug);
            if (!only)
                return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        }
        QList<FollowupItem> items = FollowupRepository(ws.database()).items(only);
        if (c.parser.isSet(openOpt))
            items.removeIf([](const FollowupItem &i) { return i.status != FollowupStatus::Open; });
        const QDate today = ws.today();
        if (c.json()) {
            printJson(QJsonDocument(FollowupJson::items(items, today)));
            return Success;
        }
        if (items.isEmpty())
            out() << Tr::tr("No follow-up item.") << '\n';
        for (const FollowupItem &i : items) {
            out() << DisplayFormat::date(i.decidedOn) << "  " << i.productTitle << "  " << FollowupKinds::label(i.key.kind) << ": "
                  << i.text << "  [" << FollowupStatuses::label(i.status) << "]";
            if (i.due.isValid())
                out() << "  " << (i.isPastDue(today) ? Tr::tr("past due %1") : Tr::tr("due %1")).arg(DisplayFormat::date(i.due));
            out() << '\n';
        }
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::FollowupCommands
