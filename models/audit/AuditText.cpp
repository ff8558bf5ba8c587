// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/audit/AuditText.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include "models/audit/AuditLog.h"
#include "models/catalog/Producer.h"
#include "models/catalog/Product.h"
#include "models/core/Language.h"
#include "models/core/Money.h"
#include "models/core/Quantity.h"
#include "models/people/Role.h"
#include "models/settings/ShopSettings.h"
#include "models/stock/AdjustmentService.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

QLocale localeOf(const QString& language)
{
    if (language == QLatin1String("ky"))
        return QLocale(QLocale::Kyrgyz, QLocale::Kyrgyzstan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Kyrgyzstan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// Field titles, in one table. The "product" and "producer" comments tell the translators which name is
// meant: a product's name is «Наименование» in Russian, a producer's «Имя / название».
struct FieldTitle
{
    const char* key;
    struct
    {
        const char* source;
        const char* comment;
    } title;
};

const FieldTitle FieldTitles[] = {
    {"sku", QT_TRANSLATE_NOOP3("AuditText", "SKU", "product")},
    {"barcode", QT_TRANSLATE_NOOP3("AuditText", "Barcodes", "product")},
    {"name_ky", QT_TRANSLATE_NOOP3("AuditText", "Name in Kyrgyz", "product or village")},
    {"name_ru", QT_TRANSLATE_NOOP3("AuditText", "Name in Russian", "product or village")},
    {"name_en", QT_TRANSLATE_NOOP3("AuditText", "Name in English", "product or village")},
    {"category", QT_TRANSLATE_NOOP3("AuditText", "Category", "product")},
    {"unit", QT_TRANSLATE_NOOP3("AuditText", "Unit", "product")},
    {"price", QT_TRANSLATE_NOOP3("AuditText", "Price", "product")},
    {"producer_code", QT_TRANSLATE_NOOP3("AuditText", "Producer", "product")},
    {"materials", QT_TRANSLATE_NOOP3("AuditText", "Materials", "product")},
    {"story_ky", QT_TRANSLATE_NOOP3("AuditText", "Story in Kyrgyz", "product")},
    {"story_ru", QT_TRANSLATE_NOOP3("AuditText", "Story in Russian", "product")},
    {"story_en", QT_TRANSLATE_NOOP3("AuditText", "Story in English", "product")},
    {"tax_group", QT_TRANSLATE_NOOP3("AuditText", "Tax group", "product")},
    {"certificate_number", QT_TRANSLATE_NOOP3("AuditText", "Certificate number", "product or producer")},
    {"certificate_date", QT_TRANSLATE_NOOP3("AuditText", "Certificate date", "product or producer")},
    {"tracks_batches", QT_TRANSLATE_NOOP3("AuditText", "Tracks batches", "product")},
    {"active", QT_TRANSLATE_NOOP3("AuditText", "Active", "product or producer")},
    {"code", QT_TRANSLATE_NOOP3("AuditText", "Code", "producer")},
    {"name", QT_TRANSLATE_NOOP3("AuditText", "Name", "producer")},
    {"kind", QT_TRANSLATE_NOOP3("AuditText", "Kind", "producer")},
    {"village", QT_TRANSLATE_NOOP3("AuditText", "Village", "producer")},
    {"phone", QT_TRANSLATE_NOOP3("AuditText", "Phone", "producer")},
    {"members", QT_TRANSLATE_NOOP3("AuditText", "Members", "producer")},
    {"women", QT_TRANSLATE_NOOP3("AuditText", "Women", "producer")},
    {"women_led", QT_TRANSLATE_NOOP3("AuditText", "Led by women", "producer")},
    {"terms", QT_TRANSLATE_NOOP3("AuditText", "Terms", "producer")},
    {"commission", QT_TRANSLATE_NOOP3("AuditText", "Commission", "producer")},
    {"payment_details", QT_TRANSLATE_NOOP3("AuditText", "Payment details", "producer")},
    {"fair_price_basis", QT_TRANSLATE_NOOP3("AuditText", "Fair price basis", "producer")},
    {"last_visit_date", QT_TRANSLATE_NOOP3("AuditText", "Last visit", "producer")},
    {"last_visit_result", QT_TRANSLATE_NOOP3("AuditText", "Result of the last visit", "producer")},
    {"follow_up", QT_TRANSLATE_NOOP3("AuditText", "Follow-up", "producer")},
    {"child_labour_check_date", QT_TRANSLATE_NOOP3("AuditText", "Child-labour check", "producer")},
    {"child_labour_check_result", QT_TRANSLATE_NOOP3("AuditText", "Result of the child-labour check", "producer")},
    {"materials_and_dyes", QT_TRANSLATE_NOOP3("AuditText", "Materials and dyes", "producer")},
    {"environmental_practice", QT_TRANSLATE_NOOP3("AuditText", "Environmental practice", "producer")},
    {"exempt_seller_document", QT_TRANSLATE_NOOP3("AuditText", "Exempt-seller document", "producer")},
    {"oblast_id", QT_TRANSLATE_NOOP3("AuditText", "Oblast", "village")},
    {"district_id", QT_TRANSLATE_NOOP3("AuditText", "District", "village")},
    {"quantity_milli", QT_TRANSLATE_NOOP3("AuditText", "Quantity", "stock")},
    {"unit_cost_tyiyn", QT_TRANSLATE_NOOP3("AuditText", "Unit cost", "stock")},
    {"batch", QT_TRANSLATE_NOOP3("AuditText", "Batch", "stock")},
    {"expires_on", QT_TRANSLATE_NOOP3("AuditText", "Expires on", "stock")},
    {"reason", QT_TRANSLATE_NOOP3("AuditText", "Reason", "stock or login")},
    {"file", QT_TRANSLATE_NOOP3("AuditText", "File", "backup")},
    {"bytes", QT_TRANSLATE_NOOP3("AuditText", "Size", "backup")},
    {"automatic", QT_TRANSLATE_NOOP3("AuditText", "Automatic", "backup")},
    {"role", QT_TRANSLATE_NOOP3("AuditText", "Role", "user")},
    {"full_name", QT_TRANSLATE_NOOP3("AuditText", "Full name", "user")},
    {"language", QT_TRANSLATE_NOOP3("AuditText", "Language", "user")},
    {"attempt", QT_TRANSLATE_NOOP3("AuditText", "Attempt", "login")},
};

bool isDateField(const QString& field)
{
    return field == QLatin1String("certificate_date") || field == QLatin1String("last_visit_date") ||
           field == QLatin1String("child_labour_check_date") || field == QLatin1String("expires_on");
}

// Keys that only identify the record the entry is about: the sentence names it already.
bool isIdentity(const QString& key)
{
    return key.endsWith(QLatin1String("_id")) || key == QLatin1String("sku") || key == QLatin1String("code");
}

} // namespace

AuditNames::AuditNames(Database* db) : m_db(db) {}

std::optional<AuditNames::Named> AuditNames::lookup(const QString& cacheKey, const QString& sql,
                                                    const QString& value) const
{
    if (!m_db || value.isEmpty())
        return std::nullopt;
    if (auto it = m_cache.constFind(cacheKey + value); it != m_cache.cend())
        return it.value();
    std::optional<Named> found;
    SqlQuery q(m_db->sql(), sql);
    q.bind(QStringLiteral(":v"), value);
    if (q.exec() && q.next())
        found = Named{q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}};
    m_cache.insert(cacheKey + value, found);
    return found;
}

