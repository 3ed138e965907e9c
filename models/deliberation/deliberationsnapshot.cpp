#include "deliberationsnapshot.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Comite::DeliberationSnapshot {

namespace {
const QString formatKey = QStringLiteral("comite-deliberation-record");
constexpr int formatVersion = 1;

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject blockJson(const DocBlock &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), int(b.kind));
    if (b.level != 1)
        o.insert(QStringLiteral("level"), b.level);
    if (!b.text.isEmpty())
        o.insert(QStringLiteral("text"), b.text);
    if (b.muted)
        o.insert(QStringLiteral("muted"), true);
    if (!b.facts.isEmpty()) {
        QJsonArray facts;
        for (const auto &[label, value] : b.facts)
            facts.append(QJsonArray{label, value});
        o.insert(QStringLiteral("facts"), facts);
    }
    if (!b.headers.isEmpty())
        o.insert(QStringLiteral("headers"), strings(b.headers));
    if (!b.rows.isEmpty()) {
        QJsonArray rows;
        for (const QStringList &row : b.rows)
            rows.append(strings(row));
        o.insert(QStringLiteral("rows"), rows);
    }
    if (!b.numericColumns.isEmpty()) {
        QJsonArray numeric;
        for (int c : b.numericColumns)
            numeric.append(c);
        o.insert(QStringLiteral("numeric"), numeric);
    }
    if (!b.items.isEmpty())
        o.insert(QStringLiteral("items"), strings(b.items));
    if (!b.image.isNull())
        o.insert(QStringLiteral("png"), png(b.image));
    if (!b.imageName.isEmpty())
        o.insert(QStringLiteral("imageName"), b.imageName);
    if (b.onlyWith)
        o.insert(QStringLiteral("onlyWith"), b.onlyWith);
    if (b.onlyWithout)
        o.insert(QStringLiteral("onlyWithout"), b.onlyWithout);
    return o;
}

DocBlock blockFromJson(const QJsonObject &o)
{
    DocBlock b;
    b.kind = DocBlock::Kind(qBound(0, o.value(QStringLiteral("kind")).toInt(), int(DocBlock::PageBreak)));
    b.level = o.value(QStringLiteral("level")).toInt(1);
    b.text = o.value(QStringLiteral("text")).toString();
    b.muted = o.value(QStringLiteral("muted")).toBool();
    for (const QJsonValue &f : o.value(QStringLiteral("facts")).toArray())
        b.facts << std::pair(f.toArray().at(0).toString(), f.toArray().at(1).toString());
    b.headers = strings(o.value(QStringLiteral("headers")));
    for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray())
        b.rows << strings(row);
    for (const QJsonValue &c : o.value(QStringLiteral("numeric")).toArray())
        b.numericColumns << c.toInt();
    b.items = strings(o.value(QStringLiteral("items")));
    const QString image = o.value(QStringLiteral("png")).toString();
    if (!image.isEmpty())
        b.image.loadFromData(QByteArray::fromBase64(image.toLatin1()), "PNG");
    b.imageName = o.value(QStringLiteral("imageName")).toString();
    b.onlyWith = o.value(QStringLiteral("onlyWith")).toInt();
    b.onlyWithout = o.value(QStringLiteral("onlyWithout")).toInt();
    return b;
}
} // namespace

QJsonObject toJson(const DeliberationDocument &doc)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), doc.title);
    o.insert(QStringLiteral("header"), doc.headerText);
    o.insert(QStringLiteral("footer"), doc.footerText);
    o.insert(QStringLiteral("locale"), doc.locale.name());
    o.insert(QStringLiteral("author"), doc.author);
    o.insert(QStringLiteral("subject"), doc.subject);
    o.insert(QStringLiteral("draft"), doc.draft);
    o.insert(QStringLiteral("draftNotice"), doc.draftNotice);
    o.insert(QStringLiteral("stamped"), doc.stamped.toString(Qt::ISODate));
    QJsonArray blocks;
    for (const DocBlock &b : doc.blocks)
        blocks.append(blockJson(b));
    o.insert(QStringLiteral("blocks"), blocks);
    return o;
}

DeliberationDocument fromJson(const QJsonObject &o)
{
    DeliberationDocument doc;
    doc.title = o.value(QStringLiteral("title")).toString();
    doc.headerText = o.value(QStringLiteral("header")).toString();
    doc.footerText = o.value(QStringLiteral("footer")).toString();
    doc.locale = QLocale(o.value(QStringLiteral("locale")).toString());
    doc.author = o.value(QStringLiteral("author")).toString();
    doc.subject = o.value(QStringLiteral("subject")).toString();
    doc.draft = o.value(QStringLiteral("draft")).toBool();
    doc.draftNotice = o.value(QStringLiteral("draftNotice")).toString();
    doc.stamped = QDateTime::fromString(o.value(QStringLiteral("stamped")).toString(), Qt::ISODate);
    for (const QJsonValue &b : o.value(QStringLiteral("blocks")).toArray())
        doc.blocks << blockFromJson(b.toObject());
    return doc;
}

QString freeze(const Frozen &frozen)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), formatKey);
    o.insert(QStringLiteral("version"), formatVersion);
    o.insert(QStringLiteral("deliberation"), toJson(frozen.deliberation));
    o.insert(QStringLiteral("procurement"), toJson(frozen.procurement));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Frozen> thaw(const QString &content)
{
    if (!content.startsWith(u'{'))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
    if (o.value(QStringLiteral("format")).toString() != formatKey)
        return std::nullopt;
    return Frozen{fromJson(o.value(QStringLiteral("deliberation")).toObject()),
                  fromJson(o.value(QStringLiteral("procurement")).toObject())};
}

} // namespace Comite::DeliberationSnapshot
