// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QTabWidget>

#include "models/people/Session.h"

namespace ovop {
class Database;
}

namespace ovop::ui {

class SettingsPage;
class VillagesEditor;

// The Settings page of the main window: the shop and tax settings, and the villages producers come
// from, as two tabs.
class SettingsTabs : public QTabWidget
{
    Q_OBJECT

public:
    SettingsTabs(Database& db, const Session& session, QWidget* parent = nullptr);

    SettingsPage* settingsPage() const { return m_settings; }
    VillagesEditor* villagesEditor() const { return m_villages; }

Q_SIGNALS:
    // The shop's settings were saved.
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    SettingsPage* m_settings;
    VillagesEditor* m_villages;
};

} // namespace ovop::ui
