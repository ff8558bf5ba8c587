// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl report sales|stock|producers|impact: the figures of models/reports, as text, JSON, CSV or
// PDF with charts. Amounts in JSON are tyiyn, shares fractions of the sales between 0 and 1.
// A PDF needs a QApplication (Qt Charts), which main() makes for report ... --pdf.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "TextTable.h"
#include "models/reports/GroupSales.h"
#include "models/reports/ReportCsv.h"
#include "models/store/FileGuard.h"
#include "ui/reportdocs/ReportDocuments.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis =
    "report sales --from DATE --to DATE --by day|category|oblast|village|producer|payment|cashier "
    "[--shop CODE] [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en] | "
    "report sales --from DATE --to DATE --by GROUPING --key KEY [--limit N] [--shop CODE] "
    "[--json | --csv FILE [--force]] [--lang ky|ru|en] | "
    "report stock [--json | --csv FILE [--force] | --pdf FILE [--force]] [--lang ky|ru|en] | "
    "report producers --from DATE --to DATE [--shop CODE] [--json | --csv FILE [--force] | --pdf FILE [--force]] "
    "[--lang ky|ru|en] | "
    "report impact --from DATE --to DATE [--shop CODE] [--json | --csv FILE [--force] | --pdf FILE [--force]] "
    "[--lang ky|ru|en]";

int reportUsage(Context& ctx)
{
    return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromUtf8(Synopsis)));
}

// The options every report takes; period only where the report has one.
struct Options
{
    ReportScope scope;
    QString csv;
    QString pdf;
    Overwrite overwrite = Overwrite::Refuse;
};

bool takeOptions(Context& ctx, Options& o, bool period, int& exit)
{
    QString from, to, shops;
    if ((period && (!ctx.takeOption(QStringLiteral("--from"), from) || !ctx.takeOption(QStringLiteral("--to"), to))) ||
        (period && !ctx.takeOption(QStringLiteral("--shop"), shops)) ||
        !ctx.takeOption(QStringLiteral("--csv"), o.csv) || !ctx.takeOption(QStringLiteral("--pdf"), o.pdf)) {
        exit = Usage;
        return false;
    }
    o.overwrite = ctx.takeOverwrite();
    const int outputs = int(ctx.json) + int(!o.csv.isEmpty()) + int(!o.pdf.isEmpty());
    if (!ctx.args.isEmpty() || outputs > 1 || (period && (from.isEmpty() || to.isEmpty()))) {
        exit = reportUsage(ctx);
        return false;
    }
    for (const QString& text : {from, to}) {
        if (period && !QDate::fromString(text, Qt::ISODate).isValid()) {
            exit = ctx.usage(Ctl::tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(text));
            return false;
        }
    }
    o.scope.from = QDate::fromString(from, Qt::ISODate);
    o.scope.to = QDate::fromString(to, Qt::ISODate);
    o.scope.language = ctx.language;
    for (const QString& shop : shops.split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.scope.shops << shop.trimmed();
    return true;
}

int writeCsv(Context& ctx, const Options& o, const CsvWriter& writer)
{
    if (auto done = SafeFile::write(o.csv, writer.toBytes(), o.overwrite); !done)
        return ctx.refuse(done.error());
    ctx.out << Ctl::tr("%n row(s) written to %1.", nullptr, writer.rowCount() - 1).arg(o.csv) << Qt::endl;
    return Ok;
}

int pdfWritten(Context& ctx, const Options& o, const Status& done)
{
    if (!done)
        return ctx.refuse(done.error());
    ctx.out << Ctl::tr("Report written to %1.").arg(o.pdf) << Qt::endl;
    return Ok;
}

QString money(Money m, const QString& language)
{
    return m.format(language);
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1) + QLatin1Char('%');
}

// The sales report on paper: the summary, the sales over time and the breakdown asked for.
int salesPdf(Context& ctx, Database& db, const Session& actor, const Options& o, const SalesBreakdown& breakdown)
{
    const SalesReport report(db);
    const auto summary = report.summary(actor, o.scope);
    if (!summary)
        return ctx.refuse(summary.error());
    const bool byDay = SalesReport::Grouping(breakdown.grouping) == SalesReport::Grouping::Day;
    auto days =
        byDay ? Result<SalesBreakdown>(breakdown) : report.breakdown(actor, o.scope, SalesReport::Grouping::Day);
    if (!days)
        return ctx.refuse(days.error());
    return pdfWritten(ctx, o,
                      ui::ReportDocuments::writeSalesPdf(o.pdf, summary.value(), {breakdown},
                                                         SalesSeries::of(days.value()), ctx.language, o.overwrite));
}

