// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>

#include "models/sales/Till.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace ovop::ui {

// The carts parked on this till (Alt+*), oldest first: Up and Down choose, Enter brings the chosen
// one back into the till (Till::recall), Esc leaves the till as it was.
class ParkedDialog : public QDialog
{
    Q_OBJECT

public:
    ParkedDialog(Till& till, const QString& language, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QString message() const;
    // A message the till gave with the recall (a product no longer for sale left out), or empty.
    QString recallNote() const { return m_note; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();
    void recall();

    Till& m_till;
    QString m_language;
    QString m_note;
    QLabel* m_hint;
    QListWidget* m_list;
    QLabel* m_message;
    QPushButton* m_cancel;
    QPushButton* m_recall;
};

} // namespace ovop::ui
