// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QDialog>

#include "models/core/Result.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace ovop::ui {

class FieldError;

// One value typed at the till: a quantity, a price, or a discount as an amount or a percentage.
// Enter hands the text to apply(); a refusal is shown beside the field and the dialog stays open,
// so the cashier corrects it or leaves with Esc.
class ValueDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Quantity, Price, Discount };
    // apply: text as typed and, for a discount, whether it is a percentage.
    using Apply = std::function<Status(const QString& text, bool percent)>;

    ValueDialog(Kind kind, const QString& title, const QString& subject, const QString& current, Apply apply,
                QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    bool isPercent() const { return m_percent; }
    void setPercent(bool percent);
    QString error() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void submit();

    Kind m_kind;
    Apply m_apply;
    bool m_percent = false;
    QLabel* m_subject;
    QLabel* m_hint;
    QLineEdit* m_field;
    FieldError* m_error;
    QPushButton* m_amountButton = nullptr;
    QPushButton* m_percentButton = nullptr;
    QPushButton* m_cancel;
    QPushButton* m_ok;
};

} // namespace ovop::ui
