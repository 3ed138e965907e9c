#include "deliberationbuilder.h"

#include "deliberationproductsection.h"
#include "domain/sessiondecision.h"
#include "domain/slug.h"
#include "storage/spendingentry.h"

namespace Comite {

QString DeliberationBuilder::suggestedBaseName(const Session &session, bool procurement)
{
    const QString title = Slug::fromTitle(session.displayTitle());
    return QStringLiteral("%1-%2%3")
        .arg(procurement ? tr("procurement") : tr("deliberation"), session.date().toString(Qt::ISODate),
             title.isEmpty() ? QString() : QLatin1Char('-') + title.left(60));
}

QString DeliberationBuilder::minutes(int m) const
{
    return tr("%1 min").arg(m_locale.toString(m));
}

QString DeliberationBuilder::clockTime(QTime time, const QLocale &locale)
{
    if (!time.isValid())
        return QStringLiteral("—");
    if (locale.language() == QLocale::French) {
        // French usage: « 14 h », « 14 h 05 », with non-breaking spaces.
        return time.minute() == 0 ? QStringLiteral("%1\u00a0h").arg(time.hour())
                                  : QStringLiteral("%1\u00a0h\u00a0%2").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
    }
    // The locale's short time ("14:02", "2:02 PM"); never seconds (the C
    // locale's short format has them).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return locale.toString(time, format);
}

DeliberationDocument DeliberationBuilder::start(const QString &title) const
{
    DeliberationDocument doc;
    doc.locale = m_locale;
    doc.title = title;
    const Session &s = m_data.session;
    doc.headerText = m_data.incubator.isEmpty() ? s.displayTitle() : tr("%1 — %2").arg(m_data.incubator, s.displayTitle());
    doc.footerText = tr("%1 — committee of %2").arg(DeliberationRules::footerText(m_data.version), doc.date(s.date()));
    const Participant *secretary = m_data.secretary();
    doc.author = secretary ? secretary->name : m_data.incubator;
    doc.subject = tr("%1 — committee of %2").arg(s.displayTitle(), doc.date(s.date()));
    const DeliberationVersion &v = m_data.version;
    doc.draft = !v.isFinal();
    doc.draftNotice = tr("Draft — version %1, not approved: this text may still change and is not a record of the committee.")
                          .arg(v.number);
    // The version's own date: a final record re-exported is identical.
    const QDate stamp = v.isFinal() && v.finalisedOn.isValid() ? v.finalisedOn : m_data.today;
    doc.stamped = QDateTime(stamp.isValid() ? stamp : s.date(), QTime(12, 0), Qt::UTC);
    doc.heading(title, 1);
    return doc;
}

void DeliberationBuilder::header(DeliberationDocument &doc) const
{
    const Session &s = m_data.session;
    QList<std::pair<QString, QString>> facts;
    facts << std::pair(tr("Committee"), s.displayTitle());
    if (!m_data.incubator.isEmpty())
        facts << std::pair(tr("Incubator"), m_data.incubator);
    facts << std::pair(tr("Date"), tr("%1 at %2").arg(doc.date(s.date()), clockTime(s.startsAt.time(), m_locale)));
    if (!s.place.isEmpty())
        facts << std::pair(tr("Place"), s.place);
    if (!s.videoLink.isEmpty())
        facts << std::pair(tr("Video link"), s.videoLink);
    const Participant *chair = m_data.chair();
    const Participant *secretary = m_data.secretary();
    facts << std::pair(tr("Chair"), chair ? chair->name : QStringLiteral("—"));
    facts << std::pair(tr("Secretary"), secretary ? secretary->name : QStringLiteral("—"));
    int actualSeconds = 0;
    for (const AgendaItem &item : s.agenda)
        actualSeconds += item.actualSeconds.value_or(0);
    // The actual times as noted; else the planned start for the time the
    // agenda items took.
    const QDateTime from = s.startedAt.isValid() ? s.startedAt : s.startsAt;
    const QDateTime to = s.endedAt.isValid() && s.endedAt > from ? s.endedAt
                                                                  : (actualSeconds > 0 ? from.addSecs(actualSeconds) : QDateTime());
    if (to.isValid())
        facts << std::pair(tr("Held"), tr("%1 – %2", "actual start and end times").arg(clockTime(from.time(), m_locale), clockTime(to.time(), m_locale)));
    int voting = 0, votingPresent = 0, present = 0, excused = 0, absent = 0;
    for (const Participant &p : s.participants) {
        voting += p.voting ? 1 : 0;
        votingPresent += p.voting && p.present ? 1 : 0;
        present += p.attendance() == Attendance::Present ? 1 : 0;
        excused += p.attendance() == Attendance::Excused ? 1 : 0;
        absent += p.attendance() == Attendance::Absent ? 1 : 0;
    }
    if (!s.participants.isEmpty()) {
        facts << std::pair(tr("Attendance"), tr("%n present", nullptr, present) + QStringLiteral(", ") + tr("%n excused", nullptr, excused)
                                                 + QStringLiteral(", ") + tr("%n absent", nullptr, absent));
    }
    if (voting > 0) {
        const QString members = tr("%n of the voting members present", nullptr, votingPresent);
        facts << std::pair(tr("Quorum"), votingPresent * 2 > voting
                                             ? tr("%1 (out of %2): the committee could deliberate.").arg(members).arg(voting)
                                             : tr("%1 (out of %2): no majority of voting members.").arg(members).arg(voting));
    }
    facts << std::pair(tr("Status"), DeliberationRules::footerText(m_data.version));
    doc.facts(facts);

    doc.heading(tr("Participants"), 2);
    QList<QStringList> rows;
    for (const Participant &p : s.participants) {
        // Wording that agrees with anyone: « avec voix délibérative », « a participé ».
        const QString role = ParticipantRoles::label(p.role, p.civility);
        const QString name = p.civility == Civility::Neutral ? p.name : tr("%1 %2").arg(Civilities::label(p.civility), p.name);
        rows << QStringList{name, p.organisation, p.voting ? tr("%1, with a vote").arg(role) : role, p.attendanceText()};
    }
    doc.tableOr({tr("Name"), tr("Organisation"), tr("Role"), tr("Attendance")}, rows, tr("No participant listed."));
}

void DeliberationBuilder::agenda(DeliberationDocument &doc, bool timings) const
{
    const Session &s = m_data.session;
    QList<QStringList> rows;
    int planned = 0, actual = 0;
    bool anyActual = false;
    for (const AgendaItem &item : s.agenda) {
        const SessionProduct *p = s.product(item.productId);
        QStringList row{SessionAgenda::displayTitle(item), p ? p->title : tr("whole session")};
        if (timings) {
            planned += item.plannedMinutes;
            row << minutes(item.plannedMinutes);
            if (item.actualSeconds) {
                anyActual = true;
                actual += *item.actualSeconds;
                const int m = qRound(*item.actualSeconds / 60.0);
                const int diff = m - item.plannedMinutes;
                row << minutes(m)
                    << (diff == 0 ? QStringLiteral("0") : (diff > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + minutes(qAbs(diff)));
            } else {
                row << QStringLiteral("—") << QString();
            }
        }
        rows << row;
    }
    if (timings && !rows.isEmpty()) {
        const int m = qRound(actual / 60.0);
        const int diff = m - planned;
        rows << QStringList{tr("Total"), QString(), minutes(planned), anyActual ? minutes(m) : QStringLiteral("—"),
                            !anyActual || diff == 0 ? QString()
                                                    : (diff > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + minutes(qAbs(diff))};
    }
    QStringList headers{tr("Item"), tr("Product")};
    if (timings)
        headers << tr("Planned") << tr("Actual") << tr("Difference");
    doc.tableOr(headers, rows, tr("No agenda."), timings ? QList<int>{2, 3, 4} : QList<int>{});
}

void DeliberationBuilder::notes(DeliberationDocument &doc) const
{
    const Session &s = m_data.session;
    doc.heading(tr("Secretary's notes"), 2);
    bool any = false;
    for (const AgendaItem &item : s.agenda) {
        if (item.notes.trimmed().isEmpty())
            continue;
        const SessionProduct *p = s.product(item.productId);
        doc.heading(p ? tr("%1 — %2").arg(SessionAgenda::displayTitle(item), p->title) : SessionAgenda::displayTitle(item), 4);
        doc.paragraph(item.notes.trimmed());
        any = true;
    }
    if (!any)
        doc.paragraph(tr("No notes."), true);
}

void DeliberationBuilder::corrections(DeliberationDocument &doc) const
{
    if (m_data.versions.size() < 2)
        return;
    doc.heading(tr("Versions"), 2);
    QList<QStringList> rows;
    for (const DeliberationVersion &v : m_data.versions) {
        rows << QStringList{m_locale.toString(v.number), DeliberationStatuses::label(v.status),
                            doc.date(v.isFinal() ? v.finalisedOn : v.createdOn), v.reason};
    }
    doc.table({tr("Version"), tr("Status"), tr("Date"), tr("Reason for the correction")}, rows, {0});
}

void DeliberationBuilder::closing(DeliberationDocument &doc) const
{
    const DeliberationVersion &v = m_data.version;
    const QString day = doc.date(v.isFinal() && v.finalisedOn.isValid() ? v.finalisedOn : m_data.today);
    const Participant *secretary = m_data.secretary();
    const Participant *chair = m_data.chair();
    doc.paragraph(secretary ? tr("Drawn up by %1, secretary of the committee, on %2.").arg(secretary->name, day)
                            : tr("Drawn up on %1.").arg(day));
    doc.heading(tr("Approval"), 2);
    QList<std::pair<QString, QString>> steps;
    if (v.isSubmitted())
        steps << std::pair(tr("Submitted to the chair"), v.submittedBy.isEmpty() ? doc.date(v.submittedOn)
                                                                                 : tr("on %1 by %2").arg(doc.date(v.submittedOn), v.submittedBy));
    if (v.isApproved())
        steps << std::pair(tr("Approved by the chair"), tr("on %1 by %2").arg(doc.date(v.approvedOn), v.approvedBy));
    doc.facts(steps);
    if (v.isFinal() && v.isApproved()) {
        doc.paragraph(tr("Version %1 was approved by the chair of the committee and made final on %2.").arg(v.number).arg(day));
    } else if (v.isFinal()) {
        doc.paragraph(v.finalisedBy.isEmpty() ? tr("Version %1 was approved and made final on %2.").arg(v.number).arg(day)
                                              : tr("Version %1 was approved and made final on %2 by %3.").arg(v.number).arg(day, v.finalisedBy));
    } else if (v.isSubmitted()) {
        doc.paragraph(tr("Submitted to the chair of the committee; not approved yet."), true);
    } else {
        doc.paragraph(tr("Not approved yet: this draft is to be submitted to the chair of the committee."), true);
    }
    // Room for the two signatures, with what each signs for.
    const QString approved = v.isApproved() ? tr("Approved on %1").arg(doc.date(v.approvedOn)) : tr("Approved on:");
    const QString drawn = tr("Drawn up on %1").arg(day);
    doc.table({tr("The chair"), tr("The secretary")},
              {{chair ? chair->name : QStringLiteral("—"), secretary ? secretary->name : QStringLiteral("—")},
               {approved, drawn},
               {tr("Signature:") + QStringLiteral("\n\n\n"), tr("Signature:") + QStringLiteral("\n\n\n")}});
}

DeliberationDocument DeliberationBuilder::record() const
{
    DeliberationDocument doc = start(tr("Deliberation of the investment committee"));
    header(doc);
    int n = 0;
    for (const DeliberationProduct &p : m_data.products) {
        doc.pageBreak();
        DeliberationProductSection(doc, m_data.session, {}).write(p, ++n);
    }
    doc.pageBreak();
    doc.heading(tr("Agenda"), 2);
    // Both agenda tables: with the durations, and without for an export
    // that leaves them out.
    doc.tagWith = int(DeliberationSection::AgendaTimings);
    agenda(doc, true);
    doc.tagWith = 0;
    doc.tagWithout = int(DeliberationSection::AgendaTimings);
    agenda(doc, false);
    doc.tagWithout = 0;
    doc.tagWith = int(DeliberationSection::Notes);
    notes(doc);
    doc.tagWith = 0;
    corrections(doc);
    // The approval and the signatures on a page of their own: never split
    // across two pages.
    doc.pageBreak();
    closing(doc);
    return doc;
}

DeliberationDocument DeliberationBuilder::deliberation() const
{
    return record().without(int(m_omitted));
}

DeliberationDocument DeliberationBuilder::procurementNotice() const
{
    const Session &s = m_data.session;
    DeliberationDocument doc = start(tr("Notice to the procurement office"));
    const Participant *secretary = m_data.secretary();
    QList<std::pair<QString, QString>> facts;
    facts << std::pair(tr("Committee"), s.displayTitle()) << std::pair(tr("Date"), doc.date(s.date()));
    if (!m_data.incubator.isEmpty())
        facts << std::pair(tr("Incubator"), m_data.incubator);
    if (secretary)
        facts << std::pair(tr("Contact"), secretary->organisation.isEmpty()
                                              ? secretary->name
                                              : tr("%1 (%2)").arg(secretary->name, secretary->organisation));
    doc.facts(facts);
    doc.paragraph(tr("The investment committee took the decisions below. Please place or stop the orders accordingly."));
    QList<QStringList> rows;
    for (const DeliberationProduct &p : m_data.products) {
        const Decision *d = s.decisionFor(p.ref.productId);
        rows << QStringList{p.ref.title, d ? DecisionOptions::label(d->option) : tr("not decided yet"),
                            d ? doc.money(d->amount) : QStringLiteral("—"), d ? doc.period(d->periodStart, d->periodEnd) : QStringLiteral("—")};
    }
    doc.table({tr("Product"), tr("Decision"), tr("Amount"), tr("Period")}, rows, {2});
    for (const DeliberationProduct &p : m_data.products) {
        const Decision *d = s.decisionFor(p.ref.productId);
        doc.heading(tr("What must be ordered — %1").arg(p.ref.title), 3);
        QStringList items;
        if (!d) {
            items << tr("Nothing yet: the committee has not decided.");
        } else if (d->option == DecisionOption::Stop) {
            items << tr("Stop the orders for this product; no new order.");
        } else if (!d->amount || *d->amount <= 0) {
            items << tr("No new order: the committee granted no amount.");
        } else {
            items << tr("Orders up to %1, %2.").arg(doc.money(d->amount), doc.period(d->periodStart, d->periodEnd));
        }
        if (d && !p.payers.isEmpty())
            items << tr("Paid by: %1").arg(p.payers.join(QStringLiteral(", ")));
        if (d && d->conditions.trimmed().isEmpty())
            items << tr("Conditions: none");
        doc.list(items);
        if (d && d->option != DecisionOption::Stop && d->amount && *d->amount > 0 && p.requested) {
            // What is granted by line and by profile: the amount granted
            // shared as the team requested it (pro rata when it differs).
            qint64 requestedTotal = 0;
            for (const QString &line : BudgetLines::keys())
                requestedTotal += p.requested->budgetRequest.value(line);
            // The same shares as the deliberation's "means requested and granted".
            const QMap<QString, qint64> shares = SessionDecisions::grantedByLine(p.requested->budgetRequest, *d->amount);
            QList<QStringList> lines;
            for (const QString &line : BudgetLines::keys()) {
                const qint64 asked = p.requested->budgetRequest.value(line);
                if (asked > 0)
                    lines << QStringList{BudgetLines::label(line), doc.money(asked), doc.money(shares.value(line))};
            }
            if (!lines.isEmpty()) {
                if (requestedTotal != *d->amount)
                    doc.paragraph(tr("The amount granted differs from the request: it is shared in proportion to the lines and "
                                     "profiles requested."), true);
                lines << QStringList{tr("Total"), doc.money(requestedTotal), doc.money(d->amount)};
                doc.table({tr("Budget line"), tr("Requested"), tr("Granted")}, lines, {1, 2});
            }
            double fte = 0;
            for (const TeamMember &m : p.requested->team)
                fte += m.fte();
            QList<QStringList> profiles;
            for (const TeamMember &m : p.requested->team) {
                profiles << QStringList{m.profile, m_locale.toString(m.fte(), 'f', 1),
                                        fte > 0 ? doc.money(qRound64(*d->amount * m.fte() / fte)) : QStringLiteral("—")};
            }
            if (!profiles.isEmpty())
                doc.table({tr("Profile"), tr("Full-time equivalent"), tr("Amount (pro rata time)")}, profiles, {1, 2});
        }
        if (d && !d->conditions.trimmed().isEmpty())
            doc.paragraph(tr("Conditions: %1").arg(d->conditions.trimmed()));
    }
    closing(doc);
    return doc;
}

} // namespace Comite