// The sales and returns behind one group of the breakdown (--key), newest first.
int groupSales(Context& ctx, Database& db, const Session& actor, const Options& o, SalesReport::Grouping grouping,
               const QString& key, int limit)
{
    const auto g = GroupSalesReport(db).build(actor, o.scope, grouping, key, limit);
    if (!g)
        return ctx.refuse(g.error());
    const QString l = ctx.language;
    if (ctx.json) {
        QJsonArray rows;
        for (const GroupSaleRow& r : g->rows) {
            QJsonArray lines;
            for (const GroupSaleLine& line : r.lines)
                lines.append(QJsonObject{
                    {QStringLiteral("sku"), line.sku},
                    {QStringLiteral("name"), line.name},
                    {QStringLiteral("quantity"), jsonUnits(line.quantity)},
                    {QStringLiteral("amount"), (r.isReturn() ? Money() - line.amount : line.amount).tyiyn()}});
            rows.append(
                QJsonObject{{QStringLiteral("kind"), r.isReturn() ? QStringLiteral("return") : QStringLiteral("sale")},
                            {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                            {QStringLiteral("receipt"), r.receipt},
                            {QStringLiteral("sale_receipt"), r.saleReceipt},
                            {QStringLiteral("shop"), r.shop},
                            {QStringLiteral("cashier"), r.cashierLogin},
                            {QStringLiteral("cashier_name"), r.cashierName},
                            {QStringLiteral("amount"), r.signedAmount().tyiyn()},
                            {QStringLiteral("lines"), lines}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("from"), o.scope.from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), o.scope.to.toString(Qt::ISODate)},
                                  {QStringLiteral("by"), SalesReport::groupingKey(grouping)},
                                  {QStringLiteral("key"), key},
                                  {QStringLiteral("count"), g->count},
                                  {QStringLiteral("amount"), g->amount.tyiyn()},
                                  {QStringLiteral("returns_count"), g->returnsCount},
                                  {QStringLiteral("returns"), g->returns.tyiyn()},
                                  {QStringLiteral("net"), g->net().tyiyn()},
                                  {QStringLiteral("documents"), g->documents},
                                  {QStringLiteral("more"), g->more()},
                                  {QStringLiteral("rows"), rows}});
        return Ok;
    }
    if (!o.csv.isEmpty())
        return writeCsv(ctx, o, reportcsv::groupSales(g.value()));
    TextTable table({Ctl::tr("Date"), Ctl::tr("Receipt"), Ctl::tr("Cashier"), Ctl::tr("Goods"), Ctl::tr("Quantity"),
                     Ctl::tr("Amount")},
                    {false, false, false, false, true, true});
    for (const GroupSaleRow& r : g->rows) {
        const QString when = r.at.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        const QString receipt = r.isReturn() ? Ctl::tr("%1 (return of %2)").arg(r.receipt, r.saleReceipt) : r.receipt;
        if (r.lines.isEmpty())
            table.addRow({when, receipt, r.cashierLogin, QString(), QString(), money(r.signedAmount(), l)});
        for (const GroupSaleLine& line : r.lines)
            table.addRow({when, receipt, r.cashierLogin, QStringLiteral("%1 %2").arg(line.sku, line.name),
                          line.quantity.format(l), money(r.isReturn() ? Money() - line.amount : line.amount, l)});
    }
    table.print(ctx.out);
    ctx.out << Ctl::tr("%n sale(s), %1 less %2 returned: %3", nullptr, g->count)
                   .arg(money(g->amount, l), money(g->returns, l), money(g->net(), l))
            << Qt::endl;
    if (g->more() > 0)
        ctx.out
            << Ctl::tr("%n more not shown: the newest %1 are listed (--limit).", nullptr, g->more()).arg(g->rows.size())
            << Qt::endl;
    return Ok;
}

