#pragma once
// Writes a batch read from beta.gouv.fr into a Comité database, in one
// transaction. Re-importing is idempotent: a file unchanged since the last
// import leaves its record untouched; a changed file updates the fields it
// maps to, except those edited in Comité meanwhile (three-way: last import,
// Comité, file). Data typed in Comité — committees held in Comité,
// intrapreneur, coach, budgets — is never replaced. A cancel or an error
// rolls everything back.

#include "betagouvreport.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace Comite {

class Database;

class BetagouvImporter
{
public:
    struct Options {
        bool strict = false;  // any bad file or entry: write nothing
        QDate today = QDate::currentDate();  // dates after it are noted
    };
    using Progress = std::function<void(int done, int total)>;

    explicit BetagouvImporter(Database &db);
    ~BetagouvImporter();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Checked before the first record and after each one.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    BetagouvReport write(const BetagouvBatch &batch, const Options &options);

    // Reads the folder and writes it; progress runs over both steps.
    static BetagouvReport importFolder(Database &db, const QString &root, const Options &options,
                                       const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    struct Context;
    void resolve(const BetagouvBatch &batch, BetagouvReport &report);
    static void noteFutureDates(const BetagouvProductRecord &record, QDate today, BetagouvReport &report);
    void writeAll(const BetagouvBatch &batch, BetagouvReport &report);
    void step();
    void importOrganisation(const BetagouvOrganisationRecord &record, BetagouvReport &report);
    void importIncubator(const BetagouvIncubatorRecord &record, BetagouvReport &report);
    void importProduct(const BetagouvProductRecord &record, BetagouvReport &report);

    Database &m_db;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    std::unique_ptr<Context> m_context;
};

} // namespace Comite
