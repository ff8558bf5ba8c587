// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace ovop::ui {

// A date that may be absent ("never visited", "no certificate"): a check box that says whether
// there is one, and a date field (dd.MM.yyyy, calendar) enabled while it is ticked.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    // An invalid date when none is set.
    QDate date() const;
    void setDate(const QDate& date);
    // The date a newly ticked box starts with (today, from the database clock).
    void setDefaultDate(const QDate& date) { m_default = date; }
    void setReadOnly(bool readOnly);

    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QCheckBox* m_check;
    QDateEdit* m_edit;
    QDate m_default;
};

} // namespace ovop::ui
