// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/people/Session.h"
#include "models/sales/Cart.h"
#include "models/settings/ShopSettings.h"

namespace ovop {

class Database;

// A manager's yes, given on the cashier's till with the manager's PIN (Till::approve). The action
// it is given for writes a till.approval audit entry: who approved, for whom, what, and why.
struct Approval
{
    Session approver;
    QString reason; // why, as the cashier or the manager typed it; may be empty
};

// A cart put aside (Alt+*) and recalled later (F5); kept in the database, so it survives a restart.
struct ParkedCart
{
    QString id;
    QDateTime parkedAt;
    QString userName;
    QString label;
    int lines = 0;
    Money total;
};

// The cart being sold on this till and every change a cashier makes to it, held to the cashier's
// limits: a discount up to the role's limit (settings), beyond it, a price override, removing a
// line or lowering its quantity, and voiding the cart need a manager's Approval from a cashier
// (ErrorKind::NeedsApproval says so; the message says what is to be approved). A manager or an
// administrator approves their own changes, up to their limit (an administrator's has none).
// Nothing here writes a sale: SaleService::commit does, from the cart.
class Till
{
    Q_DECLARE_TR_FUNCTIONS(Till)

public:
    Till(Database& db, Session actor, ShopSettings settings);

    const Session& actor() const { return m_actor; }
    const ShopSettings& settings() const { return m_settings; }
    void setSettings(const ShopSettings& settings) { m_settings = settings; }
    const Cart& cart() const { return m_cart; }
    CartTotals totals() const { return m_cart.totals(m_settings.tax); }

    // A scanned or typed barcode or SKU: a new line, or one more of the line with the same
    // product (merged into it). The line's index; NotFound when no product has the code (the cart
    // stays as it was); refused for an archived product. Goods kept by batch whose fresh stock does
    // not cover the cart while expired batches are on hand need a manager's approval (the sale then
    // takes from the expired batches; otherwise first expiring first among the fresh ones).
    Result<int> addCode(const QString& code, Quantity quantity = Quantity::fromUnits(1),
                        const Approval* approval = nullptr);
    // A product picked from a search.
    Result<int> addProduct(const QString& productId, Quantity quantity = Quantity::fromUnits(1),
                           const Approval* approval = nullptr);

    Status setQuantity(int line, Quantity quantity, const Approval* approval = nullptr);
    Status removeLine(int line, const Approval* approval = nullptr);
    Status setLineDiscount(int line, const Discount& discount, const Approval* approval = nullptr);
    Status setCartDiscount(const Discount& discount, const Approval* approval = nullptr);
    Status overridePrice(int line, Money price, const Approval* approval = nullptr);
    // Empties the cart; audited (sale.void) with what was in it.
    Status voidCart(const Approval* approval = nullptr);
    // Empties the cart after its sale was committed.
    void clear() { m_cart = {}; }

    // The largest discount a role may give on its own (basis points).
    int discountLimitBp(Role role) const;

    // A manager's approval from their PIN, typed on this till. Counted and locked like a login;
    // refused for a user who may not approve, and for the cashier themself.
    Result<Approval> approve(const QString& userName, const QString& pin, const QString& reason);

    // Parks the cart (refused when it is empty) and empties it.
    Result<QString> park(const QString& label = {});
    Result<QList<ParkedCart>> parked() const;
    // Brings a parked cart back (refused while the current cart has lines); its products are read
    // again, so an archived product is left out with a message.
    Status recall(const QString& parkedId);

private:
    Status check(bool allowedAlone, int discountBp, const Approval* approval, const QString& action,
                 const QString& what);
    Status audit(const Approval* approval, const QString& action, const QString& what);
    Result<int> addItem(const SaleItem& item, Quantity quantity, const Approval* approval);
    // Refuses, without an approval, more of a product kept by batch than its fresh stock while
    // expired batches are on hand. True when the line may now take from expired batches.
    Result<bool> checkExpiry(const SaleItem& item, Quantity wanted, bool approvedBefore, const Approval* approval);
    Status checkQuantity(const SaleItem& item, Quantity quantity) const;
    int discountBp(int line, const Discount& discount) const;

    Database& m_db;
    Session m_actor;
    ShopSettings m_settings;
    Cart m_cart;
};

} // namespace ovop
