#pragma once
// The one error type of the storage layer: a translated message that names
// what failed, ready to be shown to the user as is.

#include <QString>
#include <stdexcept>

namespace Comite {

class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Another user changed the record since this edit started; nothing was written.
class ConflictError : public StorageError
{
public:
    using StorageError::StorageError;
};

} // namespace Comite
