#pragma once
// The one error type of the storage layer: a translated message that names
// what failed, ready to be shown to the user as is, and the technical detail
// (the SQL and its bound values) for "Show details" and the log.

#include "domain/result.h"

#include <QString>
#include <stdexcept>
#include <utility>

namespace Comite {

class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message, const QString &detail = {})
        : std::runtime_error(message.toStdString()), m_message(message), m_detail(detail) {}
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    Failure failure() const { return Failure{m_message, m_detail}; }

private:
    QString m_message;
    QString m_detail;
};

// Another user changed the record since this edit started; nothing was written.
class ConflictError : public StorageError
{
public:
    using StorageError::StorageError;
};

// Runs `work` (which may throw StorageError) and returns its value, or the
// failure as a Result: the bridge from the throwing repositories to the
// Result<T> the ui reports through ui/errorreport.h.
//     const Result<QList<Product>> products = attempt([&] { return ws.products(); });
template<typename Work>
auto attempt(Work &&work) -> Result<decltype(work())>
{
    try {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            return success();
        } else {
            return std::forward<Work>(work)();
        }
    } catch (const StorageError &e) {
        return e.failure();
    }
}

} // namespace Comite
