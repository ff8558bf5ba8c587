// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QDateEdit;
class QWidget;

namespace ovop::ui {

// The choices the report screens share: a day of the period, and the shops whose records count.
class ReportFilters
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilters)

public:
    // A date field with its calendar, days as 31.12.2026.
    static QDateEdit* dateEdit(const QString& objectName, QWidget* parent);
    // All shops, or this one: filled again in the current language, keeping the choice.
    static void fillShops(QComboBox* box, const QString& thisShop);
};

} // namespace ovop::ui
