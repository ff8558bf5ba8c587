// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>
#include <utility>

#include <QString>
#include <QtGlobal>

namespace ovop {

// What kind of refusal an error is, so that code decides by kind and never by comparing text.
enum class ErrorKind {
    Validation, // the input or the request was refused (the message says why, field says where)
    Permission, // the user may not do this
    NotFound,   // the record asked for does not exist (any more)
    Conflict,   // it would replace or contradict what exists (a file, a record)
    Busy,       // another program holds the database; trying again later may work
    ReadOnly,   // the database or its folder cannot be written
    DiskFull,   // nothing could be written: the disk is full
    Damaged,    // SQLite's own check found the file damaged
    Unusable,   // not a shop database this version can open: not SQLite, another program's, newer
    Storage,    // the database or a file refused an operation for another reason
};

// A refusal: a translated message for the user, optionally a technical detail for logs and the
// field it concerns (so that a form shows the message beside that field).
struct Error
{
    QString message;
    QString detail = {};
    QString field = {}; // the key of the input field that was refused, when there is one
    ErrorKind kind = ErrorKind::Validation;
};

// The value of a service call, or the translated reason it was refused. Exceptions never cross
// a service boundary; widgets and the command-line tool show error().message.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Reading the value of an error is a programming mistake: it stops the program, in every build,
    // rather than going on with a made-up value.
    const T& value() const& { return checked(); }
    T& value() & { return const_cast<T&>(checked()); }
    T&& value() && { return std::move(const_cast<T&>(checked())); }
    const T* operator->() const { return &checked(); }
    const T& operator*() const { return checked(); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }

private:
    const T& checked() const
    {
        if (!m_value) [[unlikely]]
            qFatal("Result::value() read on an error: %s",
                   qPrintable(m_error.detail.isEmpty() ? m_error.message : m_error.detail));
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace ovop
