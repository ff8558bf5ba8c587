// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/ReportFilters.h"

#include <QComboBox>
#include <QDateEdit>

namespace ovop::ui {

QDateEdit* ReportFilters::dateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

void ReportFilters::fillShops(QComboBox* box, const QString& thisShop)
{
    const QString chosen = box->currentData().toString();
    const bool blocked = box->blockSignals(true);
    box->clear();
    box->addItem(tr("All shops"), QString());
    if (!thisShop.isEmpty())
        box->addItem(tr("%1 (this shop)").arg(thisShop), thisShop);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
    box->blockSignals(blocked);
}

} // namespace ovop::ui
