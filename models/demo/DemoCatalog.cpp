// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/demo/DemoCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include "models/catalog/Barcode.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/people/Session.h"
#include "models/places/PlaceSeed.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"

namespace ovop {

namespace {

class DemoCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DemoCatalog)
};

// The demo data, embedded in the core library from resources/demo/catalog.json.
const QString DataFile = QStringLiteral(":/demo/catalog.json");

// The demo's producers and products have the same identity in every demo shop, as head office's
// register would give them.
QString demoId(const char* kind, const QString& code)
{
    static const QUuid space = QUuid::fromString(QStringLiteral("{6f1c2a9e-4b7d-5e21-9c3a-0d8e7f6a5b41}"));
    return QUuid::createUuidV5(space, QString::fromLatin1(kind) + QLatin1Char('/') + code)
        .toString(QUuid::WithoutBraces);
}

QDate monthsAgo(const QJsonObject& o, const QString& key, const QDate& today)
{
    return o.contains(key) ? today.addMonths(-o.value(key).toInt()) : QDate();
}

Producer producerOf(const QJsonObject& o, const QDate& today)
{
    Producer p;
    p.code = o.value(QStringLiteral("code")).toString();
    p.id = demoId("producer", p.code);
    p.name = o.value(QStringLiteral("name")).toString();
    p.kind = ProducerKinds::fromKey(o.value(QStringLiteral("kind")).toString()).value_or(Producer::Kind::Individual);
    p.villageId = PlaceSeed::villageId(o.value(QStringLiteral("village")).toString());
    p.phone = o.value(QStringLiteral("phone")).toString();
    p.members = o.value(QStringLiteral("members")).toInt(1);
    p.women = o.value(QStringLiteral("women")).toInt();
    p.womenLed = o.value(QStringLiteral("women_led")).toBool();
    p.terms = ProducerKinds::termsFromKey(o.value(QStringLiteral("terms")).toString()).value_or(Producer::Terms::Consignment);
    p.commissionBasisPoints = o.value(QStringLiteral("commission_bp")).toInt();
    p.paymentDetails = o.value(QStringLiteral("payment_details")).toString();
    p.fairPriceBasis = o.value(QStringLiteral("fair_price_basis")).toString();
    p.lastVisitDate = monthsAgo(o, QStringLiteral("visit_months_ago"), today);
    p.lastVisitResult = o.value(QStringLiteral("last_visit_result")).toString();
    p.followUp = o.value(QStringLiteral("follow_up")).toString();
    p.childLabourCheckDate = monthsAgo(o, QStringLiteral("child_labour_check_months_ago"), today);
    p.childLabourCheckResult = o.value(QStringLiteral("child_labour_check_result")).toString();
    p.materialsAndDyes = o.value(QStringLiteral("materials_and_dyes")).toString();
    p.environmentalPractice = o.value(QStringLiteral("environmental_practice")).toString();
    p.exemptSellerDocument = o.value(QStringLiteral("exempt_seller_document")).toString();
    p.certificateNumber = o.value(QStringLiteral("certificate_number")).toString();
    p.certificateDate = QDate::fromString(o.value(QStringLiteral("certificate_date")).toString(), Qt::ISODate);
    return p;
}

} // namespace

Status seedDemoCatalog(Database& db, const Session& actor)
{
    CatalogService catalog(db);
    ProductFilter everything;
    everything.state = ProductFilter::State::All;
    const auto existing = catalog.count(QString(), everything);
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return Error{DemoCatalog::tr("This database already has products; the demo catalogue goes into an empty "
                                     "catalogue only.")};
    QFile file(DataFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{DemoCatalog::tr("The demo catalogue is missing from this build."), file.errorString()};
    QJsonParseError parseError;
    const QJsonObject data = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{DemoCatalog::tr("The demo catalogue is damaged."), parseError.errorString()};

    const QDate today = db.now().date();
    ProducerService producers(db);
    for (const QJsonValue& value : data.value(QStringLiteral("producers")).toArray()) {
        auto saved = producers.save(actor, producerOf(value.toObject(), today), ProducerService::NewWithId::Keep);
        if (!saved)
            return Error{saved.message(), value.toObject().value(QStringLiteral("code")).toString()};
    }

    QList<Product> products;
    QList<Quantity> stock;
    qint64 inStore = 0;
    for (const QJsonValue& value : data.value(QStringLiteral("products")).toArray()) {
        const QJsonObject o = value.toObject();
        Product p;
        p.sku = o.value(QStringLiteral("sku")).toString();
        p.id = demoId("product", p.sku);
        const QString barcode = o.value(QStringLiteral("barcode")).toString();
        // Handmade goods carry no maker's barcode: they get the shop's own, from the in-store range.
        p.barcodes = {barcode == QLatin1String("in-store") ? Barcode::inStore(++inStore) : barcode};
        p.name = {o.value(QStringLiteral("name_ky")).toString(), o.value(QStringLiteral("name_ru")).toString(),
                  o.value(QStringLiteral("name_en")).toString()};
        p.category = o.value(QStringLiteral("category")).toString();
        p.unit = Units::fromKey(o.value(QStringLiteral("unit")).toString()).value_or(Unit::Piece);
        auto price = Money::parse(o.value(QStringLiteral("price")).toString());
        if (!price)
            return Error{price.message(), p.sku};
        p.price = price.value();
        p.producerCode = o.value(QStringLiteral("producer_code")).toString();
        p.materials = o.value(QStringLiteral("materials")).toString();
        p.story = {o.value(QStringLiteral("story_ky")).toString(), o.value(QStringLiteral("story_ru")).toString(),
                   o.value(QStringLiteral("story_en")).toString()};
        p.certificateNumber = o.value(QStringLiteral("certificate_number")).toString();
        p.certificateDate = QDate::fromString(o.value(QStringLiteral("certificate_date")).toString(), Qt::ISODate);
        p.tracksBatches = o.value(QStringLiteral("tracks_batches")).toBool();
        auto quantity = Quantity::parse(o.value(QStringLiteral("stock")).toString());
        if (!quantity)
            return Error{quantity.message(), p.sku};
        products << p;
        stock << quantity.value();
    }
    auto imported = catalog.applyImport(actor, products);
    if (!imported)
        return imported.error();

    StockLedger ledger(db);
    for (int i = 0; i < products.size(); ++i) {
        if (stock.at(i).isZero())
            continue;
        const auto found = catalog.findBySku(products.at(i).sku);
        if (!found)
            return found.error();
        const std::optional<Product>& product = found.value();
        if (!product)
            return Error{DemoCatalog::tr("The demo catalogue could not be stored."), products.at(i).sku};
        auto received = ledger.receive(actor, product->id, stock.at(i),
                                       DemoCatalog::tr("Opening stock from %1").arg(product->producerName));
        if (!received)
            return received.error();
    }
    return {};
}

} // namespace ovop
