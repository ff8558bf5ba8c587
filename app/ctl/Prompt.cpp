// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "Prompt.h"

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace ovop::ctl {

QString secretFromEnvironmentOrPrompt(const char* variable, const QString& prompt, QTextStream& err)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    err << prompt << Qt::flush;
    termios old {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << Qt::endl;
    }
    return secret.trimmed();
}

} // namespace ovop::ctl
