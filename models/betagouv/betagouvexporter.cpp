#include "betagouvexporter.h"

#include "betagouvexporttarget.h"
#include "betagouvfolder.h"
#include "betagouvfrontmatter.h"
#include "betagouvmapping.h"
#include "storage/betagouvstore.h"
#include "betagouvyamlwriter.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvExporter)
};

// A committee held in Comité as the one line the site shows.
QString committeeLine(const BetagouvCommitteeEntry &c)
{
    const QString comment = c.comment.simplified();
    if (c.decision == DecisionOption::Recorded)
        return comment;
    const QString decision = DecisionOptions::label(c.decision);
    return comment.isEmpty() ? decision : Tr::tr("%1: %2").arg(decision, comment);
}

bool samePhases(const QList<PhaseRecord> &a, const QList<PhaseRecord> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const PhaseRecord &x, const PhaseRecord &y) {
        return x.phase == y.phase && x.start == y.start && x.end == y.end && x.comment == y.comment;
    });
}

QList<BetagouvEvent> sorted(QList<BetagouvEvent> events)
{
    std::sort(events.begin(), events.end(), [](const BetagouvEvent &x, const BetagouvEvent &y) {
        return std::tie(x.date, x.kind, x.comment) < std::tie(y.date, y.kind, y.comment);
    });
    return events;
}

bool sameEvents(const QList<BetagouvEvent> &a, const QList<BetagouvEvent> &b)
{
    return sorted(a) == sorted(b);
}

// The current events in the file's order: those still there keep their
// place, new ones go after the last event of their date or before.
QList<BetagouvEvent> ordered(const QList<BetagouvEvent> &file, QList<BetagouvEvent> current)
{
    QList<BetagouvEvent> result;
    for (const BetagouvEvent &e : file) {
        if (current.removeOne(e))
            result << e;
    }
    for (const BetagouvEvent &e : current) {
        qsizetype at = result.size();
        while (at > 0 && result[at - 1].date > e.date)
            --at;
        result.insert(at, e);
    }
    return result;
}

bool samePhase(const PhaseRecord &a, const PhaseRecord &b)
{
    return a.phase == b.phase && a.start == b.start && a.end == b.end && a.comment == b.comment;
}

bool sameEvent(const BetagouvEvent &a, const BetagouvEvent &b)
{
    return a == b;
}

// The `key` block holding `current`: items equal to one read from the file
// keep their original text (key order, quotes, comments), the others are
// written in the site's style with the file's indentation.
template<typename T, typename Emit>
QByteArray rewriteList(const QByteArray &content, QByteArrayView key, const QList<T> &current, const QList<T> &fromFile,
                       bool (*same)(const T &, const T &), Emit emit)
{
    const QByteArray lineEnd = BetagouvFrontMatter::split(content).lineEnd();
    const BetagouvYamlWriter::ListItems original = BetagouvYamlWriter::listItems(content, key);
    // Items map one to one to what was read only when none was left out.
    const bool reuse = original.items.size() == fromFile.size();
    QList<bool> used(fromFile.size(), false);
    QList<QByteArray> items;
    for (const T &item : current) {
        qsizetype match = -1;
        for (qsizetype j = 0; reuse && j < fromFile.size() && match < 0; ++j) {
            if (!used[j] && same(fromFile[j], item))
                match = j;
        }
        if (match >= 0) {
            used[match] = true;
            items << original.items[match];
        } else {
            items << emit(item, original.items.isEmpty() ? 2 : original.indent, lineEnd);
        }
    }
    return BetagouvYamlWriter::replaceBlock(content, key, BetagouvYamlWriter::listBlock(key, items, lineEnd));
}

QString fileName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QByteArray frontMatter(const QByteArray &yaml, const QString &body = {})
{
    QByteArray out = "---\n" + yaml + "---\n";
    if (!body.isEmpty())
        out += "\n" + body.toUtf8() + "\n";
    return out;
}
} // namespace

QList<BetagouvEvent> BetagouvExporter::events(qint64 productId) const
{
    BetagouvStore store(m_db);
    QList<BetagouvEvent> result;
    for (const BetagouvTimelineEntry &t : store.timeline(productId))
        result << t.event;
    for (const BetagouvCommitteeEntry &c : store.committees(productId))
        result << BetagouvEvent{betagouvCommitteeKind, c.date, c.imported ? c.comment : committeeLine(c)};
    return result;
}

std::optional<BetagouvExporter::Status> BetagouvExporter::status(qint64 productId) const
{
    const auto source = BetagouvStore(m_db).source(BetagouvKind::Startup, productId);
    if (!source)
        return std::nullopt;
    const BetagouvExportedFile file = product(productId);
    return Status{source->path, file.state != BetagouvExportedFile::State::AsImported};
}

