// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The SQL of producers, shared by the producer service's files. Not for use outside models/catalog.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVariant>

#include "models/catalog/Producer.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
class SqlQuery;

// Reads and writes producer rows, one store for the producer aggregate. Lookups by id or code
// return Result<std::optional<Producer>>: an error when the database failed, std::nullopt when
// there is no such producer.
class ProducerStore
{
public:
    explicit ProducerStore(Database& db) : m_db(db) {}

    static QString selectSql(); // append WHERE / ORDER BY
    static Producer readProducer(const SqlQuery& q);
    static Producer normalised(const Producer& producer);
    static QJsonObject fieldValues(const Producer& producer);
    static QJsonObject changes(const Producer& before, const Producer& after, const QSet<QString>& fields = {});

    Result<std::optional<Producer>> loadById(const QString& id);
    Result<std::optional<Producer>> loadByCode(const QString& code);
    // Whether a village with this id exists.
    Result<bool> villageExists(const QString& villageId);
    // Inserts (before == nullptr) or updates; re-indexes the producer's products when their search
    // words (name, code, village) changed. Inside the caller's transaction.
    Status write(Producer& producer, const Producer* before);

private:
    Result<std::optional<Producer>> loadBy(const QString& where, const QString& placeholder, const QVariant& value);

    Database& m_db;
};

} // namespace ovop
