// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/settings/SettingsTabs.h"

#include <QCoreApplication>
#include <QEvent>

#include "ui/places/VillagesEditor.h"
#include "ui/settings/SettingsPage.h"

namespace ovop::ui {

SettingsTabs::SettingsTabs(Database& db, const Session& session, QWidget* parent)
    : QTabWidget(parent), m_settings(new SettingsPage(db, session, this)),
      m_villages(new VillagesEditor(db, session, this))
{
    setObjectName(QStringLiteral("settingsTabs"));
    setDocumentMode(true);
    addTab(m_settings, QString());
    addTab(m_villages, QString());
    connect(m_settings, &SettingsPage::saved, this, &SettingsTabs::saved);
    retranslateUi();
}

void SettingsTabs::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void SettingsTabs::retranslateUi()
{
    // The translation files hold this name under the main window's context.
    setTabText(indexOf(m_settings), QCoreApplication::translate("ovop::ui::MainWindow", "Shop and taxes"));
    setTabText(indexOf(m_villages), VillagesEditor::title());
}

} // namespace ovop::ui