QString AuditNames::product(const QString& productId, const QString& sku, const QString& language) const
{
    auto found = lookup(QStringLiteral("product:"),
                        QStringLiteral("SELECT sku, name_ky, name_ru, name_en FROM products WHERE id = :v"), productId);
    if (!found && !sku.isEmpty())
        found = lookup(QStringLiteral("sku:"),
                       QStringLiteral("SELECT sku, name_ky, name_ru, name_en FROM products WHERE sku = :v"), sku);
    if (!found)
        return sku.isEmpty() ? productId : sku;
    const QString name = found->name.in(language);
    const QString key = found->key.isEmpty() ? sku : found->key;
    return name.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(Language::quoted(name, language), key);
}

QString AuditNames::producer(const QString& producerId, const QString& code) const
{
    auto found = lookup(QStringLiteral("producer:"),
                        QStringLiteral("SELECT code, name, name, name FROM producers WHERE id = :v"), producerId);
    if (!found && !code.isEmpty())
        found = lookup(QStringLiteral("producer-code:"),
                       QStringLiteral("SELECT code, name, name, name FROM producers WHERE code = :v"), code);
    if (!found)
        return code.isEmpty() ? producerId : code;
    return found->name.ru.isEmpty() ? found->key : found->name.ru;
}

QString AuditNames::user(const QString& loginName) const
{
    const auto found =
        lookup(QStringLiteral("user:"),
               QStringLiteral("SELECT name, full_name, full_name, full_name FROM users WHERE name = :v"), loginName);
    if (!found || found->name.ru.trimmed().isEmpty())
        return loginName;
    return QStringLiteral("%1 (%2)").arg(found->name.ru, loginName);
}

