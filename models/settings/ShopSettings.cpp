// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/settings/ShopSettings.h"

#include <QJsonObject>
#include <QRegularExpression>

#include "models/audit/AuditLog.h"
#include "models/core/Language.h"
#include "models/payments/Elqr.h"
#include "models/people/Session.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

constexpr int MaxShopNameLength = 100;
constexpr int MaxAddressLength = 200;
constexpr int MaxReceiptHeaderLength = 500;

const QString ShopCode = QStringLiteral("shop_code");
const QString ShopName = QStringLiteral("shop_name");
const QString Address = QStringLiteral("address");
const QString DeviceId = QStringLiteral("device_id");
const QString ReceiptHeader = QStringLiteral("receipt_header");
const QString ModeKey = QStringLiteral("mode");
const QString VatPayer = QStringLiteral("vat_payer");
const QString VatRate = QStringLiteral("vat_rate");
const QString SalesTaxRate = QStringLiteral("sales_tax_rate");
const QString TaxRounding = QStringLiteral("tax_rounding");
const QString CashierDiscountLimit = QStringLiteral("cashier_discount_limit");
const QString ManagerDiscountLimit = QStringLiteral("manager_discount_limit");
const QString ReturnApprovalLimit = QStringLiteral("return_approval_limit");
const QString ElqrLink = QStringLiteral("elqr_link");
const QString ReceiptLanguage = QStringLiteral("receipt_language");

// Text columns are NOT NULL: an empty value is bound as '', never as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The keys stored as basis points and written as percentages.
bool isPercent(const QString& key)
{
    return key == VatRate || key == SalesTaxRate || key == CashierDiscountLimit || key == ManagerDiscountLimit;
}

// Stored as tyiyn, written as som: "5000", "1250.50".
QString somText(qint64 tyiyn)
{
    return Money::fromTyiyn(tyiyn).toPlainString(QStringLiteral("en"));
}

