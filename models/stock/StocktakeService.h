// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/catalog/LocalizedText.h"
#include "models/catalog/Product.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"
#include "models/core/Result.h"

namespace ovop {

class Database;
struct Session;

// A count of the goods of the whole shop, of one category or of one producer's goods.
struct Stocktake
{
    enum class Scope { Shop, Category, Producer };
    enum class State { Open, Posted, Cancelled };

    QString id;
    QString number; // "BIS-1-T1-STK-000001"
    Scope scope = Scope::Shop;
    QString scopeId;   // the category's or the producer's id; empty for the whole shop
    QString scopeCode; // the category's key or the producer's code
    QString scopeName; // the category's name (in the reader's language) or the producer's name
    QDateTime startedAt;
    QString startedBy; // user name
    State state = State::Open;
    QDateTime closedAt;
    QString closedBy;
    QString approvedBy;

    static QString scopeKey(Scope scope); // "shop", "category", "producer"
    static QString stateKey(State state); // "open", "posted", "cancelled"
};

// One product in the scope of a count: what the shop holds, what was counted and what moved since.
struct StocktakeLine
{
    QString productId;
    QString sku;
    QString barcode;
    LocalizedText name;
    Unit unit = Unit::Piece;
    Money price;
    bool tracksBatches = false;
    Quantity expected;   // on hand now
    Quantity counted;    // the sum of its count entries
    Quantity sinceCount; // signed: what moved in or out (sales, returns...) after its first count entry
    bool wasCounted = false;

    // What posting writes: counted and what moved since, less what is on hand. An uncounted product
    // counts as zero.
    Quantity difference() const { return counted + sinceCount - expected; }
    Money value() const { return price.times(difference()); }
};

struct StocktakeView
{
    Stocktake stocktake;
    QList<StocktakeLine> lines; // by SKU
    int uncounted = 0;
    Money gains;  // value of the differences above zero
    Money losses; // value of the differences below zero (as a negative amount)
};

// The result of one count entry: the product and its counted total after the entry.
struct CountEntry
{
    QString productId;
    QString sku;
    LocalizedText name;
    QString batch;
    Quantity quantity;
    Quantity counted; // the product's total counted so far
};

struct StocktakePosting
{
    Stocktake stocktake;
    int movements = 0;
    Money value; // the sum of the differences' values
};

// Stocktakes: one open count per shop at a time. Anyone counts (Permission::CountStock), from any
// till at once: every entry is appended with the ledger's last movement at that moment, so that goods
// sold between counting and posting are not taken for a loss. Starting and cancelling need
// ManageStock; posting needs a manager's approval (the actor's own when they may manage stock).
class StocktakeService
{
    Q_DECLARE_TR_FUNCTIONS(StocktakeService)

public:
    explicit StocktakeService(Database& db);

    // scopeCode: the category's key or the producer's code; empty for the whole shop.
    Result<Stocktake> start(const Session& actor, Stocktake::Scope scope, const QString& scopeCode = {});
    // The open stocktake, if any.
    Result<std::optional<Stocktake>> current(const QString& language = QStringLiteral("ru")) const;
    // Adds a count of a product (barcode or SKU) to the open stocktake; a negative quantity takes back
    // a miscount, never below zero in total.
    Result<CountEntry> count(const Session& actor, const QString& code, Quantity quantity, const QString& batch = {});
    // The open stocktake with every product of its scope.
    Result<StocktakeView> show(const Session& actor) const;
    // Posts the open stocktake: one 'stocktake' movement per difference. approver: a user who may
    // manage stock, when the actor may not (null otherwise).
    Result<StocktakePosting> post(const Session& actor, const Session* approver = nullptr);
    Result<Stocktake> cancel(const Session& actor);

private:
    Result<StocktakeView> viewOf(const Stocktake& stocktake, const QString& language) const;

    Database& m_db;
};

} // namespace ovop
