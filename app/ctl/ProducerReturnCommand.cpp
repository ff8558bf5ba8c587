// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl producer return and producer commission: goods given back to a producer, and the
// producer's commission per category of goods.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "ProducerMoney.h"
#include "TextTable.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Decimal.h"
#include "models/payouts/CommissionService.h"
#include "models/payouts/ProducerDocuments.h"
#include "models/payouts/ProducerReturnService.h"
#include "models/settings/ShopSettings.h"
#include "ui/documents/ProducerDocumentRenderer.h"

namespace ovop::ctl {

namespace {

QString percentText(int basisPoints, const QString& language)
{
    return decimal::format(basisPoints, 2, 0, language, false) + QLatin1Char('%');
}

} // namespace

int returnToProducer(Context& ctx)
{
    const QString usage = Ctl::tr("Usage: ovopctl producer return PRODUCER --item CODE:QTY [--item CODE:QTY...] "
                                  "[--note TEXT] [--pdf FILE [--force]] [--json]\n"
                                  "Gives unsold goods back to their producer: CODE is a SKU or a barcode, QTY how "
                                  "many; the first-expiring batches go first. The PDF is the document both sign.");
    QStringList items;
    QString note, pdf;
    if (!ctx.takeOptions(QStringLiteral("--item"), items) || !ctx.takeOption(QStringLiteral("--note"), note) ||
        !ctx.takeOption(QStringLiteral("--pdf"), pdf))
        return Usage;
    const Overwrite overwrite = ctx.takeOverwrite();
    if (ctx.args.size() != 1 || items.isEmpty())
        return ctx.usage(usage);
    struct Asked
    {
        QString code;
        Quantity quantity;
    };
    QList<Asked> asked;
    for (const QString& text : items) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return ctx.usage(Ctl::tr("\"%1\" is not CODE:QTY, for example FLT-001:2.").arg(text));
        auto quantity = Quantity::parse(text.mid(colon + 1));
        if (!quantity)
            return ctx.usage(Ctl::tr("\"%1\": %2").arg(text, quantity.message()));
        asked << Asked{text.left(colon).trimmed(), quantity.value()};
    }
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        auto producer = ProducerService(db).get(actor, ctx.args.first());
        if (!producer)
            return ctx.refuse(producer.error());
        CatalogService catalog(db);
        QList<ProducerReturnService::Line> lines;
        for (const Asked& a : asked) {
            auto product = catalog.findBySku(a.code);
            if (product && !product->has_value())
                product = catalog.findByBarcode(a.code);
            if (!product)
                return ctx.refuse(product.error());
            if (!product->has_value())
                return ctx.refuse(Ctl::tr("No product has the code %1.").arg(a.code));
            lines << ProducerReturnService::Line{product->value().id, a.quantity};
        }
        auto done = ProducerReturnService(db).giveBack(actor, producer->id, lines, note);
        if (!done)
            return ctx.refuse(done.error());
        if (!pdf.isEmpty()) {
            auto settings = SettingsService(db).load();
            if (!settings)
                return ctx.refuse(settings.error());
            const QString language = ctx.languageGiven ? ctx.language : settings->receiptLanguage;
            const PrintedDocument doc = ProducerDocuments::producerReturn(done.value(), settings.value(), language);
            if (auto written = ui::ProducerDocumentRenderer::writePdf(pdf, doc, overwrite); !written)
                return ctx.refuse(Ctl::tr("Return %1 is recorded, but its document was not written: %2")
                                      .arg(done->number, written.message()));
        }
        if (ctx.json) {
            ctx.printJson(producerReturnJson(done.value()));
            return Ok;
        }
        ctx.out << Ctl::tr("Return %1 to %2: %n line(s).", nullptr, int(done->lines.size()))
                       .arg(done->number, done->producerName)
                << Qt::endl;
        return Ok;
    });
}

int producerCommission(Context& ctx)
{
    const QString usage = Ctl::tr("Usage: ovopctl producer commission PRODUCER [--category KEY (--rate PERCENT | "
                                  "--clear)] [--json]\n"
                                  "Shows the producer's commission and its rates per category; sets a category's "
                                  "rate (25 or 12.5 for percent) or clears it so that the producer's rate applies.");
    QString category, rate;
    if (!ctx.takeOption(QStringLiteral("--category"), category) || !ctx.takeOption(QStringLiteral("--rate"), rate))
        return Usage;
    const bool clear = ctx.takeFlag(QStringLiteral("--clear"));
    const bool change = !rate.isEmpty() || clear;
    if (ctx.args.size() != 1 || (change && category.isEmpty()) || (!rate.isEmpty() && clear) ||
        (!category.isEmpty() && !change))
        return ctx.usage(usage);
    int basisPoints = 0;
    if (!rate.isEmpty()) {
        const decimal::Parsed parsed = decimal::parse(rate.trimmed().remove(QLatin1Char('%')), 2, false);
        if (parsed.error != decimal::ParseError::None || parsed.scaled > 10000)
            return ctx.usage(
                Ctl::tr("\"%1\" is not a rate: give a percentage from 0 to 100, such as 25 or 12.5.").arg(rate));
        basisPoints = int(parsed.scaled);
    }
    return ctx.withLogin(change ? Access::Change : Access::Read, [&](Database& db, const Session& actor) -> int {
        auto producer = ProducerService(db).get(actor, ctx.args.first());
        if (!producer)
            return ctx.refuse(producer.error());
        CommissionService commission(db);
        if (change) {
            const Status done = clear ? commission.clear(actor, producer->id, category)
                                      : commission.set(actor, producer->id, category, basisPoints);
            if (!done)
                return ctx.refuse(done.message());
        }
        auto overrides = commission.overrides(producer->id);
        if (!overrides)
            return ctx.refuse(overrides.error());
        if (ctx.json) {
            QJsonObject categories;
            for (const CommissionOverride& o : overrides.value())
                categories.insert(o.categoryKey, o.basisPoints);
            ctx.printJson(QJsonObject{{QStringLiteral("producer"), producer->code},
                                      {QStringLiteral("commission_bp"), producer->commissionBasisPoints},
                                      {QStringLiteral("categories"), categories}});
            return Ok;
        }
        ctx.out << Ctl::tr("%1 (%2): commission %3")
                       .arg(producer->name, producer->code, percentText(producer->commissionBasisPoints, ctx.language))
                << Qt::endl;
        for (const CommissionOverride& o : overrides.value())
            ctx.out << "  " << o.categoryKey << ": " << percentText(o.basisPoints, ctx.language) << Qt::endl;
        return Ok;
    });
}

} // namespace ovop::ctl
