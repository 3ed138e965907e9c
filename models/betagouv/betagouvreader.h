#pragma once
// Reads a whole beta.gouv.fr folder into a batch of records, file by file,
// reporting progress and stopping early when asked. Touches no database, so
// it can run in a worker thread.

#include "betagouvrecords.h"

#include <atomic>
#include <functional>

namespace Comite {

class BetagouvReader
{
public:
    using Progress = std::function<void(int done, int total)>;

    // The batch's `error` is set when the folder is not a beta.gouv.fr
    // folder; `cancelled` when `cancel` became true before the end.
    static BetagouvBatch read(const QString &root, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);
};

} // namespace Comite
