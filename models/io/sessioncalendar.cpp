#include "sessioncalendar.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimeZone>
#include <libical/ical.h>
#include <memory>

namespace Comite {

namespace {
icaltimetype utcTime(const QDateTime &dateTime)
{
    return icaltime_from_timet_with_zone(time_t(dateTime.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

// The committee's roles in RFC 5545 terms: the chair chairs, those who
// score are required, the others attend for information.
icalparameter_role attendeeRole(const Participant &p)
{
    if (p.role == ParticipantRole::Chair)
        return ICAL_ROLE_CHAIR;
    if (p.voting || p.role == ParticipantRole::Intrapreneur || p.role == ParticipantRole::Secretary
        || p.role == ParticipantRole::PortfolioManager)
        return ICAL_ROLE_REQPARTICIPANT;
    return ICAL_ROLE_OPTPARTICIPANT;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}
} // namespace

QString SessionCalendar::uid(const Session &session)
{
    return QStringLiteral("comite-session-%1@comite.beta.gouv.fr").arg(session.id);
}

int SessionCalendar::sequence(const QDateTime &stamp)
{
    const QDateTime origin(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return int(std::max<qint64>(0, origin.secsTo(stamp) / 60));
}

QString SessionCalendar::suggestedFileName(const Session &session)
{
    return QCoreApplication::translate("SessionCalendar", "comite-session-%1.ics").arg(session.id);
}

QString SessionCalendar::description(const Session &session)
{
    QStringList lines;
    if (!session.products.isEmpty()) {
        lines << tr("Products reviewed:");
        for (const SessionProduct &p : session.products)
            lines << QStringLiteral("- ") + p.title;
    }
    if (!session.agenda.isEmpty()) {
        lines << QString() << tr("Agenda:");
        const QList<QDateTime> starts = SessionAgenda::plannedStarts(session.startsAt, session.agenda);
        for (int i = 0; i < session.agenda.size(); ++i) {
            const AgendaItem &item = session.agenda[i];
            const SessionProduct *p = session.product(item.productId);
            lines << QStringLiteral("%1 %2%3 (%4)")
                         .arg(SessionAgenda::timeText(starts[i].time()), item.title,
                              p ? QStringLiteral(" — ") + p->title : QString(), tr("%n min", nullptr, item.plannedMinutes));
        }
    }
    if (!session.videoLink.isEmpty())
        lines << QString() << tr("Video link: %1").arg(session.videoLink);
    return lines.join(u'\n');
}

QByteArray SessionCalendar::ics(const Session &session, const QDateTime &stamp)
{
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT),
                                                                            &icalcomponent_free);
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//beta.gouv.fr//Comité//FR"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid(session)).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(event, icalproperty_new_sequence(sequence(stamp)));
    const int minutes = session.plannedMinutes > 0 ? session.plannedMinutes : std::max(session.agendaMinutes(), 60);
    icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(session.startsAt)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(session.startsAt.addSecs(qint64(minutes) * 60))));
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(session.displayTitle()).constData()));
    const QString place = session.place.isEmpty() ? session.videoLink : session.place;
    if (!place.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(utf8(place).constData()));
    if (!session.videoLink.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_url(utf8(session.videoLink).constData()));
    const QString text = description(session);
    if (!text.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_description(utf8(text).constData()));
    icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
    for (const Participant &p : session.participants) {
        // No e-mail addresses are kept: each participant gets a stable URN.
        const QByteArray address = QStringLiteral("urn:x-comite:session:%1:participant:%2").arg(session.id).arg(p.id).toUtf8();
        icalproperty *attendee = icalproperty_new_attendee(address.constData());
        const QString name = p.organisation.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.organisation);
        icalproperty_add_parameter(attendee, icalparameter_new_cn(utf8(name).constData()));
        icalproperty_add_parameter(attendee, icalparameter_new_role(attendeeRole(p)));
        icalproperty_add_parameter(attendee, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
        icalproperty_add_parameter(attendee, icalparameter_new_cutype(ICAL_CUTYPE_INDIVIDUAL));
        icalcomponent_add_property(event, attendee);
    }
    icalcomponent_add_component(calendar.get(), event);
    char *text8 = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray result(text8);
    icalmemory_free_buffer(text8);
    return result;
}

bool SessionCalendar::write(const Session &session, const QDateTime &stamp, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics(session, stamp)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write the invitation %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Comite
