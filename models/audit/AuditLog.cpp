// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/audit/AuditLog.h"

#include <optional>

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

const QString ZeroHash = QString(64, QLatin1Char('0'));

// The stored text of one entry, exactly as written; the hash is computed over these strings.
struct RawEntry
{
    qint64 seq = 0;
    QString id, at, userId, userName, action, details, originShop, originDevice, prevHash, hash;
};

// SHA-256 over a JSON array of every field: unambiguous whatever characters the fields hold.
QString entryHash(const RawEntry& e)
{
    const QJsonArray fields{QString::number(e.seq), e.id, e.at, e.userId, e.userName, e.action,
                            e.details, e.originShop, e.originDevice, e.prevHash};
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

RawEntry readRaw(SqlQuery& q)
{
    RawEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.at = q.value(2).toString();
    e.userId = q.value(3).toString();
    e.userName = q.value(4).toString();
    e.action = q.value(5).toString();
    e.details = q.value(6).toString();
    e.originShop = q.value(7).toString();
    e.originDevice = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const char* const SelectColumns = "SELECT seq, id, at, user_id, user_name, action, details, origin_shop, "
                                  "origin_device, prev_hash, hash FROM audit_log ";

const QList<QPair<QString, const char*>>& actionTable()
{
    static const QList<QPair<QString, const char*>> table = {
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("AuditLog", "Shop database created")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("AuditLog", "Logged in")},
        {QStringLiteral("login.failed"), QT_TRANSLATE_NOOP("AuditLog", "Login refused")},
        {QStringLiteral("user.locked"), QT_TRANSLATE_NOOP("AuditLog", "User locked after wrong PINs")},
        {QStringLiteral("user.add"), QT_TRANSLATE_NOOP("AuditLog", "User added")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("AuditLog", "User disabled")},
        {QStringLiteral("user.enable"), QT_TRANSLATE_NOOP("AuditLog", "User enabled")},
        {QStringLiteral("user.pin-reset"), QT_TRANSLATE_NOOP("AuditLog", "PIN reset")},
        {QStringLiteral("user.language"), QT_TRANSLATE_NOOP("AuditLog", "Language changed")},
        {QStringLiteral("settings.change"), QT_TRANSLATE_NOOP("AuditLog", "Setting changed")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("AuditLog", "Backup taken")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("AuditLog", "Database restored from a backup")},
        {QStringLiteral("audit.repair"), QT_TRANSLATE_NOOP("AuditLog", "Audit log protection repaired")},
        {QStringLiteral("reports.rebuild"), QT_TRANSLATE_NOOP("AuditLog", "Report figures made again from the ledger")},
        {QStringLiteral("product.add"), QT_TRANSLATE_NOOP("AuditLog", "Product added")},
        {QStringLiteral("product.change"), QT_TRANSLATE_NOOP("AuditLog", "Product changed")},
        {QStringLiteral("product.archive"), QT_TRANSLATE_NOOP("AuditLog", "Product archived")},
        {QStringLiteral("product.reactivate"), QT_TRANSLATE_NOOP("AuditLog", "Product back on sale")},
        {QStringLiteral("product.remove"), QT_TRANSLATE_NOOP("AuditLog", "Product deleted")},
        {QStringLiteral("product.photo"), QT_TRANSLATE_NOOP("AuditLog", "Product photo changed")},
        {QStringLiteral("producer.add"), QT_TRANSLATE_NOOP("AuditLog", "Producer added")},
        {QStringLiteral("producer.change"), QT_TRANSLATE_NOOP("AuditLog", "Producer changed")},
        {QStringLiteral("producer.archive"), QT_TRANSLATE_NOOP("AuditLog", "Producer archived")},
        {QStringLiteral("producer.reactivate"), QT_TRANSLATE_NOOP("AuditLog", "Producer active again")},
        {QStringLiteral("stock.receive"), QT_TRANSLATE_NOOP("AuditLog", "Goods received")},
        {QStringLiteral("stock.receiving"), QT_TRANSLATE_NOOP("AuditLog", "Delivery received")},
        {QStringLiteral("stock.adjustment"), QT_TRANSLATE_NOOP("AuditLog", "Stock corrected")},
        {QStringLiteral("stock.min_level"), QT_TRANSLATE_NOOP("AuditLog", "Minimum level changed")},
        {QStringLiteral("village.add"), QT_TRANSLATE_NOOP("AuditLog", "Village added")},
        {QStringLiteral("village.change"), QT_TRANSLATE_NOOP("AuditLog", "Village changed")},
        {QStringLiteral("catalog.import"), QT_TRANSLATE_NOOP("AuditLog", "Catalogue imported")},
        {QStringLiteral("producer.import"), QT_TRANSLATE_NOOP("AuditLog", "Producers imported")},
        {QStringLiteral("shift.open"), QT_TRANSLATE_NOOP("AuditLog", "Shift opened")},
        {QStringLiteral("shift.cash_in"), QT_TRANSLATE_NOOP("AuditLog", "Cash put into the drawer")},
        {QStringLiteral("shift.cash_out"), QT_TRANSLATE_NOOP("AuditLog", "Cash taken out of the drawer")},
        {QStringLiteral("shift.close"), QT_TRANSLATE_NOOP("AuditLog", "Shift closed with a Z report")},
        {QStringLiteral("sale"), QT_TRANSLATE_NOOP("AuditLog", "Sale")},
        {QStringLiteral("sale.void"), QT_TRANSLATE_NOOP("AuditLog", "Cart voided")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("AuditLog", "Return")},
        {QStringLiteral("till.approval"), QT_TRANSLATE_NOOP("AuditLog", "Manager's approval at the till")},
        {QStringLiteral("producer.commission"), QT_TRANSLATE_NOOP("AuditLog", "Producer's commission changed")},
        {QStringLiteral("producer.statement"), QT_TRANSLATE_NOOP("AuditLog", "Producer's statement made")},
        {QStringLiteral("producer.payout"), QT_TRANSLATE_NOOP("AuditLog", "Producer paid")},
        {QStringLiteral("producer.return"), QT_TRANSLATE_NOOP("AuditLog", "Goods returned to a producer")},
        {QStringLiteral("stocktake.start"), QT_TRANSLATE_NOOP("AuditLog", "Stocktake started")},
        {QStringLiteral("stocktake.post"), QT_TRANSLATE_NOOP("AuditLog", "Stocktake posted")},
        {QStringLiteral("stocktake.cancel"), QT_TRANSLATE_NOOP("AuditLog", "Stocktake cancelled")},
        {QStringLiteral("transfer.out"), QT_TRANSLATE_NOOP("AuditLog", "Goods sent to another shop")},
        {QStringLiteral("transfer.in"), QT_TRANSLATE_NOOP("AuditLog", "Goods received from another shop")},
        {QStringLiteral("transfer.confirmation"),
         QT_TRANSLATE_NOOP("AuditLog", "Transfer confirmed by the receiving shop")},
    };
    return table;
}

} // namespace

