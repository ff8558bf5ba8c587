// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Part of schema step 2: never change what is seeded here; add a new schema step instead.
#include "models/places/PlaceSeed.h"

#include <QUuid>

#include "models/store/Sql.h"

namespace ovop {

namespace {

const QUuid& seedNamespace()
{
    static const QUuid ns(QStringLiteral("{5b0d5c1e-6f1a-4c57-9a57-0f0b0a4b7f21}"));
    return ns;
}

QString seedId(const char* kind, const QString& code)
{
    return QUuid::createUuidV5(seedNamespace(), QString::fromLatin1(kind) + QLatin1Char('/') + code)
        .toString(QUuid::WithoutBraces);
}

const QString SeedTime = QStringLiteral("2025-01-01T00:00:00.000Z");

struct Named
{
    const char* code;
    const char* parent; // oblast of a district; for a village: oblast
    const char* district; // villages only, may be empty
    const char* ky;
    const char* ru;
    const char* en;
};

const Named Oblasts[] = {
    {"chuy", "", "", "Чүй облусу", "Чуйская область", "Chüy Region"},
    {"issyk-kul", "", "", "Ысык-Көл облусу", "Иссык-Кульская область", "Issyk-Kul Region"},
    {"naryn", "", "", "Нарын облусу", "Нарынская область", "Naryn Region"},
    {"talas", "", "", "Талас облусу", "Таласская область", "Talas Region"},
    {"jalal-abad", "", "", "Жалал-Абад облусу", "Джалал-Абадская область", "Jalal-Abad Region"},
    {"osh", "", "", "Ош облусу", "Ошская область", "Osh Region"},
    {"batken", "", "", "Баткен облусу", "Баткенская область", "Batken Region"},
    {"bishkek-city", "", "", "Бишкек шаары", "город Бишкек", "Bishkek City"},
    {"osh-city", "", "", "Ош шаары", "город Ош", "Osh City"},
};

const Named Districts[] = {
    {"alamudun", "chuy", "", "Аламүдүн району", "Аламудунский район", "Alamüdün District"},
    {"chuy-district", "chuy", "", "Чүй району", "Чуйский район", "Chüy District"},
    {"jayil", "chuy", "", "Жайыл району", "Жайыльский район", "Jayil District"},
    {"kemin", "chuy", "", "Кемин району", "Кеминский район", "Kemin District"},
    {"moskva", "chuy", "", "Москва району", "Московский район", "Moskva District"},
    {"panfilov", "chuy", "", "Панфилов району", "Панфиловский район", "Panfilov District"},
    {"sokuluk", "chuy", "", "Сокулук району", "Сокулукский район", "Sokuluk District"},
    {"ysyk-ata", "chuy", "", "Ысык-Ата району", "Ысык-Атинский район", "Ysyk-Ata District"},
    {"ak-suu", "issyk-kul", "", "Ак-Суу району", "Ак-Суйский район", "Ak-Suu District"},
    {"jeti-oguz", "issyk-kul", "", "Жети-Өгүз району", "Джети-Огузский район", "Jeti-Oguz District"},
    {"issyk-kul-district", "issyk-kul", "", "Ысык-Көл району", "Иссык-Кульский район", "Issyk-Kul District"},
    {"ton", "issyk-kul", "", "Тоң району", "Тонский район", "Tong District"},
    {"tup", "issyk-kul", "", "Түп району", "Тюпский район", "Tüp District"},
    {"ak-talaa", "naryn", "", "Ак-Талаа району", "Ак-Талинский район", "Ak-Talaa District"},
    {"at-bashy", "naryn", "", "Ат-Башы району", "Ат-Башинский район", "At-Bashy District"},
    {"jumgal", "naryn", "", "Жумгал району", "Жумгальский район", "Jumgal District"},
    {"kochkor", "naryn", "", "Кочкор району", "Кочкорский район", "Kochkor District"},
    {"naryn-district", "naryn", "", "Нарын району", "Нарынский район", "Naryn District"},
    {"bakay-ata", "talas", "", "Бакай-Ата району", "Бакай-Атинский район", "Bakay-Ata District"},
    {"kara-buura", "talas", "", "Кара-Буура району", "Кара-Бууринский район", "Kara-Buura District"},
    {"manas", "talas", "", "Манас району", "Манасский район", "Manas District"},
    {"talas-district", "talas", "", "Талас району", "Таласский район", "Talas District"},
    {"aksy", "jalal-abad", "", "Аксы району", "Аксыйский район", "Aksy District"},
    {"ala-buka", "jalal-abad", "", "Ала-Бука району", "Ала-Букинский район", "Ala-Buka District"},
    {"bazar-korgon", "jalal-abad", "", "Базар-Коргон району", "Базар-Коргонский район", "Bazar-Korgon District"},
    {"nooken", "jalal-abad", "", "Ноокен району", "Ноокенский район", "Nooken District"},
    {"suzak", "jalal-abad", "", "Сузак району", "Сузакский район", "Suzak District"},
    {"toguz-toro", "jalal-abad", "", "Тогуз-Торо району", "Тогуз-Тороуский район", "Toguz-Toro District"},
    {"toktogul", "jalal-abad", "", "Токтогул району", "Токтогульский район", "Toktogul District"},
    {"chatkal", "jalal-abad", "", "Чаткал району", "Чаткальский район", "Chatkal District"},
    {"alay", "osh", "", "Алай району", "Алайский район", "Alay District"},
    {"aravan", "osh", "", "Араван району", "Араванский район", "Aravan District"},
    {"chong-alay", "osh", "", "Чоң-Алай району", "Чон-Алайский район", "Chong-Alay District"},
    {"kara-kulja", "osh", "", "Кара-Кулжа району", "Кара-Кульджинский район", "Kara-Kulja District"},
    {"kara-suu", "osh", "", "Кара-Суу району", "Карасуйский район", "Kara-Suu District"},
    {"nookat", "osh", "", "Ноокат району", "Ноокатский район", "Nookat District"},
    {"uzgen", "osh", "", "Өзгөн району", "Узгенский район", "Özgön District"},
    {"batken-district", "batken", "", "Баткен району", "Баткенский район", "Batken District"},
    {"kadamjay", "batken", "", "Кадамжай району", "Кадамжайский район", "Kadamjay District"},
    {"leilek", "batken", "", "Лейлек району", "Лейлекский район", "Leilek District"},
};

// Villages of OVOP producers named in public sources; the district only where the source names it.
const Named Villages[] = {
    {"bosteri", "issyk-kul", "issyk-kul-district", "Бостери", "Бостери", "Bosteri"},
    {"ak-sai", "issyk-kul", "", "Ак-Сай", "Ак-Сай", "Ak-Sai"},
    {"tasma", "issyk-kul", "tup", "Тасма", "Тасма", "Tasma"},
    {"kyzyl-tuu", "issyk-kul", "ton", "Кызыл-Туу", "Кызыл-Туу", "Kyzyl-Tuu"},
    {"orgochor", "issyk-kul", "jeti-oguz", "Оргочор", "Оргочор", "Orgochor"},
    {"karakol", "issyk-kul", "", "Каракол", "Каракол", "Karakol"},
    {"birlik", "naryn", "at-bashy", "Бирлик", "Бирлик", "Birlik"},
    {"kazybek", "naryn", "at-bashy", "Казыбек", "Казыбек", "Kazybek"},
    {"ak-muz", "naryn", "at-bashy", "Ак-Муз", "Ак-Муз", "Ak-Muz"},
    {"kochkor", "naryn", "kochkor", "Кочкор", "Кочкор", "Kochkor"},
    {"min-bulak", "naryn", "", "Миң-Булак", "Мин-Булак", "Min-Bulak"},
    {"kok-kashat", "talas", "", "Көк-Кашат", "Кок-Кашат", "Kok-Kashat"},
    {"kosh-korgon", "jalal-abad", "bazar-korgon", "Кош-Коргон", "Кош-Коргон", "Kosh-Korgon"},
    {"ak-tatyr", "batken", "", "Ак-Татыр", "Ак-Татыр", "Ak-Tatyr"},
    {"daroot-korgon", "osh", "chong-alay", "Дароот-Коргон", "Дароот-Коргон", "Daroot-Korgon"},
    {"kashka-suu", "osh", "chong-alay", "Кашка-Суу", "Кашка-Суу", "Kashka-Suu"},
    {"bishkek", "bishkek-city", "", "Бишкек", "Бишкек", "Bishkek"},
    {"osh-town", "osh-city", "", "Ош", "Ош", "Osh"},
};

struct CategorySeed
{
    const char* key;
    const char* ky;
    const char* ru;
    const char* en;
};

const CategorySeed Categories[] = {
    {"felt", "Кийиз буюмдар", "Изделия из войлока", "Felt"},
    {"textiles", "Текстиль жана кийим", "Текстиль и одежда", "Textiles"},
    {"honey-food", "Бал жана азык-түлүк", "Мёд и продукты", "Honey and food"},
    {"cosmetics", "Табигый косметика", "Натуральная косметика", "Natural cosmetics"},
    {"wood", "Жыгач буюмдар", "Изделия из дерева", "Wood"},
    {"stone", "Таш буюмдар", "Изделия из камня", "Stone"},
    {"other", "Башкалар", "Другое", "Other"},
};

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

QString PlaceSeed::oblastId(const QString& code) { return seedId("oblast", code); }
QString PlaceSeed::districtId(const QString& code) { return seedId("district", code); }
QString PlaceSeed::villageId(const QString& code) { return seedId("village", code); }
QString PlaceSeed::categoryId(const QString& key) { return seedId("category", key); }

Status seedCategories(const QSqlDatabase& db)
{
    int order = 0;
    for (const CategorySeed& c : Categories) {
        SqlQuery q(db, QStringLiteral("INSERT INTO categories (id, key, name_ky, name_ru, name_en, sort_order, "
                                      "created_at, origin_shop, origin_device) VALUES (:id, :key, :ky, :ru, :en, "
                                      ":sort, :at, '', '')"));
        q.bind(QStringLiteral(":id"), PlaceSeed::categoryId(u8(c.key)))
            .bind(QStringLiteral(":key"), u8(c.key))
            .bind(QStringLiteral(":ky"), u8(c.ky))
            .bind(QStringLiteral(":ru"), u8(c.ru))
            .bind(QStringLiteral(":en"), u8(c.en))
            .bind(QStringLiteral(":sort"), ++order)
            .bind(QStringLiteral(":at"), SeedTime);
        if (auto done = q.exec(); !done)
            return done;
    }
    return {};
}

Status seedPlaces(const QSqlDatabase& db)
{
    for (const Named& o : Oblasts) {
        SqlQuery q(db, QStringLiteral("INSERT INTO oblasts (id, code, name_ky, name_ru, name_en, created_at, "
                                      "origin_shop, origin_device) VALUES (:id, :code, :ky, :ru, :en, :at, '', '')"));
        q.bind(QStringLiteral(":id"), PlaceSeed::oblastId(u8(o.code)))
            .bind(QStringLiteral(":code"), u8(o.code))
            .bind(QStringLiteral(":ky"), u8(o.ky))
            .bind(QStringLiteral(":ru"), u8(o.ru))
            .bind(QStringLiteral(":en"), u8(o.en))
            .bind(QStringLiteral(":at"), SeedTime);
        if (auto done = q.exec(); !done)
            return done;
    }
    for (const Named& d : Districts) {
        SqlQuery q(db, QStringLiteral("INSERT INTO districts (id, oblast_id, name_ky, name_ru, name_en, created_at, "
                                      "origin_shop, origin_device) VALUES (:id, :oblast, :ky, :ru, :en, :at, '', '')"));
        q.bind(QStringLiteral(":id"), PlaceSeed::districtId(u8(d.code)))
            .bind(QStringLiteral(":oblast"), PlaceSeed::oblastId(u8(d.parent)))
            .bind(QStringLiteral(":ky"), u8(d.ky))
            .bind(QStringLiteral(":ru"), u8(d.ru))
            .bind(QStringLiteral(":en"), u8(d.en))
            .bind(QStringLiteral(":at"), SeedTime);
        if (auto done = q.exec(); !done)
            return done;
    }
    for (const Named& v : Villages) {
        SqlQuery q(db, QStringLiteral("INSERT INTO villages (id, oblast_id, district_id, name_ky, name_ru, name_en, "
                                      "updated_at, created_at, origin_shop, origin_device) VALUES (:id, :oblast, "
                                      ":district, :ky, :ru, :en, :updated, :at, '', '')"));
        const QString district = u8(v.district);
        q.bind(QStringLiteral(":id"), PlaceSeed::villageId(u8(v.code)))
            .bind(QStringLiteral(":oblast"), PlaceSeed::oblastId(u8(v.parent)))
            .bind(QStringLiteral(":district"), district.isEmpty() ? QVariant() : QVariant(PlaceSeed::districtId(district)))
            .bind(QStringLiteral(":ky"), u8(v.ky))
            .bind(QStringLiteral(":ru"), u8(v.ru))
            .bind(QStringLiteral(":en"), u8(v.en))
            .bind(QStringLiteral(":updated"), SeedTime)
            .bind(QStringLiteral(":at"), SeedTime);
        if (auto done = q.exec(); !done)
            return done;
    }
    return {};
}

} // namespace ovop
