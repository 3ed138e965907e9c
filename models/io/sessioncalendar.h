#pragma once
// A session as a calendar invitation (.ics, RFC 5545, written by libical):
// one VEVENT with the session's time in UTC, place and video link, the
// products and agenda in its description, and one ATTENDEE per
// participant. The UID depends on the session alone, so a rescheduled
// session exported again updates the event (higher SEQUENCE) instead of
// adding a second one.

#include "domain/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Comite {

class SessionCalendar
{
    Q_DECLARE_TR_FUNCTIONS(SessionCalendar)
public:
    // `stamp` is when the invitation is made (DTSTAMP, and the SEQUENCE
    // that makes a later export win).
    static QByteArray ics(const Session &session, const QDateTime &stamp);
    // Written atomically; false with a message naming the file.
    static bool write(const Session &session, const QDateTime &stamp, const QString &path, QString *error = nullptr);

    static QString uid(const Session &session);
    // Grows with `stamp`, one step a minute from 2024: a re-export wins.
    static int sequence(const QDateTime &stamp);
    // "comite-session-12.ics"
    static QString suggestedFileName(const Session &session);

private:
    static QString description(const Session &session);
};

} // namespace Comite
