// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/places/PlaceService.h"

#include <algorithm>

#include <QCollator>
#include <QJsonObject>
#include <QLocale>

#include "models/audit/AuditLog.h"
#include "models/catalog/ProductStore.h"
#include "models/catalog/SearchText.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

constexpr int MaxNameLength = 100;

const QString VillageSelect = QStringLiteral(
    "SELECT v.id, v.oblast_id, v.district_id, v.name_ky, v.name_ru, v.name_en, d.name_ky, d.name_ru, d.name_en, "
    "o.name_ky, o.name_ru, o.name_en, (SELECT count(*) FROM producers pr WHERE pr.village_id = v.id) "
    "FROM villages v JOIN oblasts o ON o.id = v.oblast_id LEFT JOIN districts d ON d.id = v.district_id ");

Village readVillage(const SqlQuery& q)
{
    Village v;
    v.id = q.value(0).toString();
    v.oblastId = q.value(1).toString();
    v.districtId = q.value(2).toString();
    v.name = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    v.districtName = {q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
    v.oblastName = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString()};
    v.producerCount = q.value(12).toInt();
    return v;
}

template <typename T>
void sortByName(QList<T>& list, const QString& language)
{
    QCollator collator{QLocale(language == QLatin1String("en") ? QStringLiteral("en_US")
                                                               : language + QStringLiteral("_KG"))};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(),
              [&](const T& a, const T& b) { return collator.compare(a.name.in(language), b.name.in(language)) < 0; });
}

QJsonObject villageValues(const Village& v)
{
    return QJsonObject{{QStringLiteral("name_ky"), v.name.ky},     {QStringLiteral("name_ru"), v.name.ru},
                       {QStringLiteral("name_en"), v.name.en},     {QStringLiteral("oblast_id"), v.oblastId},
                       {QStringLiteral("district_id"), v.districtId}};
}

} // namespace

PlaceService::PlaceService(Database& db) : m_db(db) {}

Result<QList<Oblast>> PlaceService::oblasts(const QString& language) const
{
    QList<Oblast> out;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id, code, name_ky, name_ru, name_en FROM oblasts"));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next())
        out << Oblast{q.value(0).toString(), q.value(1).toString(),
                      {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}};
    if (auto done = q.finished(); !done)
        return done.error();
    sortByName(out, language);
    return out;
}

Result<QList<District>> PlaceService::districts(const QString& oblastId, const QString& language) const
{
    QList<District> out;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id, oblast_id, name_ky, name_ru, name_en FROM districts "
                                          "WHERE :oblast = '' OR oblast_id = :oblast2"));
    q.bind(QStringLiteral(":oblast"), SqlQuery::text(oblastId))
        .bind(QStringLiteral(":oblast2"), SqlQuery::text(oblastId));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next())
        out << District{q.value(0).toString(), q.value(1).toString(),
                        {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}};
    if (auto done = q.finished(); !done)
        return done.error();
    sortByName(out, language);
    return out;
}

Result<QList<Village>> PlaceService::villages(const QString& oblastId, const QString& districtId,
                                              const QString& language) const
{
    QList<Village> out;
    SqlQuery q(m_db.sql(), VillageSelect + QStringLiteral("WHERE (:oblast = '' OR v.oblast_id = :oblast2) AND "
                                                          "(:district = '' OR v.district_id = :district2)"));
    q.bind(QStringLiteral(":oblast"), SqlQuery::text(oblastId))
        .bind(QStringLiteral(":oblast2"), SqlQuery::text(oblastId))
        .bind(QStringLiteral(":district"), SqlQuery::text(districtId))
        .bind(QStringLiteral(":district2"), SqlQuery::text(districtId));
    if (auto done = q.exec(); !done)
        return done.error();
    while (q.next())
        out << readVillage(q);
    if (auto done = q.finished(); !done)
        return done.error();
    sortByName(out, language);
    return out;
}

