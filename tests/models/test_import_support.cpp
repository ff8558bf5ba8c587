// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "test_import_support.h"

#include <catch2/catch.hpp>

#include "models/catalog/ProducerService.h"
#include "models/store/Sql.h"

namespace ovop::test {

QString csvFixture(const char* name)
{
    return QStringLiteral(OVOP_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

QString villageId(Database& db, const QString& englishName)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT id FROM villages WHERE name_en = :name"));
    q.bind(QStringLiteral(":name"), englishName);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

std::string problemsText(const QList<ImportProblem>& problems)
{
    QString text;
    for (const auto& p : problems)
        text += QStringLiteral("line %1, %2: %3\n").arg(p.line).arg(p.column, p.message);
    return text.toStdString();
}

ImportShop::ImportShop(bool withProducers)
{
    shop.openDemo();
    admin = shop.session(QStringLiteral("admin"));
    if (!withProducers)
        return;
    ProducerService producers(db());
    for (const auto& [code, village] : {std::pair{"BOS-01", "Bosteri"}, std::pair{"BIR-01", "Birlik"}}) {
        Producer p;
        p.code = QString::fromUtf8(code);
        p.name = QStringLiteral("Producer ") + p.code;
        p.villageId = villageId(db(), QString::fromUtf8(village));
        const auto saved = producers.save(admin, p);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
    }
}

} // namespace ovop::test
