// Sessions as calendar invitations (RFC 5545): CRLF line ends, lines folded
// at 75 octets without cutting a character, text escaped (commas,
// semicolons, new lines, accents), one VEVENT in UTC with one ATTENDEE per
// participant (the chair as CHAIR); read back by libical's parser; the UID
// stays when the session is rescheduled and a later export has a higher
// SEQUENCE; `comite export-ics` writes the file (and refuses bad usage).

#include "io/sessioncalendar.h"
#include "sessionfixture.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <libical/ical.h>

using namespace Comite;

namespace {
// Unfolds the content lines (RFC 5545 §3.1).
QStringList unfolded(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    joined.replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return lines;
}

struct Parsed {
    int events = 0;
    QString uid;
    QString summary;
    QString description;
    QString location;
    int sequence = -1;
    QDateTime start;
    QStringList attendees;  // CN
    QStringList roles;
};

Parsed parse(const QByteArray &ics)
{
    Parsed p;
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return p;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++p.events;
        p.uid = QString::fromUtf8(icalcomponent_get_uid(e));
        p.summary = QString::fromUtf8(icalcomponent_get_summary(e));
        p.description = QString::fromUtf8(icalcomponent_get_description(e));
        p.location = QString::fromUtf8(icalcomponent_get_location(e));
        p.sequence = icalcomponent_get_sequence(e);
        const icaltimetype start = icalcomponent_get_dtstart(e);
        p.start = QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(start, icaltimezone_get_utc_timezone()),
                                                Qt::UTC);
        for (icalproperty *a = icalcomponent_get_first_property(e, ICAL_ATTENDEE_PROPERTY); a;
             a = icalcomponent_get_next_property(e, ICAL_ATTENDEE_PROPERTY)) {
            icalparameter *cn = icalproperty_get_first_parameter(a, ICAL_CN_PARAMETER);
            p.attendees << (cn ? QString::fromUtf8(icalparameter_get_cn(cn)) : QString());
            icalparameter *role = icalproperty_get_first_parameter(a, ICAL_ROLE_PARAMETER);
            p.roles << (role ? QString::fromUtf8(icalparameter_enum_to_string(icalparameter_get_role(role))) : QString());
        }
    }
    icalcomponent_free(calendar);
    return p;
}
} // namespace

