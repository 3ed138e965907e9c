#include "betagouvreport.h"

#include <QJsonArray>

#include "betagouvmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BetagouvReport)
};

QString countLine(const QString &label, const BetagouvCounts &c)
{
    QString line = label.arg(c.total());
    if (c.total() > 0) {
        QStringList parts;
        if (c.organisations > 0)
            parts << Tr::tr("organisations: %1").arg(c.organisations);
        if (c.incubators > 0)
            parts << Tr::tr("incubators: %1").arg(c.incubators);
        if (c.products > 0)
            parts << Tr::tr("products: %1").arg(c.products);
        line += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
    }
    return line;
}

void listIssues(QString &text, const QString &title, const QList<BetagouvIssue> &issues)
{
    if (issues.isEmpty())
        return;
    text += title.arg(issues.size()) + u'\n';
    for (const BetagouvIssue &issue : issues)
        text += QStringLiteral("  ") + issue.text() + u'\n';
}
} // namespace

QMap<QString, int> BetagouvReport::renameCounts() const
{
    QMap<QString, int> counts;
    for (const BetagouvPhaseRename &r : renames)
        ++counts[r.from + QStringLiteral(" → ") + r.to];
    return counts;
}

int BetagouvReport::problemFiles() const
{
    QSet<QString> paths;
    for (const BetagouvIssue &issue : skipped)
        paths.insert(issue.path);
    for (const BetagouvIssue &issue : warnings)
        paths.insert(issue.path);
    return int(paths.size());
}

int BetagouvReport::exitCode() const
{
    if (!succeeded())
        return 1;
    const bool nothingRead = created.total() + updated.total() + unchanged.total() == 0;
    return nothingRead && !skipped.isEmpty() ? 1 : 0;
}

QString BetagouvReport::text() const
{
    QString text;
    const QString folder = QDir::toNativeSeparators(root);
    if (!error.isEmpty())
        return Tr::tr("Import from %1 failed: %2").arg(folder, error) + u'\n';
    if (cancelled)
        text += Tr::tr("Import from %1 cancelled: nothing was changed.").arg(folder) + u'\n';
    else if (strictRefused)
        text += Tr::tr("Nothing was imported from %1: with --strict, every file must be read without a problem. "
                       "Files with a problem: %2.")
                    .arg(folder)
                    .arg(problemFiles())
                + u'\n';
    else
        text += Tr::tr("Imported from %1. Files read: %2.").arg(folder).arg(files) + u'\n';
    if (succeeded()) {
        text += countLine(Tr::tr("Created: %1"), created) + u'\n';
        text += countLine(Tr::tr("Updated: %1"), updated) + u'\n';
        text += countLine(Tr::tr("Unchanged: %1"), unchanged) + u'\n';
    }
    text += Tr::tr("Skipped: %1").arg(skipped.size()) + u'\n';
    for (const BetagouvIssue &issue : skipped)
        text += QStringLiteral("  ") + issue.text() + u'\n';
    if (!renames.isEmpty()) {
        text += Tr::tr("Old phase names (files from before May 2026): %1").arg(renames.size()) + u'\n';
        text += QStringLiteral("  ") + BetagouvMapping::oldPhaseRule() + u'\n';
        const QMap<QString, int> counts = renameCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            text += QStringLiteral("  %1: %2").arg(it.key()).arg(it.value()) + u'\n';
    }
    if (membersRead >= 0 && succeeded())
        text += Tr::tr("Members read: %1. Team logins added: %2, removed: %3 (logins added by hand are kept).")
                    .arg(membersRead)
                    .arg(teams.added)
                    .arg(teams.removed)
                + u'\n';
    listIssues(text, Tr::tr("Warnings (entries left out or doubtful): %1"), warnings);
    listIssues(text, Tr::tr("Warnings from the member space's rules (read as they are): %1"), advisories);
    listIssues(text, Tr::tr("Notes: %1"), notes);
    return text;
}

namespace {
QJsonObject countsJson(const BetagouvCounts &c)
{
    return {{QStringLiteral("organisations"), c.organisations},
            {QStringLiteral("incubators"), c.incubators},
            {QStringLiteral("products"), c.products}};
}

QJsonArray issuesJson(const QList<BetagouvIssue> &issues)
{
    QJsonArray result;
    for (const BetagouvIssue &i : issues)
        result.append(QJsonObject{{QStringLiteral("path"), i.path},
                                  {QStringLiteral("line"), i.line},
                                  {QStringLiteral("message"), i.message}});
    return result;
}
} // namespace

QJsonObject BetagouvReport::json() const
{
    QJsonObject renameObject;
    const QMap<QString, int> counts = renameCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        renameObject.insert(it.key(), it.value());
    QJsonObject result{{QStringLiteral("source"), root},
                       {QStringLiteral("succeeded"), succeeded()},
                       {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
                       {QStringLiteral("records_read"), files},
                       {QStringLiteral("created"), countsJson(created)},
                       {QStringLiteral("updated"), countsJson(updated)},
                       {QStringLiteral("unchanged"), countsJson(unchanged)},
                       {QStringLiteral("skipped"), issuesJson(skipped)},
                       {QStringLiteral("warnings"), issuesJson(warnings)},
                       {QStringLiteral("advisories"), issuesJson(advisories)},
                       {QStringLiteral("notes"), issuesJson(notes)},
                       {QStringLiteral("old_phase_names"), renameObject}};
    if (membersRead >= 0) {
        result.insert(QStringLiteral("members_read"), membersRead);
        result.insert(QStringLiteral("teams"), QJsonObject{{QStringLiteral("added"), teams.added},
                                                           {QStringLiteral("removed"), teams.removed}});
    }
    return result;
}

} // namespace Comite