QString AuditNames::village(const QString& villageId, const QString& language) const
{
    const auto found =
        lookup(QStringLiteral("village:"),
               QStringLiteral("SELECT id, name_ky, name_ru, name_en FROM villages WHERE id = :v"), villageId);
    return found ? found->name.in(language) : villageId;
}

QString AuditNames::category(const QString& key, const QString& language) const
{
    const auto found =
        lookup(QStringLiteral("category:"),
               QStringLiteral("SELECT key, name_ky, name_ru, name_en FROM categories WHERE key = :v"), key);
    return found && !found->name.in(language).isEmpty() ? found->name.in(language) : key;
}

QString AuditText::fieldTitle(const QString& field)
{
    for (const FieldTitle& t : FieldTitles)
        if (field == QLatin1String(t.key))
            return QCoreApplication::translate("AuditText", t.title.source, t.title.comment);
    QString setting = SettingsService::keyTitle(field);
    if (!setting.isEmpty())
        setting[0] = setting.at(0).toUpper();
    return setting;
}

QString AuditText::reasonText(const QString& reason)
{
    if (reason == QLatin1String("wrong-pin"))
        return tr("wrong PIN");
    if (reason == QLatin1String("locked"))
        return tr("the user is locked after wrong PINs");
    if (reason == QLatin1String("too-many-attempts"))
        return tr("too many wrong PINs");
    if (reason == QLatin1String("disabled"))
        return tr("the user is disabled");
    if (reason == QLatin1String("unknown-user"))
        return tr("no such user");
    return reason;
}

QString AuditText::valueText(const QString& field, const QJsonValue& value, const AuditNames& names,
                             const QString& language)
{
    const QLocale locale = localeOf(language);
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (field == QLatin1String("price") || field == QLatin1String("unit_cost_tyiyn"))
        return Money::fromTyiyn(value.toInteger()).format(language);
    if (field == QLatin1String("quantity_milli"))
        return Quantity::fromMilli(value.toInteger()).format(language);
    if (field == QLatin1String("commission"))
        return locale.toString(value.toDouble() / 100.0, 'f', value.toInteger() % 100 == 0 ? 0 : 2) +
               QStringLiteral(" %");
    if (field == QLatin1String("bytes"))
        return locale.formattedDataSize(value.toInteger());
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? locale.toString(qint64(d)) : locale.toString(d);
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << valueText(field, v, names, language);
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (field == QLatin1String("unit"))
        if (const auto unit = Units::fromKey(text))
            return Units::symbol(*unit);
    if (field == QLatin1String("category"))
        return names.category(text, language);
    if (field == QLatin1String("producer_code"))
        return names.producer(QString(), text);
    if (field == QLatin1String("village") || field == QLatin1String("village_id"))
        return names.village(text, language);
    if (field == QLatin1String("tax_group") && TaxGroups::isValid(text))
        return TaxGroups::displayName(text);
    if (field == QLatin1String("kind"))
        if (const auto kind = ProducerKinds::fromKey(text))
            return ProducerKinds::displayName(*kind);
    if (field == QLatin1String("terms"))
        if (const auto terms = ProducerKinds::termsFromKey(text))
            return ProducerKinds::termsDisplayName(*terms);
    if (field == QLatin1String("role"))
        if (const auto role = Roles::fromKey(text))
            return Roles::displayName(*role);
    if (field == QLatin1String("language") && Language::isValid(text))
        return Language::nativeName(text);
    if (field == QLatin1String("reason"))
        return reasonText(text);
    if (isDateField(field))
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
            return date.toString(QStringLiteral("dd.MM.yyyy"));
    return text;
}

