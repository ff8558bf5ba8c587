// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/sales/Till.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "models/audit/AuditLog.h"
#include "models/catalog/CatalogService.h"
#include "models/core/Percent.h"
#include "models/people/UserService.h"
#include "models/stock/BatchPicking.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

constexpr qint64 MaxQuantityMilli = 100000 * Quantity::Scale;

SaleItem saleItemOf(const Product& p)
{
    SaleItem item;
    item.productId = p.id;
    item.sku = p.sku;
    item.barcode = p.primaryBarcode();
    item.name = p.name;
    item.unit = p.unit;
    item.price = p.price;
    item.taxGroup = p.taxGroup;
    item.tracksBatches = p.tracksBatches;
    item.active = p.active;
    item.producerId = p.producerId;
    item.producerName = p.producerName;
    item.villageName = p.villageName;
    return item;
}

Discount discountFromJson(const QJsonObject& o)
{
    if (o.contains(QStringLiteral("percent_bp")))
        return Discount::percent(o.value(QStringLiteral("percent_bp")).toInt());
    if (o.contains(QStringLiteral("amount")))
        return Discount::fixed(Money::fromTyiyn(o.value(QStringLiteral("amount")).toInteger()));
    return {};
}

} // namespace

Till::Till(Database& db, Session actor, ShopSettings settings)
    : m_db(db), m_actor(std::move(actor)), m_settings(std::move(settings))
{
}

int Till::discountLimitBp(Role role) const
{
    switch (role) {
    case Role::Cashier:
        return m_settings.cashierDiscountLimitBp;
    case Role::Manager:
        return m_settings.managerDiscountLimitBp;
    case Role::Admin:
        return 10000;
    }
    return 0;
}

Status Till::checkQuantity(const SaleItem& item, Quantity quantity) const
{
    if (quantity.milli() <= 0)
        return Error::ofField(QStringLiteral("quantity"), tr("The quantity must be more than zero."));
    if (quantity.milli() > MaxQuantityMilli)
        return Error::ofField(QStringLiteral("quantity"), tr("The quantity is too large; check what was typed."));
    if (!Units::sellsInFractions(item.unit) && !quantity.isWhole())
        return Error::ofField(QStringLiteral("quantity"),
                              tr("%1 is sold in whole pieces: enter a whole number.").arg(item.name.in(m_actor.language)));
    return {};
}

Result<bool> Till::checkExpiry(const SaleItem& item, Quantity wanted, bool approvedBefore, const Approval* approval)
{
    if (!item.tracksBatches || approvedBefore)
        return approvedBefore;
    auto stock = BatchPicking(m_db).freshness(item.productId, m_db.now().date());
    if (!stock)
        return stock.error();
    if (stock->expired.milli() == 0 || wanted <= stock->fresh)
        return false;
    const QString what = tr("Selling %1 from the expired batch %2 (best before %3)")
                             .arg(item.name.in(m_actor.language), stock->firstExpiredBatch,
                                  stock->firstExpiredOn.toString(QStringLiteral("dd.MM.yyyy")));
    if (auto ok = check(m_actor.can(Permission::ApproveTill), 0, approval, QStringLiteral("expired_batch"), what); !ok)
        return ok.error();
    return true;
}

Result<int> Till::addItem(const SaleItem& item, Quantity quantity, const Approval* approval)
{
    if (!item.active)
        return Error{tr("%1 is archived and not for sale.").arg(item.name.in(m_actor.language)), item.sku};
    for (int i = 0; i < m_cart.lines.size(); ++i) {
        CartLine& line = m_cart.lines[i];
        if (line.item.productId != item.productId)
            continue;
        if (auto ok = checkQuantity(item, line.quantity + quantity); !ok)
            return ok.error();
        auto expired = checkExpiry(item, line.quantity + quantity, line.expiredApproved, approval);
        if (!expired)
            return expired.error();
        line.expiredApproved = expired.value();
        line.quantity = line.quantity + quantity;
        m_cart.lastTouched = i;
        return i;
    }
    if (auto ok = checkQuantity(item, quantity); !ok)
        return ok.error();
    auto expired = checkExpiry(item, quantity, false, approval);
    if (!expired)
        return expired.error();
    CartLine line;
    line.item = item;
    line.quantity = quantity;
    line.expiredApproved = expired.value();
    m_cart.lines.append(line);
    m_cart.lastTouched = int(m_cart.lines.size()) - 1;
    return m_cart.lastTouched;
}

Result<int> Till::addCode(const QString& code, Quantity quantity, const Approval* approval)
{
    const QString typed = code.trimmed();
    CatalogService catalog(m_db);
    auto found = catalog.lookupForSale(typed);
    if (!found)
        return found.error();
    if (found->has_value())
        return addItem(**found, quantity, approval);
    auto bySku = catalog.findBySku(typed);
    if (!bySku)
        return bySku.error();
    if (!bySku->has_value())
        return Error{tr("No product has the code %1. Check the code, or search by name.").arg(typed), {}, {},
                     ErrorKind::NotFound};
    return addItem(saleItemOf(**bySku), quantity, approval);
}

