#include "deliberationcommands.h"

#include "commandsupport.h"
#include "commands/deliberationedits.h"
#include "deliberationexport.h"
#include "storage/deliberationrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>


namespace Comite::CommandLine::DeliberationCommands {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The --format word, or a usage error in `problem`.
std::optional<DeliberationFormat> format(const Command &c, const QCommandLineOption &option, QString *problem)
{
    const auto f = DeliberationFormats::fromKey(c.parser.value(option));
    if (!f)
        *problem = Tr::tr("--format wants pdf, odt, md or html, not “%1”.").arg(c.parser.value(option));
    return f;
}

// A usage error when --out names another format's file ("x.odt" with
// --format pdf); a name without a suffix is taken as it is.
QString suffixProblem(const QString &out, DeliberationFormat format)
{
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix.isEmpty())
        return {};
    QStringList accepted{DeliberationFormats::suffix(format)};
    if (format == DeliberationFormat::Markdown)
        accepted << QStringLiteral("markdown");
    if (format == DeliberationFormat::Html)
        accepted << QStringLiteral("htm");
    if (accepted.contains(suffix))
        return {};
    return Tr::tr("--out “%1” does not match --format %2: name the file “.%3”, or choose the format of “.%4”.")
        .arg(out, DeliberationFormats::key(format), DeliberationFormats::suffix(format), suffix);
}
QJsonValue dateOrNull(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject versionJson(const DeliberationVersion &v)
{
    return QJsonObject{
        {"number", v.number},
        {"status", DeliberationStatuses::key(v.status)},
        {"stage", DeliberationRules::stageKey(v)},
        {"reason", v.reason},
        {"created_on", dateOrNull(v.createdOn)},
        {"submitted_on", dateOrNull(v.submittedOn)},
        {"submitted_by", v.submittedBy},
        {"approved_on", dateOrNull(v.approvedOn)},
        {"approved_by", v.approvedBy},
        {"finalised_on", dateOrNull(v.finalisedOn)},
        {"finalised_by", v.finalisedBy},
    };
}
} // namespace

int deliberation(const QStringList &args)
{
    Command c;
    QCommandLineOption sessionOpt(QStringLiteral("session"), Tr::tr("The session's number."), QStringLiteral("id"));
    QCommandLineOption submitOpt(QStringLiteral("submit"), Tr::tr("Submit the draft to the chair."));
    QCommandLineOption approveOpt(QStringLiteral("approve"), Tr::tr("Approve the submitted draft (the chair): it becomes final."));
    QCommandLineOption finalOpt(QStringLiteral("final"), Tr::tr("Make the draft final without the chair's approval in Comité (signed on paper)."));
    QCommandLineOption correctOpt(QStringLiteral("correct"), Tr::tr("Correct a final deliberation: a new draft version, with its reason."),
                                  QStringLiteral("reason"));
    QCommandLineOption byOpt(QStringLiteral("by"), Tr::tr("Who submits or approves."), QStringLiteral("name"));
    c.parser.addOptions({sessionOpt, submitOpt, approveOpt, finalOpt, correctOpt, byOpt});
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    bool ok = false;
    const qint64 id = c.parser.value(sessionOpt).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(Tr::tr("deliberation needs --session ID, and at most one of --submit, --approve --by NAME, --final "
                                 "or --correct REASON."));
    const int actions = int(c.parser.isSet(submitOpt)) + int(c.parser.isSet(approveOpt)) + int(c.parser.isSet(finalOpt))
                        + int(c.parser.isSet(correctOpt));
    if (actions > 1)
        return usageError(Tr::tr("Choose one of --submit, --approve, --final or --correct."));
    const QString by = c.parser.value(byOpt);
    if (c.parser.isSet(approveOpt) && by.trimmed().isEmpty())
        return usageError(Tr::tr("--approve needs --by NAME: the chair who approves."));
    return withWorkspace(c, [&](Workspace &ws) {
        if (!ws.sessions().load(id))
            return failure(Tr::tr("No session %1 in %2.").arg(id).arg(ws.database().location()));
        QString done;
        const auto freeze = [](DeliberationData &data) { return DeliberationExport::freeze(data); };
        if (c.parser.isSet(submitOpt)) {
            if (const Result<void> r = Edit::submitDeliberation(ws, id, by); !r)
                return failure(r.error().message);
            done = Tr::tr("Deliberation of session %1 submitted to the chair.").arg(id);
        } else if (c.parser.isSet(approveOpt)) {
            if (const Result<void> r = Edit::approveDeliberation(ws, id, by, freeze); !r)
                return failure(r.error().message);
            done = Tr::tr("Deliberation of session %1 approved by %2: it is final.").arg(id).arg(by.trimmed());
        } else if (c.parser.isSet(finalOpt)) {
            if (const Result<void> r = Edit::markDeliberationFinal(ws, id, freeze); !r)
                return failure(r.error().message);
            done = Tr::tr("Deliberation of session %1 made final.").arg(id);
        } else if (c.parser.isSet(correctOpt)) {
            if (const Result<void> r = Edit::correctDeliberation(ws, id, c.parser.value(correctOpt)); !r)
                return failure(r.error().message);
            done = Tr::tr("Deliberation of session %1 corrected: a new draft version.").arg(id);
        }
        const DeliberationRepository repository(ws.database());
        const QList<DeliberationVersion> versions = repository.versions(id);
        const DeliberationVersion current = DeliberationRules::current(versions, id);
        if (c.json()) {
            QJsonObject o = versionJson(current);
            QJsonArray all;
            for (const DeliberationVersion &v : versions)
                all.append(versionJson(v));
            o.insert(QStringLiteral("session"), double(id));
            o.insert(QStringLiteral("versions"), all);
            printJson(QJsonDocument(o));
            return Success;
        }
        if (!done.isEmpty())
            Comite::CommandLine::out() << done << '\n';
        Comite::CommandLine::out() << DeliberationRules::footerText(current) << '\n';
        if (current.isSubmitted())
            Comite::CommandLine::out() << Tr::tr("Submitted on %1 by %2.").arg(current.submittedOn.toString(Qt::ISODate), current.submittedBy)
                                       << '\n';
        if (current.isApproved())
            Comite::CommandLine::out() << Tr::tr("Approved on %1 by %2.").arg(current.approvedOn.toString(Qt::ISODate), current.approvedBy)
                                       << '\n';
        Comite::CommandLine::out().flush();
        return Success;
    }, actions > 0 ? OpenMode::MustExist : OpenMode::ReadOnly);
}

