// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/ProducerStore.h"

#include "models/catalog/ProductStore.h"
#include "models/store/Database.h"
#include "models/store/Sql.h"

namespace ovop {

namespace {

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate readDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString ProducerStore::selectSql()
{
    return QStringLiteral(
        "SELECT pr.id, pr.code, pr.name, pr.kind, pr.village_id, pr.phone, pr.members, pr.women, pr.women_led, "
        "pr.terms, pr.commission_bp, pr.payment_details, pr.fair_price_basis, pr.last_visit_date, "
        "pr.last_visit_result, pr.follow_up, pr.child_labour_check_date, pr.child_labour_check_result, "
        "pr.materials_and_dyes, pr.environmental_practice, pr.exempt_seller_document, pr.certificate_number, "
        "pr.certificate_date, pr.active, pr.created_at, v.name_ky, v.name_ru, v.name_en, d.id, d.name_ky, "
        "d.name_ru, d.name_en, o.id, o.name_ky, o.name_ru, o.name_en, "
        "(SELECT count(*) FROM products p WHERE p.producer_id = pr.id AND p.active = 1) "
        "FROM producers pr JOIN villages v ON v.id = pr.village_id LEFT JOIN districts d ON d.id = v.district_id "
        "JOIN oblasts o ON o.id = v.oblast_id ");
}

Producer ProducerStore::readProducer(const SqlQuery& q)
{
    Producer p;
    p.id = q.value(0).toString();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.kind = ProducerKinds::fromKey(q.value(3).toString()).value_or(Producer::Kind::Individual);
    p.villageId = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.members = q.value(6).toInt();
    p.women = q.value(7).toInt();
    p.womenLed = q.value(8).toBool();
    p.terms = ProducerKinds::termsFromKey(q.value(9).toString()).value_or(Producer::Terms::Consignment);
    p.commissionBasisPoints = q.value(10).toInt();
    p.paymentDetails = q.value(11).toString();
    p.fairPriceBasis = q.value(12).toString();
    p.lastVisitDate = readDate(q.value(13));
    p.lastVisitResult = q.value(14).toString();
    p.followUp = q.value(15).toString();
    p.childLabourCheckDate = readDate(q.value(16));
    p.childLabourCheckResult = q.value(17).toString();
    p.materialsAndDyes = q.value(18).toString();
    p.environmentalPractice = q.value(19).toString();
    p.exemptSellerDocument = q.value(20).toString();
    p.certificateNumber = q.value(21).toString();
    p.certificateDate = readDate(q.value(22));
    p.active = q.value(23).toBool();
    p.createdAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    p.villageName = {q.value(25).toString(), q.value(26).toString(), q.value(27).toString()};
    p.districtId = q.value(28).toString();
    p.districtName = {q.value(29).toString(), q.value(30).toString(), q.value(31).toString()};
    p.oblastId = q.value(32).toString();
    p.oblastName = {q.value(33).toString(), q.value(34).toString(), q.value(35).toString()};
    p.productCount = q.value(36).toInt();
    return p;
}

Result<std::optional<Producer>> ProducerStore::loadBy(const QString& where, const QString& placeholder,
                                                      const QVariant& value)
{
    SqlQuery q(m_db.sql(), selectSql() + where);
    q.bind(placeholder, value);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next())
        return std::optional<Producer>();
    return std::optional<Producer>(readProducer(q));
}

Result<std::optional<Producer>> ProducerStore::loadById(const QString& id)
{
    return loadBy(QStringLiteral("WHERE pr.id = :id"), QStringLiteral(":id"), id);
}

Result<std::optional<Producer>> ProducerStore::loadByCode(const QString& code)
{
    return loadBy(QStringLiteral("WHERE pr.code = :code"), QStringLiteral(":code"), code.trimmed());
}

Result<bool> ProducerStore::villageExists(const QString& villageId)
{
    SqlQuery q(m_db.sql(), QStringLiteral("SELECT 1 FROM villages WHERE id = :id"));
    q.bind(QStringLiteral(":id"), villageId);
    if (auto done = q.exec(); !done)
        return done.error();
    return q.next();
}

Producer ProducerStore::normalised(const Producer& producer)
{
    Producer p = producer;
    for (QString* text : {&p.code, &p.name, &p.villageId, &p.phone, &p.paymentDetails, &p.fairPriceBasis,
                          &p.lastVisitResult, &p.followUp, &p.childLabourCheckResult, &p.materialsAndDyes,
                          &p.environmentalPractice, &p.exemptSellerDocument, &p.certificateNumber})
        *text = text->trimmed();
    return p;
}

Status ProducerStore::write(Producer& p, const Producer* before)
{
    Database& db = m_db;
    const QString now = db.storedNow();
    const bool isNew = before == nullptr;
    if (isNew) {
        if (p.id.isEmpty())
            p.id = db.newId();
        p.createdAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    }
    const QString sql = isNew
        ? QStringLiteral(
              "INSERT INTO producers (id, code, name, kind, village_id, phone, members, women, women_led, terms, "
              "commission_bp, payment_details, fair_price_basis, last_visit_date, last_visit_result, follow_up, "
              "child_labour_check_date, child_labour_check_result, materials_and_dyes, environmental_practice, "
              "exempt_seller_document, certificate_number, certificate_date, active, updated_at, created_at, "
              "origin_shop, origin_device) VALUES (:id, :code, :name, :kind, :village, :phone, :members, :women, "
              ":women_led, :terms, :commission, :payment, :fair, :visit_date, :visit_result, :follow_up, :child_date, "
              ":child_result, :materials, :environment, :exempt, :cert_number, :cert_date, :active, :updated_at, "
              ":created_at, :shop, :device)")
        : QStringLiteral(
              "UPDATE producers SET code = :code, name = :name, kind = :kind, village_id = :village, phone = :phone, "
              "members = :members, women = :women, women_led = :women_led, terms = :terms, commission_bp = :commission, "
              "payment_details = :payment, fair_price_basis = :fair, last_visit_date = :visit_date, "
              "last_visit_result = :visit_result, follow_up = :follow_up, child_labour_check_date = :child_date, "
              "child_labour_check_result = :child_result, materials_and_dyes = :materials, "
              "environmental_practice = :environment, exempt_seller_document = :exempt, "
              "certificate_number = :cert_number, certificate_date = :cert_date, active = :active, "
              "updated_at = :updated_at WHERE id = :id");
    SqlQuery q(db.sql(), sql);
    q.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":code"), SqlQuery::text(p.code))
        .bind(QStringLiteral(":name"), SqlQuery::text(p.name))
        .bind(QStringLiteral(":kind"), ProducerKinds::key(p.kind))
        .bind(QStringLiteral(":village"), p.villageId)
        .bind(QStringLiteral(":phone"), SqlQuery::text(p.phone))
        .bind(QStringLiteral(":members"), p.members)
        .bind(QStringLiteral(":women"), p.women)
        .bind(QStringLiteral(":women_led"), p.womenLed ? 1 : 0)
        .bind(QStringLiteral(":terms"), ProducerKinds::termsKey(p.terms))
        .bind(QStringLiteral(":commission"), p.commissionBasisPoints)
        .bind(QStringLiteral(":payment"), SqlQuery::text(p.paymentDetails))
        .bind(QStringLiteral(":fair"), SqlQuery::text(p.fairPriceBasis))
        .bind(QStringLiteral(":visit_date"), dateValue(p.lastVisitDate))
        .bind(QStringLiteral(":visit_result"), SqlQuery::text(p.lastVisitResult))
        .bind(QStringLiteral(":follow_up"), SqlQuery::text(p.followUp))
        .bind(QStringLiteral(":child_date"), dateValue(p.childLabourCheckDate))
        .bind(QStringLiteral(":child_result"), SqlQuery::text(p.childLabourCheckResult))
        .bind(QStringLiteral(":materials"), SqlQuery::text(p.materialsAndDyes))
        .bind(QStringLiteral(":environment"), SqlQuery::text(p.environmentalPractice))
        .bind(QStringLiteral(":exempt"), SqlQuery::text(p.exemptSellerDocument))
        .bind(QStringLiteral(":cert_number"), SqlQuery::text(p.certificateNumber))
        .bind(QStringLiteral(":cert_date"), dateValue(p.certificateDate))
        .bind(QStringLiteral(":active"), p.active ? 1 : 0)
        .bind(QStringLiteral(":updated_at"), now);
    if (isNew)
        q.bind(QStringLiteral(":created_at"), now)
            .bind(QStringLiteral(":shop"), SqlQuery::text(db.origin().shopCode))
            .bind(QStringLiteral(":device"), SqlQuery::text(db.origin().deviceId));
    if (auto done = q.exec(); !done)
        return done;
    if (!isNew && (before->name != p.name || before->code != p.code || before->villageId != p.villageId))
        return ProductStore(db).reindex(QStringLiteral("WHERE p.producer_id = :producer"),
                                        {{QStringLiteral(":producer"), p.id}});
    return {};
}

