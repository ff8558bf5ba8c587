// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QWidget>

#include "catalog/Producer.h"
#include "core/Result.h"
#include "people/Session.h"
#include "store/FileGuard.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace ovop {
class Database;
}

namespace ovop::ui {

class ProducerTableModel;

// The producer register (managers and administrators): a filter box, "overdue only", the list with
// the overdue flag, and the editor with the due-diligence record. Import and export as CSV.
class ProducersPage : public QWidget
{
    Q_OBJECT

public:
    ProducersPage(Database& db, const Session& session, QWidget* parent = nullptr);

    void reload();
    void runPendingSearch();
    bool searchPending() const;
    ProducerFilter filter() const;

    ProducerTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterField() const { return m_search; }
    QCheckBox* overdueOnlyBox() const { return m_overdueOnly; }
    QComboBox* stateFilter() const { return m_state; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* messageLabel() const { return m_message; }

    QString currentCode() const;
    bool selectCode(const QString& code);

    void newProducer();
    void editProducer(const QString& code);
    void toggleArchived();
    void importProducers();
    void exportProducers();
    // Writes every producer (active and archived) to a CSV file; the number written.
    Result<int> exportTo(const QString& path, QChar delimiter = QLatin1Char(','),
                         Overwrite overwrite = Overwrite::Refuse);

protected:
    void changeEvent(QEvent* event) override;

private:
    void runSearch();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    void saveSettings();
    void retranslateUi();
    QString language() const;

    Database& m_db;
    Session m_session;
    bool m_canEdit;
    ProducerTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_searchTimer;
    QLineEdit* m_search;
    QCheckBox* m_overdueOnly;
    QComboBox* m_state;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_archive;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_status;
    QLabel* m_message;
    QTableView* m_view;
};

} // namespace ovop::ui
