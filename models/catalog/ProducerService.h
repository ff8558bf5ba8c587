// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include "models/catalog/Import.h"
#include "models/catalog/Producer.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// The producer register. Reads need a session with Permission::ViewCatalog (a producer's record
// holds phone numbers and payment details); changes need Permission::EditCatalog and are audited:
// producer.add (all fields), producer.change (old and new value of each changed field, by the keys
// of ProducerField), producer.archive, producer.reactivate. "Today" for the overdue flag is the
// database clock's date.
class ProducerService
{
    Q_DECLARE_TR_FUNCTIONS(ProducerService)

public:
    explicit ProducerService(Database& db);

    Result<QList<Producer>> list(const Session& actor, const ProducerFilter& filter = {}) const;
    Result<Producer> get(const Session& actor, const QString& code) const;
    Result<Producer> getById(const Session& actor, const QString& id) const;
    // Producers whose working-conditions visit is overdue (active ones), as of today.
    Result<int> overdueCount(const QDate& today) const;
    Result<int> overdueCount() const; // as of the database clock's date

    // Whether a producer could be saved now (unique code against the database, the producer itself,
    // matched by id, excluded): ok when it can, refused with the problems per field
    // (ErrorKind::Validation) when it cannot, or the database's error when the checks could not read
    // what they need.
    Status validate(const Producer& producer) const;
    // Adds (empty id) or changes (id of an existing producer). Refused with problems per field.
    // A producer with an id that is not stored yet is refused (it was removed), unless
    // NewWithId::Keep: then it is added with that id (a register's identity, the same in every shop).
    enum class NewWithId { Refuse, Keep };
    Result<Producer> save(const Session& actor, const Producer& producer, NewWithId newWithId = NewWithId::Refuse);
    Status archive(const Session& actor, const QString& code);
    Status reactivate(const Session& actor, const QString& code);

    // For importers, per row: as validate(), the producer matched by code (a row with the code of an
    // existing producer changes it), plus codes repeated inside the file (batch.skuLines holds the
    // codes). fields: the columns the file carries (keys of ProducerField); empty for all. As
    // validate(), the database's error when the producer could not be read.
    Status validateImportRow(const Producer& producer, ImportBatch& batch, int line,
                             const QSet<QString>& fields = {}) const;
    // In one transaction, all or nothing; matched by code; unchanged rows untouched and not
    // audited; fields not in `fields` keep their stored values. dryRun: validate and count only.
    Result<ImportSummary> applyImport(const Session& actor, const QList<Producer>& producers,
                                      const QSet<QString>& fields = {}, bool dryRun = false);

private:
    // archive() and reactivate(): one audited change of the active flag.
    Status setActive(const Session& actor, const QString& code, bool active);

    Database& m_db;
};

} // namespace ovop
