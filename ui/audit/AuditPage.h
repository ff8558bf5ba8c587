// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QWidget>

#include "models/people/Session.h"

class QComboBox;
class QModelIndex;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ovop {
class Database;
}

namespace ovop::ui {

class AuditTableModel;

// The audit log (manager, admin): newest first, filtered by action and user, with a check that
// no entry was edited or deleted.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(Database& db, const Session& session, QWidget* parent = nullptr);

    // Reads the entries again with the chosen filter.
    void reload();
    // Checks the chain of hashes and shows the result.
    void verifyChain();

    AuditTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* actionFilter() const { return m_action; }
    QComboBox* userFilter() const { return m_user; }
    QLabel* resultLabel() const { return m_result; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillFilters(const QStringList& actions, const QStringList& users);
    void showResult(const QString& text, bool error);
    void showSelected(const QModelIndex& current);

    Database& m_db;
    Session m_session;
    AuditTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QLabel* m_userLabel;
    QComboBox* m_user;
    QPushButton* m_refresh;
    QPushButton* m_verify;
    QLabel* m_result;
    QLabel* m_detail;
    QTableView* m_view;
    bool m_filling = false;
};

} // namespace ovop::ui
