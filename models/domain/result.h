#pragma once
// The one way a storage call or an edit reports failure: a value or a
// Failure (like Qt Creator's expected_str), returned instead of thrown so the
// caller sees in the signature that it can fail and reports it once.
//
//     Result<int> r = repository.add(product);
//     if (!r)
//         return reportFailure(this, r.error());   // ui/errorreport.h
//     select(r.value());

#include <QString>
#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>

namespace Comite {

// What went wrong: `message` in the user's language, ready to show as is;
// `detail` technical (the SQL and its bound values, a file path and line…)
// for the "Show details" part of a message box and for the log.
struct Failure {
    QString message;
    QString detail;
};

inline Failure makeFailure(QString message, QString detail = {})
{
    return Failure{std::move(message), std::move(detail)};
}

template<class T>
class [[nodiscard]] Result
{
public:
    using value_type = T;

    Result(const T &value) : m_value(value) {}
    Result(T &&value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_failure(std::move(failure)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", "no value: check ok() first");
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", "no value: check ok() first");
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", "no value: check ok() first");
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

    // The failure; only meaningful when !ok().
    const Failure &error() const
    {
        Q_ASSERT_X(!ok(), "Result::error", "no failure: the call succeeded");
        return m_failure;
    }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    using value_type = void;

    Result() = default;
    Result(Failure failure) : m_ok(false), m_failure(std::move(failure)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }

    const Failure &error() const
    {
        Q_ASSERT_X(!ok(), "Result::error", "no failure: the call succeeded");
        return m_failure;
    }

private:
    bool m_ok = true;
    Failure m_failure;
};

template<class T>
Result<std::decay_t<T>> success(T &&value)
{
    return Result<std::decay_t<T>>(std::forward<T>(value));
}

inline Result<void> success()
{
    return Result<void>();
}

} // namespace Comite