namespace {

// "Price: 3 200,00 сом → 3 333,00 сом; Producer: …" of a {"field": {"old", "new"}} object.
QString changesText(const QJsonObject& changes, const AuditNames& names, const QString& language)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(AuditText::fieldTitle(it.key()),
                          AuditText::valueText(it.key(), change.value(QLatin1String("old")), names, language),
                          AuditText::valueText(it.key(), change.value(QLatin1String("new")), names, language));
    }
    return parts.join(QStringLiteral("; "));
}

// "Title: value; …" of the fields that say something (identities, empty values and "no" left out).
QString valuesText(const QJsonObject& values, const AuditNames& names, const QString& language,
                   const QStringList& skip = {})
{
    QStringList parts;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue v = it.value();
        if (skip.contains(it.key()) || isIdentity(it.key()) || (v.isBool() && !v.toBool()) ||
            (v.isString() && v.toString().isEmpty()) || v.isNull())
            continue;
        if (v.isObject() &&
            (v.toObject().contains(QLatin1String("old")) || v.toObject().contains(QLatin1String("new"))))
            parts << changesText(QJsonObject{{it.key(), v}}, names, language);
        else
            parts << QStringLiteral("%1: %2").arg(AuditText::fieldTitle(it.key()),
                                                  AuditText::valueText(it.key(), v, names, language));
    }
    return parts.join(QStringLiteral("; "));
}

QString withDetails(const QString& sentence, const QString& details)
{
    return details.isEmpty() ? sentence : sentence + QStringLiteral(" ") + details;
}

} // namespace

