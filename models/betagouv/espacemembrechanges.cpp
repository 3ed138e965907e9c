#include "espacemembrechanges.h"

#include "betagouvmapping.h"
#include "storage/betagouvstore.h"
#include "deliberation/pagedpdf.h"
#include "domain/displayformat.h"
#include "domain/markup.h"
#include "storage/productrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextDocument>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EspaceMembreChanges)
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// One product's facts as lines of text, each a Markdown list item.
QStringList lines(const EspaceMembreChanges::Product &p, QStringList *documents)
{
    QStringList result;
    for (const auto &c : p.committees) {
        QString line = Tr::tr("Committee of %1: %2").arg(iso(c.date), DecisionOptions::label(c.decision));
        if (!c.comment.trimmed().isEmpty())
            line += QStringLiteral(" — ") + c.comment.simplified();
        result << line;
    }
    for (const PhaseRecord &phase : p.phases)
        result << Tr::tr("Phase “%1” (%2) from %3").arg(Phases::key(phase.phase), Phases::label(phase.phase), iso(phase.start))
                      + (phase.end.isValid() ? Tr::tr(" to %1").arg(iso(phase.end)) : QString());
    for (const auto &e : p.envelopes) {
        QString line = Tr::tr("New envelope: %1 (%2)").arg(DisplayFormat::euros(e.amount), e.source);
        if (e.start.isValid())
            line += Tr::tr(", %1 to %2").arg(iso(e.start), e.end.isValid() ? iso(e.end) : QStringLiteral("…"));
        if (!e.label.isEmpty())
            line += QStringLiteral(" — ") + e.label;
        result << line;
    }
    for (const auto &d : p.documents)
        *documents << Tr::tr("Document de comité of %1 (%2): %3 — written by `%4`")
                          .arg(iso(d.committee), d.covers, d.fileName, d.command);
    return result;
}
} // namespace

