#pragma once
// The written deliberation of a committee session (issue 8): its numbered
// versions, draft then final, and what an export may leave out. Version 1
// is a draft until the secretary marks it final; a correction adds the
// next version with its reason. While the latest version is final the
// session's decisions, scores and notes are locked.

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <optional>

namespace Comite {

enum class DeliberationStatus { Draft, Final };

namespace DeliberationStatuses {
QString key(DeliberationStatus status);  // "draft", "final"
std::optional<DeliberationStatus> fromKey(QStringView key);
QString label(DeliberationStatus status);  // translated
}

struct DeliberationVersion {
    qint64 id = 0;  // 0: not stored (version 1 before anything was marked)
    qint64 sessionId = 0;
    int number = 1;
    DeliberationStatus status = DeliberationStatus::Draft;
    QString reason;  // why this version corrects the previous one
    QDate createdOn;
    QDate finalisedOn;
    QString finalisedBy;  // the secretary's name
    QString content;      // the Markdown the version was made final with
    // The approval workflow (issue 16): draft → submitted to the chair →
    // approved by the chair, which makes the version final.
    QDate submittedOn;    // null: not submitted
    QString submittedBy;  // the secretary who submitted it
    QDate approvedOn;     // null: not approved in Comité (a final version may be signed on paper)
    QString approvedBy;   // the chair who approved it
    bool isFinal() const { return status == DeliberationStatus::Final; }
    bool isSubmitted() const { return submittedOn.isValid(); }
    bool isApproved() const { return approvedOn.isValid(); }
    bool operator==(const DeliberationVersion &) const = default;
};

// Sections an export may leave out; the rest is always there.
enum class DeliberationSection {
    Scores = 0x1,         // the arbitration-grid summary
    Notes = 0x2,          // the secretary's notes
    AgendaTimings = 0x4,  // planned and actual durations
};
Q_DECLARE_FLAGS(DeliberationSections, DeliberationSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(DeliberationSections)

enum class DeliberationFormat { Pdf, Odt, Markdown, Html };

namespace DeliberationFormats {
QList<DeliberationFormat> all();
QString key(DeliberationFormat format);  // "pdf", "odt", "md", "html" (the CLI's words)
std::optional<DeliberationFormat> fromKey(QStringView key);
QString suffix(DeliberationFormat format);  // "pdf", "odt", "md", "html"
QString label(DeliberationFormat format);   // "PDF document (*.pdf)", translated
}

namespace DeliberationRules {
// The version in force: the latest stored, else a fresh draft version 1.
DeliberationVersion current(const QList<DeliberationVersion> &versions, qint64 sessionId);
// "Version 2 · final" / "Version 1 · draft" / "Version 1 · submitted to
// the chair" (translated), for footers.
QString footerText(const DeliberationVersion &version);
// Where the version stands in the approval workflow: "draft", "submitted",
// "approved" (final with the chair's approval) or "final" (the CLI's words).
QString stageKey(const DeliberationVersion &version);
// Why the version cannot be submitted / approved now, translated; empty
// when it can. `chair` is the session's chair (empty: none listed).
QString submitProblem(const DeliberationVersion &version);
QString approveProblem(const DeliberationVersion &version, const QString &by, const QString &chair);
}

} // namespace Comite
