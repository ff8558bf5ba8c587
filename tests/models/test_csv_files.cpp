// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

#include <QFile>
#include <QTemporaryDir>

#include "models/io/Csv.h"

using namespace ovop;

TEST_CASE("CSV files: only regular files are read, and at most the stated size", "[csv][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a device")
    {
        auto bytes = Csv::readBytes(QStringLiteral("/dev/zero"));
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.message().contains(QStringLiteral("not a regular file")));
    }
    SECTION("a folder")
    {
        auto bytes = Csv::readBytes(dir.path());
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.message().contains(QStringLiteral("not a regular file")));
    }
    SECTION("a named pipe")
    {
        const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe.csv")));
        REQUIRE(::mkfifo(fifo.constData(), 0600) == 0);
        // Something writes a small CSV into the pipe; if the reader opened it, it would get it.
        std::thread writer([&fifo] {
            const int fd = ::open(fifo.constData(), O_WRONLY);
            if (fd >= 0) {
                const char text[] = "sku,price\nA,1\n";
                [[maybe_unused]] const auto written = ::write(fd, text, sizeof text - 1);
                ::close(fd);
            }
        });
        auto bytes = Csv::readBytes(QString::fromLocal8Bit(fifo));
        // Let the writer finish whatever the reader did.
        const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
        writer.join();
        if (reader >= 0)
            ::close(reader);
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.message().contains(QStringLiteral("not a regular file")));
    }
    SECTION("a file larger than the limit, which the message states")
    {
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(Csv::MaxFileBytes + 1)); // sparse: takes no room on the disk
        file.close();
        auto bytes = Csv::readBytes(path);
        REQUIRE_FALSE(bytes.ok());
        CHECK(Csv::MaxFileBytes == 100LL * 1024 * 1024);
        CHECK(bytes.message().contains(QStringLiteral("100 MB")));
    }
    SECTION("a file of exactly the limit is read")
    {
        const QString path = dir.filePath(QStringLiteral("limit.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(Csv::MaxFileBytes));
        file.close();
        auto bytes = Csv::readBytes(path);
        REQUIRE(bytes.ok());
        CHECK(bytes->size() == Csv::MaxFileBytes);
    }
}