EspaceMembreChanges EspaceMembreChanges::collect(Database &db, QDate since)
{
    EspaceMembreChanges changes;
    changes.since = since;
    ProductRepository products(db);
    BetagouvStore store(db);
    for (const ProductSummary &s : products.summaries()) {
        Product p;
        p.slug = s.slug;
        p.title = s.title;
        for (const BetagouvCommitteeEntry &c : store.committees(s.id)) {
            if (c.imported || c.date < since)
                continue;
            p.committees << Committee{c.sessionId, c.date, c.decision, c.comment};
            const QString stem = QStringLiteral("comite-%1-%2").arg(iso(c.date), s.slug);
            p.documents << Document{c.date, Tr::tr("impact, roadmap, budget (pre-read)"),
                                    stem + QStringLiteral("-dossier-de-preparation.pdf"),
                                    QStringLiteral("comite export-preread --product %1 --out %2-dossier-de-preparation.pdf")
                                        .arg(s.slug, stem)}
                        << Document{c.date, Tr::tr("decision (deliberation)"), stem + QStringLiteral("-deliberation.pdf"),
                                    QStringLiteral("comite export-deliberation --session %1 --format pdf --out "
                                                   "%2-deliberation.pdf")
                                        .arg(c.sessionId)
                                        .arg(stem)};
        }
        QList<PhaseRecord> filed;
        if (const auto source = store.source(BetagouvKind::Startup, s.id)) {
            BetagouvMapping::Outcome ignored;
            if (const auto record = BetagouvMapping::product({source->path, source->content}, s.slug, ignored))
                filed = record->phases;
        }
        for (const PhaseRecord &phase : s.phases) {
            const bool known = std::any_of(filed.cbegin(), filed.cend(), [&](const PhaseRecord &f) {
                return f.phase == phase.phase && f.start == phase.start;
            });
            if (!known && phase.start >= since)
                p.phases << phase;
        }
        for (const BetagouvFundingEntry &f : store.fundings(s.id)) {
            if (!f.imported && f.start.isValid() && f.start >= since)
                p.envelopes << Envelope{f.source, f.amount, f.label, f.start, f.end};
        }
        if (!p.isEmpty())
            changes.products << p;
    }
    std::sort(changes.products.begin(), changes.products.end(), [](const Product &a, const Product &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return changes;
}

QString EspaceMembreChanges::markdown() const
{
    QString text = QStringLiteral("# ") + Tr::tr("To tell the member space since %1").arg(iso(since)) + QStringLiteral("\n\n");
    text += Tr::tr("What Comité recorded that the member space (espace-membre) does not know yet: retype it there, "
                   "then upload the committee documents.")
            + QStringLiteral("\n\n");
    if (products.isEmpty())
        text += Tr::tr("Nothing to tell: no committee, phase change or envelope recorded since then.") + u'\n';
    for (const Product &p : products) {
        text += QStringLiteral("## %1 (`%2`)\n\n").arg(p.title, p.slug);
        QStringList documents;
        for (const QString &line : lines(p, &documents))
            text += QStringLiteral("- ") + line + u'\n';
        if (!documents.isEmpty()) {
            text += u'\n' + Tr::tr("Documents to upload:") + u'\n';
            for (const QString &line : documents)
                text += QStringLiteral("- ") + line + u'\n';
        }
        text += u'\n';
    }
    return text;
}

QString EspaceMembreChanges::html() const
{
    auto code = [](const QString &line) {
        // `…` spans of the Markdown lines as <code>.
        QString out;
        const QStringList parts = line.split(u'`');
        for (int i = 0; i < parts.size(); ++i)
            out += i % 2 ? QStringLiteral("<code>") + escapeHtml(parts[i]) + QStringLiteral("</code>") : escapeHtml(parts[i]);
        return out;
    };
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n")
                       .arg(escapeHtml(Tr::tr("To tell the member space since %1").arg(iso(since))));
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(escapeHtml(Tr::tr("To tell the member space since %1").arg(iso(since))),
                     escapeHtml(Tr::tr("What Comité recorded that the member space (espace-membre) does not know yet: "
                                       "retype it there, then upload the committee documents.")));
    if (products.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escapeHtml(
            Tr::tr("Nothing to tell: no committee, phase change or envelope recorded since then.")));
    for (const Product &p : products) {
        html += QStringLiteral("<h2>%1 (<code>%2</code>)</h2>\n<ul>\n").arg(escapeHtml(p.title), escapeHtml(p.slug));
        QStringList documents;
        for (const QString &line : lines(p, &documents))
            html += QStringLiteral("<li>") + code(line) + QStringLiteral("</li>\n");
        html += QStringLiteral("</ul>\n");
        if (!documents.isEmpty()) {
            html += QStringLiteral("<p>%1</p>\n<ul>\n").arg(escapeHtml(Tr::tr("Documents to upload:")));
            for (const QString &line : documents)
                html += QStringLiteral("<li>") + code(line) + QStringLiteral("</li>\n");
            html += QStringLiteral("</ul>\n");
        }
    }
    return html + QStringLiteral("</body></html>\n");
}

bool EspaceMembreChanges::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf") {
        PagedPdf::Options options;
        options.title = Tr::tr("To tell the member space since %1").arg(iso(since));
        options.author = QStringLiteral("Comité");
        options.header = options.title;
        options.pageLabel = [](int page, int pages) { return Tr::tr("Page %1 of %2").arg(page + 1).arg(pages); };
        return PagedPdf::write(path, options, [&](QTextDocument &document) { document.setHtml(html()); }, error);
    }
    const QByteArray bytes = (suffix == u"html" || suffix == u"htm" ? html() : markdown()).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QJsonObject EspaceMembreChanges::json() const
{
    auto date = [](QDate d) { return d.isValid() ? QJsonValue(iso(d)) : QJsonValue(QJsonValue::Null); };
    QJsonArray productArray;
    for (const Product &p : products) {
        QJsonArray committeeArray;
        for (const Committee &c : p.committees)
            committeeArray.append(QJsonObject{{QStringLiteral("session_id"), c.sessionId},
                                              {QStringLiteral("date"), date(c.date)},
                                              {QStringLiteral("decision"), DecisionOptions::key(c.decision)},
                                              {QStringLiteral("comment"), c.comment}});
        QJsonArray phaseArray;
        for (const PhaseRecord &phase : p.phases)
            phaseArray.append(QJsonObject{{QStringLiteral("phase"), Phases::key(phase.phase)},
                                          {QStringLiteral("start"), date(phase.start)},
                                          {QStringLiteral("end"), date(phase.end)}});
        QJsonArray envelopeArray;
        for (const Envelope &e : p.envelopes)
            envelopeArray.append(QJsonObject{{QStringLiteral("source"), e.source},
                                             {QStringLiteral("amount"), e.amount},
                                             {QStringLiteral("label"), e.label},
                                             {QStringLiteral("start"), date(e.start)},
                                             {QStringLiteral("end"), date(e.end)}});
        QJsonArray documentArray;
        for (const Document &d : p.documents)
            documentArray.append(QJsonObject{{QStringLiteral("committee"), date(d.committee)},
                                             {QStringLiteral("covers"), d.covers},
                                             {QStringLiteral("file_name"), d.fileName},
                                             {QStringLiteral("command"), d.command}});
        productArray.append(QJsonObject{{QStringLiteral("slug"), p.slug},
                                        {QStringLiteral("title"), p.title},
                                        {QStringLiteral("committees"), committeeArray},
                                        {QStringLiteral("phases"), phaseArray},
                                        {QStringLiteral("envelopes"), envelopeArray},
                                        {QStringLiteral("documents"), documentArray}});
    }
    return {{QStringLiteral("since"), date(since)}, {QStringLiteral("products"), productArray}};
}

} // namespace Comite
