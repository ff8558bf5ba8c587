// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/stock/TransferService.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

#include "models/audit/AuditLog.h"
#include "models/people/Session.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/BatchPicking.h"
#include "models/stock/DocumentNumbers.h"
#include "models/stock/StockLedger.h"
#include "models/stock/StockLookup.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

using Direction = Transfer::Direction;
using State = Transfer::State;

const QString ListSql =
    QStringLiteral("SELECT t.transfer_id, t.direction, t.number, t.from_shop, t.to_shop, t.sent_at, t.file_sha256, "
                   "sum(l.sent), count(r.line_no), coalesce(sum(r.received), 0), "
                   "coalesce(sum(CASE WHEN r.received <> l.sent THEN 1 ELSE 0 END), 0) FROM transfers t "
                   "JOIN transfer_lines l ON l.transfer_id = t.transfer_id AND l.direction = t.direction "
                   "LEFT JOIN transfer_receipts r ON r.transfer_id = l.transfer_id AND r.direction = l.direction AND "
                   "r.line_no = l.line_no ");

Transfer transferFrom(const SqlQuery& q)
{
    Transfer t;
    t.transferId = q.value(0).toString();
    t.direction = q.value(1).toString() == QLatin1String("in") ? Direction::In : Direction::Out;
    t.number = q.value(2).toString();
    t.fromShop = q.value(3).toString();
    t.toShop = q.value(4).toString();
    t.sentAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    t.fileSha256 = q.value(6).toString();
    t.sent = Quantity::fromMilli(q.value(7).toLongLong());
    const int receipts = q.value(8).toInt();
    t.received = Quantity::fromMilli(q.value(9).toLongLong());
    t.differences = q.value(10).toInt();
    t.state = receipts == 0 ? State::Sent : t.differences > 0 ? State::ReceivedWithDifferences : State::Received;
    return t;
}

} // namespace

QString Transfer::directionKey(Direction direction)
{
    return direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
}

QString Transfer::stateKey(State state)
{
    switch (state) {
    case State::Received:
        return QStringLiteral("received");
    case State::ReceivedWithDifferences:
        return QStringLiteral("received_with_differences");
    case State::Sent:
        break;
    }
    return QStringLiteral("sent");
}

QString Transfer::stateText(State state)
{
    switch (state) {
    case State::Received:
        return TransferService::tr("received");
    case State::ReceivedWithDifferences:
        return TransferService::tr("received with differences");
    case State::Sent:
        break;
    }
    return TransferService::tr("sent");
}

TransferService::TransferService(Database& db) : m_db(db) {}

