#pragma once
// A beta.gouv.fr import that runs in a worker thread, so that a window stays
// responsive: it reads the folder and writes through its own connection to
// the database file, in one transaction. cancel() may be called from any
// thread; a cancelled import leaves the database as it was.
//
//     auto *job = new BetagouvImportJob(db.location(), folder);
//     job->moveToThread(thread);  // then start run() there

#include "betagouvreport.h"

#include <QObject>
#include <atomic>

namespace Comite {

class BetagouvImportJob : public QObject
{
    Q_OBJECT
public:
    // `password`: the one the database was opened with (a server's), if any.
    BetagouvImportJob(QString databaseLocation, QString folder, bool strict = false, QString password = {},
                      QObject *parent = nullptr);

    void cancel() { m_cancel = true; }
    bool isCancelRequested() const { return m_cancel.load(); }
    // Valid once finished() was emitted.
    BetagouvReport report() const { return m_report; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // Percentage of the work done, 0 to 100.
    void progress(int percent);
    void finished();

private:
    QString m_location;
    QString m_folder;
    bool m_strict;
    QString m_password;
    std::atomic_bool m_cancel{false};
    BetagouvReport m_report;
};

} // namespace Comite