BetagouvExportedFile BetagouvExporter::product(qint64 productId) const
{
    const auto source = BetagouvStore(m_db).source(BetagouvKind::Startup, productId);
    if (!source)
        return newProduct(productId);
    BetagouvExportedFile file{source->path, source->content, BetagouvExportedFile::State::AsImported, {}};
    BetagouvMapping::Outcome ignored;
    const QString slug = BetagouvMapping::slugForFileName(fileName(source->path));
    const auto base = BetagouvMapping::product({source->path, source->content}, slug, ignored);
    const auto stored = ProductRepository(m_db).load(productId);
    if (!base || !stored)
        return file;
    const QList<BetagouvEvent> current = events(productId);
    const bool phasesChanged = !samePhases(base->phases, stored->phases);
    const bool eventsChanged = !sameEvents(base->events, current);
    if (!phasesChanged && !eventsChanged)
        return file;
    file.state = BetagouvExportedFile::State::Rewritten;
    if (phasesChanged) {
        file.content = rewriteList(file.content, "phases", stored->phases, base->phases, &samePhase,
                                   &BetagouvYamlWriter::phaseItem);
        file.rewrittenKeys << QStringLiteral("phases");
    }
    if (eventsChanged) {
        file.content = rewriteList(file.content, "events", ordered(base->events, current), base->events, &sameEvent,
                                   &BetagouvYamlWriter::eventItem);
        file.rewrittenKeys << QStringLiteral("events");
    }
    // Read the result back: it must say what Comité holds.
    const auto check = BetagouvMapping::product({file.path, file.content}, slug, ignored);
    if (!check || !samePhases(check->phases, stored->phases) || !sameEvents(check->events, current))
        throw StorageError(Tr::tr("%1 could not be rewritten so that it reads back as Comité holds it; it was not "
                                  "exported.").arg(file.path));
    return file;
}

BetagouvExportedFile BetagouvExporter::newProduct(qint64 productId) const
{
    const auto p = ProductRepository(m_db).load(productId);
    if (!p)
        return {};
    OrganisationRepository orgs(m_db);
    QByteArray yaml = BetagouvYamlWriter::keyValue(0, "title", p->title);
    if (!p->pitch.isEmpty())
        yaml += BetagouvYamlWriter::keyValue(0, "mission", p->pitch);
    QStringList sponsors;
    for (const qint64 id : p->sponsorIds) {
        if (const auto sponsor = orgs.organisation(id))
            sponsors << QStringLiteral("/organisations/") + sponsor->slug;
    }
    yaml += BetagouvYamlWriter::stringListBlock("sponsors", sponsors);
    if (const auto incubator = orgs.incubator(p->incubatorId))
        yaml += BetagouvYamlWriter::keyValue(0, "incubator", incubator->slug);
    yaml += BetagouvYamlWriter::phasesBlock(p->phases);
    yaml += BetagouvYamlWriter::eventsBlock(sorted(events(productId)));
    static const QHash<QString, QByteArray> linkKeys{
        {QStringLiteral("site"), "link"},           {QStringLiteral("repository"), "repository"},
        {QStringLiteral("stats"), "stats_url"},     {QStringLiteral("budget"), "budget_url"},
        {QStringLiteral("dashlord"), "dashlord_url"}, {QStringLiteral("impact"), "impact_url"}};
    for (const ProductLink &link : p->links) {
        if (linkKeys.contains(link.kind))
            yaml += BetagouvYamlWriter::keyValue(0, linkKeys.value(link.kind), link.url);
    }
    return {newPath(BetagouvKind::Startup, p->slug), frontMatter(yaml, p->description),
            BetagouvExportedFile::State::New, {}};
}

BetagouvExportedFile BetagouvExporter::incubator(qint64 incubatorId) const
{
    if (const auto source = BetagouvStore(m_db).source(BetagouvKind::Incubator, incubatorId))
        return {source->path, source->content, BetagouvExportedFile::State::AsImported, {}};
    const OrganisationRepository orgs(m_db);
    const auto incubator = orgs.incubator(incubatorId);
    if (!incubator)
        return {};
    QByteArray yaml = BetagouvYamlWriter::keyValue(0, "title", incubator->name);
    const auto owner = incubator->ownerId ? orgs.organisation(incubator->ownerId) : std::nullopt;
    if (owner && !owner->slug.isEmpty())
        yaml += BetagouvYamlWriter::keyValue(0, "owner", QStringLiteral("/organisations/") + owner->slug);
    return {newPath(BetagouvKind::Incubator, incubator->slug), frontMatter(yaml), BetagouvExportedFile::State::New, {}};
}

