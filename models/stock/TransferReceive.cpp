// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// Receiving a transfer file, and the sending shop recording the receiving shop's confirmation.
#include <QFile>
#include <QJsonObject>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/StockLedger.h"
#include "models/stock/StockLookup.h"
#include "models/stock/TransferService.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

Result<bool> exists(Database& db, const QString& transferId, const QString& direction)
{
    SqlQuery q(db.sql(), QStringLiteral("SELECT 1 FROM transfers WHERE transfer_id = :id AND direction = :d"));
    q.bind(QStringLiteral(":id"), transferId).bind(QStringLiteral(":d"), direction);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.next();
}

// The products of this shop for the lines of a transfer, by line number.
Result<QMap<int, StockProduct>> productsOf(Database& db, const TransferDocument& t, const QString& language)
{
    QMap<int, StockProduct> out;
    QStringList unknown;
    for (const TransferFileLine& l : t.lines) {
        auto found = StockLookup::byIdOrSku(db, l.productId, l.sku);
        if (!found)
            return found.error();
        if (!found->has_value())
            unknown << QStringLiteral("%1 (%2)").arg(l.sku, l.name.in(language));
        else
            out.insert(l.lineNo, **found);
    }
    if (!unknown.isEmpty())
        return Error{TransferService::tr("This shop's catalogue does not have %1: add the products (with the same "
                                         "SKU) before receiving the transfer.")
                         .arg(unknown.join(QStringLiteral(", "))),
                     {},
                     {},
                     ErrorKind::NotFound};
    return out;
}

} // namespace

Result<TransferFile::Contents> TransferService::checked(const TransferFile::Contents& contents) const
{
    const QString here = m_db.origin().shopCode;
    if (contents.isConfirmation) {
        const TransferConfirmation& c = contents.confirmation;
        if (c.fromCode.compare(here, Qt::CaseInsensitive) != 0)
            return Error{tr("This confirmation is for transfer %1 sent by %2, not by this shop (%3).")
                             .arg(c.number, c.fromCode, here)};
        return contents;
    }
    const TransferDocument& t = contents.transfer;
    if (t.fromCode.compare(here, Qt::CaseInsensitive) == 0)
        return Error{tr("Transfer %1 was sent by this shop (%2): it is opened by the shop it goes to, %3.")
                         .arg(t.number, here, t.toCode)};
    if (t.toCode.compare(here, Qt::CaseInsensitive) != 0)
        return Error{tr("Transfer %1 is addressed to %2, not to this shop (%3).").arg(t.number, t.toCode, here)};
    return contents;
}

Result<TransferFile::Contents> TransferService::preview(const QString& path)
{
    auto contents = TransferFile::read(path);
    if (!contents)
        return contents.error();
    auto ok = checked(*contents);
    if (!ok || contents->isConfirmation)
        return ok;
    auto products = productsOf(m_db, contents->transfer, QStringLiteral("en"));
    if (!products)
        return products.error();
    return ok;
}

Result<QMap<int, Quantity>> TransferService::receivedByCode(const TransferDocument& transfer,
                                                            const QList<TransferItem>& items) const
{
    QMap<int, Quantity> out;
    for (const TransferItem& item : items) {
        const QString code = item.code.trimmed();
        if (item.quantity.milli() < 0)
            return Error::ofField(QStringLiteral("quantity"), tr("A received quantity cannot be less than zero."));
        // The lines of this product: by the file's SKU or barcode, or by this shop's product.
        QString localId;
        if (auto product = StockLookup::byCode(m_db, code))
            localId = product->id;
        QList<const TransferFileLine*> lines;
        for (const TransferFileLine& l : transfer.lines) {
            bool same = l.sku.compare(code, Qt::CaseInsensitive) == 0 || (!l.barcode.isEmpty() && l.barcode == code);
            if (!same && !localId.isEmpty()) {
                auto local = StockLookup::byIdOrSku(m_db, l.productId, l.sku);
                same = local && local->has_value() && (*local)->id == localId;
            }
            if (same)
                lines << &l;
        }
        if (lines.isEmpty())
            return Error{tr("Transfer %1 has no line of %2.").arg(transfer.number, code), {}, {}, ErrorKind::NotFound};
        Quantity left = item.quantity;
        for (int i = 0; i < lines.size(); ++i) {
            const Quantity part = i + 1 == lines.size() ? left : std::min(left, lines.at(i)->quantity);
            out[lines.at(i)->lineNo] = part;
            left = left - part;
        }
    }
    return out;
}

