// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

namespace ovop::ui {

// The GUI: parses --db PATH and --lang CODE, takes the database's instance lock, opens the
// database, shows the login and then the main window, and keeps the daily backups.
// Returns the process exit status.
int runApplication(int argc, char* argv[]);

} // namespace ovop::ui