// Basis points as the percentage people write: 1200 -> "12", 150 -> "1.5", 125 -> "1.25".
QString percentText(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    if (const int cents = basisPoints % 100; cents != 0) {
        text += QLatin1Char('.') + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}

// "12", "12.5", "1,25", "12 %" -> basis points; -1 when it is not a percentage from 0 to 100.
int parsePercent(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    text = text.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression form(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return -1;
    const int whole = match.captured(1).toInt();
    const QString fraction = match.captured(2).leftJustified(2, QLatin1Char('0'));
    const int basisPoints = whole * 100 + fraction.toInt();
    return basisPoints <= 10000 ? basisPoints : -1;
}

// The stored value of a setting from what a person typed, or the reason it cannot be.
Result<QString> normalise(const QString& key, const QString& input)
{
    const QString value = input.trimmed();
    if (key == ShopCode) {
        static const QRegularExpression form(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,8}[A-Z0-9]$"));
        const QString code = value.toUpper();
        if (!form.match(code).hasMatch())
            return Error{SettingsService::tr("\"%1\" cannot be a shop code: use 2 to 10 capital Latin letters, digits "
                                             "and hyphens, like BIS-1.")
                             .arg(input)};
        return code;
    }
    if (key == DeviceId) {
        static const QRegularExpression form(QStringLiteral("^[A-Z0-9]{1,8}$"));
        const QString id = value.toUpper();
        if (!form.match(id).hasMatch())
            return Error{SettingsService::tr("\"%1\" cannot be a device id: use 1 to 8 capital Latin letters or "
                                             "digits, like T1.")
                             .arg(input)};
        return id;
    }
    if (key == ShopName) {
        if (value.isEmpty())
            return Error{SettingsService::tr("The shop name cannot be empty.")};
        if (value.size() > MaxShopNameLength)
            return Error{SettingsService::tr("The shop name is too long: at most %1 characters.").arg(MaxShopNameLength)};
        return value;
    }
    if (key == Address) {
        if (value.size() > MaxAddressLength)
            return Error{SettingsService::tr("The address is too long: at most %1 characters.").arg(MaxAddressLength)};
        return value;
    }
    if (key == ReceiptHeader) {
        if (value.size() > MaxReceiptHeaderLength)
            return Error{SettingsService::tr("The receipt header is too long: at most %1 characters.")
                             .arg(MaxReceiptHeaderLength)};
        return value;
    }
    if (key == ModeKey) {
        const QString mode = value.toLower();
        if (mode != QLatin1String("shop") && mode != QLatin1String("head-office"))
            return Error{SettingsService::tr("\"%1\" is not a mode: use shop or head-office.").arg(input)};
        return mode;
    }
    if (key == VatPayer) {
        const QString yesNo = value.toLower();
        if (yesNo != QLatin1String("yes") && yesNo != QLatin1String("no"))
            return Error{SettingsService::tr("\"%1\" is not an answer for %2: use yes or no.")
                             .arg(input, SettingsService::keyTitle(key))};
        return yesNo;
    }
    if (isPercent(key)) {
        const int basisPoints = parsePercent(value);
        if (basisPoints < 0)
            return Error{SettingsService::tr("\"%1\" is not a valid %2: give a percentage from 0 to 100 with at most "
                                             "two decimals, like 12 or 1.5.")
                             .arg(input, SettingsService::keyTitle(key))};
        return QString::number(basisPoints);
    }
    if (key == TaxRounding) {
        const QString rounding = value.toLower();
        if (rounding != QLatin1String("per-receipt") && rounding != QLatin1String("per-line"))
            return Error{SettingsService::tr("\"%1\" is not a rounding: use per-receipt or per-line.").arg(input)};
        return rounding;
    }
    if (key == ReturnApprovalLimit) {
        const auto amount = Money::parse(value);
        if (!amount)
            return Error{SettingsService::tr("\"%1\" is not a valid %2: give an amount in som, like 5000 or 1250,50.")
                             .arg(input, SettingsService::keyTitle(key))};
        return QString::number(amount->tyiyn());
    }
    if (key == ReceiptLanguage) {
        if (!Language::isValid(value))
            return Error{SettingsService::tr("\"%1\" is not a language of receipts: use ky, ru or en.").arg(input)};
        return value;
    }
    if (key == ElqrLink) {
        if (value.isEmpty())
            return value;
        if (auto verified = Elqr::verify(value); !verified)
            return Error{SettingsService::tr("The ELQR link was refused: %1").arg(verified.message())};
        return value;
    }
    return Error{SettingsService::tr("Unknown setting \"%1\". The settings are: %2.")
                     .arg(key, SettingsService::keys().join(QStringLiteral(", ")))};
}

QString displayValue(const QString& key, const QString& stored)
{
    if (isPercent(key))
        return percentText(stored.toInt());
    if (key == ReturnApprovalLimit)
        return somText(stored.toLongLong());
    return stored;
}

// Every setting as people write it (percentages for rates).
QMap<QString, QString> toDisplayMap(const ShopSettings& s)
{
    return {
        {ShopCode, s.shopCode},
        {ShopName, s.shopName},
        {Address, s.address},
        {DeviceId, s.deviceId},
        {ReceiptHeader, s.receiptHeader},
        {ModeKey, s.mode == ShopSettings::Mode::HeadOffice ? QStringLiteral("head-office") : QStringLiteral("shop")},
        {VatPayer, s.tax.vatPayer ? QStringLiteral("yes") : QStringLiteral("no")},
        {VatRate, percentText(s.tax.vatRateBp)},
        {SalesTaxRate, percentText(s.tax.salesTaxRateBp)},
        {TaxRounding, s.tax.rounding},
        {CashierDiscountLimit, percentText(s.cashierDiscountLimitBp)},
        {ManagerDiscountLimit, percentText(s.managerDiscountLimitBp)},
        {ReturnApprovalLimit, somText(s.returnApprovalLimit.tyiyn())},
        {ElqrLink, s.elqrLink},
        {ReceiptLanguage, s.receiptLanguage},
    };
}

Result<QMap<QString, QString>> storedMap(Database& db)
{
    QMap<QString, QString> map;
    SqlQuery q(db.sql(), QStringLiteral("SELECT key, value FROM settings"));
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    if (auto s = q.finished(); !s)
        return s.error();
    return map;
}

// The cashier's discount limit may not be above the manager's: checked on the settings as they
// would be after a change (stored values, changed ones over them, defaults for the rest).
Status checkDiscountLimits(const QMap<QString, QString>& current, const QMap<QString, QString>& wanted)
{
    const ShopSettings defaults;
    auto limit = [&](const QString& key, int fallback) {
        if (wanted.contains(key))
            return wanted.value(key).toInt();
        return current.contains(key) ? current.value(key).toInt() : fallback;
    };
    const int cashier = limit(CashierDiscountLimit, defaults.cashierDiscountLimitBp);
    const int manager = limit(ManagerDiscountLimit, defaults.managerDiscountLimitBp);
    if (cashier <= manager)
        return {};
    const QString field = wanted.contains(CashierDiscountLimit) ? CashierDiscountLimit : ManagerDiscountLimit;
    return Error::ofField(field, SettingsService::tr("The cashier's discount limit (%1%) cannot be above the "
                                                     "manager's (%2%).")
                                     .arg(percentText(cashier), percentText(manager)));
}

// Validates every key of a display map into stored values; the first problem refuses all.
Result<QMap<QString, QString>> normaliseAll(const QMap<QString, QString>& display)
{
    QMap<QString, QString> stored;
    for (const QString& key : SettingsService::keys()) {
        auto value = normalise(key, display.value(key));
        if (!value) {
            Error refused = value.error();
            refused.problems = {{key, refused.message}};
            return refused;
        }
        stored.insert(key, value.value());
    }
    return stored;
}

Status writeValue(Database& db, const QString& key, const QString& value)
{
    SqlQuery q(db.sql(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), text(value));
    return q.exec();
}

// Writes the changed keys in one transaction, each audited with its old and new value.
Status applyChanges(Database& db, const Session& actor, const QMap<QString, QString>& wanted)
{
    Transaction tx(db.sql());
    if (!tx.isActive())
        return tx.beginError();
    const auto stored = storedMap(db);
    if (!stored)
        return stored.error();
    const QMap<QString, QString>& current = stored.value();
    if (auto s = checkDiscountLimits(current, wanted); !s)
        return s;
    bool originChanged = false;
    AuditLog audit(db);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString& key = it.key();
        if (current.contains(key) && current.value(key) == it.value())
            continue;
        if (auto s = writeValue(db, key, it.value()); !s)
            return s;
        const QJsonObject details{{QStringLiteral("key"), key},
                                  {QStringLiteral("old"), displayValue(key, current.value(key))},
                                  {QStringLiteral("new"), displayValue(key, it.value())}};
        if (auto s = audit.append(&actor, QStringLiteral("settings.change"), details); !s)
            return s;
        originChanged = originChanged || key == ShopCode || key == DeviceId;
    }
    if (auto s = tx.commit(); !s)
        return s;
    if (originChanged)
        db.reloadOrigin();
    return {};
}

} // namespace

