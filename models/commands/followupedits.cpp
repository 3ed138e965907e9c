#include "followupedits.h"

#include "editsupport.h"
#include "followupcommands.h"
#include "storage/followuprepository.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace Comite::Edit {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Edit)
};

QString systemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}
} // namespace

Result<void> setFollowupStatus(Workspace &ws, const FollowupKey &key, FollowupStatus status, const QString &note,
                               const QString &by)
{
    const Result<std::optional<FollowupItem>> read = attempt([&] { return FollowupRepository(ws.database()).item(key); });
    if (!read)
        return read.error();
    const std::optional<FollowupItem> &item = read.value();
    if (!item)
        return makeFailure(Tr::tr("This follow-up item no longer exists."), key.text());
    if (item->status == status)
        return makeFailure(Tr::tr("“%1” is already %2.").arg(item->text, FollowupStatuses::label(status).toLower()), key.text());
    FollowupChange change;
    change.key = key;
    change.itemText = item->text;
    change.status = status;
    change.changedAt = ws.clock().now().toUTC();
    change.changedBy = by.isEmpty() ? systemUser() : by;
    change.note = note;
    const QString text = Tr::tr("Mark “%1” %2").arg(item->text.left(40), FollowupStatuses::label(status).toLower());
    if (Result<void> r = EditSupport::pushed(ws, new ChangeFollowupStatus(ws, text, item->productId, change)); !r)
        return makeFailure(r.error().message, key.text());
    return {};
}

} // namespace Comite::Edit
