#include "followupjson.h"

#include <QJsonObject>

namespace Comite::FollowupJson {

namespace {
QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonArray items(const QList<FollowupItem> &items, QDate today)
{
    QJsonArray array;
    for (const FollowupItem &i : items) {
        QJsonArray history;
        for (const FollowupChange &c : i.history) {
            history.append(QJsonObject{{QStringLiteral("status"), FollowupStatuses::key(c.status)},
                                       {QStringLiteral("at"), c.changedAt.toUTC().toString(Qt::ISODate)},
                                       {QStringLiteral("by"), c.changedBy},
                                       {QStringLiteral("note"), c.note}});
        }
        array.append(QJsonObject{{QStringLiteral("product"), i.productSlug},
                                 {QStringLiteral("product_title"), i.productTitle},
                                 {QStringLiteral("decision_id"), double(i.key.decisionId)},
                                 {QStringLiteral("session"), double(i.sessionId)},
                                 {QStringLiteral("decided_at"), dateOrNull(i.decidedOn)},
                                 {QStringLiteral("option"), DecisionOptions::key(i.option)},
                                 {QStringLiteral("kind"), FollowupKinds::key(i.key.kind)},
                                 {QStringLiteral("position"), i.key.position},
                                 {QStringLiteral("text"), i.text},
                                 {QStringLiteral("owner"), i.owner},
                                 {QStringLiteral("due"), dateOrNull(i.due)},
                                 {QStringLiteral("status"), FollowupStatuses::key(i.status)},
                                 {QStringLiteral("past_due"), i.isPastDue(today)},
                                 {QStringLiteral("history"), history}});
    }
    return array;
}

} // namespace Comite::FollowupJson
