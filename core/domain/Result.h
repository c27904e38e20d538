#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rapport::core {

// An error a user can cause: bad input, a missing file, a locked journal.
// `field` names the field at fault (for forms and import messages); it may be empty.
struct Error
{
    QString message = {};
    QString field = {};
    // SQLite's result code when the journal itself failed (disk full, read-only, I/O);
    // 0 for everything else.
    int sqliteCode = 0;

    static Error inField(QString fieldName, QString text) { return {std::move(text), std::move(fieldName)}; }
};

// A value or an Error, in the spirit of C++23 std::expected, which C++20 lacks.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    // The value, or `fallback` when this holds an error.
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template<>
class [[nodiscard]] Result<void>
{
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

} // namespace rapport::core