Result<int> Till::addProduct(const QString& productId, Quantity quantity, const Approval* approval)
{
    auto product = CatalogService(m_db).get(productId);
    if (!product)
        return product.error();
    return addItem(saleItemOf(*product), quantity, approval);
}

int Till::discountBp(int line, const Discount& discount) const
{
    if (discount.kind == Discount::Kind::Percent)
        return discount.basisPoints;
    if (discount.kind == Discount::Kind::None)
        return 0;
    Money base;
    if (line >= 0) {
        base = m_cart.lines[line].gross();
    } else {
        for (const CartLine& l : m_cart.lines)
            base += l.gross() - l.discount.of(l.gross());
    }
    if (base.tyiyn() <= 0)
        return 10001;
    // Rounded up, so that an amount just above the limit is not let through by rounding.
    return int((discount.amount.tyiyn() * 10000 + base.tyiyn() - 1) / base.tyiyn());
}

Status Till::audit(const Approval* approval, const QString& action, const QString& what)
{
    if (!approval)
        return {};
    const Status written = AuditLog(m_db).append(&approval->approver, QStringLiteral("till.approval"),
                                                 {{QStringLiteral("approver"), approval->approver.userName},
                                                  {QStringLiteral("for"), m_actor.userName},
                                                  {QStringLiteral("action"), action},
                                                  {QStringLiteral("what"), what},
                                                  {QStringLiteral("reason"), approval->reason}});
    if (written)
        m_cart.approvals.append(QJsonObject{{QStringLiteral("approver"), approval->approver.userName},
                                            {QStringLiteral("action"), action},
                                            {QStringLiteral("what"), what}});
    return written;
}

Status Till::check(bool allowedAlone, int discountBp, const Approval* approval, const QString& action,
                   const QString& what)
{
    if (allowedAlone)
        return {};
    if (!approval)
        return Error{tr("%1 needs a manager's approval.").arg(what), action, {}, ErrorKind::NeedsApproval};
    if (!approval->approver.can(Permission::ApproveTill))
        return Roles::refusal(Permission::ApproveTill);
    if (discountBp > discountLimitBp(approval->approver.role))
        return Error{tr("%1 is beyond what %2 may approve (%3).")
                         .arg(what, approval->approver.displayName(),
                              percentText(discountLimitBp(approval->approver.role), m_actor.language)),
                     action, {}, ErrorKind::Permission};
    return audit(approval, action, what);
}

Status Till::setQuantity(int line, Quantity quantity, const Approval* approval)
{
    if (line < 0 || line >= m_cart.lines.size())
        return Error{tr("There is no such line in the cart."), {}, {}, ErrorKind::NotFound};
    CartLine& l = m_cart.lines[line];
    if (auto ok = checkQuantity(l.item, quantity); !ok)
        return ok;
    const bool lower = quantity < l.quantity;
    const QString what = tr("Lowering the quantity of %1 from %2 to %3")
                             .arg(l.item.name.in(m_actor.language), l.quantity.format(m_actor.language),
                                  quantity.format(m_actor.language));
    if (auto ok = check(!lower || m_actor.can(Permission::ApproveTill), 0, approval, QStringLiteral("quantity"), what);
        !ok)
        return ok;
    l.quantity = quantity;
    m_cart.lastTouched = line;
    return {};
}

Status Till::removeLine(int line, const Approval* approval)
{
    if (line < 0 || line >= m_cart.lines.size())
        return Error{tr("There is no such line in the cart."), {}, {}, ErrorKind::NotFound};
    const CartLine& l = m_cart.lines[line];
    const QString what = tr("Removing %1 × %2 from the cart")
                             .arg(l.quantity.format(m_actor.language), l.item.name.in(m_actor.language));
    if (auto ok = check(m_actor.can(Permission::ApproveTill), 0, approval, QStringLiteral("remove_line"), what); !ok)
        return ok;
    m_cart.lines.removeAt(line);
    m_cart.lastTouched = std::min(line, int(m_cart.lines.size()) - 1);
    return {};
}

