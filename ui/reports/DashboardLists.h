// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QMap>
#include <QWidget>

#include "models/reports/CashDifferenceReport.h"
#include "models/reports/ProductSalesReport.h"
#include "models/reports/StockReport.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace ovop::ui {

// The dashboard's short lists, side by side in two columns: the products that sold most and
// least in the period, the products below their minimum and the shifts whose counted cash was
// short or over. A click on a product below its minimum or on a shift, or the button under the
// list, opens the whole list with that row selected. Draws what the reports computed.
class DashboardLists : public QWidget
{
    Q_OBJECT

public:
    enum class List { Top, Slow, Low, Cash };

    explicit DashboardLists(QWidget* parent = nullptr);

    // Shows the lists in the language (ky, ru or en); the tables show at most ShownRows rows.
    void setReports(const ProductRanking& ranking, const LowStock& low, const CashDifferences& cash,
                    const QString& language);
    void retranslateUi();

    QTableWidget* table(List list) const { return m_tables.value(list); }
    QPushButton* allButton(List list) const { return m_buttons.value(list); }
    QLabel* emptyLabel(List list) const { return m_empty.value(list); }

    // The whole list of products below their minimum, or of shifts with a difference, in a dialog
    // with the row selected.
    void openRows(List list, int row);

    static constexpr int ShownRows = ProductSalesReport::DefaultRows;

Q_SIGNALS:
    // The whole list is about to be shown.
    void rowsOpened(ovop::ui::DashboardLists::List list, int row);

private:
    QString title(List list) const;
    QStringList headers(List list) const;
    void fill(List list, const QList<QStringList>& rows, const QStringList& tips);
    QList<QStringList> lowRows(bool whole) const;
    QList<QStringList> cashRows(bool whole) const;

    QMap<List, QLabel*> m_titles;
    QMap<List, QTableWidget*> m_tables;
    QMap<List, QLabel*> m_empty;
    QMap<List, QPushButton*> m_buttons;
    ProductRanking m_ranking;
    LowStock m_low;
    CashDifferences m_cash;
    QString m_language = QStringLiteral("en");
};

} // namespace ovop::ui