int exportDeliberation(const QStringList &args)
{
    Command c;
    QCommandLineOption sessionOpt(QStringLiteral("session"), Tr::tr("The session's number."), QStringLiteral("id"));
    QCommandLineOption formatOpt(QStringLiteral("format"), Tr::tr("pdf, odt, md or html."), QStringLiteral("format"));
    QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("file"));
    QCommandLineOption procurementOpt(QStringLiteral("procurement"), Tr::tr("The one-page notice for the procurement office."));
    QCommandLineOption omitOpt(QStringLiteral("omit"), Tr::tr("Sections to leave out, comma-separated: scores, notes, timings."),
                               QStringLiteral("sections"));
    c.parser.addOptions({sessionOpt, formatOpt, outOpt, procurementOpt, omitOpt});
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    const QString session = c.parser.value(sessionOpt);
    if (session.isEmpty() || !c.parser.isSet(formatOpt) || !c.parser.isSet(outOpt))
        return usageError(Tr::tr("export-deliberation needs --session ID, --format pdf|odt|md|html and --out FILE."));
    bool ok = false;
    const qint64 id = session.toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(Tr::tr("A session is named by its number, not “%1”.").arg(session));
    DeliberationExport::Options options;
    QString problem;
    const auto f = format(c, formatOpt, &problem);
    if (!f)
        return usageError(problem);
    options.format = *f;
    options.procurement = c.parser.isSet(procurementOpt);
    for (const QString &word : c.parser.value(omitOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString w = word.trimmed();
        if (w == QLatin1String("scores"))
            options.omitted |= DeliberationSection::Scores;
        else if (w == QLatin1String("notes"))
            options.omitted |= DeliberationSection::Notes;
        else if (w == QLatin1String("timings"))
            options.omitted |= DeliberationSection::AgendaTimings;
        else
            return usageError(Tr::tr("--omit wants scores, notes or timings, not “%1”.").arg(w));
    }
    const QString out = c.parser.value(outOpt);
    if (const QString e = suffixProblem(out, options.format); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        QString error;
        if (!DeliberationExport::exportSession(ws, id, out, options, &error))
            return failure(error);
        Comite::CommandLine::out() << (options.procurement ? Tr::tr("Procurement notice written to %1.")
                                                           : Tr::tr("Deliberation written to %1."))
                                          .arg(out)
                                   << '\n';
        Comite::CommandLine::out().flush();
        return Success;
    }, OpenMode::ReadOnly);
}

int exportHistory(const QStringList &args)
{
    Command c;
    QCommandLineOption productOpt(QStringLiteral("product"), Tr::tr("The product's identifier."), QStringLiteral("slug"));
    QCommandLineOption formatOpt(QStringLiteral("format"), Tr::tr("pdf, odt, md or html."), QStringLiteral("format"));
    QCommandLineOption outOpt(QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("file"));
    c.parser.addOptions({productOpt, formatOpt, outOpt});
    if (const QString e = c.parse(args, 0); !e.isEmpty())
        return usageError(e);
    if (!c.parser.isSet(productOpt) || !c.parser.isSet(formatOpt) || !c.parser.isSet(outOpt))
        return usageError(Tr::tr("export-history needs --product SLUG, --format pdf|odt|md|html and --out FILE."));
    QString problem;
    const auto f = format(c, formatOpt, &problem);
    if (!f)
        return usageError(problem);
    const QString slug = c.parser.value(productOpt);
    const QString out = c.parser.value(outOpt);
    if (const QString e = suffixProblem(out, *f); !e.isEmpty())
        return usageError(e);
    return withWorkspace(c, [&](Workspace &ws) {
        const auto productId = ws.products().idForSlug(slug);
        if (!productId)
            return failure(Tr::tr("No product “%1” in %2.").arg(slug, ws.database().location()));
        QString error;
        if (!DeliberationExport::exportHistory(ws, *productId, out, *f, QLocale(), &error))
            return failure(error);
        Comite::CommandLine::out() << Tr::tr("Committee history written to %1.").arg(out) << '\n';
        Comite::CommandLine::out().flush();
        return Success;
    }, OpenMode::ReadOnly);
}

} // namespace Comite::CommandLine::DeliberationCommands