SettingsService::SettingsService(Database& db) : m_db(db) {}

QStringList SettingsService::keys()
{
    return {ShopCode,
            ShopName,
            Address,
            DeviceId,
            ReceiptHeader,
            ModeKey,
            VatPayer,
            VatRate,
            SalesTaxRate,
            TaxRounding,
            CashierDiscountLimit,
            ManagerDiscountLimit,
            ReturnApprovalLimit,
            ElqrLink,
            ReceiptLanguage};
}

QString SettingsService::keyTitle(const QString& key)
{
    if (key == ShopCode)
        return tr("shop code");
    if (key == ShopName)
        return tr("shop name");
    if (key == Address)
        return tr("address");
    if (key == DeviceId)
        return tr("device id");
    if (key == ReceiptHeader)
        return tr("receipt header");
    if (key == ModeKey)
        return tr("mode");
    if (key == VatPayer)
        return tr("VAT payer");
    if (key == VatRate)
        return tr("VAT rate");
    if (key == SalesTaxRate)
        return tr("sales tax rate");
    if (key == TaxRounding)
        return tr("tax rounding");
    if (key == CashierDiscountLimit)
        return tr("cashier's discount limit");
    if (key == ManagerDiscountLimit)
        return tr("manager's discount limit");
    if (key == ReturnApprovalLimit)
        return tr("return approval limit");
    if (key == ElqrLink)
        return tr("ELQR link");
    if (key == ReceiptLanguage)
        return tr("receipts' language");
    return key;
}

