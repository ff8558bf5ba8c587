// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>
#include <QTextStream>

namespace ovop::ctl {

// A secret from the environment variable, or else typed at the prompt without echo (read as a
// plain line when stdin is not a terminal).
QString secretFromEnvironmentOrPrompt(const char* variable, const QString& prompt, QTextStream& err);

} // namespace ovop::ctl