QString AuditText::describe(const AuditEntry& entry, const AuditNames& names, const QString& language)
{
    const QJsonObject& d = entry.details;
    const QString& a = entry.action;
    const QStringList names3 = {QStringLiteral("name_ky"),  QStringLiteral("name_ru"),  QStringLiteral("name_en"),
                                QStringLiteral("story_ky"), QStringLiteral("story_ru"), QStringLiteral("story_en")};

    if (a.startsWith(QLatin1String("product."))) {
        const QString product = names.product(str(d, "product_id"), str(d, "sku"), language);
        if (a == QLatin1String("product.add"))
            return withDetails(tr("%1 added.").arg(product),
                               valuesText(d.value(QLatin1String("fields")).toObject(), names, language, names3));
        if (a == QLatin1String("product.change"))
            return tr("%1 changed: %2.")
                .arg(product, changesText(d.value(QLatin1String("changes")).toObject(), names, language));
        if (a == QLatin1String("product.archive"))
            return tr("%1 taken off sale (archived).").arg(product);
        if (a == QLatin1String("product.reactivate"))
            return tr("%1 back on sale.").arg(product);
        if (a == QLatin1String("product.remove"))
            return tr("%1 deleted.").arg(product);
        if (a == QLatin1String("product.photo"))
            return d.value(QLatin1String("photo_bytes")).toInteger() > 0 ? tr("New photo of %1.").arg(product)
                                                                         : tr("Photo of %1 removed.").arg(product);
    }
    if (a.startsWith(QLatin1String("producer.")) && a != QLatin1String("producer.import")) {
        const QString producer = names.producer(str(d, "producer_id"), str(d, "code"));
        if (a == QLatin1String("producer.add"))
            return withDetails(
                tr("Producer %1 added.").arg(producer),
                valuesText(d.value(QLatin1String("fields")).toObject(), names, language, {QStringLiteral("name")}));
        if (a == QLatin1String("producer.change"))
            return tr("Producer %1 changed: %2.")
                .arg(producer, changesText(d.value(QLatin1String("changes")).toObject(), names, language));
        if (a == QLatin1String("producer.archive"))
            return tr("Producer %1 archived.").arg(producer);
        if (a == QLatin1String("producer.reactivate"))
            return tr("Producer %1 active again.").arg(producer);
    }
    if (a == QLatin1String("stock.receive")) {
        const QString product = names.product(str(d, "product_id"), str(d, "sku"), language);
        return withDetails(tr("%1 received: %2.")
                               .arg(product, valueText(QStringLiteral("quantity_milli"),
                                                       d.value(QLatin1String("quantity_milli")), names, language)),
                           valuesText(d, names, language, {QStringLiteral("quantity_milli")}));
    }
    if (a == QLatin1String("stock.receiving")) {
        const QString producer = names.producer(str(d, "producer_id"), str(d, "code"));
        const int lines = int(d.value(QLatin1String("lines")).toArray().size());
        QString sentence =
            tr("Delivery %1 from %2 received: %n line(s).", nullptr, lines).arg(str(d, "number"), producer);
        if (d.contains(QLatin1String("cost_total_tyiyn")))
            sentence +=
                QLatin1Char(' ') +
                tr("Cost: %1.")
                    .arg(Money::fromTyiyn(d.value(QLatin1String("cost_total_tyiyn")).toInteger()).format(language));
        return sentence;
    }
    if (a == QLatin1String("stock.adjustment")) {
        const QString product = names.product(str(d, "product_id"), str(d, "sku"), language);
        const auto reason = AdjustmentReasons::fromKey(str(d, "reason"));
        QString sentence = tr("Stock of %1 corrected by %2 (%3).")
                               .arg(product,
                                    valueText(QStringLiteral("quantity_milli"),
                                              d.value(QLatin1String("quantity_milli")), names, language),
                                    reason ? AdjustmentReasons::displayName(*reason) : str(d, "reason"));
        if (!str(d, "note").isEmpty())
            sentence += QLatin1Char(' ') + str(d, "note");
        return sentence;
    }
    if (a == QLatin1String("stock.min_level")) {
        const QString product = names.product(str(d, "product_id"), str(d, "sku"), language);
        return tr("Minimum level of %1: %2 → %3.")
            .arg(product, Quantity::fromMilli(d.value(QLatin1String("old_milli")).toInteger()).format(language),
                 Quantity::fromMilli(d.value(QLatin1String("new_milli")).toInteger()).format(language));
    }
    if (a == QLatin1String("village.add") || a == QLatin1String("village.change")) {
        const QString village = names.village(str(d, "village_id"), language);
        if (a == QLatin1String("village.add"))
            return tr("Village %1 added.").arg(village);
        return tr("Village %1 changed: %2.")
            .arg(village, changesText(d.value(QLatin1String("changes")).toObject(), names, language));
    }
    if (a == QLatin1String("login"))
        return d.value(QLatin1String("pin_rehashed")).toBool() ? tr("Logged in; the stored PIN was made stronger.")
                                                               : tr("Logged in.");
    if (a == QLatin1String("login.failed")) {
        const QString reason = reasonText(str(d, "reason"));
        if (d.contains(QLatin1String("attempt")))
            return tr("Login refused: %1 (attempt %2).").arg(reason).arg(d.value(QLatin1String("attempt")).toInt());
        return tr("Login refused: %1.").arg(reason);
    }
    if (a == QLatin1String("user.locked")) {
        const QDateTime until = QDateTime::fromString(str(d, "until"), Qt::ISODateWithMs);
        return tr("Locked after wrong PINs until %1.")
            .arg(until.isValid() ? localeOf(language).toString(until.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm"))
                                 : str(d, "until"));
    }
    if (a.startsWith(QLatin1String("user."))) {
        const QString user = names.user(str(d, "name"));
        if (a == QLatin1String("user.add"))
            return tr("%1 added as %2; language: %3.")
                .arg(user, valueText(QStringLiteral("role"), d.value(QLatin1String("role")), names, language),
                     valueText(QStringLiteral("language"), d.value(QLatin1String("language")), names, language));
        if (a == QLatin1String("user.disable"))
            return tr("%1 disabled.").arg(user);
        if (a == QLatin1String("user.enable"))
            return tr("%1 enabled.").arg(user);
        if (a == QLatin1String("user.pin-reset"))
            return tr("New PIN set for %1.").arg(user);
        if (a == QLatin1String("user.language"))
            return tr("Language of %1: %2 → %3.")
                .arg(user, valueText(QStringLiteral("language"), d.value(QLatin1String("old")), names, language),
                     valueText(QStringLiteral("language"), d.value(QLatin1String("new")), names, language));
    }
    if (a == QLatin1String("settings.change"))
        return QStringLiteral("%1: %2 → %3.")
            .arg(fieldTitle(str(d, "key")), valueText(QString(), d.value(QLatin1String("old")), names, language),
                 valueText(QString(), d.value(QLatin1String("new")), names, language));
    if (a == QLatin1String("catalog.import"))
        return tr("Catalogue imported: %1 products added, %2 changed.")
            .arg(d.value(QLatin1String("added")).toInt())
            .arg(d.value(QLatin1String("changed")).toInt());
    if (a == QLatin1String("producer.import"))
        return tr("Producers imported: %1 added, %2 changed.")
            .arg(d.value(QLatin1String("added")).toInt())
            .arg(d.value(QLatin1String("changed")).toInt());
    if (a.startsWith(QLatin1String("shift."))) {
        const int shift = d.value(QLatin1String("shift_number")).toInt();
        auto amount = [&](const char* key) {
            return Money::fromTyiyn(d.value(QLatin1String(key)).toInteger()).format(language);
        };
        if (a == QLatin1String("shift.open"))
            return tr("Shift %1 opened with a float of %2.").arg(shift).arg(amount("opening_float_tyiyn"));
        if (a == QLatin1String("shift.cash_in"))
            return tr("%1 put into the drawer in shift %2: %3.")
                .arg(amount("amount_tyiyn"))
                .arg(shift)
                .arg(str(d, "reason"));
        if (a == QLatin1String("shift.cash_out"))
            return tr("%1 taken out of the drawer in shift %2: %3.")
                .arg(amount("amount_tyiyn"))
                .arg(shift)
                .arg(str(d, "reason"));
        if (a == QLatin1String("shift.close"))
            return tr("Shift %1 closed with Z report %2: %3 counted, %4 expected, difference %5.")
                .arg(shift)
                .arg(d.value(QLatin1String("z_number")).toInt())
                .arg(amount("counted_cash_tyiyn"), amount("expected_cash_tyiyn"), amount("difference_tyiyn"));
    }
    const auto money = [&](const char* key) {
        return Money::fromTyiyn(d.value(QLatin1String(key)).toInteger()).format(language);
    };
    if (a == QLatin1String("sale"))
        return tr("Sale %1: %2, %n line(s).", "", int(d.value(QLatin1String("lines")).toArray().size()))
            .arg(str(d, "receipt"), money("total"));
    if (a == QLatin1String("return"))
        return tr("Return %1 against sale %2: %3 refunded.")
            .arg(str(d, "receipt"), str(d, "sale_receipt"), money("total"));
    if (a == QLatin1String("producer.commission")) {
        const QString producer = names.producer(str(d, "producer_id"), str(d, "producer"));
        const QString category = names.category(str(d, "category"), language);
        const auto percent = [&](const char* key) {
            return QStringLiteral("%1%").arg(
                localeOf(language).toString(d.value(QLatin1String(key)).toInt() / 100.0, 'g', 4));
        };
        if (d.value(QLatin1String("basis_points")).isNull())
            return tr("Commission of %1 on %2: its own rate of %3 applies again.")
                .arg(producer, category, percent("producer_bp"));
        return tr("Commission of %1 on %2 set to %3.").arg(producer, category, percent("basis_points"));
    }
    if (a == QLatin1String("producer.statement"))
        return tr("Statement %1 for %2, %3 to %4: sold %5, returned %6, commission %7, owed %8.")
            .arg(str(d, "number"), names.producer(str(d, "producer_id"), str(d, "producer")), str(d, "from"),
                 str(d, "to"), money("gross"), money("returns"), money("commission"), money("owed"));
    if (a == QLatin1String("producer.payout"))
        return tr("Payout %1 of %2 to %3 for statement %4 (%5).")
            .arg(str(d, "number"), money("amount"), names.producer(str(d, "producer_id"), str(d, "producer")),
                 str(d, "statement"), str(d, "method"));
    if (a == QLatin1String("producer.return"))
        return tr("Return %1 to %2: %n line(s).", "", int(d.value(QLatin1String("lines")).toArray().size()))
            .arg(str(d, "number"), names.producer(str(d, "producer_id"), str(d, "producer")));
    if (a == QLatin1String("sale.void"))
        return tr("A cart of %1 voided before payment.").arg(money("total"));
    const auto qty = [&](const char* key) {
        return Quantity::fromMilli(d.value(QLatin1String(key)).toInteger()).format(language);
    };
    if (a == QLatin1String("stocktake.start"))
        return str(d, "scope_code").isEmpty()
                   ? tr("Stocktake %1 of the whole shop started.").arg(str(d, "number"))
                   : tr("Stocktake %1 of %2 %3 started.")
                         .arg(str(d, "number"),
                              str(d, "scope") == QLatin1String("category") ? tr("category") : tr("producer"),
                              str(d, "scope_code"));
    if (a == QLatin1String("stocktake.post"))
        return tr("Stocktake %1 posted with %2 correction(s) worth %3, approved by %4.")
            .arg(str(d, "number"))
            .arg(d.value(QLatin1String("movements")).toInt())
            .arg(money("value_tyiyn"), str(d, "approver"));
    if (a == QLatin1String("stocktake.cancel"))
        return tr("Stocktake %1 cancelled: nothing posted.").arg(str(d, "number"));
    if (a == QLatin1String("transfer.out"))
        return tr("Transfer %1 sent to %2: %3 in %4 line(s).")
            .arg(str(d, "number"), str(d, "to_shop"), qty("quantity_milli"))
            .arg(d.value(QLatin1String("lines")).toInt());
    if (a == QLatin1String("transfer.in"))
        return tr("Transfer %1 received from %2: %3, %4 line(s) with a difference.")
            .arg(str(d, "number"), str(d, "from_shop"), qty("quantity_milli"))
            .arg(d.value(QLatin1String("differences")).toInt());
    if (a == QLatin1String("transfer.confirmation"))
        return tr("%1 confirmed transfer %2: %3 received, %4 line(s) with a difference.")
            .arg(str(d, "to_shop"), str(d, "number"), qty("quantity_milli"))
            .arg(d.value(QLatin1String("differences")).toInt());
    if (a == QLatin1String("till.approval"))
        return tr("%1 approved for %2: %3. Reason: %4")
            .arg(str(d, "approver"), str(d, "for"), str(d, "what"),
                 str(d, "reason").isEmpty() ? QStringLiteral("—") : str(d, "reason"));
    // Anything else: its details, each with a translated title.
    return valuesText(d, names, language);
}

} // namespace ovop
