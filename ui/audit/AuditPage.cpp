// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/audit/AuditPage.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "models/audit/AuditLog.h"
#include "ui/audit/AuditTableModel.h"
#include "models/store/Database.h"

namespace ovop::ui {

namespace {
constexpr int ShownEntries = 2000;
}

AuditPage::AuditPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new AuditTableModel(&db, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditTableModel::SortRole);

    m_actionLabel = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(15);
    m_actionLabel->setBuddy(m_action);
    m_userLabel = new QLabel(this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_user->setMinimumContentsLength(20);
    m_userLabel->setBuddy(m_user);
    auto filterChanged = [this] {
        if (!m_filling)
            reload();
    };
    connect(m_action, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_user, &QComboBox::currentIndexChanged, this, filterChanged);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("auditRefreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::reload);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setProperty("role", QStringLiteral("primary"));
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(44);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::Sequence, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(36);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AuditTableModel::Sequence, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditTableModel::Time, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditTableModel::Details, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditTableModel::User, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AuditTableModel::Action, QHeaderView::ResizeToContents);
    // Shop and device are the same for most entries: shown below with the selected entry.
    m_view->setColumnHidden(AuditTableModel::Origin, true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showSelected);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setProperty("role", QStringLiteral("hint"));
    m_detail->setMinimumHeight(48);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_actionLabel);
    tools->addWidget(m_action);
    tools->addSpacing(8);
    tools->addWidget(m_userLabel);
    tools->addWidget(m_user);
    tools->addStretch(1);
    auto* check = new QHBoxLayout;
    check->setSpacing(8);
    check->addWidget(m_refresh, 0, Qt::AlignTop);
    check->addWidget(m_verify, 0, Qt::AlignTop);
    check->addSpacing(4);
    check->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(tools);
    layout->addLayout(check);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);

    retranslateUi();
    reload();
}

void AuditPage::reload()
{
    AuditLog log(m_db);
    const QString action = m_action->currentData().toString();
    const QString user = m_user->currentData().toString();

    // All actions and users seen, for the filters.
    AuditFilter all;
    all.limit = ShownEntries;
    auto everything = log.entries(m_session, all);
    if (!everything) {
        m_model->setEntries({});
        showResult(everything.message(), true);
        showSelected({});
        return;
    }
    QStringList actions, users;
    for (const AuditEntry& e : everything.value()) {
        if (!actions.contains(e.action))
            actions << e.action;
        if (!e.userName.isEmpty() && !users.contains(e.userName))
            users << e.userName;
    }
    fillFilters(actions, users);

    AuditFilter filter;
    filter.action = action;
    filter.userName = user;
    filter.limit = ShownEntries;
    auto entries = (action.isEmpty() && user.isEmpty()) ? std::move(everything) : log.entries(m_session, filter);
    if (!entries) {
        m_model->setEntries({});
        showResult(entries.message(), true);
        return;
    }
    QList<AuditEntry> shown = entries.value();
    // The service matches a prefix ("user" finds "user.add"); the filter here is one exact action.
    if (!action.isEmpty())
        shown.removeIf([&](const AuditEntry& e) { return e.action != action; });
    m_model->setEntries(shown);
    // The newest entry is selected, so its details show below the table.
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, AuditTableModel::Sequence));
    else
        showSelected({});
}

void AuditPage::fillFilters(const QStringList& actions, const QStringList& users)
{
    m_filling = true;
    const QString action = m_action->currentData().toString();
    const QString user = m_user->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    QList<QPair<QString, QString>> titled;
    for (const QString& key : actions)
        titled.append({AuditLog::actionTitle(key), key});
    std::sort(titled.begin(), titled.end());
    for (const auto& [title, key] : titled) {
        m_action->addItem(title, key);
        m_action->setItemData(m_action->count() - 1, key, Qt::ToolTipRole);
    }
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    QStringList sortedUsers = users;
    sortedUsers.sort(Qt::CaseInsensitive);
    for (const QString& name : sortedUsers)
        m_user->addItem(name, name);
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_user->setCurrentIndex(std::max(0, m_user->findData(user)));
    m_filling = false;
}

void AuditPage::verifyChain()
{
    const AuditLog::Verification result = AuditLog(m_db).verify();
    if (result.ok()) {
        showResult(tr("The audit log is intact: %1 entries checked, none altered or missing.").arg(result.entries),
                   false);
        return;
    }
    QStringList lines;
    lines << tr("The audit log was altered: %1 problems found in %2 entries. Keep this computer as it is "
                "and tell head office.")
                 .arg(result.problems.size())
                 .arg(result.entries);
    const int shown = std::min<int>(int(result.problems.size()), 10);
    for (int i = 0; i < shown; ++i)
        lines << QStringLiteral("• ") + result.problems.at(i);
    if (result.problems.size() > shown)
        lines << tr("… and %1 more.").arg(result.problems.size() - shown);
    showResult(lines.join(QLatin1Char('\n')), true);
}

void AuditPage::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
}

void AuditPage::showSelected(const QModelIndex& current)
{
    const AuditEntry* e = current.isValid() ? m_model->entry(m_proxy->mapToSource(current).row()) : nullptr;
    if (!e) {
        m_detail->setText(tr("Choose an entry to see all of its details."));
        return;
    }
    QString origin = e->originShop;
    if (!e->originDevice.isEmpty())
        origin += QStringLiteral(" / ") + e->originDevice;
    const QString details = m_model->describe(*e);
    m_detail->setText(QStringLiteral("%1 · %2 · %3 · %4 · %5%6")
                          .arg(e->seq)
                          .arg(QLocale().toString(e->at.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm:ss")),
                               m_model->userText(*e), AuditLog::actionTitle(e->action), origin,
                               details.isEmpty() ? QString() : QStringLiteral("\n") + details));
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditPage::retranslateUi()
{
    m_actionLabel->setText(tr("Action"));
    m_userLabel->setText(tr("User"));
    m_refresh->setText(tr("Refresh"));
    m_verify->setText(tr("Verify chain"));
    m_verify->setToolTip(tr("Check that no entry of the audit log was edited or deleted"));
    if (m_action->count() > 0) {
        m_action->setItemText(0, tr("All actions"));
        for (int i = 1; i < m_action->count(); ++i)
            m_action->setItemText(i, AuditLog::actionTitle(m_action->itemData(i).toString()));
    }
    if (m_user->count() > 0)
        m_user->setItemText(0, tr("All users"));
    m_model->retranslate();
    showSelected(m_view->currentIndex());
}

} // namespace ovop::ui
