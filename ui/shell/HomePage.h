// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QStringList>
#include <QWidget>

#include "models/people/Session.h"

class QLabel;

namespace ovop {
class Database;
}

namespace ovop::ui {

// The first page after login: who is working, in which shop and on which device, the pages this
// role can open and the keyboard shortcuts. The only page of a role that has no other page yet.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    // pageTitles: the other pages of the user's role, already in the navigation.
    HomePage(Database& db, const Session& session, QWidget* parent = nullptr);

    void setPages(const QStringList& keys);
    // Reads the shop settings again (after they were changed).
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    Session m_session;
    QStringList m_pages;
    QString m_shopCode, m_shopName, m_address, m_device;
    QString m_readError; // why the settings could not be read; empty when they were
    QLabel* m_welcome;
    QLabel* m_who;
    QLabel* m_pagesHeading;
    QLabel* m_pagesText;
    QLabel* m_keysHeading;
    QLabel* m_keysText;
};

} // namespace ovop::ui
