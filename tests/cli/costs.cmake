# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: OVOP+1 shop software contributors
# Read by ctest after the discovered CLI tests: the longest of them start first (a name that no
# longer exists is ignored).
set_tests_properties([=[cli:ovopctl label prints labels that a scanner reads]=]
    [=[cli:A restore killed at any moment leaves the old database or the new one with its entry]=]
    PROPERTIES COST 50)