Result<Transfer> TransferService::send(const Session& actor, const QString& toShop, const QList<TransferItem>& items,
                                       const QString& path, bool overwrite)
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    const QString to = toShop.trimmed().toUpper();
    static const QRegularExpression shopCode(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,31}$"));
    if (!shopCode.match(to).hasMatch())
        return Error::ofField(QStringLiteral("to_shop"),
                              to.isEmpty() ? tr("Name the shop the goods go to by its code, like KAR-1.")
                                           : tr("%1 is not a shop code: a shop code is like KAR-1.").arg(toShop));
    if (to.compare(m_db.origin().shopCode, Qt::CaseInsensitive) == 0)
        return Error::ofField(QStringLiteral("to_shop"),
                              tr("The goods cannot be sent to this shop itself (%1).").arg(m_db.origin().shopCode));
    if (items.isEmpty())
        return Error{tr("Choose what to send: at least one product and its quantity.")};
    if (path.trimmed().isEmpty())
        return Error::ofField(QStringLiteral("file"), tr("Choose where to save the transfer file."));
    auto settings = SettingsService(m_db).load();
    if (!settings)
        return settings.error();

    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();

    // The products and quantities asked for, the same product named twice added up, in order.
    QList<StockProduct> products;
    QList<Quantity> quantities;
    for (const TransferItem& item : items) {
        auto product =
            item.productId.isEmpty() ? StockLookup::byCode(m_db, item.code) : StockLookup::byId(m_db, item.productId);
        if (!product)
            return product.error();
        if (item.quantity.milli() <= 0)
            return Error::ofField(
                QStringLiteral("quantity"),
                tr("The quantity of %1 sent must be more than zero.").arg(product->name.in(actor.language)));
        const auto same = std::find_if(products.cbegin(), products.cend(),
                                       [&](const StockProduct& p) { return p.id == product->id; });
        if (same != products.cend()) {
            quantities[same - products.cbegin()] = quantities.at(same - products.cbegin()) + item.quantity;
            continue;
        }
        products << product.value();
        quantities << item.quantity;
    }

    Transfer t;
    t.transferId = m_db.newId();
    t.direction = Direction::Out;
    t.fromShop = m_db.origin().shopCode;
    t.toShop = to;
    t.sentAt = m_db.now();
    auto number = DocumentNumbers::take(m_db, unit, DocumentNumbers::Kind::Transfer, t.transferId);
    if (!number)
        return number.error();
    t.number = number.value();

    TransferDocument doc;
    doc.transferId = t.transferId;
    doc.number = t.number;
    doc.fromCode = t.fromShop;
    doc.fromName = settings->shopName;
    doc.toCode = to;
    doc.sentAt = t.sentAt;
    doc.user = actor.userName;
    for (int i = 0; i < products.size(); ++i) {
        const StockProduct& p = products.at(i);
        const QString name = p.name.in(actor.language);
        auto pick =
            BatchPicking(m_db).takeByExpiry(p.id, quantities.at(i), t.sentAt.date(), BatchPicking::Shortfall::Refused);
        if (!pick)
            return pick.error();
        const Quantity total = pick->available;
        if (quantities.at(i) > total)
            return Error::ofField(QStringLiteral("quantity"), total.isZero()
                                                                  ? tr("There is no %1 in stock to send.").arg(name)
                                                                  : tr("Only %1 of %2 is in stock: %3 cannot be sent.")
                                                                        .arg(total.format(actor.language), name,
                                                                             quantities.at(i).format(actor.language)));
        for (const BatchTake& take : pick->takes) {
            TransferFileLine line;
            line.lineNo = int(doc.lines.size()) + 1;
            line.productId = p.id;
            line.sku = p.sku;
            line.barcode = p.barcode;
            line.name = p.name;
            line.batch = take.batch;
            line.expiresOn = take.expiresOn;
            line.quantity = take.quantity;
            line.unit = Units::key(p.unit);
            doc.lines << line;
        }
    }

    QString sha256;
    const QByteArray bytes = TransferFile::toBytes(doc, &sha256);
    t.fileSha256 = sha256;
    const QString at = m_db.storedNow();
    SqlQuery insert(m_db.sql(), QStringLiteral("INSERT INTO transfers (transfer_id, direction, number, from_shop, "
                                               "to_shop, sent_at, file_sha256, at, user_id, created_at, origin_shop, "
                                               "origin_device) VALUES (:id, 'out', :number, :from, :to, :sent, :sha, "
                                               ":at, :user, :at, :shop, :device)"));
    insert.bind(QStringLiteral(":id"), t.transferId)
        .bind(QStringLiteral(":number"), t.number)
        .bind(QStringLiteral(":from"), t.fromShop)
        .bind(QStringLiteral(":to"), t.toShop)
        .bind(QStringLiteral(":sent"), storedTime(t.sentAt))
        .bind(QStringLiteral(":sha"), sha256)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":shop"), SqlQuery::text(m_db.origin().shopCode))
        .bind(QStringLiteral(":device"), SqlQuery::text(m_db.origin().deviceId));
    if (auto done = insert.exec(); !done)
        return done.error();
    StockLedger ledger(m_db);
    SqlQuery line(m_db.sql(), QStringLiteral("INSERT INTO transfer_lines (transfer_id, direction, line_no, product_id, "
                                             "sku, batch, expires_on, sent) VALUES (:id, 'out', :n, :p, :sku, :batch, "
                                             ":expires, :sent)"));
    for (const TransferFileLine& l : doc.lines) {
        line.bind(QStringLiteral(":id"), t.transferId)
            .bind(QStringLiteral(":n"), l.lineNo)
            .bind(QStringLiteral(":p"), l.productId)
            .bind(QStringLiteral(":sku"), l.sku)
            .bind(QStringLiteral(":batch"), SqlQuery::text(l.batch))
            .bind(QStringLiteral(":expires"),
                  l.expiresOn.isValid() ? QVariant(l.expiresOn.toString(Qt::ISODate)) : QVariant())
            .bind(QStringLiteral(":sent"), l.quantity.milli());
        if (auto done = line.exec(); !done)
            return done.error();
        MovementLine m;
        m.productId = l.productId;
        m.quantity = -l.quantity;
        m.kind = StockMovement::Kind::TransferOut;
        m.documentId = t.transferId;
        m.documentLine = l.lineNo;
        m.batch = l.batch;
        m.expiresOn = l.expiresOn;
        m.reason = tr("Transfer %1 to %2").arg(t.number, to);
        if (auto recorded = ledger.record(unit, actor, m); !recorded)
            return Error{recorded.message(), l.sku, recorded.problems(), recorded.error().kind};
        t.sent = t.sent + l.quantity;
        t.lines << TransferLineView{l.lineNo, l.productId, l.sku, l.name, l.batch, l.expiresOn, l.quantity, {}};
    }
    if (auto done = AuditLog(m_db).append(&actor, QStringLiteral("transfer.out"),
                                          {{QStringLiteral("transfer_id"), t.transferId},
                                           {QStringLiteral("number"), t.number},
                                           {QStringLiteral("to_shop"), to},
                                           {QStringLiteral("lines"), int(doc.lines.size())},
                                           {QStringLiteral("quantity_milli"), t.sent.milli()},
                                           {QStringLiteral("sha256"), sha256}});
        !done)
        return done.error();

    // The file first: a transfer is recorded only with its file written, and a file whose transfer
    // could not be recorded is taken back.
    const bool existed = QFile::exists(path);
    if (auto written = TransferFile::write(path, bytes, overwrite); !written)
        return written.error();
    if (auto done = unit.commit(); !done) {
        if (!existed)
            QFile::remove(path);
        return done.error();
    }
    return t;
}

