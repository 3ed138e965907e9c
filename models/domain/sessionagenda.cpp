#include "sessionagenda.h"

#include "session.h"

#include <QCoreApplication>

#include <iterator>

namespace Comite {

namespace AgendaItemKinds {

namespace {
struct KindInfo {
    AgendaItemKind kind;
    const char *key;
    const char *label;
};

// The French default titles (translations/comite_fr.ts), so that an agenda
// made in French prints in English and the other way round; in `infos` order.
constexpr const char *frenchTitles[] = {
    "Introduction et tour de table", "Rappel des objectifs du comité", "Présentation", "Questions et retours",
    "Délibération", "Autre",
};

constexpr KindInfo infos[] = {
    {AgendaItemKind::Introduction, "introduction",
     QT_TRANSLATE_NOOP("AgendaItemKind", "Introduction and round of the table")},
    {AgendaItemKind::Objectives, "objectives",
     QT_TRANSLATE_NOOP("AgendaItemKind", "Reminder of the committee's objectives")},
    {AgendaItemKind::Presentation, "presentation", QT_TRANSLATE_NOOP("AgendaItemKind", "Presentation")},
    {AgendaItemKind::Questions, "questions", QT_TRANSLATE_NOOP("AgendaItemKind", "Questions and feedback")},
    {AgendaItemKind::Deliberation, "deliberation", QT_TRANSLATE_NOOP("AgendaItemKind", "Deliberation")},
    {AgendaItemKind::Other, "other", QT_TRANSLATE_NOOP("AgendaItemKind", "Other")},
};
static_assert(std::size(frenchTitles) == std::size(infos));
} // namespace

QList<AgendaItemKind> all()
{
    QList<AgendaItemKind> result;
    for (const auto &i : infos)
        result.append(i.kind);
    return result;
}

QString key(AgendaItemKind kind)
{
    return QString::fromLatin1(infos[static_cast<int>(kind)].key);
}

std::optional<AgendaItemKind> fromKey(QStringView key)
{
    for (const auto &i : infos) {
        if (key == QLatin1String(i.key))
            return i.kind;
    }
    return std::nullopt;
}

QString label(AgendaItemKind kind)
{
    return QCoreApplication::translate("AgendaItemKind", infos[static_cast<int>(kind)].label);
}

bool isDefaultTitle(AgendaItemKind kind, const QString &title)
{
    const int i = static_cast<int>(kind);
    const QString t = title.trimmed();
    return !t.isEmpty()
        && (t == QLatin1String(infos[i].label) || t == QString::fromUtf8(frenchTitles[i]) || t == label(kind));
}

} // namespace AgendaItemKinds

namespace SessionAgenda {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionAgenda)
};

AgendaTemplateItem templateItem(AgendaScope scope, AgendaItemKind kind, int minutes, bool teamLeaves = false)
{
    return {scope, kind, AgendaItemKinds::label(kind), minutes, teamLeaves};
}

AgendaItem itemFrom(const AgendaTemplateItem &t, qint64 productId)
{
    AgendaItem item;
    item.productId = productId;
    item.kind = t.kind;
    item.title = t.title;
    item.plannedMinutes = t.plannedMinutes;
    item.teamLeaves = t.teamLeaves;
    return item;
}
} // namespace

AgendaTemplate defaultTemplate()
{
    AgendaTemplate t;
    t.name = Tr::tr("Recommended format");
    t.items = {templateItem(AgendaScope::Session, AgendaItemKind::Introduction, 5),
               templateItem(AgendaScope::Session, AgendaItemKind::Objectives, 5),
               templateItem(AgendaScope::Product, AgendaItemKind::Presentation, 15),
               templateItem(AgendaScope::Product, AgendaItemKind::Questions, 15),
               templateItem(AgendaScope::Product, AgendaItemKind::Deliberation, 20, true)};
    return t;
}

QList<AgendaItem> generate(const AgendaTemplate &agendaTemplate, const QList<SessionProduct> &products)
{
    const QList<AgendaTemplateItem> &items = agendaTemplate.items;
    qsizetype firstProductItem = items.size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].scope == AgendaScope::Product) {
            firstProductItem = i;
            break;
        }
    }
    QList<AgendaItem> result;
    for (qsizetype i = 0; i < firstProductItem; ++i)
        result << itemFrom(items[i], 0);
    for (const SessionProduct &product : products) {
        for (qsizetype i = firstProductItem; i < items.size(); ++i) {
            if (items[i].scope == AgendaScope::Product)
                result << itemFrom(items[i], product.productId);
        }
    }
    for (qsizetype i = firstProductItem; i < items.size(); ++i) {
        if (items[i].scope == AgendaScope::Session)
            result << itemFrom(items[i], 0);
    }
    return result;
}

AgendaTemplate templateFrom(const QString &name, const QList<AgendaItem> &agenda)
{
    AgendaTemplate t;
    t.name = name;
    qint64 firstProduct = 0;
    for (const AgendaItem &item : agenda) {
        if (item.productId != 0 && firstProduct == 0)
            firstProduct = item.productId;
        if (item.productId != 0 && item.productId != firstProduct)
            continue;
        t.items << AgendaTemplateItem{item.productId == 0 ? AgendaScope::Session : AgendaScope::Product, item.kind,
                                      item.title, item.plannedMinutes, item.teamLeaves};
    }
    return t;
}

QString displayTitle(const AgendaItem &item)
{
    return AgendaItemKinds::isDefaultTitle(item.kind, item.title) ? AgendaItemKinds::label(item.kind) : item.title;
}

int totalMinutes(const QList<AgendaItem> &agenda)
{
    int total = 0;
    for (const AgendaItem &item : agenda)
        total += item.plannedMinutes;
    return total;
}

QList<QDateTime> plannedStarts(const QDateTime &start, const QList<AgendaItem> &agenda)
{
    QList<QDateTime> result;
    result.reserve(agenda.size());
    QDateTime at = start;
    for (const AgendaItem &item : agenda) {
        result << at;
        at = at.addSecs(qint64(item.plannedMinutes) * 60);
    }
    return result;
}

QString timeText(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString dateTimeText(const QDateTime &dateTime, const QLocale &locale)
{
    const QString date = locale.toString(dateTime.date(), QLocale::ShortFormat);
    return dateTime.time() == QTime(0, 0) ? date : date + u' ' + timeText(dateTime.time());
}

QStringList templateProblems(const AgendaTemplate &agendaTemplate)
{
    QStringList problems;
    if (agendaTemplate.name.trimmed().isEmpty())
        problems << Tr::tr("The template needs a name.");
    if (agendaTemplate.items.isEmpty())
        problems << Tr::tr("The template has no item.");
    for (int i = 0; i < agendaTemplate.items.size(); ++i) {
        if (agendaTemplate.items[i].title.trimmed().isEmpty())
            problems << Tr::tr("Item %1 of the template has no title.").arg(i + 1);
    }
    return problems;
}

} // namespace SessionAgenda

} // namespace Comite
