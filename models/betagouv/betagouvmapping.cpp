#include "betagouvmapping.h"

#include "betagouvfrontmatter.h"
#include "betagouvyamlcheck.h"
#include "domain/phasehistory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvMapping)
};

// yaml-cpp 0.7 turns the escapes \_ and \N into single Latin-1 bytes, which
// are not UTF-8: read such stray bytes as the Latin-1 characters they mean.
QString fromYaml(const std::string &value)
{
    const QByteArray bytes = QByteArray::fromRawData(value.data(), qsizetype(value.size()));
    if (auto text = BetagouvFrontMatter::decodeUtf8(bytes))
        return *text;
    QString result;
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar c = uchar(bytes.at(i));
        const int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (length > 0 && i + length <= bytes.size()) {
            if (auto text = BetagouvFrontMatter::decodeUtf8(bytes.mid(i, length))) {
                result += *text;
                i += length;
                continue;
            }
        }
        result += QChar(c);
        ++i;
    }
    return result;
}

// One file being read: its YAML root, its body and where issues go.
class FileReader
{
public:
    FileReader(const BetagouvSource &source, BetagouvMapping::Outcome &outcome)
        : m_source(source), m_outcome(outcome) {}

    // False when the file is skipped (the reason is in the outcome).
    bool load()
    {
        const auto text = BetagouvFrontMatter::decodeUtf8(m_source.content);
        if (!text)
            return skip(0, Tr::tr("the file is not UTF-8 text."));
        const BetagouvFrontMatter fm = BetagouvFrontMatter::split(m_source.content);
        if (fm.status() == BetagouvFrontMatter::Status::Missing)
            return skip(1, Tr::tr("no front matter: the file does not start with a “---” line."));
        if (fm.status() == BetagouvFrontMatter::Status::Unclosed)
            return skip(1, Tr::tr("the front matter is not closed: no “---” line after it."));
        m_firstLine = fm.yamlFirstLine();
        const QByteArray yaml = fm.yaml(m_source.content);
        // libyaml first: yaml-cpp reads some malformed YAML into garbage.
        const BetagouvYamlCheck check(yaml);
        if (const auto &error = check.error())
            return skip(m_firstLine + error->line, Tr::tr("YAML error: %1.").arg(error->message));
        for (const BetagouvYamlCheck::Duplicate &d : check.duplicates())
            m_outcome.warnings << BetagouvIssue{m_source.path, m_firstLine + d.line,
                                                Tr::tr("the key “%1” is given twice (first on line %2); only the first "
                                                       "value is read.")
                                                    .arg(d.key)
                                                    .arg(m_firstLine + d.firstLine)};
        try {
            m_root = YAML::Load(yaml.constData());
        } catch (const YAML::Exception &e) {
            return skip(e.mark.is_null() ? 0 : m_firstLine + e.mark.line,
                        Tr::tr("YAML error: %1.").arg(QString::fromStdString(e.msg)));
        }
        if (!m_root.IsMap())
            return skip(m_firstLine, Tr::tr("the front matter is not a list of keys and values."));
        body = BetagouvFrontMatter::decodeUtf8(fm.body(m_source.content)).value_or(QString());
        return true;
    }

    int line(const YAML::Node &node) const
    {
        const YAML::Mark mark = node.Mark();
        return mark.is_null() ? 0 : m_firstLine + mark.line;
    }
    static bool isText(const YAML::Node &node) { return node.IsDefined() && node.IsScalar(); }
    static QString text(const YAML::Node &node) { return rawText(node).trimmed(); }
    // Comments are kept exactly, blanks included, so they are written back
    // as they were.
    static QString rawText(const YAML::Node &node) { return isText(node) ? fromYaml(node.Scalar()) : QString(); }
    QString text(const char *key) const { return text(m_root[key]); }
    const YAML::Node &root() const { return m_root; }

    bool skip(int line, const QString &message)
    {
        m_outcome.skip = BetagouvIssue{m_source.path, line, message};
        return false;
    }
    void warn(const YAML::Node &at, const QString &message)
    {
        m_outcome.warnings << BetagouvIssue{m_source.path, line(at), message};
    }
    void note(const YAML::Node &at, const QString &message)
    {
        m_outcome.notes << BetagouvIssue{m_source.path, line(at), message};
    }

    QString body;

private:
    YAML::Node m_root;
    const BetagouvSource &m_source;
    BetagouvMapping::Outcome &m_outcome;
    int m_firstLine = 2;
};

// A sequence under `key`, or an empty one (with a warning when the key holds
// something else).
std::vector<YAML::Node> sequence(FileReader &r, const char *key)
{
    const YAML::Node node = r.root()[key];
    std::vector<YAML::Node> items;
    if (!node.IsDefined() || node.IsNull())
        return items;
    if (!node.IsSequence()) {
        r.warn(node, Tr::tr("“%1” is not a list; it was left out.").arg(QLatin1String(key)));
        return items;
    }
    for (const YAML::Node &item : node)
        items.push_back(item);
    return items;
}

