#include "deliberation.h"

#include <QCoreApplication>

namespace Comite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Deliberation)
};
} // namespace

namespace DeliberationStatuses {
QString key(DeliberationStatus status)
{
    return status == DeliberationStatus::Final ? QStringLiteral("final") : QStringLiteral("draft");
}

std::optional<DeliberationStatus> fromKey(QStringView key)
{
    if (key == u"draft")
        return DeliberationStatus::Draft;
    if (key == u"final")
        return DeliberationStatus::Final;
    return std::nullopt;
}

QString label(DeliberationStatus status)
{
    return status == DeliberationStatus::Final ? Tr::tr("final") : Tr::tr("draft");
}
} // namespace DeliberationStatuses

namespace DeliberationFormats {
QList<DeliberationFormat> all()
{
    return {DeliberationFormat::Pdf, DeliberationFormat::Odt, DeliberationFormat::Markdown, DeliberationFormat::Html};
}

QString key(DeliberationFormat format)
{
    switch (format) {
    case DeliberationFormat::Pdf: return QStringLiteral("pdf");
    case DeliberationFormat::Odt: return QStringLiteral("odt");
    case DeliberationFormat::Markdown: return QStringLiteral("md");
    case DeliberationFormat::Html: return QStringLiteral("html");
    }
    return {};
}

std::optional<DeliberationFormat> fromKey(QStringView key)
{
    for (DeliberationFormat f : all()) {
        if (key == DeliberationFormats::key(f))
            return f;
    }
    if (key == u"markdown")
        return DeliberationFormat::Markdown;
    return std::nullopt;
}

QString suffix(DeliberationFormat format)
{
    return key(format);
}

QString label(DeliberationFormat format)
{
    switch (format) {
    case DeliberationFormat::Pdf: return Tr::tr("PDF document (*.pdf)");
    case DeliberationFormat::Odt: return Tr::tr("OpenDocument text (*.odt)");
    case DeliberationFormat::Markdown: return Tr::tr("Markdown (*.md)");
    case DeliberationFormat::Html: return Tr::tr("Web page (*.html)");
    }
    return {};
}
} // namespace DeliberationFormats

namespace DeliberationRules {
DeliberationVersion current(const QList<DeliberationVersion> &versions, qint64 sessionId)
{
    if (!versions.isEmpty())
        return versions.last();
    DeliberationVersion v;
    v.sessionId = sessionId;
    return v;
}

QString footerText(const DeliberationVersion &version)
{
    if (!version.isFinal() && version.isSubmitted())
        return Tr::tr("Version %1 · submitted to the chair").arg(version.number);
    return Tr::tr("Version %1 · %2").arg(version.number).arg(DeliberationStatuses::label(version.status));
}

QString stageKey(const DeliberationVersion &version)
{
    if (version.isFinal())
        return version.isApproved() ? QStringLiteral("approved") : QStringLiteral("final");
    return version.isSubmitted() ? QStringLiteral("submitted") : QStringLiteral("draft");
}

QString submitProblem(const DeliberationVersion &version)
{
    if (version.isFinal())
        return Tr::tr("The deliberation is already final (version %1).").arg(version.number);
    if (version.isSubmitted())
        return Tr::tr("Version %1 of the deliberation is already submitted to the chair.").arg(version.number);
    return {};
}

QString approveProblem(const DeliberationVersion &version, const QString &by, const QString &chair)
{
    if (version.isFinal())
        return Tr::tr("The deliberation is already final (version %1).").arg(version.number);
    if (!version.isSubmitted())
        return Tr::tr("Submit the deliberation to the chair before approving it.");
    if (by.trimmed().isEmpty())
        return Tr::tr("Say who approves the deliberation.");
    if (!chair.isEmpty() && by.trimmed().compare(chair, Qt::CaseInsensitive) != 0)
        return Tr::tr("Only the chair of the committee, %1, approves the deliberation.").arg(chair);
    return {};
}
} // namespace DeliberationRules

} // namespace Comite