Result<std::optional<Oblast>> PlaceService::oblast(const QString& id) const
{
    const auto all = oblasts();
    if (!all)
        return all.error();
    for (const Oblast& o : all.value())
        if (o.id == id)
            return std::optional<Oblast>(o);
    return std::optional<Oblast>();
}

Result<std::optional<Oblast>> PlaceService::findOblast(const QString& codeOrName) const
{
    const QString wanted = SearchText::fold(codeOrName.trimmed());
    const auto all = oblasts();
    if (!all)
        return all.error();
    for (const Oblast& o : all.value()) {
        if (o.code == wanted || SearchText::fold(o.name.ky) == wanted || SearchText::fold(o.name.ru) == wanted ||
            SearchText::fold(o.name.en) == wanted)
            return std::optional<Oblast>(o);
    }
    return std::optional<Oblast>();
}

Result<std::optional<District>> PlaceService::district(const QString& id) const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT id, oblast_id, name_ky, name_ru, name_en FROM districts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<District>();
    return std::optional<District>(District{q.value(0).toString(),
                                            q.value(1).toString(),
                                            {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}});
}

Result<std::optional<Village>> PlaceService::village(const QString& id) const
{
    SqlQuery q(m_db.sql(), VillageSelect + QStringLiteral("WHERE v.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<Village>();
    return std::optional<Village>(readVillage(q));
}

Result<QList<Village>> PlaceService::findVillages(const QString& name) const
{
    const QString wanted = SearchText::fold(name.trimmed());
    QList<Village> out;
    if (wanted.isEmpty())
        return out;
    const auto all = villages();
    if (!all)
        return all.error();
    for (const Village& v : all.value())
        if (SearchText::fold(v.name.ky) == wanted || SearchText::fold(v.name.ru) == wanted ||
            SearchText::fold(v.name.en) == wanted)
            out << v;
    return out;
}

Status PlaceService::validate(const Village& input) const
{
    FieldProblems problems;
    Village v = input;
    v.name = input.name.trimmed();
    if (v.name.isEmpty())
        problems << FieldProblem{QStringLiteral("name"), tr("Enter the village's name in at least one language.")};
    for (const QString& text : {v.name.ky, v.name.ru, v.name.en})
        if (text.size() > MaxNameLength)
            problems << FieldProblem{QStringLiteral("name"),
                                     tr("The name is longer than %1 characters; shorten it.").arg(MaxNameLength)};
    const auto o = oblast(v.oblastId);
    if (!o)
        return o.error();
    if (!o.value())
        problems << FieldProblem{QStringLiteral("oblast"), tr("Choose the oblast of the village.")};
    if (!v.districtId.isEmpty()) {
        const auto d = district(v.districtId);
        if (!d)
            return d.error();
        if (!d.value())
            problems << FieldProblem{QStringLiteral("district"), tr("The chosen district is not in the list.")};
        else if (d.value()->oblastId != v.oblastId)
            problems << FieldProblem{QStringLiteral("district"),
                                     tr("The chosen district is not in the chosen oblast. Choose them again.")};
    }
    if (!v.name.isEmpty()) {
        const auto neighbours = villages(v.oblastId, QString());
        if (!neighbours)
            return neighbours.error();
        for (const Village& other : neighbours.value()) {
            if (other.id == v.id || other.districtId != v.districtId)
                continue;
            for (const QString& lang : {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")}) {
                const QString mine = SearchText::fold(v.name.exact(lang));
                if (!mine.isEmpty() && mine == SearchText::fold(other.name.exact(lang))) {
                    problems << FieldProblem{QStringLiteral("name"),
                                             tr("There is already a village named %1 in this district.")
                                                 .arg(v.name.exact(lang))};
                    return problems;
                }
            }
        }
    }
    if (problems.isEmpty())
        return {};
    return problems;
}

Result<Village> PlaceService::saveVillage(const Session& actor, const Village& input)
{
    if (!actor.can(Permission::ChangeSettings))
        return Roles::refusal(Permission::ChangeSettings);
    Village v = input;
    v.name = input.name.trimmed();
    std::optional<Village> before;
    if (!v.id.isEmpty()) {
        auto stored = village(v.id);
        if (!stored)
            return stored.error();
        if (!stored.value())
            return Error{tr("The village was not found; it may have been removed. Nothing was saved."),
                         {},
                         {},
                         ErrorKind::NotFound};
        before = std::move(stored).value();
    }
    if (auto valid = validate(v); !valid)
        return valid.error();

    const QString now = m_db.storedNow();
    const QVariant district = v.districtId.isEmpty() ? QVariant() : QVariant(v.districtId);
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    AuditLog audit(m_db);
    if (before) {
        const QJsonObject old = villageValues(*before);
        const QJsonObject neu = villageValues(v);
        if (old == neu)
            return *before;
        SqlQuery q(m_db.sql(), QStringLiteral("UPDATE villages SET oblast_id = :oblast, district_id = :district, "
                                              "name_ky = :ky, name_ru = :ru, name_en = :en, updated_at = :at "
                                              "WHERE id = :id"));
        q.bind(QStringLiteral(":oblast"), v.oblastId)
            .bind(QStringLiteral(":district"), district)
            .bind(QStringLiteral(":ky"), SqlQuery::text(v.name.ky))
            .bind(QStringLiteral(":ru"), SqlQuery::text(v.name.ru))
            .bind(QStringLiteral(":en"), SqlQuery::text(v.name.en))
            .bind(QStringLiteral(":at"), now)
            .bind(QStringLiteral(":id"), v.id);
        if (auto done = q.exec(); !done)
            return done.error();
        QJsonObject changes;
        for (auto it = old.begin(); it != old.end(); ++it)
            if (it.value() != neu.value(it.key()))
                changes.insert(it.key(), QJsonObject{{QStringLiteral("old"), it.value()},
                                                     {QStringLiteral("new"), neu.value(it.key())}});
        if (auto done = ProductStore(m_db).reindex(QStringLiteral("WHERE pr.village_id = :village"),
                                                   {{QStringLiteral(":village"), v.id}});
            !done)
            return done.error();
        if (auto done = audit.append(&actor, QStringLiteral("village.change"),
                                     QJsonObject{{QStringLiteral("village_id"), v.id}, {QStringLiteral("changes"), changes}});
            !done)
            return done.error();
    } else {
        v.id = m_db.newId();
        SqlQuery q(m_db.sql(), QStringLiteral("INSERT INTO villages (id, oblast_id, district_id, name_ky, name_ru, "
                                              "name_en, updated_at, created_at, origin_shop, origin_device) VALUES "
                                              "(:id, :oblast, :district, :ky, :ru, :en, :updated, :created, :shop, "
                                              ":device)"));
        q.bind(QStringLiteral(":id"), v.id)
            .bind(QStringLiteral(":oblast"), v.oblastId)
            .bind(QStringLiteral(":district"), district)
            .bind(QStringLiteral(":ky"), SqlQuery::text(v.name.ky))
            .bind(QStringLiteral(":ru"), SqlQuery::text(v.name.ru))
            .bind(QStringLiteral(":en"), SqlQuery::text(v.name.en))
            .bind(QStringLiteral(":updated"), now)
            .bind(QStringLiteral(":created"), now)
            .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
            .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
        if (auto done = q.exec(); !done)
            return done.error();
        QJsonObject details = villageValues(v);
        details.insert(QStringLiteral("village_id"), v.id);
        if (auto done = audit.append(&actor, QStringLiteral("village.add"), details); !done)
            return done.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    // The village as stored (with its names of oblast and district); the change is committed
    // whatever this read answers.
    if (auto saved = village(v.id); saved && saved.value())
        return *saved.value();
    return v;
}

} // namespace ovop