QList<PhaseRecord> readPhases(FileReader &r)
{
    QList<PhaseRecord> phases;
    int row = 0;
    for (const YAML::Node &item : sequence(r, "phases")) {
        ++row;
        if (!item.IsMap()) {
            r.warn(item, Tr::tr("phase %1 is not a list of keys and values; it was left out.").arg(row));
            continue;
        }
        const QString name = FileReader::text(item["name"]);
        const auto phase = Phases::fromKey(name);
        if (!phase) {
            r.warn(item, name.isEmpty() ? Tr::tr("phase %1 has no name; it was left out.").arg(row)
                                        : Tr::tr("phase %1: “%2” is not a known phase; it was left out.").arg(row).arg(name));
            continue;
        }
        PhaseRecord p;
        p.phase = *phase;
        const QString start = FileReader::text(item["start"]);
        p.start = BetagouvMapping::parseDate(start);
        if (!p.start.isValid()) {
            r.warn(item, start.isEmpty()
                             ? Tr::tr("phase %1 (%2) has no start date; it was left out.").arg(row).arg(name)
                             : Tr::tr("phase %1 (%2): the start date “%3” is not a valid date (YYYY-MM-DD); it "
                                      "was left out.").arg(row).arg(name, start));
            continue;
        }
        const QString end = FileReader::text(item["end"]);
        p.end = BetagouvMapping::parseDate(end);
        if (!end.isEmpty() && !p.end.isValid())
            r.warn(item, Tr::tr("phase %1 (%2): the end date “%3” is not a valid date (YYYY-MM-DD); the end "
                                "was left out.").arg(row).arg(name, end));
        p.comment = FileReader::rawText(item["comment"]);
        if (!phases.isEmpty() && Phases::isStop(phases.last().phase)) {
            p.restart = true;
            r.note(item, Tr::tr("phase %1 (%2) follows a stop (%3); it was taken as an explicit restart.")
                             .arg(row)
                             .arg(name, Phases::key(phases.last().phase)));
        }
        phases << p;
    }
    const QStringList problems = PhaseHistory::problems(phases);
    for (const QString &problem : problems)
        r.warn(r.root()["phases"], Tr::tr("the phase history as read: %1").arg(problem));
    return phases;
}

QList<BetagouvEvent> readEvents(FileReader &r)
{
    QList<BetagouvEvent> events;
    int row = 0;
    for (const YAML::Node &item : sequence(r, "events")) {
        ++row;
        if (!item.IsMap()) {
            r.warn(item, Tr::tr("event %1 is not a list of keys and values; it was left out.").arg(row));
            continue;
        }
        BetagouvEvent e;
        e.kind = FileReader::text(item["name"]);
        if (e.kind.isEmpty()) {
            r.warn(item, Tr::tr("event %1 has no name; it was left out.").arg(row));
            continue;
        }
        const QString date = FileReader::text(item["date"]);
        e.date = BetagouvMapping::parseDate(date);
        if (!e.date.isValid()) {
            r.warn(item, date.isEmpty()
                             ? Tr::tr("event %1 (%2) has no date; it was left out.").arg(row).arg(e.kind)
                             : Tr::tr("event %1 (%2): “%3” is not a valid date (YYYY-MM-DD); it was left out.")
                                   .arg(row)
                                   .arg(e.kind, date));
            continue;
        }
        e.comment = FileReader::rawText(item["comment"]);
        if (!BetagouvMapping::isKnownEventKind(e.kind))
            r.note(item, Tr::tr("event %1: “%2” is not one of beta.gouv.fr's event kinds; it was kept on the "
                                "timeline as is.").arg(row).arg(e.kind));
        events << e;
    }
    return events;
}

std::optional<BetagouvFunding> readFunding(FileReader &r)
{
    const YAML::Node node = r.root()["fast"];
    if (!node.IsDefined() || node.IsNull())
        return std::nullopt;
    static const QRegularExpression spacing(QStringLiteral("[\\s_€\\x{00a0}\\x{202f}]"));
    QString amount = node.IsMap() ? FileReader::text(node["montant"]) : QString();
    amount.remove(spacing);
    bool ok = false;
    BetagouvFunding f;
    f.amount = amount.toLongLong(&ok);
    if (!ok || f.amount < 0) {
        r.warn(node, Tr::tr("the “fast” block has no amount in euros (“montant”); it was left out."));
        return std::nullopt;
    }
    f.promotion = FileReader::text(node["promotion"]).toInt();
    return f;
}

QList<ProductLink> readLinks(FileReader &r)
{
    static const std::pair<const char *, const char *> keys[] = {
        {"link", "site"},         {"repository", "repository"}, {"stats_url", "stats"},
        {"budget_url", "budget"}, {"dashlord_url", "dashlord"}, {"impact_url", "impact"},
    };
    QList<ProductLink> links;
    for (const auto &[key, kind] : keys) {
        const YAML::Node node = r.root()[key];
        if (node.IsDefined() && !node.IsNull() && !node.IsScalar())
            r.warn(node, Tr::tr("“%1” is not a web address; it was left out.").arg(QLatin1String(key)));
        const QString url = FileReader::text(node);
        if (!url.isEmpty())
            links << ProductLink{QString::fromLatin1(kind), url};
    }
    return links;
}