int reportSales(Context& ctx)
{
    QString by, key, limitText;
    // An empty key is a group too (the goods without a producer, say): --key "" asks for it.
    const bool ofGroup = ctx.args.contains(QStringLiteral("--key"));
    if (!ctx.takeOption(QStringLiteral("--by"), by) || !ctx.takeOption(QStringLiteral("--key"), key) ||
        !ctx.takeOption(QStringLiteral("--limit"), limitText))
        return Usage;
    Options o;
    int exit = Ok;
    if (!takeOptions(ctx, o, true, exit))
        return exit;
    const auto grouping = SalesReport::groupingFromKey(by);
    if (!grouping || (!ofGroup && !limitText.isEmpty()) || (ofGroup && !o.pdf.isEmpty()))
        return reportUsage(ctx);
    bool number = true;
    const int limit = limitText.isEmpty() ? GroupSalesReport::DefaultLimit : limitText.toInt(&number);
    if (!number)
        return ctx.usage(Ctl::tr("\"%1\" is not a number of rows.").arg(limitText));
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        if (ofGroup)
            return groupSales(ctx, db, actor, o, *grouping, key, limit);
        const auto b = SalesReport(db).breakdown(actor, o.scope, *grouping);
        if (!b)
            return ctx.refuse(b.error());
        if (ctx.json) {
            QJsonArray rows;
            for (const SalesGroupRow& r : b->rows)
                rows.append(QJsonObject{{QStringLiteral("key"), r.key},
                                        {QStringLiteral("label"), r.label},
                                        {QStringLiteral("count"), r.count},
                                        {QStringLiteral("amount"), r.amount.tyiyn()},
                                        {QStringLiteral("returns"), r.returns.tyiyn()},
                                        {QStringLiteral("net"), r.net().tyiyn()}});
            ctx.printJson(QJsonObject{{QStringLiteral("from"), o.scope.from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), o.scope.to.toString(Qt::ISODate)},
                                      {QStringLiteral("by"), SalesReport::groupingKey(*grouping)},
                                      {QStringLiteral("total"), b->total.tyiyn()},
                                      {QStringLiteral("returns"), b->returns.tyiyn()},
                                      {QStringLiteral("net"), b->net().tyiyn()},
                                      {QStringLiteral("count"), b->count},
                                      {QStringLiteral("rows"), rows}});
            return Ok;
        }
        if (!o.csv.isEmpty())
            return writeCsv(ctx, o, reportcsv::sales(b.value()));
        if (!o.pdf.isEmpty())
            return salesPdf(ctx, db, actor, o, b.value());
        TextTable table({Ctl::tr("Key"), Ctl::tr("Name", "of a report row"), Ctl::tr("Sales"), Ctl::tr("Amount"),
                         Ctl::tr("Returns"), Ctl::tr("Net")},
                        {false, false, true, true, true, true});
        for (const SalesGroupRow& r : b->rows)
            table.addRow({r.key, r.label, QString::number(r.count), money(r.amount, ctx.language),
                          money(r.returns, ctx.language), money(r.net(), ctx.language)});
        table.print(ctx.out);
        ctx.out << Ctl::tr("%n sale(s), %1 less %2 returned: %3", nullptr, b->count)
                       .arg(money(b->total, ctx.language), money(b->returns, ctx.language),
                            money(b->net(), ctx.language))
                << Qt::endl;
        return Ok;
    });
}

int reportStock(Context& ctx)
{
    Options o;
    int exit = Ok;
    if (!takeOptions(ctx, o, false, exit))
        return exit;
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        const auto s = StockReport(db).build(actor, ctx.language);
        if (!s)
            return ctx.refuse(s.error());
        auto rowsJson = [](const QList<StockGroupRow>& rows) {
            QJsonArray out;
            for (const StockGroupRow& r : rows)
                out.append(QJsonObject{{QStringLiteral("key"), r.key},
                                       {QStringLiteral("label"), r.label},
                                       {QStringLiteral("products"), r.products},
                                       {QStringLiteral("value"), r.value.tyiyn()}});
            return out;
        };
        if (ctx.json) {
            ctx.printJson(QJsonObject{{QStringLiteral("products"), s->products},
                                      {QStringLiteral("value"), s->value.tyiyn()},
                                      {QStringLiteral("consignment_value"), s->consignmentValue.tyiyn()},
                                      {QStringLiteral("by_category"), rowsJson(s->byCategory)},
                                      {QStringLiteral("by_producer"), rowsJson(s->byProducer)}});
            return Ok;
        }
        if (!o.csv.isEmpty())
            return writeCsv(ctx, o, reportcsv::stock(s.value()));
        if (!o.pdf.isEmpty())
            return pdfWritten(ctx, o, ui::ReportDocuments::writeStockPdf(o.pdf, s.value(), ctx.language, o.overwrite));
        TextTable table({Ctl::tr("Category"), Ctl::tr("Products"), Ctl::tr("Value")}, {false, true, true});
        for (const StockGroupRow& r : s->byCategory)
            table.addRow({r.label, QString::number(r.products), money(r.value, ctx.language)});
        table.print(ctx.out);
        ctx.out << Ctl::tr("%n product(s) in stock, worth %1 (of it %2 on consignment).", nullptr, s->products)
                       .arg(money(s->value, ctx.language), money(s->consignmentValue, ctx.language))
                << Qt::endl;
        return Ok;
    });
}