Status Till::setLineDiscount(int line, const Discount& discount, const Approval* approval)
{
    if (line < 0 || line >= m_cart.lines.size())
        return Error{tr("There is no such line in the cart."), {}, {}, ErrorKind::NotFound};
    const CartLine& l = m_cart.lines[line];
    if (discount.kind == Discount::Kind::Percent && (discount.basisPoints <= 0 || discount.basisPoints > 10000))
        return Error::ofField(QStringLiteral("discount"), tr("A discount is more than 0% and at most 100%."));
    if (discount.kind == Discount::Kind::Amount && (discount.amount.tyiyn() <= 0 || discount.amount > l.gross()))
        return Error::ofField(QStringLiteral("discount"), tr("The discount must be more than zero and at most what "
                                                             "the line costs (%1).")
                                                              .arg(l.gross().format(m_actor.language)));
    const int bp = discountBp(line, discount);
    const QString what = tr("A discount of %1 on %2")
                             .arg(percentText(bp, m_actor.language), l.item.name.in(m_actor.language));
    if (auto ok = check(bp <= discountLimitBp(m_actor.role), bp, approval, QStringLiteral("line_discount"), what);
        !ok)
        return ok;
    m_cart.lines[line].discount = discount;
    m_cart.lastTouched = line;
    return {};
}

Status Till::setCartDiscount(const Discount& discount, const Approval* approval)
{
    if (m_cart.isEmpty() && !discount.isNone())
        return Error{tr("The cart is empty: scan the goods first, then give the discount.")};
    Money subtotal;
    for (const CartLine& l : m_cart.lines)
        subtotal += l.gross() - l.discount.of(l.gross());
    if (discount.kind == Discount::Kind::Percent && (discount.basisPoints <= 0 || discount.basisPoints > 10000))
        return Error::ofField(QStringLiteral("discount"), tr("A discount is more than 0% and at most 100%."));
    if (discount.kind == Discount::Kind::Amount && (discount.amount.tyiyn() <= 0 || discount.amount > subtotal))
        return Error::ofField(QStringLiteral("discount"), tr("The discount must be more than zero and at most the "
                                                             "cart's total (%1).")
                                                              .arg(subtotal.format(m_actor.language)));
    const int bp = discountBp(-1, discount);
    const QString what = tr("A discount of %1 on the whole cart").arg(percentText(bp, m_actor.language));
    if (auto ok = check(bp <= discountLimitBp(m_actor.role), bp, approval, QStringLiteral("cart_discount"), what);
        !ok)
        return ok;
    m_cart.discount = discount;
    return {};
}

Status Till::overridePrice(int line, Money price, const Approval* approval)
{
    if (line < 0 || line >= m_cart.lines.size())
        return Error{tr("There is no such line in the cart."), {}, {}, ErrorKind::NotFound};
    if (price.tyiyn() <= 0)
        return Error::ofField(QStringLiteral("price"), tr("The price must be more than zero."));
    const CartLine& l = m_cart.lines[line];
    const QString what = tr("A price of %1 instead of %2 for %3")
                             .arg(price.format(m_actor.language), l.item.price.format(m_actor.language),
                                  l.item.name.in(m_actor.language));
    if (auto ok = check(m_actor.can(Permission::ApproveTill), 0, approval, QStringLiteral("price_override"), what);
        !ok)
        return ok;
    if (price == m_cart.lines[line].item.price)
        m_cart.lines[line].priceOverride.reset();
    else
        m_cart.lines[line].priceOverride = price;
    m_cart.lastTouched = line;
    return {};
}

Status Till::voidCart(const Approval* approval)
{
    if (m_cart.isEmpty())
        return {};
    const CartTotals t = totals();
    const QString what =
        tr("Voiding the cart of %n line(s), %1", "", int(m_cart.lines.size())).arg(t.total.format(m_actor.language));
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    if (auto ok = check(m_actor.can(Permission::ApproveTill), 0, approval, QStringLiteral("void"), what); !ok)
        return ok;
    if (auto ok = AuditLog(m_db).append(&m_actor, QStringLiteral("sale.void"),
                                        {{QStringLiteral("cart"), m_cart.toJson()},
                                         {QStringLiteral("total"), t.total.tyiyn()}});
        !ok)
        return ok;
    if (auto ok = unit.commit(); !ok)
        return ok;
    m_cart = {};
    return {};
}

Result<Approval> Till::approve(const QString& userName, const QString& pin, const QString& reason)
{
    if (userName.trimmed().compare(m_actor.userName, Qt::CaseInsensitive) == 0 &&
        !m_actor.can(Permission::ApproveTill))
        return Error{tr("A cashier cannot approve their own sale: ask a manager."), {}, {}, ErrorKind::Permission};
    auto approver = UserService(m_db).confirmPin(userName.trimmed(), pin);
    if (!approver)
        return approver.error();
    if (!approver->can(Permission::ApproveTill))
        return Error{tr("%1 is not a manager and cannot approve this.").arg(approver->displayName()), {}, {},
                     ErrorKind::Permission};
    return Approval{approver.value(), reason.trimmed()};
}

