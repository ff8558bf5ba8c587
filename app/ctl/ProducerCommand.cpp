// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl producer list|import|export: the producer register and its due-diligence record.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "ImportReport.h"
#include "ProducerMoney.h"
#include "TextTable.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Decimal.h"
#include "models/exchange/CatalogExport.h"
#include "models/exchange/CsvColumns.h"
#include "models/exchange/ProducerImport.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "producer list [--overdue] [--search TEXT] [--all|--archived] [--json] | "
                             "import FILE [--dry-run] | export FILE [--semicolon] [--force] | "
                             "return PRODUCER --item CODE:QTY... [--note TEXT] [--pdf FILE [--force]] [--json] | "
                             "commission PRODUCER [--category KEY (--rate PERCENT | --clear)] [--json]";

QJsonObject producerJson(const Producer& p, const QString& language, const QDate& today)
{
    return QJsonObject{{QStringLiteral("code"), p.code},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("kind"), ProducerKinds::key(p.kind)},
                       {QStringLiteral("village"), p.villageName.in(language)},
                       {QStringLiteral("district"), p.districtName.in(language)},
                       {QStringLiteral("oblast"), p.oblastName.in(language)},
                       {QStringLiteral("phone"), p.phone},
                       {QStringLiteral("members"), p.members},
                       {QStringLiteral("women"), p.women},
                       {QStringLiteral("women_members"), p.women},
                       {QStringLiteral("women_led"), p.womenLed},
                       {QStringLiteral("terms"), ProducerKinds::termsKey(p.terms)},
                       {QStringLiteral("commission_bp"), p.commissionBasisPoints},
                       {QStringLiteral("last_visit_date"), CsvColumns::formatDate(p.lastVisitDate)},
                       {QStringLiteral("last_visit"),
                        p.lastVisitDate.isValid() ? QJsonValue(p.lastVisitDate.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("overdue"), p.visitOverdue(today)},
                       {QStringLiteral("products"), p.productCount},
                       {QStringLiteral("active"), p.active}};
}

int listProducers(Context& ctx)
{
    ProducerFilter filter;
    if (!ctx.takeOption(QStringLiteral("--search"), filter.search))
        return Usage;
    filter.overdueOnly = ctx.takeFlag(QStringLiteral("--overdue"));
    const bool all = ctx.takeFlag(QStringLiteral("--all"));
    const bool archived = ctx.takeFlag(QStringLiteral("--archived"));
    filter.state = all ? ProducerFilter::State::All
                       : archived ? ProducerFilter::State::Archived : ProducerFilter::State::Active;
    if (!ctx.args.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromUtf8(Synopsis)));
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& session) -> int {
        const auto producers = ProducerService(db).list(session, filter);
        if (!producers)
            return ctx.refuse(producers.message());
        const QDate today = db.now().date();
        if (ctx.json) {
            QJsonArray array;
            for (const Producer& p : producers.value())
                array.append(producerJson(p, ctx.language, today));
            ctx.printJson(array);
            return Ok;
        }
        if (producers->isEmpty()) {
            ctx.out << Ctl::tr("No producers found.") << Qt::endl;
            return Ok;
        }
        TextTable table({Ctl::tr("Code"), Ctl::tr("Name", "of a producer"), Ctl::tr("Kind"), Ctl::tr("Village"),
                         Ctl::tr("Oblast"), Ctl::tr("Women"), Ctl::tr("Last visit"), Ctl::tr("Visit")},
                        {false, false, false, false, false, true});
        int overdue = 0;
        for (const Producer& p : producers.value()) {
            const bool late = p.visitOverdue(today);
            overdue += late ? 1 : 0;
            QString name = p.name;
            if (!p.active)
                name += QLatin1Char(' ') + Ctl::tr("(archived)");
            table.addRow({p.code, name, ProducerKinds::displayName(p.kind), p.villageName.in(ctx.language),
                          p.oblastName.in(ctx.language), QStringLiteral("%1/%2").arg(p.women).arg(p.members),
                          p.lastVisitDate.isValid() ? CsvColumns::formatDate(p.lastVisitDate) : Ctl::tr("never"),
                          late ? Ctl::tr("OVERDUE") : Ctl::tr("ok")});
        }
        table.print(ctx.out);
        ctx.out << Ctl::tr("%n producer(s)", nullptr, int(producers->size())) << ", "
                << Ctl::tr("%n with the working-conditions visit overdue (none in the last 12 months).", nullptr,
                           overdue)
                << Qt::endl;
        return Ok;
    });
}

int importProducers(Context& ctx)
{
    return ImportReport::runCommand<ProducerImport>(ctx, Ctl::tr("Usage: ovopctl producer import FILE [--dry-run]"),
                                                    [](const Producer& p) { return p.code; });
}

int exportProducers(Context& ctx)
{
    ExportOptions options;
    if (ctx.takeFlag(QStringLiteral("--semicolon")))
        options.delimiter = QLatin1Char(';');
    if (ctx.takeFlag(QStringLiteral("--force")))
        options.overwrite = Overwrite::Allow;
    options.language = ctx.language;
    if (ctx.args.size() != 1)
        return ctx.usage(Ctl::tr("Usage: ovopctl producer export FILE [--semicolon] [--force]"));
    const QString file = ctx.args.first();
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& session) -> int {
        const auto written = CatalogExport(db).saveProducers(session, file, CatalogExport::allProducers(), options);
        if (!written)
            return ctx.refuse(written.error());
        ctx.out << Ctl::tr("%n producer(s) written to %1.", nullptr, written.value()).arg(file) << Qt::endl;
        return Ok;
    });
}

int runProducer(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return listProducers(ctx);
    if (sub == QLatin1String("import"))
        return importProducers(ctx);
    if (sub == QLatin1String("export"))
        return exportProducers(ctx);
    if (sub == QLatin1String("return"))
        return returnToProducer(ctx);
    if (sub == QLatin1String("commission"))
        return producerCommission(ctx);
    return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromUtf8(Synopsis)));
}

const CommandRegistrar reg("producer", Synopsis, &runProducer);

} // namespace

} // namespace ovop::ctl
