// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A process that keeps a shop database open, as the GUI does, and carries out one command per line
// of its standard input, for tests of what happens while other processes use the same database:
//   worker             opens a second connection of its own and closes it (as a GUI worker does)
//   read FILE          reads FILE as an import would
//   write TEXT         appends an audit entry "test.marker" with TEXT, committed
// Each command is answered with one line: "ok", or "refused: <reason>".
// Started as "db_session --raw FILE" it only keeps a plain SQLite connection to FILE open (as
// another program would, whatever the file holds) until its standard input ends.
#include <cstdio>
#include <iostream>
#include <string>

#include <sqlite3.h>

#include <QCoreApplication>
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/io/Csv.h"
#include "models/store/Database.h"

using namespace ovop;

namespace {

void answer(const Status& s)
{
    std::cout << (s ? std::string("ok") : "refused: " + s.message().toStdString()) << std::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && std::string(argv[1]) == "--raw") {
        sqlite3* raw = nullptr;
        sqlite3_open(argv[2], &raw);
        const int rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        std::cout << (rc == SQLITE_OK ? "ready" : "refused: cannot read") << std::endl;
        std::string line;
        while (std::getline(std::cin, line))
            std::cout << "ok" << std::endl;
        sqlite3_close(raw);
        return 0;
    }
    if (argc != 2) {
        std::cerr << "usage: db_session DATABASE" << std::endl;
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto db = Database::open(path);
    if (!db) {
        std::cout << "refused: " << db.message().toStdString() << std::endl;
        return 1;
    }
    std::cout << "ready" << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line);
        const QString argument = command.section(QLatin1Char(' '), 1);
        if (command == QLatin1String("worker")) {
            auto second = Database::open(path);
            answer(second ? Status() : Status(second.error()));
        } else if (command.startsWith(QLatin1String("read "))) {
            auto bytes = Csv::readBytes(argument);
            answer(bytes ? Status() : Status(bytes.error()));
        } else if (command.startsWith(QLatin1String("write "))) {
            answer(AuditLog(*db.value())
                       .append(nullptr, QStringLiteral("test.marker"), {{QStringLiteral("text"), argument}}));
        } else {
            std::cout << "refused: unknown command" << std::endl;
        }
    }
    return 0;
}