QJsonObject ProducerStore::fieldValues(const Producer& p)
{
    namespace F = ProducerField;
    return QJsonObject{
        {F::Code, p.code},
        {F::Name, p.name},
        {F::Kind, ProducerKinds::key(p.kind)},
        {F::Village, p.villageId},
        {F::Phone, p.phone},
        {F::Members, p.members},
        {F::Women, p.women},
        {F::WomenLed, p.womenLed},
        {F::Terms, ProducerKinds::termsKey(p.terms)},
        {F::Commission, p.commissionBasisPoints},
        {F::PaymentDetails, p.paymentDetails},
        {F::FairPriceBasis, p.fairPriceBasis},
        {F::LastVisitDate, dateText(p.lastVisitDate)},
        {F::LastVisitResult, p.lastVisitResult},
        {F::FollowUp, p.followUp},
        {F::ChildLabourCheckDate, dateText(p.childLabourCheckDate)},
        {F::ChildLabourCheckResult, p.childLabourCheckResult},
        {F::MaterialsAndDyes, p.materialsAndDyes},
        {F::EnvironmentalPractice, p.environmentalPractice},
        {F::ExemptSellerDocument, p.exemptSellerDocument},
        {F::CertificateNumber, p.certificateNumber},
        {F::CertificateDate, dateText(p.certificateDate)},
        {F::Active, p.active},
    };
}

QJsonObject ProducerStore::changes(const Producer& before, const Producer& after, const QSet<QString>& fields)
{
    const QJsonObject a = fieldValues(before);
    const QJsonObject b = fieldValues(after);
    QJsonObject out;
    for (const QString& key : ProducerField::all()) {
        if (!fields.isEmpty() && !fields.contains(key))
            continue;
        if (a.value(key) != b.value(key))
            out.insert(key, QJsonObject{{QStringLiteral("old"), a.value(key)}, {QStringLiteral("new"), b.value(key)}});
    }
    return out;
}

} // namespace ovop
