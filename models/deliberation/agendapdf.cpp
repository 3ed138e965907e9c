#include "agendapdf.h"

#include "deliberationbuilder.h"
#include "domain/markup.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace Comite::AgendaPdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AgendaPdf)
};

QString minutes(int m)
{
    return Tr::tr("%n min", nullptr, m);
}
} // namespace

QString html(const Session &s, const QLocale &locale)
{
    const auto time = [&locale](QTime t) { return escapeHtml(DeliberationBuilder::clockTime(t, locale)); };
    QString h;
    // Ruled tables with fixed column widths: long names and organisations
    // wrap inside their own column (words are never broken, see write()).
    h += QStringLiteral("<html><head><style>"
                        "body { font-family: sans-serif; font-size: 10pt; }"
                        "h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 13pt; margin-top: 16pt; margin-bottom: 4pt; }"
                        "table.grid { border-collapse: collapse; border: 1px solid #b8bcc8; }"
                        "th { text-align: left; background: #e3e3fd; } td.num, th.num { text-align: right; }"
                        ".muted { color: #555555; } td.product { font-weight: bold; background: #f4f6fa; }"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(escapeHtml(Tr::tr("Agenda")));
    h += QStringLiteral("<p><b>%1</b></p>").arg(escapeHtml(s.displayTitle()));
    const QString when = locale.toString(s.startsAt.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + Tr::tr("%1 to %2").arg(DeliberationBuilder::clockTime(s.startsAt.time(), locale),
                                 DeliberationBuilder::clockTime(s.plannedEnd().time(), locale));
    h += QStringLiteral("<p>%1<br/>").arg(escapeHtml(when));
    if (!s.place.isEmpty())
        h += escapeHtml(Tr::tr("Place: %1").arg(s.place)) + QStringLiteral("<br/>");
    if (!s.videoLink.isEmpty())
        h += escapeHtml(Tr::tr("Video link: %1").arg(s.videoLink)) + QStringLiteral("<br/>");
    h += QStringLiteral("</p>");

    if (!s.products.isEmpty()) {
        QStringList names;
        for (const SessionProduct &p : s.products)
            names << escapeHtml(p.title);
        h += QStringLiteral("<p>%1 %2</p>").arg(escapeHtml(Tr::tr("Products reviewed:")), names.join(QStringLiteral(", ")));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(escapeHtml(Tr::tr("Running order")));
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-bottom: 10px;\"><thead><tr>"
                        "<th width=\"16%\">%1</th><th width=\"66%\">%2</th><th width=\"18%\" class=\"num\">%3</th></tr></thead>")
             .arg(escapeHtml(Tr::tr("Time")), escapeHtml(Tr::tr("Item")), escapeHtml(Tr::tr("Duration")));
    const QList<QDateTime> starts = SessionAgenda::plannedStarts(s.startsAt, s.agenda);
    qint64 lastProduct = -1;
    for (int i = 0; i < s.agenda.size(); ++i) {
        const AgendaItem &item = s.agenda[i];
        if (item.productId != lastProduct && item.productId != 0) {
            if (const SessionProduct *p = s.product(item.productId))
                h += QStringLiteral("<tr><td class=\"product\"></td><td colspan=\"2\" class=\"product\">%1</td></tr>").arg(escapeHtml(p->title));
        }
        lastProduct = item.productId;
        QString title = escapeHtml(SessionAgenda::displayTitle(item));
        if (item.teamLeaves)
            title += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(escapeHtml(Tr::tr("without the team")));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td></tr>")
                 .arg(time(starts[i].time()), title, escapeHtml(minutes(item.plannedMinutes)));
    }
    h += QStringLiteral("<tr><td><b>%1</b></td><td><b>%2</b></td><td class=\"num\"><b>%3</b></td></tr></table>")
             .arg(time(s.plannedEnd().time()), escapeHtml(Tr::tr("End")), escapeHtml(minutes(s.agendaMinutes())));

    if (!s.participants.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-bottom: 10px;\"><thead>"
                            "<tr><th width=\"30%\">%2</th><th width=\"38%\">%3</th><th width=\"32%\">%4</th></tr></thead>")
                 .arg(escapeHtml(Tr::tr("Participants")), escapeHtml(Tr::tr("Name")), escapeHtml(Tr::tr("Organisation")),
                      escapeHtml(Tr::tr("Role")));
        for (ParticipantRole role : ParticipantRoles::all()) {
            for (const Participant &p : s.participants) {
                if (p.role != role)
                    continue;
                // The role agrees with the participant: « Présidente », « Présidence » when neutral.
                const QString name = p.civility == Civility::Neutral ? p.name : Tr::tr("%1 %2").arg(Civilities::label(p.civility), p.name);
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"muted\">%3</td></tr>")
                         .arg(escapeHtml(name), escapeHtml(p.organisation), escapeHtml(ParticipantRoles::label(p.role, p.civility)));
            }
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(escapeHtml(Tr::tr("The presentation is shared with the participants one week before the committee.")));
    h += QStringLiteral("</body></html>");
    return h;
}

bool write(const Session &session, const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2").arg(name, reason);
        return false;
    };
    // Atomic: a temporary file beside the target, renamed once complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setTitle(Tr::tr("Agenda — %1").arg(session.displayTitle()));
        pdf.setCreator(QStringLiteral("Comité"));
        pdf.setResolution(300);
        QTextDocument doc;
        // Words are never broken: a column is at least as wide as its longest word.
        QTextOption wrap = doc.defaultTextOption();
        wrap.setWrapMode(QTextOption::WordWrap);
        doc.setDefaultTextOption(wrap);
        doc.setHtml(html(session));
        doc.print(&pdf);
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Comite::AgendaPdf
