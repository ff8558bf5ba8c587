// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The SQL of producers, shared by the producer service's files. Not for use outside models/catalog.
#pragma once

#include <optional>

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVariant>

#include "catalog/Producer.h"
#include "core/Result.h"

namespace ovop {

class Database;
class SqlQuery;

namespace ProducerStore {

QString selectSql(); // append WHERE / ORDER BY
Producer readProducer(const SqlQuery& q);
std::optional<Producer> loadBy(Database& db, const QString& where, const QString& placeholder, const QVariant& value);
std::optional<Producer> loadById(Database& db, const QString& id);
std::optional<Producer> loadByCode(Database& db, const QString& code);
Producer normalised(const Producer& producer);
// Inserts (before == nullptr) or updates; re-indexes the producer's products when their search words
// (name, code, village) changed. Inside the caller's transaction.
Status write(Database& db, Producer& producer, const Producer* before);
QJsonObject fieldValues(const Producer& producer);
QJsonObject changes(const Producer& before, const Producer& after, const QSet<QString>& fields = {});

} // namespace ProducerStore

} // namespace ovop
