// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace ovop {

// One thing wrong with one field of a record, so an editor can show the message beside the field
// and an importer can report it with the line. field is the key of the field (see ProductField and
// ProducerField), message is translated and says what to do.
struct FieldProblem
{
    QString field;
    QString message;
    bool operator==(const FieldProblem&) const = default;
};

using FieldProblems = QList<FieldProblem>;

// The outcome of a save: the saved value, or a refusal. A refusal carries either the problems of
// single fields (problems() not empty; error().message joins them in one text) or a general reason
// such as a missing permission or a database failure (problems() empty).
template <typename T>
class [[nodiscard]] Validated
{
public:
    Validated(T value) : m_value(std::move(value)) {}
    Validated(Error error) : m_error(std::move(error)) {}
    Validated(FieldProblems problems) : m_problems(std::move(problems))
    {
        QStringList messages;
        for (const FieldProblem& p : m_problems)
            messages << p.message;
        m_error = Error{messages.join(QLatin1Char('\n'))};
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }
    const QString& message() const { return m_error.message; }
    const FieldProblems& problems() const { return m_problems; }
    // The problems of one field, for the label beside it.
    QStringList problemsOf(const QString& field) const
    {
        QStringList out;
        for (const FieldProblem& p : m_problems)
            if (p.field == field)
                out << p.message;
        return out;
    }

private:
    std::optional<T> m_value;
    Error m_error;
    FieldProblems m_problems;
};

} // namespace ovop