QStringList readSponsors(FileReader &r)
{
    QStringList sponsors;
    const YAML::Node node = r.root()["sponsors"];
    std::vector<YAML::Node> items;
    if (node.IsDefined() && node.IsScalar())
        items.push_back(node);
    else
        items = sequence(r, "sponsors");
    for (const YAML::Node &item : items) {
        const QString slug = BetagouvMapping::referencedSlug(FileReader::text(item), QStringLiteral("organisations"));
        if (slug.isEmpty())
            r.warn(item, Tr::tr("a sponsor is not an organisation reference such as “/organisations/dinum”; it was "
                                "left out."));
        else if (!sponsors.contains(slug))
            sponsors << slug;
    }
    return sponsors;
}

QString description(const QString &body)
{
    qsizetype start = 0;
    while (start < body.size() && (body.at(start) == u'\n' || body.at(start) == u'\r'))
        ++start;
    qsizetype end = body.size();
    while (end > start && body.at(end - 1).isSpace())
        --end;
    return body.mid(start, end - start);
}

template<typename Record, typename Fill>
std::optional<Record> mapFile(const BetagouvSource &source, BetagouvMapping::Outcome &outcome, Fill fill)
{
    FileReader r(source, outcome);
    try {
        if (!r.load())
            return std::nullopt;
        Record record;
        record.source = source;
        if (!fill(r, record))
            return std::nullopt;
        return record;
    } catch (const YAML::Exception &e) {
        r.skip(e.mark.is_null() ? 0 : r.line(r.root()), Tr::tr("YAML error: %1.").arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    }
}
} // namespace

std::optional<BetagouvOrganisationRecord> BetagouvMapping::organisation(const BetagouvSource &source,
                                                                        const QString &slug, Outcome &outcome)
{
    return mapFile<BetagouvOrganisationRecord>(source, outcome, [&](FileReader &r, BetagouvOrganisationRecord &o) {
        o.slug = slug;
        o.acronym = r.text("acronym");
        o.name = r.text("name");
        if (o.name.isEmpty())
            o.name = o.acronym;
        o.kind = r.text("type");
        return !o.name.isEmpty() || r.skip(r.line(r.root()), Tr::tr("no “name”: an organisation needs one."));
    });
}

std::optional<BetagouvIncubatorRecord> BetagouvMapping::incubator(const BetagouvSource &source, const QString &slug,
                                                                  Outcome &outcome)
{
    return mapFile<BetagouvIncubatorRecord>(source, outcome, [&](FileReader &r, BetagouvIncubatorRecord &i) {
        i.slug = slug;
        i.name = r.text("title");
        const QString owner = r.text("owner");
        i.owner = referencedSlug(owner, QStringLiteral("organisations"));
        if (!owner.isEmpty() && i.owner.isEmpty())
            r.warn(r.root()["owner"], Tr::tr("the owner “%1” is not an organisation reference; it was left out.").arg(owner));
        return !i.name.isEmpty() || r.skip(r.line(r.root()), Tr::tr("no “title”: an incubator needs one."));
    });
}

std::optional<BetagouvProductRecord> BetagouvMapping::product(const BetagouvSource &source, const QString &slug,
                                                              Outcome &outcome)
{
    return mapFile<BetagouvProductRecord>(source, outcome, [&](FileReader &r, BetagouvProductRecord &p) {
        p.slug = slug;
        p.title = r.text("title");
        if (p.title.isEmpty())
            return r.skip(r.line(r.root()), Tr::tr("no “title”: a product needs one."));
        p.pitch = r.text("mission");
        p.incubator = referencedSlug(r.text("incubator"), QStringLiteral("incubators"));
        p.sponsors = readSponsors(r);
        p.links = readLinks(r);
        p.phases = readPhases(r);
        p.events = readEvents(r);
        p.funding = readFunding(r);
        p.description = description(r.body);
        return true;
    });
}

QString BetagouvMapping::slugForFileName(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        return fileName.chopped(3);
    if (fileName.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive))
        return fileName.chopped(9);
    return fileName;
}

QString BetagouvMapping::referencedSlug(const QString &reference, const QString &folder)
{
    QString slug = reference.trimmed();
    for (const QString &prefix : {QStringLiteral("/") + folder + u'/', folder + u'/',
                                  QStringLiteral("/_") + folder + u'/'}) {
        if (slug.startsWith(prefix)) {
            slug = slug.mid(prefix.size());
            break;
        }
    }
    if (slug.endsWith(QLatin1String(".md")))
        slug.chop(3);
    if (slug.contains(u'/'))
        return {};
    return slug;
}

bool BetagouvMapping::isKnownEventKind(const QString &kind)
{
    static const QStringList known{QStringLiteral("product_launch"), QStringLiteral("committee"),
                                   QStringLiteral("fast"),           QStringLiteral("national_impact"),
                                   QStringLiteral("other"),          QStringLiteral("end")};
    return known.contains(kind);
}

QDate BetagouvMapping::parseDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ].*)?$"));
    const auto match = re.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

} // namespace Comite