Result<TransferReceipt> TransferService::receive(const Session& actor, const QString& path,
                                                 const QMap<int, Quantity>& received, const QString& confirmationPath,
                                                 bool overwrite)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    auto read = TransferFile::read(path);
    if (!read)
        return read.error();
    auto contents = checked(*read);
    if (!contents)
        return contents.error();
    if (contents->isConfirmation)
        return confirm(actor, contents->confirmation, contents->sha256);
    const TransferDocument& t = contents->transfer;

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto already = exists(m_db, t.transferId, QStringLiteral("in"));
    if (!already)
        return already.error();
    if (already.value()) {
        auto found = find(t.transferId, Transfer::Direction::In);
        if (!found)
            return found.error();
        if (!confirmationPath.isEmpty())
            if (auto written = writeConfirmation(t.transferId, confirmationPath, overwrite); !written)
                return written.error();
        return TransferReceipt{TransferReceipt::Outcome::AlreadyReceived, found.value()};
    }
    auto products = productsOf(m_db, t, actor.language);
    if (!products)
        return products.error();
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        const auto line = std::find_if(t.lines.cbegin(), t.lines.cend(),
                                       [&](const TransferFileLine& l) { return l.lineNo == it.key(); });
        if (line == t.lines.cend())
            return Error{tr("Transfer %1 has no line %2.").arg(t.number).arg(it.key()), {}, {}, ErrorKind::NotFound};
        if (it.value().milli() < 0)
            return Error::ofField(QStringLiteral("received"), tr("A received quantity cannot be less than zero."));
        if (!Units::sellsInFractions(products->value(it.key()).unit) && !it.value().isWhole())
            return Error::ofField(QStringLiteral("received"),
                                  tr("%1 is counted in whole pieces: enter a whole number.")
                                      .arg(products->value(it.key()).name.in(actor.language)));
    }

    const QString at = m_db.storedNow();
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO transfers (transfer_id, direction, number, from_shop, "
                                               "to_shop, sent_at, file_sha256, at, user_id, created_at, origin_shop, "
                                               "origin_device) VALUES (:id, 'in', :number, :from, :to, :sent, :sha, "
                                               ":at, :user, :at, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), t.transferId)
        .bind(QStringLiteral(":number"), t.number)
        .bind(QStringLiteral(":from"), t.fromCode)
        .bind(QStringLiteral(":to"), m_db.origin().shopCode)
        .bind(QStringLiteral(":sent"), storedTime(t.sentAt))
        .bind(QStringLiteral(":sha"), contents->sha256)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();
    SqlQuery line(m_db.sql(), QStringLiteral("INSERT INTO transfer_lines (transfer_id, direction, line_no, product_id, "
                                             "sku, batch, expires_on, sent) VALUES (:id, 'in', :n, :p, :sku, :batch, "
                                             ":expires, :sent)"));
    SqlQuery receipt(m_db.sql(), QStringLiteral("INSERT INTO transfer_receipts (transfer_id, direction, line_no, "
                                                "received, at, user_id, created_at, origin_shop, origin_device) VALUES "
                                                "(:id, 'in', :n, :received, :at, :user, :at, :shop, :device)"));
    StockLedger ledger(m_db);
    Quantity total;
    int differences = 0;
    for (const TransferFileLine& l : t.lines) {
        const StockProduct& product = products->value(l.lineNo);
        const Quantity got = received.value(l.lineNo, l.quantity);
        line.bind(QStringLiteral(":id"), t.transferId)
            .bind(QStringLiteral(":n"), l.lineNo)
            .bind(QStringLiteral(":p"), product.id)
            .bind(QStringLiteral(":sku"), product.sku)
            .bind(QStringLiteral(":batch"), SqlQuery::text(l.batch))
            .bind(QStringLiteral(":expires"),
                  l.expiresOn.isValid() ? QVariant(l.expiresOn.toString(Qt::ISODate)) : QVariant())
            .bind(QStringLiteral(":sent"), l.quantity.milli());
        if (auto done = line.exec(); !done)
            return done.error();
        receipt.bind(QStringLiteral(":id"), t.transferId)
            .bind(QStringLiteral(":n"), l.lineNo)
            .bind(QStringLiteral(":received"), got.milli())
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":user"), actor.userId)
            .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
            .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
        if (auto done = receipt.exec(); !done)
            return done.error();
        total = total + got;
        if (got != l.quantity)
            ++differences;
        if (got.isZero())
            continue;
        MovementLine m;
        m.productId = product.id;
        m.quantity = got;
        m.kind = StockMovement::Kind::TransferIn;
        m.documentId = t.transferId;
        m.documentLine = l.lineNo;
        m.batch = l.batch;
        m.expiresOn = l.expiresOn;
        m.reason = tr("Transfer %1 from %2").arg(t.number, t.fromCode);
        if (auto recorded = ledger.record(unit, actor, m); !recorded)
            return Error{recorded.message(), l.sku, recorded.problems(), recorded.error().kind};
    }
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("transfer.in"),
                                          {{QStringLiteral("transfer_id"), t.transferId},
                                           {QStringLiteral("number"), t.number},
                                           {QStringLiteral("from_shop"), t.fromCode},
                                           {QStringLiteral("lines"), int(t.lines.size())},
                                           {QStringLiteral("quantity_milli"), total.milli()},
                                           {QStringLiteral("differences"), differences},
                                           {QStringLiteral("sha256"), contents->sha256}});
        !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    auto found = find(t.transferId, Transfer::Direction::In);
    if (!found)
        return found.error();
    if (!confirmationPath.isEmpty())
        if (auto written = writeConfirmation(t.transferId, confirmationPath, overwrite); !written)
            return Error{
                tr("The goods were received, but the confirmation could not be written: %1").arg(written.message()),
                written.error().detail,
                {},
                written.error().kind};
    return TransferReceipt{TransferReceipt::Outcome::Received, found.value()};
}