BetagouvExportedFile BetagouvExporter::organisation(qint64 organisationId) const
{
    if (const auto source = BetagouvStore(m_db).source(BetagouvKind::Organisation, organisationId))
        return {source->path, source->content, BetagouvExportedFile::State::AsImported, {}};
    const auto organisation = OrganisationRepository(m_db).organisation(organisationId);
    if (!organisation)
        return {};
    QByteArray yaml = BetagouvYamlWriter::keyValue(0, "name", organisation->name);
    if (!organisation->acronym.isEmpty())
        yaml += BetagouvYamlWriter::keyValue(0, "acronym", organisation->acronym);
    if (!organisation->kind.isEmpty())
        yaml += BetagouvYamlWriter::keyValue(0, "type", organisation->kind);
    return {newPath(BetagouvKind::Organisation, organisation->slug), frontMatter(yaml),
            BetagouvExportedFile::State::New, {}};
}

QString BetagouvExporter::recordName(const char *table, const QString &pattern, qint64 id) const
{
    const QString slug = BetagouvStore(m_db).slugOf(table, id);
    return pattern.arg(slug.isEmpty() ? QString::number(id) : slug);
}

bool BetagouvExporter::siteLayout() const
{
    return BetagouvStore(m_db).siteLayout();
}

QString BetagouvExporter::newPath(BetagouvKind kind, const QString &slug) const
{
    return BetagouvFolder::folderFor(kind, siteLayout()) + u'/' + slug + QStringLiteral(".md");
}

BetagouvExportReport BetagouvExporter::exportTo(const QString &folder, const QString &productSlug) const
{
    BetagouvExportReport report;
    report.folder = folder;
    QList<qint64> products, incubators, organisations;
    if (!productSlug.isEmpty()) {
        const auto id = ProductRepository(m_db).idForSlug(productSlug);
        if (!id) {
            report.error = Tr::tr("No product “%1” in the database.").arg(productSlug);
            return report;
        }
        products << *id;
    } else {
        const BetagouvStore store(m_db);
        products = store.ids("products");
        incubators = store.ids("incubators");
        organisations = store.ids("organisations");
    }
    BetagouvExportTarget target(folder);
    try {
        // Every path comes from the database: check them all before writing
        // anything, so a bad record leaves the folder as it was.
        QList<std::pair<BetagouvExportedFile, QString>> files;
        const bool site = siteLayout();
        auto add = [&](BetagouvKind kind, BetagouvExportedFile file, const QString &record) {
            QString problem = BetagouvExportTarget::pathProblem(file.path);
            // A new file is named after the identifier alone, in its kind's folder.
            if (problem.isEmpty() && file.state == BetagouvExportedFile::State::New
                && file.path.section(u'/', 0, -2) != BetagouvFolder::folderFor(kind, site))
                problem = Tr::tr("its identifier is not a plain file name");
            if (!problem.isEmpty())
                throw StorageError(Tr::tr("%1: %2; nothing was exported.").arg(record, problem));
            files.append({std::move(file), record});
        };
        for (qint64 id : organisations)
            add(BetagouvKind::Organisation, organisation(id), recordName("organisations", Tr::tr("the organisation “%1”"), id));
        for (qint64 id : incubators)
            add(BetagouvKind::Incubator, incubator(id), recordName("incubators", Tr::tr("the incubator “%1”"), id));
        for (qint64 id : products)
            add(BetagouvKind::Startup, product(id), recordName("products", Tr::tr("the product “%1”"), id));
        if (!target.prepare()) {
            report.error = target.error();
            return report;
        }
        for (auto &[file, record] : files) {
            target.write(file.path, file.content, record);
            file.content.clear();
            report.files << file;
        }
    } catch (const StorageError &e) {
        report.error = e.message();
    }
    return report;
}

int BetagouvExportReport::count(BetagouvExportedFile::State state) const
{
    return int(std::count_if(files.cbegin(), files.cend(), [&](const auto &f) { return f.state == state; }));
}

QString BetagouvExportReport::text() const
{
    const QString where = QDir::toNativeSeparators(folder);
    if (!error.isEmpty())
        return Tr::tr("Export to %1 failed: %2").arg(where, error) + u'\n';
    QString text = Tr::tr("Exported to %1. Files written: %2.").arg(where).arg(files.size()) + u'\n';
    text += Tr::tr("As imported: %1").arg(count(BetagouvExportedFile::State::AsImported)) + u'\n';
    text += Tr::tr("Phases or events updated from Comité: %1").arg(count(BetagouvExportedFile::State::Rewritten)) + u'\n';
    for (const BetagouvExportedFile &f : files) {
        if (f.state == BetagouvExportedFile::State::Rewritten)
            text += QStringLiteral("  ") + f.path + QStringLiteral(": ") + f.rewrittenKeys.join(QStringLiteral(", ")) + u'\n';
    }
    text += Tr::tr("New (created in Comité): %1").arg(count(BetagouvExportedFile::State::New)) + u'\n';
    for (const BetagouvExportedFile &f : files) {
        if (f.state == BetagouvExportedFile::State::New)
            text += QStringLiteral("  ") + f.path + u'\n';
    }
    return text;
}

} // namespace Comite
