// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl payout: pays a producer what a statement owes, in cash from this till's drawer or by a
// bank or wallet transfer.
#include "Command.h"
#include "ProducerMoney.h"
#include "models/catalog/ProducerService.h"
#include "models/payouts/PayoutService.h"
#include "models/payouts/StatementService.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis = "payout PRODUCER --statement ID|NUMBER --method cash|bank|wallet [--reference REF]";

int runPayout(Context& ctx)
{
    QString statement, method, reference;
    if (!ctx.takeOption(QStringLiteral("--statement"), statement) ||
        !ctx.takeOption(QStringLiteral("--method"), method) ||
        !ctx.takeOption(QStringLiteral("--reference"), reference))
        return Usage;
    const QString usage = Ctl::tr("Usage: ovopctl %1\n"
                                  "Pays the amount the statement owes, once. Cash comes out of the drawer of this "
                                  "till's open shift; bank and wallet transfers need --reference.")
                              .arg(QString::fromUtf8(Synopsis));
    if (ctx.args.size() != 1 || statement.isEmpty() || method.isEmpty())
        return ctx.usage(usage);
    const auto how = Payout::methodFromKey(method);
    if (!how)
        return ctx.usage(Ctl::tr("Unknown payment method \"%1\": use cash, bank or wallet.").arg(method));
    return ctx.withLogin(Access::Change, [&](Database& db, const Session& actor) -> int {
        auto producer = ProducerService(db).get(actor, ctx.args.first());
        if (!producer)
            return ctx.refuse(producer.error());
        // The statement must be this producer's: a number typed for the wrong producer pays no one.
        auto found = StatementService(db).find(actor, statement);
        if (!found)
            return ctx.refuse(found.error());
        if (found->producerId != producer->id)
            return ctx.refuse(
                Ctl::tr("Statement %1 is %2's, not %3's.").arg(found->number, found->producerName, producer->name));
        auto paid = PayoutService(db).pay(actor, found->id, *how, reference);
        if (!paid)
            return ctx.refuse(paid.message());
        if (ctx.json) {
            ctx.printJson(payoutJson(paid.value()));
            return Ok;
        }
        ctx.out << Ctl::tr("Payout %1: %2 paid to %3 for statement %4.")
                       .arg(paid->number, paid->amount.format(ctx.language), paid->producerName, paid->statementNumber)
                << Qt::endl;
        return Ok;
    });
}

const CommandRegistrar reg("payout", Synopsis, &runPayout);

} // namespace

} // namespace ovop::ctl
