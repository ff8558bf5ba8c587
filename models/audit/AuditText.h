// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include "models/catalog/LocalizedText.h"

namespace ovop {

class Database;
struct AuditEntry;

// The names of the things audit entries refer to by id or code, looked up when the entries are shown,
// so that old entries read with names too. Without a database (or when a record is gone) the key
// stored in the entry stands for it. Lookups are cached for the life of the object.
class AuditNames
{
public:
    explicit AuditNames(Database* db = nullptr);

    // «Felt slippers» (FELT-001); the SKU alone when the product is unknown.
    QString product(const QString& productId, const QString& sku, const QString& language) const;
    // The producer's name; code or id stands for an unknown one.
    QString producer(const QString& producerId, const QString& code) const;
    // "Aigul Toktogulova (aigul)", or the login name alone.
    QString user(const QString& loginName) const;
    QString village(const QString& villageId, const QString& language) const;
    QString category(const QString& key, const QString& language) const;

private:
    struct Named
    {
        QString key; // SKU or code
        LocalizedText name;
    };
    std::optional<Named> lookup(const QString& cacheKey, const QString& sql, const QString& value) const;

    Database* m_db;
    mutable QHash<QString, std::optional<Named>> m_cache;
};

// An audit entry as a sentence in the given language: amounts as money, products, producers, users and
// villages by name, reasons and field names translated.
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString describe(const AuditEntry& entry, const AuditNames& names, const QString& language);
    // A changed field of a product, a producer, a village or a setting: its title, translated.
    static QString fieldTitle(const QString& field);
    // A value of a field as the user reads it (money, yes/no, units, categories, names, dates).
    static QString valueText(const QString& field, const QJsonValue& value, const AuditNames& names,
                             const QString& language);
    // The reason a login was refused ("wrong-pin", "locked", ...), translated.
    static QString reasonText(const QString& reason);
};

} // namespace ovop
