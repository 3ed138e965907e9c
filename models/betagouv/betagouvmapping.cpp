#include "betagouvmapping.h"

#include "betagouvfrontmatter.h"
#include "betagouvyamlcheck.h"
#include "domain/phasehistory.h"

#include <QCoreApplication>
#include <algorithm>
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
    void advise(const YAML::Node &at, const QString &message)
    {
        m_outcome.advisories << BetagouvIssue{m_source.path, line(at), message};
    }
    void renamed(const QString &from, Phase to) { m_outcome.renames << BetagouvPhaseRename{from, Phases::key(to)}; }

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

// The phase an old name (before May 2026) stands for, alumni aside: it
// depends on the history and is settled by oldPhases().
std::optional<Phase> renamedPhase(const QString &name)
{
    if (name == u"transfer" || name == u"success")
        return Phase::Transfere;
    if (name == u"perennisation" || name == u"pérennisation")
        return Phase::Consolidation;
    return std::nullopt;
}

const QString alumniName = QStringLiteral("alumni");

// Each entry's phase as read, old names included; an alumni entry takes the
// stop or exit phase right after it when there is one (“a later phase says
// otherwise”: the two are then one phase), else abandon-investigation when
// the product never left investigation before it, abandon when it did.
// `mergedWithNext` marks the alumni entries that take the next one's name.
QList<std::optional<Phase>> oldPhases(const QStringList &names, QList<bool> &mergedWithNext)
{
    QList<std::optional<Phase>> phases;
    for (const QString &name : names)
        phases << (BetagouvMapping::isOldPhaseName(name) ? renamedPhase(name) : Phases::fromKey(name));
    mergedWithNext = QList<bool>(names.size(), false);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names[i] != alumniName)
            continue;
        qsizetype next = i + 1;
        while (next < names.size() && !phases[next] && names[next] != alumniName)
            ++next;
        if (next < names.size() && phases[next] && (Phases::isStop(*phases[next]) || Phases::isExit(*phases[next]))) {
            phases[i] = phases[next];
            mergedWithNext[i] = true;
            continue;
        }
        bool leftInvestigation = false;
        for (qsizetype before = 0; before < i; ++before)
            leftInvestigation = leftInvestigation || (phases[before] && *phases[before] != Phase::Investigation);
        phases[i] = leftInvestigation ? Phase::Abandon : Phase::AbandonInvestigation;
    }
    return phases;
}

