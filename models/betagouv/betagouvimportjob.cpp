#include "betagouvimportjob.h"

#include "betagouvimporter.h"
#include "storage/database.h"

namespace Comite {

BetagouvImportJob::BetagouvImportJob(QString databaseLocation, QString folder, bool strict, QString password,
                                     QObject *parent)
    : QObject(parent)
    , m_location(std::move(databaseLocation))
    , m_folder(std::move(folder))
    , m_strict(strict)
    , m_password(std::move(password))
{
}

void BetagouvImportJob::run()
{
    int last = -1;
    auto report = [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 0;
        if (percent != last)
            Q_EMIT progress(last = percent);
    };
    try {
        // A connection of this thread's own; the window's stays free.
        const std::unique_ptr<Database> db = Database::open(m_location, m_password);
        m_report = BetagouvImporter::importFolder(*db, m_folder, {m_strict}, report, &m_cancel);
    } catch (const StorageError &e) {
        m_report = BetagouvReport{};
        m_report.root = m_folder;
        m_report.error = e.message();
    }
    if (m_report.succeeded())
        Q_EMIT progress(100);
    Q_EMIT finished();
}

} // namespace Comite
