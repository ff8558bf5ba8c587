// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include "models/catalog/Import.h"
#include "models/catalog/Producer.h"
#include "models/core/Result.h"
#include "models/exchange/ImportPlan.h"

namespace ovop {

class Database;
struct Session;

using ProducerImportPlan = ImportPlan<Producer>;

// Loads the producer register from a CSV file, as ProductImport does products: a plan to preview,
// then apply() all or nothing through ProducerService::applyImport. Columns (any order, matched by
// name): the keys of ProducerField (code, name, kind, village, phone, members, women, women_led,
// terms, commission, payment_details, fair_price_basis, last_visit_date, last_visit_result,
// follow_up, child_labour_check_date, child_labour_check_result, materials_and_dyes,
// environmental_practice, exempt_seller_document, certificate_number, certificate_date, active)
// plus district and oblast, which only tell apart villages of the same name. Required: code, name.
// village is a village's name in any language or its id; commission a percentage ("25", "12,5%");
// dates 2024-03-05 or 05.03.2024; yes/no columns yes/no, 1/0, да/нет, ооба/жок.
// Both calls need Permission::EditCatalog. Thread: as ProductImport.
class ProducerImport
{
    Q_DECLARE_TR_FUNCTIONS(ProducerImport)

public:
    static inline const QString DistrictColumn = QStringLiteral("district");
    static inline const QString OblastColumn = QStringLiteral("oblast");

    explicit ProducerImport(Database& db);

    Result<ProducerImportPlan> parseFile(const Session& actor, const QString& path,
                                         const ImportProgress& progress = {}) const;
    Result<ProducerImportPlan> parse(const Session& actor, const QByteArray& bytes, const QString& fileName,
                                     const ImportProgress& progress = {}) const;
    // All or nothing; refused when the plan has any problem. When anything changed the register
    // writes producer.add / producer.change per row and one producer.import entry with the counts.
    Result<ImportSummary> apply(const Session& actor, const ProducerImportPlan& plan,
                                const ImportProgress& progress = {});

    static QStringList requiredColumns(); // "code", "name"
    static QStringList knownColumns();    // ProducerField::all() plus district and oblast
    static QHash<QString, QString> columnAliases();

private:
    Database& m_db;
};

} // namespace ovop
