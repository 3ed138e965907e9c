#pragma once
// The agenda beside the facilitator's timer, as a live schedule: items
// done (with the time they took) or skipped, the current one in bold, and
// the times the later ones are now expected at, against the planned ones.

#include "domain/session.h"
#include "domain/sessionforecast.h"

#include <QListWidget>

namespace Comite {

class FacilitatorAgenda : public QListWidget
{
    Q_OBJECT
public:
    explicit FacilitatorAgenda(QWidget *parent = nullptr);

    // Rows for the session's agenda; `refresh` then only changes texts.
    void setSession(const Session &session);
    void refresh(const SessionForecast &forecast);

    // "Expected end 15:51 · planned 15:50 (1 min late)" and the product's
    // block; once the agenda is finished, "Ended at 15:51 · planned …".
    static QString endText(const SessionForecast &forecast, const QString &productTitle, bool finished = false);
    static QString minutesText(qint64 ms);

private:
    QString rowText(int row, const SessionForecast::Item &item) const;

    Session m_session;
};

} // namespace Comite