Result<TransferReceipt> TransferService::confirm(const Session& actor, const TransferConfirmation& c,
                                                 const QString& sha256)
{
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    auto sent = find(c.transferId, Transfer::Direction::Out);
    if (!sent) {
        if (sent.error().kind == ErrorKind::NotFound)
            return Error{
                tr("This shop has no record of sending transfer %1.").arg(c.number), {}, {}, ErrorKind::NotFound};
        return sent.error();
    }
    if (sent->toShop.compare(c.toCode, Qt::CaseInsensitive) != 0)
        return Error{tr("Transfer %1 went to %2, but this confirmation comes from %3.")
                         .arg(sent->number, sent->toShop, c.toCode)};
    if (sent->state != Transfer::State::Sent) {
        return TransferReceipt{TransferReceipt::Outcome::AlreadyConfirmed, sent.value()};
    }
    QMap<int, Quantity> received;
    for (const ConfirmationLine& l : c.lines)
        received.insert(l.lineNo, l.received);
    if (received.size() != sent->lines.size())
        return Error{
            tr("The confirmation of transfer %1 does not name the same lines as were sent.").arg(sent->number)};
    for (const TransferLineView& l : sent->lines)
        if (!received.contains(l.lineNo))
            return Error{
                tr("The confirmation of transfer %1 does not name the same lines as were sent.").arg(sent->number)};

    const QString at = c.receivedAt.isValid() ? storedTime(c.receivedAt) : m_db.storedNow();
    SqlQuery receipt(m_db.sql(), QStringLiteral("INSERT INTO transfer_receipts (transfer_id, direction, line_no, "
                                                "received, at, user_id, created_at, origin_shop, origin_device) VALUES "
                                                "(:id, 'out', :n, :received, :at, :user, :created, :shop, :device)"));
    int differences = 0;
    Quantity total;
    for (const TransferLineView& l : sent->lines) {
        receipt.bind(QStringLiteral(":id"), c.transferId)
            .bind(QStringLiteral(":n"), l.lineNo)
            .bind(QStringLiteral(":received"), received.value(l.lineNo).milli())
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":user"), actor.userId)
            .bind(QStringLiteral(":created"), m_db.storedNow())
            .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
            .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
        if (auto done = receipt.exec(); !done)
            return done.error();
        total = total + received.value(l.lineNo);
        if (received.value(l.lineNo) != l.sent)
            ++differences;
    }
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("transfer.confirmation"),
                                          {{QStringLiteral("transfer_id"), c.transferId},
                                           {QStringLiteral("number"), sent->number},
                                           {QStringLiteral("to_shop"), c.toCode},
                                           {QStringLiteral("received_by"), c.user},
                                           {QStringLiteral("quantity_milli"), total.milli()},
                                           {QStringLiteral("differences"), differences},
                                           {QStringLiteral("sha256"), sha256}});
        !done)
        return done.error();
    if (auto done = unit.commit(); !done)
        return done.error();
    auto found = find(c.transferId, Transfer::Direction::Out);
    if (!found)
        return found.error();
    return TransferReceipt{TransferReceipt::Outcome::Confirmed, found.value()};
}

Status TransferService::writeConfirmation(const QString& transferId, const QString& path, bool overwrite)
{
    auto t = find(transferId, Transfer::Direction::In);
    if (!t)
        return t.error();
    auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();
    TransferConfirmation c;
    c.transferId = t->transferId;
    c.number = t->number;
    c.fromCode = t->fromShop;
    c.toCode = t->toShop;
    c.toName = settings->shopName;
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT t.at, u.name FROM transfers t JOIN users u ON u.id = t.user_id "
                                          "WHERE t.transfer_id = :id AND t.direction = 'in'"));
    q.bind(QStringLiteral(":id"), transferId);
    if (auto done = q.exec(); !done)
        return done.error();
    if (q.next()) {
        c.receivedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        c.user = q.value(1).toString();
    }
    for (const TransferLineView& l : t->lines)
        c.lines << ConfirmationLine{l.lineNo, l.sku, l.sent, l.received.value_or(l.sent)};
    return TransferFile::write(path, TransferFile::toBytes(c), overwrite);
}

} // namespace ovop