int reportProducers(Context& ctx)
{
    Options o;
    int exit = Ok;
    if (!takeOptions(ctx, o, true, exit))
        return exit;
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        const auto m = ProducerMoneyReport(db).build(actor, o.scope);
        if (!m)
            return ctx.refuse(m.error());
        if (ctx.json) {
            QJsonArray rows;
            for (const ProducerMoneyRow& r : m->rows)
                rows.append(QJsonObject{{QStringLiteral("code"), r.code},
                                        {QStringLiteral("name"), r.name},
                                        {QStringLiteral("village"), r.villageName.in(ctx.language)},
                                        {QStringLiteral("terms"), ProducerKinds::termsKey(r.terms)},
                                        {QStringLiteral("sold"), r.sold.tyiyn()},
                                        {QStringLiteral("returned"), r.returned.tyiyn()},
                                        {QStringLiteral("commission"), r.commission.tyiyn()},
                                        {QStringLiteral("earned"), r.earned().tyiyn()},
                                        {QStringLiteral("owed"), r.owed.tyiyn()},
                                        {QStringLiteral("paid"), r.paid.tyiyn()},
                                        {QStringLiteral("purchased"), r.purchased.tyiyn()}});
            ctx.printJson(QJsonObject{{QStringLiteral("from"), o.scope.from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), o.scope.to.toString(Qt::ISODate)},
                                      {QStringLiteral("earned"), m->earned.tyiyn()},
                                      {QStringLiteral("owed"), m->owed.tyiyn()},
                                      {QStringLiteral("paid"), m->paid.tyiyn()},
                                      {QStringLiteral("purchased"), m->purchased.tyiyn()},
                                      {QStringLiteral("rows"), rows}});
            return Ok;
        }
        if (!o.csv.isEmpty())
            return writeCsv(ctx, o, reportcsv::producers(m.value(), ctx.language));
        if (!o.pdf.isEmpty())
            return pdfWritten(ctx, o,
                              ui::ReportDocuments::writeProducersPdf(o.pdf, m.value(), ctx.language, o.overwrite));
        TextTable table({Ctl::tr("Code"), Ctl::tr("Name", "of a producer"), Ctl::tr("Sold"), Ctl::tr("Returned"),
                         Ctl::tr("Commission"), Ctl::tr("Owed"), Ctl::tr("Paid")},
                        {false, false, true, true, true, true, true});
        for (const ProducerMoneyRow& r : m->rows)
            table.addRow({r.code, r.name, money(r.sold, ctx.language), money(r.returned, ctx.language),
                          money(r.commission, ctx.language), money(r.owed, ctx.language),
                          money(r.paidOut(), ctx.language)});
        table.print(ctx.out);
        ctx.out << Ctl::tr("Owed to producers: %1; paid in the period: %2.")
                       .arg(money(m->owed, ctx.language), money(m->paid + m->purchased, ctx.language))
                << Qt::endl;
        return Ok;
    });
}

