#pragma once
// A session's timed agenda and the templates it is generated from
// (DESIGN.md §1, recommended format: introduction and round of the table,
// reminder of the objectives, 15 minutes of presentation, 15 minutes of
// questions, 20 minutes of deliberation with or without the team).

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace Comite {

struct SessionProduct;

enum class AgendaItemKind {
    Introduction,
    Objectives,
    Presentation,
    Questions,
    Deliberation,
    Other,
};

namespace AgendaItemKinds {
QList<AgendaItemKind> all();
QString key(AgendaItemKind kind);
std::optional<AgendaItemKind> fromKey(QStringView key);
QString label(AgendaItemKind kind);  // the default title of an item of this kind
// Whether `title` is the default title of `kind` in a language Comité
// ships (English or French), as a template wrote it when the agenda was made.
bool isDefaultTitle(AgendaItemKind kind, const QString &title);
}

struct AgendaItem {
    qint64 id = 0;
    qint64 productId = 0;  // 0: the whole session
    AgendaItemKind kind = AgendaItemKind::Other;
    QString title;
    int plannedMinutes = 0;
    std::optional<int> actualSeconds;  // once run
    bool teamLeaves = false;           // the team leaves the room (deliberation)
    QString notes;                     // the secretary's
    bool operator==(const AgendaItem &) const = default;
};

// Held once at the start (or end) of the session, or once per product.
enum class AgendaScope { Session, Product };

struct AgendaTemplateItem {
    AgendaScope scope = AgendaScope::Product;
    AgendaItemKind kind = AgendaItemKind::Other;
    QString title;
    int plannedMinutes = 0;
    bool teamLeaves = false;
    bool operator==(const AgendaTemplateItem &) const = default;
};

struct AgendaTemplate {
    qint64 id = 0;  // 0: the built-in template
    QString name;
    QList<AgendaTemplateItem> items;
    bool operator==(const AgendaTemplate &) const = default;
};

namespace SessionAgenda {
// The recommended format of DESIGN.md §1, with translated titles.
AgendaTemplate defaultTemplate();
// Session items placed before the first product item open the session,
// the others close it; product items repeat for each product, in order.
QList<AgendaItem> generate(const AgendaTemplate &agendaTemplate, const QList<SessionProduct> &products);
// The template an agenda was made from: its session items and the items
// of its first product.
AgendaTemplate templateFrom(const QString &name, const QList<AgendaItem> &agenda);
int totalMinutes(const QList<AgendaItem> &agenda);
// The item's title as a document prints it: a default title, stored in
// the language the agenda was made in, in the current language; any
// other title as typed.
QString displayTitle(const AgendaItem &item);
// When each item starts if the agenda is followed from `start`.
QList<QDateTime> plannedStarts(const QDateTime &start, const QList<AgendaItem> &agenda);
// Times of the day as the agenda shows them: 14:05 (24-hour, no seconds),
// and a date with such a time.
QString timeText(QTime time);
QString dateTimeText(const QDateTime &dateTime, const QLocale &locale = QLocale());
// Problems with a template before it is saved, translated.
QStringList templateProblems(const AgendaTemplate &agendaTemplate);
}

} // namespace Comite
