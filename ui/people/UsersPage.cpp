// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/people/UsersPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/people/AddUserDialog.h"
#include "ui/people/ResetPinDialog.h"
#include "models/people/UserService.h"
#include "ui/people/UserTableModel.h"
#include "models/store/Database.h"

namespace ovop::ui {

UsersPage::UsersPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new UserTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(UserTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("usersFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_add->setProperty("role", QStringLiteral("primary"));
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(QStringLiteral("toggleUserButton"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetPinButton"));
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPin);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(40);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UserTableModel::FullName, QHeaderView::Stretch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::resetPin);

    auto* tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_add);
    tools->addWidget(m_toggle);
    tools->addWidget(m_reset);
    tools->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(tools);
    layout->addWidget(m_filter);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    retranslateUi();
    reload();
}

void UsersPage::reload()
{
    const QString selected = selectedUser();
    auto users = UserService(m_db).list(m_session);
    if (!users) {
        m_model->setUsers({}, m_db.now());
        showMessage(users.message(), true);
    } else {
        m_model->setUsers(users.value(), m_db.now());
    }
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
}

QString UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    const User* user = m_model->user(m_proxy->mapToSource(rows.first()).row());
    return user ? user->name : QString();
}

bool UsersPage::selectUser(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    return true;
}

void UsersPage::updateButtons()
{
    const User* user = m_model->user(m_model->rowOf(selectedUser()));
    // One's own account is not offered for disabling (UserService refuses it too).
    const bool self = user && user->active && user->id == m_session.userId;
    m_toggle->setEnabled(user != nullptr && !self);
    m_toggle->setToolTip(self ? tr("You cannot disable your own account while you use it. Another administrator "
                                   "can disable it.")
                              : QString());
    m_reset->setEnabled(user != nullptr);
    m_toggle->setText(user && !user->active ? tr("Enable") : tr("Disable"));
}

void UsersPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!text.isEmpty());
}

void UsersPage::addUser()
{
    AddUserDialog dialog(m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.addedUser().name;
    reload();
    m_filter->clear();
    selectUser(name);
    showMessage(tr("User %1 was added.").arg(name), false);
}

void UsersPage::toggleActive()
{
    const QString name = selectedUser();
    const User* user = m_model->user(m_model->rowOf(name));
    if (!user)
        return;
    const bool activate = !user->active;
    auto changed = UserService(m_db).setActive(m_session, name, activate);
    if (!changed) {
        showMessage(changed.message(), true);
        return;
    }
    reload();
    showMessage(activate ? tr("User %1 was enabled.").arg(name) : tr("User %1 was disabled.").arg(name), false);
}

void UsersPage::resetPin()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    ResetPinDialog dialog(m_db, m_session, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("The PIN of %1 was changed.").arg(name), false);
}

void UsersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by name, full name, role or status"));
    m_add->setText(tr("Add user…"));
    m_reset->setText(tr("Reset PIN…"));
    updateButtons();
    m_model->retranslate();
}

} // namespace ovop::ui