QJsonObject impactJson(const Impact& i, const QString& language)
{
    QJsonArray overdue;
    for (const OverdueProducer& p : i.overdueProducers)
        overdue.append(
            QJsonObject{{QStringLiteral("code"), p.code},
                        {QStringLiteral("name"), p.name},
                        {QStringLiteral("last_visit"),
                         p.lastVisit.isValid() ? QJsonValue(p.lastVisit.toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("sales"), p.sales.tyiyn()}});
    QJsonArray oblasts;
    for (const OblastImpact& o : i.byOblast)
        oblasts.append(QJsonObject{{QStringLiteral("oblast"), o.oblastCode},
                                   {QStringLiteral("label"), o.oblastName.in(language)},
                                   {QStringLiteral("amount"), o.amount.tyiyn()},
                                   {QStringLiteral("producers"), o.producers},
                                   {QStringLiteral("villages"), o.villages}});
    return QJsonObject{{QStringLiteral("from"), i.scope.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), i.scope.to.toString(Qt::ISODate)},
                       {QStringLiteral("as_of"), i.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("sales_total"), i.salesTotal.tyiyn()},
                       {QStringLiteral("paid_to_producers"), i.paidToProducers.tyiyn()},
                       {QStringLiteral("owed_to_producers"), i.owedToProducers.tyiyn()},
                       {QStringLiteral("producers_reached"), i.producersReached},
                       {QStringLiteral("villages_reached"), i.villagesReached},
                       {QStringLiteral("oblasts_reached"), i.oblastsReached},
                       {QStringLiteral("women_led_share"), i.womenLedShare},
                       {QStringLiteral("women_members_share"), i.womenMembersShare},
                       {QStringLiteral("current_check_share"), i.currentCheckShare},
                       {QStringLiteral("materials_recorded"), i.materialsRecorded},
                       {QStringLiteral("environmental_practice_recorded"), i.environmentRecorded},
                       {QStringLiteral("overdue_producers"), overdue},
                       {QStringLiteral("by_oblast"), oblasts}};
}

int reportImpact(Context& ctx)
{
    Options o;
    int exit = Ok;
    if (!takeOptions(ctx, o, true, exit))
        return exit;
    return ctx.withLogin(Access::Read, [&](Database& db, const Session& actor) -> int {
        const auto i = ImpactReport(db).build(actor, o.scope);
        if (!i)
            return ctx.refuse(i.error());
        if (ctx.json) {
            ctx.printJson(impactJson(i.value(), ctx.language));
            return Ok;
        }
        if (!o.csv.isEmpty())
            return writeCsv(ctx, o, reportcsv::impact(i.value(), ctx.language));
        if (!o.pdf.isEmpty())
            return pdfWritten(ctx, o, ui::ReportDocuments::writeImpactPdf(o.pdf, i.value(), ctx.language, o.overwrite));
        const QString l = ctx.language;
        ctx.out << Ctl::tr("Sales less returns: %1").arg(money(i->salesTotal, l)) << Qt::endl
                << Ctl::tr("Paid to producers: %1; owed to them: %2")
                       .arg(money(i->paidToProducers, l), money(i->owedToProducers, l))
                << Qt::endl
                << Ctl::tr("Producers reached: %1 in %2 village(s) of %3 oblast(s)")
                       .arg(i->producersReached)
                       .arg(i->villagesReached)
                       .arg(i->oblastsReached)
                << Qt::endl
                << Ctl::tr("Women-led producers: %1 of the sales; women members: %2")
                       .arg(percent(i->womenLedShare), percent(i->womenMembersShare))
                << Qt::endl
                << Ctl::tr("Working-conditions visit current: %1 of the sales").arg(percent(i->currentCheckShare))
                << Qt::endl;
        TextTable oblasts({Ctl::tr("Oblast"), Ctl::tr("Sales"), Ctl::tr("Producers"), Ctl::tr("Villages")},
                          {false, true, true, true});
        for (const OblastImpact& ob : i->byOblast)
            oblasts.addRow({ob.oblastName.in(l), money(ob.amount, l), QString::number(ob.producers),
                            QString::number(ob.villages)});
        oblasts.print(ctx.out);
        if (!i->overdueProducers.isEmpty()) {
            ctx.out << Ctl::tr("Visit overdue:") << Qt::endl;
            TextTable late({Ctl::tr("Code"), Ctl::tr("Name", "of a producer"), Ctl::tr("Last visit"), Ctl::tr("Sales")},
                           {false, false, false, true});
            for (const OverdueProducer& p : i->overdueProducers)
                late.addRow({p.code, p.name,
                             p.lastVisit.isValid() ? p.lastVisit.toString(Qt::ISODate) : Ctl::tr("never"),
                             money(p.sales, l)});
            late.print(ctx.out);
        }
        return Ok;
    });
}

int runReport(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    using Run = int (*)(Context&);
    Run run = sub == QLatin1String("sales")       ? &reportSales
              : sub == QLatin1String("stock")     ? &reportStock
              : sub == QLatin1String("producers") ? &reportProducers
              : sub == QLatin1String("impact")    ? &reportImpact
                                                  : nullptr;
    if (!run)
        return reportUsage(ctx);
    return run(ctx);
}

const CommandRegistrar reg("report", Synopsis, &runReport);

} // namespace

} // namespace ovop::ctl
