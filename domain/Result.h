#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace motcua {

// An error crossing layers as a value. `code` is stable and machine-readable
// (e.g. "auth.wrong-password"); `detail` is a technical English detail for logs
// and stderr. Sentences for officers are made in ui/ (and by the CLI) from `code`.
struct Error {
    QString code;
    QString detail;

    Error() = default;
    Error(QString c, QString d = {}) : code(std::move(c)), detail(std::move(d)) {}

    QString toString() const { return detail.isEmpty() ? code : code + QStringLiteral(": ") + detail; }
};

// Result<T>: a value or an Error. Result<void> is success or an Error.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace motcua