QList<PhaseRecord> readPhases(FileReader &r)
{
    const std::vector<YAML::Node> items = sequence(r, "phases");
    QStringList names;
    for (const YAML::Node &item : items)
        names << (item.IsMap() ? FileReader::text(item["name"]) : QString());
    QList<bool> mergedWithNext;
    const QList<std::optional<Phase>> mapped = oldPhases(names, mergedWithNext);
    QList<PhaseRecord> phases;
    bool lastFromOldName = false;
    bool lastMergesNext = false;
    for (int row = 1; row <= int(items.size()); ++row) {
        const YAML::Node &item = items[size_t(row - 1)];
        if (!item.IsMap()) {
            r.warn(item, Tr::tr("phase %1 is not a list of keys and values; it was left out.").arg(row));
            continue;
        }
        const QString name = names[row - 1];
        const auto phase = mapped[row - 1];
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
        const bool oldName = BetagouvMapping::isOldPhaseName(name);
        if (oldName) {
            r.renamed(name, p.phase);
            const QString why = name != alumniName ? Tr::tr("renamed in May 2026")
                : mergedWithNext[row - 1]         ? Tr::tr("the phase after it says how the product ended")
                : p.phase == Phase::Abandon       ? Tr::tr("the product had left investigation")
                                                  : Tr::tr("the product never left investigation");
            r.note(item, Tr::tr("phase %1: “%2”, a name from before May 2026, was read as “%3” (%4).")
                             .arg(row)
                             .arg(name, Phases::key(p.phase), why));
        }
        // An old name and the same phase next to it are one phase: the
        // member space allows each phase once.
        if (!phases.isEmpty() && phases.last().phase == p.phase && (oldName || lastFromOldName || lastMergesNext)) {
            PhaseRecord &merged = phases.last();
            merged.end = p.end;
            if (merged.comment.isEmpty())
                merged.comment = p.comment;
            else if (!p.comment.isEmpty() && p.comment != merged.comment)
                merged.comment += u'\n' + p.comment;
            r.note(item, Tr::tr("phase %1 (%2) continues the phase before it; the two were read as one.")
                             .arg(row)
                             .arg(name));
            lastFromOldName = oldName;
            lastMergesNext = false;
            continue;
        }
        if (!phases.isEmpty() && Phases::isStop(phases.last().phase)) {
            p.restart = true;
            r.note(item, Tr::tr("phase %1 (%2) follows a stop (%3); it was taken as an explicit restart.")
                             .arg(row)
                             .arg(name, Phases::key(phases.last().phase)));
        }
        phases << p;
        lastFromOldName = oldName;
        lastMergesNext = mergedWithNext[row - 1];
    }
    const QStringList problems = PhaseHistory::problems(phases);
    for (const QString &problem : problems)
        r.warn(r.root()["phases"], Tr::tr("the phase history as read: %1").arg(problem));
    for (const QString &problem : PhaseHistory::memberSpaceProblems(phases))
        r.advise(r.root()["phases"], Tr::tr("the member space's rules: %1").arg(problem));
    for (int i = 0; i < phases.size(); ++i) {
        if (PhaseHistory::isBackfillInvestigation(phases, i))
            r.advise(r.root()["phases"], Tr::tr("the investigation of %1 starts the same day as construction: the 2020 "
                                              "backfill, not a real investigation; it is left out of phase durations.")
                                           .arg(phases[i].start.toString(Qt::ISODate)));
    }
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
    // `stats: true` without `stats_url`: the statistics are at the site's /stats.
    const YAML::Node stats = r.root()["stats"];
    const QString site = FileReader::text(r.root()["link"]);
    const bool hasStatsUrl = std::any_of(links.cbegin(), links.cend(), [](const ProductLink &l) { return l.kind == u"stats"; });
    if (!hasStatsUrl && FileReader::text(stats) == u"true" && !site.isEmpty()) {
        QString url = site;
        while (url.endsWith(u'/'))
            url.chop(1);
        // Where `stats_url` would be: after the site and the repository.
        const auto at = std::count_if(links.cbegin(), links.cend(), [](const ProductLink &l) {
            return l.kind == u"site" || l.kind == u"repository";
        });
        links.insert(at, ProductLink{QStringLiteral("stats"), url + QStringLiteral("/stats")});
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

// `incubators:` (co-incubation: written only when there are several,
// `incubator` staying the primary one): the others, in file order.
QStringList readCoIncubators(FileReader &r, const QString &primary)
{
    QStringList result;
    for (const YAML::Node &item : sequence(r, "incubators")) {
        const QString slug = BetagouvMapping::referencedSlug(FileReader::text(item), QStringLiteral("incubators"));
        if (slug.isEmpty())
            r.warn(item, Tr::tr("an entry of “incubators” is not an incubator identifier; it was left out."));
        else if (slug != primary && !result.contains(slug))
            result << slug;
    }
    return result;
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
        p.coIncubators = readCoIncubators(r, p.incubator);
        if (p.incubator.isEmpty() && !p.coIncubators.isEmpty())
            p.incubator = p.coIncubators.takeFirst();
        p.contactDinum = r.text("contact_dinum");
        p.contactIncubator = r.text("contact_incubator");
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

bool BetagouvMapping::isOldPhaseName(const QString &name)
{
    return name == alumniName || name == u"success" || name == u"transfer" || name == u"perennisation"
        || name == u"pérennisation";
}

QString BetagouvMapping::oldPhaseRule()
{
    return Tr::tr("phase names from before May 2026 are read as today's: “transfer” and “success” as “transfere”, "
                  "“perennisation” as “consolidation”; “alumni” as “abandon-investigation” when the product never "
                  "left investigation, “abandon” when it did, unless the phase right after it is a stop or an exit "
                  "(then the two are that one phase).");
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
