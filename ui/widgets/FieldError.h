// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QLabel>
#include <QPointer>

namespace ovop::ui {

// The message shown beside a field whose value was refused. Hidden while there is nothing to say;
// while shown, the field is marked (property "invalid") so the style sheet draws it in red.
class FieldError : public QLabel
{
    Q_OBJECT

public:
    explicit FieldError(QWidget* field = nullptr, QWidget* parent = nullptr);

    void setField(QWidget* field);
    QWidget* field() const { return m_field; }

    void showError(const QString& message);
    void clearError();
    bool hasError() const { return !m_message.isEmpty(); }
    // The whole message (the label may show it shortened).
    const QString& message() const { return m_message; }

    // Keeps one line of space under the field whether or not there is an error, so that nothing
    // moves when errors appear; a longer message ends in "…" and is whole in the tool tip.
    void setReservesSpace(bool reserve);

    // A field and its error label stacked, for a row of a form layout.
    static QWidget* wrap(QWidget* field, FieldError* error);
    // A label for a form row, aligned with the field's first line and its buddy.
    static QLabel* rowLabel(QWidget* buddy);

    // The wrapped text takes the height it needs at the width it gets, without asking the layouts
    // for height-for-width (which form layouts inside scroll areas get wrong).
    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int neededHeight() const;

private:
    void markField(bool invalid);
    void elide();

    QPointer<QWidget> m_field;
    QString m_message;
    bool m_reserve = false;
};

} // namespace ovop::ui