class TestSessionCalendar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempWorkspace> m_ws;
    std::unique_ptr<Test::SessionFixture> m_fixture;
    Session m_session;
    const QDateTime m_stamp{QDate(2026, 11, 24), QTime(9, 30), Qt::UTC};

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TempWorkspace>();
        m_fixture = std::make_unique<Test::SessionFixture>(**m_ws);
        Session s = m_fixture->planned(QDateTime(Test::fixedToday.addDays(14), QTime(14, 0)));
        // Characters the format escapes, and a long title that must fold.
        s.title = QStringLiteral("Comité mobilités, énergie; logement — séance plénière de décembre avec les sponsors");
        s.place = QStringLiteral("Salle 4.12, 20 avenue de Ségur");
        const Result<qint64> created = Edit::createSession(**m_ws, s, SessionAgenda::defaultTemplate());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_session = *(*m_ws)->sessions().load(created.value());

    }

    void cleanup()
    {
        m_fixture.reset();
        m_ws.reset();
    }

    void linesAreCrlfFoldedAndEscaped()
    {
        const QByteArray ics = SessionCalendar::ics(m_session, m_stamp);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));  // no bare LF
        bool folded = false;
        for (const QByteArray &line : ics.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(content.size() <= 75, content.constData());
            // A fold never cuts a UTF-8 character: every physical line decodes.
            QVERIFY2(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter), content.constData());
            folded = folded || content.startsWith(' ');
        }
        QVERIFY(folded);
        const QStringList lines = unfolded(ics);
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QCOMPARE(lines.filter(QStringLiteral("BEGIN:VEVENT")).size(), 1);
        QVERIFY2(lines.contains(QStringLiteral("SUMMARY:Comité mobilités\\, énergie\\; logement — séance plénière de "
                                               "décembre avec les sponsors")),
                 qPrintable(lines.filter(QStringLiteral("SUMMARY")).join(u'|')));
        QVERIFY(lines.contains(QStringLiteral("LOCATION:Salle 4.12\\, 20 avenue de Ségur")));
        // In UTC, whatever the time zone of the machine.
        const QString start = m_session.startsAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        const QString end = m_session.startsAt.addSecs(120 * 60).toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY2(lines.contains(QStringLiteral("DTSTART:") + start), qPrintable(lines.filter(QStringLiteral("DTSTART")).join(u'|')));
        QVERIFY(lines.contains(QStringLiteral("DTEND:") + end));
        QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20261124T093000Z")));
        QVERIFY(!lines.filter(QStringLiteral("DESCRIPTION:")).first().contains(u'\n'));
        QVERIFY(lines.filter(QStringLiteral("DESCRIPTION:")).first().contains(QStringLiteral("\\n")));
    }

    void readBackByLibical()
    {
        const Parsed p = parse(SessionCalendar::ics(m_session, m_stamp));
        QCOMPARE(p.events, 1);
        QCOMPARE(p.uid, SessionCalendar::uid(m_session));
        QCOMPARE(p.summary, m_session.title);
        QCOMPARE(p.location, m_session.place);
        QCOMPARE(p.start, m_session.startsAt.toUTC());
        QVERIFY(p.description.contains(QStringLiteral("Vélo pour tous")));
        QVERIFY(p.description.contains(QStringLiteral("14:10 Presentation — Vélo pour tous (15 min)")));
        QVERIFY(p.description.contains(m_session.videoLink));
        QCOMPARE(p.attendees.size(), m_session.participants.size());
        QCOMPARE(p.attendees.first(), QStringLiteral("Anne Leroy (ADEME)"));
        QCOMPARE(p.roles.first(), QStringLiteral("CHAIR"));
        QCOMPARE(p.roles.at(1), QStringLiteral("REQ-PARTICIPANT"));
    }

    void aRescheduledSessionUpdatesTheEvent()
    {
        const Parsed before = parse(SessionCalendar::ics(m_session, m_stamp));
        Session moved = m_session;
        moved.startsAt = moved.startsAt.addDays(7);
        const Parsed after = parse(SessionCalendar::ics(moved, m_stamp.addSecs(3600)));
        QCOMPARE(after.uid, before.uid);
        QVERIFY(after.sequence > before.sequence);
        QCOMPARE(after.start, before.start.addDays(7));
        // Another session has another UID.
        Session other = m_session;
        other.id += 1;
        QVERIFY(SessionCalendar::uid(other) != before.uid);
    }

    void writesAtomicallyAndNamesTheFile()
    {
        const QString path = m_ws->dir.filePath(QStringLiteral("session.ics"));
        QString error;
        QVERIFY(SessionCalendar::write(m_session, m_stamp, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parse(file.readAll()).events, 1);
        const QString bad = m_ws->dir.filePath(QStringLiteral("missing/folder/session.ics"));
        QVERIFY(!SessionCalendar::write(m_session, m_stamp, bad, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }

    void commandLine()
    {
        m_ws->ws.reset();  // the binary opens the database itself
        const QString out = m_ws->dir.filePath(QStringLiteral("cli.ics"));
        const Test::Run run = Test::comite({"export-ics", "--session", QString::number(m_session.id), "--out", out, "--db",
                                            m_ws->path()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed p = parse(file.readAll());
        QCOMPARE(p.events, 1);
        QCOMPARE(p.uid, SessionCalendar::uid(m_session));
        QCOMPARE(p.attendees.size(), 5);
        QCOMPARE(Test::comite({"export-ics", "--out", out, "--db", m_ws->path()}).exitCode, 2);
        QCOMPARE(Test::comite({"export-ics", "--session", "x", "--out", out, "--db", m_ws->path()}).exitCode, 2);
        QCOMPARE(Test::comite({"export-ics", "--session", "999", "--out", out, "--db", m_ws->path()}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionCalendar)
#include "tst_sessioncalendar.moc"
