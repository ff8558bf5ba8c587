// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovop-pos: the shop's GUI.
#include "ui/shell/Application.h"

int main(int argc, char* argv[])
{
    return ovop::ui::runApplication(argc, argv);
}
