// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// ovopctl elqr: check an ELQR payment link, show its fields, make the link of one sale.
#include <QJsonArray>
#include <QJsonObject>

#include "Command.h"
#include "models/payments/Elqr.h"
#include "models/settings/ShopSettings.h"

namespace ovop::ctl {

namespace {

const char* const Synopsis =
    "elqr verify LINK | elqr parse LINK | elqr build --amount AMOUNT --receipt RECEIPT [--link LINK]";

QJsonArray fieldsJson(const QList<ElqrField>& fields, const QString& parentId)
{
    QJsonArray array;
    for (const ElqrField& f : fields) {
        QJsonObject object{{QStringLiteral("id"), f.id},
                           {QStringLiteral("name"), Elqr::fieldName(f.id, parentId)},
                           {QStringLiteral("value"), f.value}};
        if (!f.subFields.isEmpty())
            object.insert(QStringLiteral("fields"), fieldsJson(f.subFields, f.id));
        array.append(object);
    }
    return array;
}

void printFields(QTextStream& out, const QList<ElqrField>& fields, const QString& parentId, int indent)
{
    for (const ElqrField& f : fields) {
        const QString name = Elqr::fieldName(f.id, parentId);
        out << QString(indent, QLatin1Char(' ')) << f.id << "  " << name.leftJustified(24 - indent) << ' ' << f.value
            << '\n';
        printFields(out, f.subFields, f.id, indent + 4);
    }
}

int verify(Context& ctx)
{
    const Status valid = Elqr::verify(ctx.args.first());
    if (ctx.json) {
        QJsonObject object{{QStringLiteral("valid"), valid.ok()}};
        if (!valid)
            object.insert(QStringLiteral("reason"), valid.message());
        ctx.printJson(object);
    }
    if (!valid)
        return ctx.refuse(valid.message());
    if (!ctx.json)
        ctx.out << Ctl::tr("valid") << Qt::endl;
    return Ok;
}

// Every field, named; the exit status says whether the link verifies (the reason on stderr).
int parse(Context& ctx)
{
    const auto code = Elqr::parse(ctx.args.first());
    if (!code)
        return ctx.refuse(code.error());
    const Status valid = Elqr::verify(code.value());
    if (ctx.json) {
        QJsonObject object{{QStringLiteral("prefix"), code->prefix},
                           {QStringLiteral("valid"), valid.ok()},
                           {QStringLiteral("fields"), fieldsJson(code->fields, QString())}};
        if (!valid)
            object.insert(QStringLiteral("reason"), valid.message());
        ctx.printJson(object);
    } else {
        ctx.out << code->prefix << '\n';
        printFields(ctx.out, code->fields, QString(), 0);
        ctx.out.flush();
    }
    return valid ? Ok : ctx.refuse(valid.message());
}

int build(Context& ctx)
{
    QString amountText;
    QString receipt;
    QString link;
    bool hasLink = ctx.args.contains(QStringLiteral("--link"));
    if (!ctx.takeOption(QStringLiteral("--amount"), amountText) ||
        !ctx.takeOption(QStringLiteral("--receipt"), receipt) || !ctx.takeOption(QStringLiteral("--link"), link))
        return Usage;
    if (!ctx.args.isEmpty() || amountText.isEmpty() || receipt.isEmpty())
        return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromLatin1(Synopsis)));
    const auto amount = Money::parse(amountText);
    if (!amount)
        return ctx.usage(amount.message());
    if (!hasLink) {
        // The shop's own static link, from its settings (read without a login, as settings show).
        auto db = ctx.openDatabase();
        if (!db)
            return Refused;
        const auto settings = SettingsService(*db).load();
        if (!settings)
            return ctx.refuse(settings.error());
        link = settings->elqrLink;
        if (link.isEmpty())
            return ctx.refuse(Ctl::tr("The shop has no ELQR link. Give one with --link, or set the shop's with "
                                      "ovopctl settings set elqr_link LINK."));
    }
    const auto built = Elqr::buildDynamicLink(link, amount.value(), receipt);
    if (!built)
        return ctx.refuse(built.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("link"), built.value()},
                                  {QStringLiteral("amount"), amount->toPlainString(QStringLiteral("en"))},
                                  {QStringLiteral("amount_tyiyn"), QString::number(amount->tyiyn())},
                                  {QStringLiteral("receipt"), receipt.trimmed()}});
    else
        ctx.out << built.value() << Qt::endl;
    return Ok;
}

int runElqr(Context& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("verify") && ctx.args.size() == 1)
        return verify(ctx);
    if (sub == QLatin1String("parse") && ctx.args.size() == 1)
        return parse(ctx);
    if (sub == QLatin1String("build"))
        return build(ctx);
    return ctx.usage(Ctl::tr("Usage: ovopctl %1").arg(QString::fromLatin1(Synopsis)));
}

const CommandRegistrar registrar("elqr", Synopsis, &runElqr);

} // namespace

} // namespace ovop::ctl