Result<QList<Transfer>> TransferService::list(const Session& actor) const
{
    if (!actor.can(Permission::ManageStock))
        return Roles::refusal(Permission::ManageStock);
    SqlQuery q(m_db.sql(), ListSql + QStringLiteral("GROUP BY t.seq ORDER BY t.seq DESC"));
    if (auto done = q.exec(); !done)
        return done.error();
    QList<Transfer> out;
    while (q.next())
        out << transferFrom(q);
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Result<Transfer> TransferService::find(const QString& transferId, Transfer::Direction direction) const
{
    SqlQuery q(m_db.sql(), ListSql + QStringLiteral("WHERE t.transfer_id = :id AND t.direction = :d GROUP BY t.seq"));
    q.bind(QStringLiteral(":id"), transferId).bind(QStringLiteral(":d"), Transfer::directionKey(direction));
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return Error{tr("The transfer was not found."), transferId, {}, ErrorKind::NotFound};
    Transfer t = transferFrom(q);
    SqlQuery lines(m_db.sql(), QStringLiteral("SELECT l.line_no, l.product_id, l.sku, p.name_ky, p.name_ru, p.name_en, "
                                              "l.batch, l.expires_on, l.sent, r.received FROM transfer_lines l "
                                              "JOIN products p ON p.id = l.product_id LEFT JOIN transfer_receipts r "
                                              "ON r.transfer_id = l.transfer_id AND r.direction = l.direction AND "
                                              "r.line_no = l.line_no WHERE l.transfer_id = :id AND l.direction = :d "
                                              "ORDER BY l.line_no"));
    lines.bind(QStringLiteral(":id"), transferId).bind(QStringLiteral(":d"), Transfer::directionKey(direction));
    if (auto done = lines.exec(); !done)
        return done.error();
    while (lines.next()) {
        TransferLineView l;
        l.lineNo = lines.value(0).toInt();
        l.productId = lines.value(1).toString();
        l.sku = lines.value(2).toString();
        l.name = {lines.value(3).toString(), lines.value(4).toString(), lines.value(5).toString()};
        l.batch = lines.value(6).toString();
        l.expiresOn = QDate::fromString(lines.value(7).toString(), Qt::ISODate);
        l.sent = Quantity::fromMilli(lines.value(8).toLongLong());
        if (!lines.value(9).isNull())
            l.received = Quantity::fromMilli(lines.value(9).toLongLong());
        t.lines << l;
    }
    if (auto done = lines.finished(); !done)
        return done.error();
    return t;
}

} // namespace ovop