Result<ShopSettings> SettingsService::load() const
{
    const auto stored = storedMap(m_db);
    if (!stored)
        return stored.error();
    const QMap<QString, QString>& map = stored.value();
    ShopSettings s;
    s.shopCode = map.value(ShopCode);
    s.shopName = map.value(ShopName);
    s.address = map.value(Address);
    s.deviceId = map.value(DeviceId);
    s.receiptHeader = map.value(ReceiptHeader);
    s.mode = map.value(ModeKey) == QLatin1String("head-office") ? ShopSettings::Mode::HeadOffice
                                                                 : ShopSettings::Mode::Shop;
    s.tax.vatPayer = map.value(VatPayer) == QLatin1String("yes");
    if (map.contains(VatRate))
        s.tax.vatRateBp = map.value(VatRate).toInt();
    if (map.contains(SalesTaxRate))
        s.tax.salesTaxRateBp = map.value(SalesTaxRate).toInt();
    if (map.contains(TaxRounding))
        s.tax.rounding = map.value(TaxRounding);
    if (map.contains(CashierDiscountLimit))
        s.cashierDiscountLimitBp = map.value(CashierDiscountLimit).toInt();
    if (map.contains(ManagerDiscountLimit))
        s.managerDiscountLimitBp = map.value(ManagerDiscountLimit).toInt();
    if (map.contains(ReturnApprovalLimit))
        s.returnApprovalLimit = Money::fromTyiyn(map.value(ReturnApprovalLimit).toLongLong());
    s.elqrLink = map.value(ElqrLink);
    if (Language::isValid(map.value(ReceiptLanguage)))
        s.receiptLanguage = map.value(ReceiptLanguage);
    return s;
}

Result<QMap<QString, QString>> SettingsService::values() const
{
    const auto loaded = load();
    if (!loaded)
        return loaded.error();
    return toDisplayMap(loaded.value());
}

Status SettingsService::save(const Session& actor, const ShopSettings& settings)
{
    if (!actor.can(Permission::ChangeSettings))
        return Roles::refusal(Permission::ChangeSettings);
    auto wanted = normaliseAll(toDisplayMap(settings));
    if (!wanted)
        return wanted.error();
    return applyChanges(m_db, actor, wanted.value());
}

Status SettingsService::set(const Session& actor, const QString& key, const QString& value)
{
    if (!actor.can(Permission::ChangeSettings))
        return Roles::refusal(Permission::ChangeSettings);
    auto stored = normalise(key, value);
    if (!stored) {
        Error refused = stored.error();
        refused.problems = {{key, refused.message}};
        return refused;
    }
    return applyChanges(m_db, actor, {{key, stored.value()}});
}

Status SettingsService::initialise(const ShopSettings& settings)
{
    auto wanted = normaliseAll(toDisplayMap(settings));
    if (!wanted)
        return wanted.error();
    if (auto s = checkDiscountLimits({}, wanted.value()); !s)
        return s;
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        return tx.beginError();
    const auto stored = storedMap(m_db);
    if (!stored)
        return stored.error();
    if (stored->contains(ShopCode))
        return Error{tr("This database is already set up for shop %1; change its settings instead.")
                         .arg(stored->value(ShopCode))};
    for (auto it = wanted->cbegin(); it != wanted->cend(); ++it)
        if (auto s = writeValue(m_db, it.key(), it.value()); !s)
            return s;
    m_db.reloadOrigin(); // the first audit entry already carries the new shop and device
    QJsonObject details;
    for (auto it = wanted->cbegin(); it != wanted->cend(); ++it)
        details.insert(it.key(), displayValue(it.key(), it.value()));
    Status done = AuditLog(m_db).append(nullptr, QStringLiteral("init"), details);
    if (done)
        done = tx.commit();
    if (!done)
        m_db.reloadOrigin();
    return done;
}

} // namespace ovop