Result<QString> Till::park(const QString& label)
{
    if (m_cart.isEmpty())
        return Error{tr("The cart is empty: there is nothing to park.")};
    const QString id = m_db.newId();
    SqlQuery q(m_db.sql(), QStringLiteral("INSERT INTO parked_carts (id, user_id, parked_at, label, cart, created_at, "
                                          "origin_shop, origin_device) VALUES (:id, :user, :at, :label, :cart, :at, "
                                          ":shop, :device)"));
    q.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":user"), m_actor.userId)
        .bind(QStringLiteral(":at"), m_db.storedNow())
        .bind(QStringLiteral(":label"), SqlQuery::text(label.trimmed().left(60)))
        .bind(QStringLiteral(":cart"),
              QString::fromUtf8(QJsonDocument(m_cart.toJson()).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":shop"), m_db.origin().shopCode)
        .bind(QStringLiteral(":device"), m_db.origin().deviceId);
    if (auto done = q.exec(); !done)
        return done.error();
    m_cart = {};
    return id;
}

Result<QList<ParkedCart>> Till::parked() const
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT c.id, c.parked_at, u.name, c.label, c.cart FROM parked_carts c "
                                          "JOIN users u ON u.id = c.user_id WHERE c.origin_shop = :shop AND "
                                          "c.origin_device = :device ORDER BY c.seq"));
    q.bind(QStringLiteral(":shop"), m_db.origin().shopCode).bind(QStringLiteral(":device"), m_db.origin().deviceId);
    if (auto done = q.exec(); !done)
        return done.error();
    QList<ParkedCart> out;
    while (q.next()) {
        ParkedCart c;
        c.id = q.value(0).toString();
        c.parkedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        c.userName = q.value(2).toString();
        c.label = q.value(3).toString();
        const QJsonArray lines =
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object().value(QStringLiteral("lines")).toArray();
        c.lines = int(lines.size());
        out << c;
    }
    if (auto done = q.finished(); !done)
        return done.error();
    return out;
}

Status Till::recall(const QString& parkedId)
{
    if (!m_cart.isEmpty())
        return Error{tr("Finish or park the current cart before recalling another.")};
    Transaction unit(m_db.sql());
    if (!unit.isActive())
        return unit.beginError();
    SqlQuery read(m_db.sql(), QStringLiteral("SELECT cart, user_id FROM parked_carts WHERE id = :id AND origin_shop = "
                                             ":shop AND origin_device = :device"));
    read.bind(QStringLiteral(":id"), parkedId)
        .bind(QStringLiteral(":shop"), m_db.origin().shopCode)
        .bind(QStringLiteral(":device"), m_db.origin().deviceId);
    if (auto done = read.exec(); !done)
        return done;
    if (!read.next())
        return Error{tr("The parked cart was not found; it may have been recalled on another till."), {}, {},
                     ErrorKind::NotFound};
    // A cart keeps the discounts and prices approved for the cashier who parked it: another cashier
    // takes it over only with a manager at the till.
    if (read.value(1).toString() != m_actor.userId && !m_actor.can(Permission::ApproveTill))
        return Error{tr("This cart was parked by another cashier: they recall it, or a manager does."),
                     {},
                     {},
                     ErrorKind::Permission};
    const QJsonObject json = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    SqlQuery remove(m_db.sql(), QStringLiteral("DELETE FROM parked_carts WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), parkedId);
    if (auto done = remove.exec(); !done)
        return done;
    Cart cart;
    QStringList leftOut;
    for (const QJsonValue& v : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        auto product = CatalogService(m_db).get(o.value(QStringLiteral("product_id")).toString());
        if (!product) {
            if (product.error().kind != ErrorKind::NotFound)
                return product.error();
            leftOut << o.value(QStringLiteral("code")).toString();
            continue;
        }
        if (!product->active) {
            leftOut << product->displayName(m_actor.language);
            continue;
        }
        CartLine line;
        line.item = saleItemOf(*product);
        line.quantity = Quantity::fromMilli(o.value(QStringLiteral("quantity_milli")).toInteger());
        if (auto ok = checkQuantity(line.item, line.quantity); !ok)
            return ok;
        if (o.contains(QStringLiteral("price_override")))
            line.priceOverride = Money::fromTyiyn(o.value(QStringLiteral("price_override")).toInteger());
        line.discount = discountFromJson(o.value(QStringLiteral("discount")).toObject());
        line.expiredApproved = o.value(QStringLiteral("expired_approved")).toBool();
        cart.lines << line;
    }
    cart.discount = discountFromJson(json.value(QStringLiteral("discount")).toObject());
    cart.lastTouched = int(cart.lines.size()) - 1;
    if (auto done = unit.commit(); !done)
        return done;
    m_cart = cart;
    if (!leftOut.isEmpty())
        return Error{tr("Recalled without what is no longer for sale: %1.").arg(leftOut.join(QStringLiteral(", "))),
                     {}, {}, ErrorKind::NotFound};
    return {};
}

} // namespace ovop