AuditLog::AuditLog(Database& db) : m_db(db) {}

AuditLog::~AuditLog() = default;

Status AuditLog::append(const Session* actor, const QString& action, const QJsonObject& details)
{
    return actor ? append(actor->userId, actor->userName, action, details)
                 : append(QString(), QString(), action, details);
}

Status AuditLog::append(const QString& userId, const QString& userName, const QString& action,
                        const QJsonObject& details)
{
    // Reading the last hash and writing the next entry must not be split by another writer: when
    // the caller has no transaction open, the entry gets one of its own.
    std::optional<Transaction> own;
    if (sqlite3* handle = m_db.handle(); handle && sqlite3_get_autocommit(handle)) {
        own.emplace(m_db.sql());
        if (!own->isActive())
            return own->beginError();
    }

    if (!m_last)
        m_last = std::make_unique<SqlQuery>(
            m_db.sql(), QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    SqlQuery& last = *m_last;
    if (auto s = last.exec(); !s)
        return s;
    RawEntry e;
    e.seq = 1;
    e.prevHash = ZeroHash;
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    last.raw().finish(); // no read is left open between appends
    e.id = m_db.newId();
    e.at = m_db.storedNow();
    e.userId = userId;
    e.userName = userName;
    e.action = action;
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.originShop = m_db.origin().shopCode;
    e.originDevice = m_db.origin().deviceId;
    e.hash = entryHash(e);

    if (!m_insert)
        m_insert = std::make_unique<SqlQuery>(
            m_db.sql(), QStringLiteral("INSERT INTO audit_log (seq, id, at, user_id, user_name, action, details, "
                                       "origin_shop, origin_device, prev_hash, hash) VALUES (:seq, :id, :at, "
                                       ":user_id, :user_name, :action, :details, :shop, :device, :prev, :hash)"));
    SqlQuery& insert = *m_insert;
    insert.bind(QStringLiteral(":seq"), e.seq)
        .bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":at"), e.at)
        .bind(QStringLiteral(":user_id"), e.userId.isEmpty() ? QVariant() : QVariant(e.userId))
        .bind(QStringLiteral(":user_name"), SqlQuery::text(e.userName))
        .bind(QStringLiteral(":action"), SqlQuery::text(e.action))
        .bind(QStringLiteral(":details"), e.details)
        .bind(QStringLiteral(":shop"), SqlQuery::text(e.originShop))
        .bind(QStringLiteral(":device"), SqlQuery::text(e.originDevice))
        .bind(QStringLiteral(":prev"), e.prevHash)
        .bind(QStringLiteral(":hash"), e.hash);
    if (auto s = insert.exec(); !s)
        return s;
    if (own)
        return own->commit();
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(const Session& actor, const AuditFilter& filter) const
{
    if (!actor.can(Permission::ViewAudit))
        return Roles::refusal(Permission::ViewAudit);
    SqlQuery q(m_db.sql(), QString::fromLatin1(SelectColumns) +
                               QStringLiteral("WHERE (:a1 = '' OR substr(action, 1, length(:a2)) = :a3) "
                                              "AND (:u1 = '' OR user_name = :u2) ORDER BY seq DESC LIMIT :limit"));
    q.bind(QStringLiteral(":a1"), SqlQuery::text(filter.action))
        .bind(QStringLiteral(":a2"), SqlQuery::text(filter.action))
        .bind(QStringLiteral(":a3"), SqlQuery::text(filter.action))
        .bind(QStringLiteral(":u1"), SqlQuery::text(filter.userName))
        .bind(QStringLiteral(":u2"), SqlQuery::text(filter.userName))
        .bind(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : -1);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<AuditEntry> list;
    while (q.next()) {
        const RawEntry raw = readRaw(q);
        AuditEntry e;
        e.seq = raw.seq;
        e.id = raw.id;
        e.at = QDateTime::fromString(raw.at, Qt::ISODateWithMs);
        e.userId = raw.userId;
        e.userName = raw.userName;
        e.action = raw.action;
        e.details = QJsonDocument::fromJson(raw.details.toUtf8()).object();
        e.originShop = raw.originShop;
        e.originDevice = raw.originDevice;
        e.prevHash = raw.prevHash;
        e.hash = raw.hash;
        list.append(e);
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return list;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    SqlQuery q(m_db.sql(), QString::fromLatin1(SelectColumns) + QStringLiteral("ORDER BY seq"));
    if (auto s = q.exec(); !s) {
        result.problems << tr("The audit log cannot be read: %1").arg(s.message());
        return result;
    }
    qint64 expectedSeq = 1;
    qint64 previousSeq = 0;
    QString previousHash = ZeroHash;
    while (q.next()) {
        const RawEntry e = readRaw(q);
        ++result.entries;
        bool gap = false;
        if (e.seq > expectedSeq) {
            gap = true;
            if (e.seq == expectedSeq + 1)
                result.problems << tr("Audit entry %1 is missing: it was deleted.").arg(expectedSeq);
            else
                result.problems << tr("Audit entries %1 to %2 are missing: they were deleted.")
                                       .arg(expectedSeq)
                                       .arg(e.seq - 1);
        }
        if (entryHash(e) != e.hash)
            result.problems << tr("Audit entry %1 (%2) was changed after it was written.")
                                   .arg(e.seq)
                                   .arg(actionTitle(e.action));
        if (!gap && e.prevHash != previousHash) {
            if (previousSeq == 0)
                result.problems << tr("Audit entry %1 does not start the chain: entries before it were deleted "
                                      "or it was changed.")
                                       .arg(e.seq);
            else
                result.problems << tr("Audit entry %1 does not follow entry %2: an entry between them was "
                                      "deleted, inserted or changed.")
                                       .arg(e.seq)
                                       .arg(previousSeq);
        }
        previousSeq = e.seq;
        previousHash = e.hash;
        expectedSeq = e.seq + 1;
    }
    // Entries that cannot be read are not "the log ends here".
    if (auto done = q.finished(); !done)
        result.problems << tr("The audit log cannot be read: %1").arg(done.message());
    return result;
}

QStringList AuditLog::actionKeys()
{
    QStringList keys;
    for (const auto& entry : actionTable())
        keys << entry.first;
    return keys;
}

QString AuditLog::actionTitle(const QString& action)
{
    for (const auto& entry : actionTable())
        if (entry.first == action)
            return tr(entry.second);
    return action;
}

} // namespace ovop
