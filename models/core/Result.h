// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ovop {

// What kind of refusal an error is, so that code decides by kind and never by comparing text.
enum class ErrorKind {
    Validation, // the input or the request was refused (the message says why, problems say where)
    Permission, // the user may not do this
    NeedsApproval, // the user may do this only with a manager's approval (the message says what for)
    NotFound,   // the record asked for does not exist (any more)
    Conflict,   // it would replace or contradict what exists (a file, a record)
    Busy,       // another program holds the database; trying again later may work
    ReadOnly,   // the database or its folder cannot be written
    DiskFull,   // nothing could be written: the disk is full
    Damaged,    // SQLite's own check found the file damaged
    Unusable,   // not a shop database this version can open: not SQLite, another program's, newer
    Storage,    // the database or a file refused an operation for another reason
};

// One thing wrong with one field of a record, so an editor can show the message beside the field
// and an importer can report it with the line. field is the key of the field (see ProductField,
// ProducerField, the settings keys), message is translated and says what to do.
struct FieldProblem
{
    QString field;
    QString message;
    bool operator==(const FieldProblem&) const = default;
};

using FieldProblems = QList<FieldProblem>;

// A refusal: a translated message for the user, optionally a technical detail for logs, and the
// problems of single fields when the input was refused field by field (so that a form shows each
// message beside its field). A refusal of one field is a list of one problem.
struct Error
{
    QString message;
    QString detail = {};
    FieldProblems problems = {};
    ErrorKind kind = ErrorKind::Validation;

    // A validation refusal of one field: the message is the problem's message.
    static Error ofField(const QString& field, const QString& message, const QString& detail = {})
    {
        return Error{message, detail, {{field, message}}};
    }
    // A validation refusal of several fields: the message joins theirs, one a line.
    static Error ofFields(const FieldProblems& problems)
    {
        QStringList messages;
        for (const FieldProblem& p : problems)
            messages << p.message;
        return Error{messages.join(QLatin1Char('\n')), {}, problems};
    }
    // The messages about one field, for the label beside it.
    QStringList problemsOf(const QString& field) const
    {
        QStringList out;
        for (const FieldProblem& p : problems)
            if (p.field == field)
                out << p.message;
        return out;
    }
    // The key of the first field refused, or empty when the refusal concerns no single field.
    QString firstField() const { return problems.isEmpty() ? QString() : problems.first().field; }
};

// The value of a service call, or the translated reason it was refused. Exceptions never cross
// a service boundary; widgets and the command-line tool show error().message, and code decides
// by error().kind. A refusal of single fields carries them in problems() (error().message joins
// them in one text); a general reason such as a missing permission or a database failure has none.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    Result(const FieldProblems& problems) : m_error(Error::ofFields(problems)) {}

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
    const FieldProblems& problems() const { return m_error.problems; }
    QStringList problemsOf(const QString& field) const { return m_error.problemsOf(field); }

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
    Result(const FieldProblems& problems) : m_failed(true), m_error(Error::ofFields(problems)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }
    const FieldProblems& problems() const { return m_error.problems; }
    QStringList problemsOf(const QString& field) const { return m_error.problemsOf(field); }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace ovop
