// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop::ui {

class FieldError;

// A PIN field with a large on-screen numeric pad for touch screens. The keyboard works too:
// digits, Backspace, Enter (submitted) and Esc (clears).
class PinPad : public QWidget
{
    Q_OBJECT

public:
    explicit PinPad(QWidget* parent = nullptr);

    QString pin() const;
    void clear();
    // Shows a refusal under the PIN field (empty to hide it).
    void setError(const QString& message);
    QString error() const;
    // Shows that the PIN is being checked (empty to hide it); in the place of the refusals.
    void setBusy(const QString& text);
    QString busyText() const;
    QLineEdit* field() const { return m_field; }
    void focusField();

    // Handles a key typed while another widget (e.g. the user list) has the focus; true if used.
    bool handleKey(int key, const QString& text);

Q_SIGNALS:
    void submitted();
    void edited();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void typeDigit(const QString& digit);
    void backspace();

    QLineEdit* m_field;
    QWidget* m_messages;
    FieldError* m_error;
    QWidget* m_busy;
    QLabel* m_busyText;
    QList<QPushButton*> m_digits;
    QPushButton* m_clear;
    QPushButton* m_backspace;
};

} // namespace ovop::ui
