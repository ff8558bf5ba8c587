// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "models/catalog/LocalizedText.h"

namespace ovop {

// A maker of goods the shop sells: an artisan, a group or a cooperative in a village, with the
// due-diligence record buyers in Japan and the EU ask for (UN Guiding Principles, WFTO).
struct Producer
{
    enum class Kind { Individual, Group, Cooperative };
    enum class Terms { Consignment, Purchase };

    // A working-conditions visit older than this many months makes the producer overdue.
    static constexpr int VisitIntervalMonths = 12;

    QString id;   // UUID; empty for a producer not yet saved
    QString code; // unique (case-insensitive), e.g. "BOS-01"; letters, digits, "-", "_", "."
    QString name;
    Kind kind = Kind::Individual;
    QString villageId;
    QString phone;
    int members = 1;      // people in the group (1 for an individual)
    int women = 0;        // of them women
    bool womenLed = false;
    Terms terms = Terms::Consignment;
    int commissionBasisPoints = 0; // shop's commission, 0..10000 (2500 = 25%)
    QString paymentDetails;        // bank account, card or "cash"

    // Due diligence.
    QString fairPriceBasis;   // how the price paid was agreed and documented
    QDate lastVisitDate;      // last working-conditions visit; invalid when never visited
    QString lastVisitResult;
    QString followUp;
    QDate childLabourCheckDate;
    QString childLabourCheckResult;
    QString materialsAndDyes;
    QString environmentalPractice;
    QString exemptSellerDocument; // number of the document used when buying without VAT invoice
    QString certificateNumber;    // OVOP Brand Committee
    QDate certificateDate;
    bool active = true;

    // Read only, filled by the services when reading.
    LocalizedText villageName;
    QString districtId;
    LocalizedText districtName;
    QString oblastId;
    LocalizedText oblastName;
    int productCount = 0; // active products
    QDateTime createdAt;

    // No visit on record, or the last one more than twelve months before today.
    bool visitOverdue(const QDate& today) const
    {
        return !lastVisitDate.isValid() || lastVisitDate.addMonths(VisitIntervalMonths) < today;
    }
};

class ProducerKinds
{
    Q_DECLARE_TR_FUNCTIONS(ProducerKinds)

public:
    static QString key(Producer::Kind kind); // "individual", "group", "cooperative"
    static std::optional<Producer::Kind> fromKey(const QString& key);
    static QString displayName(Producer::Kind kind); // translated
    static QString termsKey(Producer::Terms terms);  // "consignment", "purchase"
    static std::optional<Producer::Terms> termsFromKey(const QString& key);
    static QString termsDisplayName(Producer::Terms terms); // translated
};

// Keys of producer fields: FieldProblem::field, audit details, producer CSV columns.
namespace ProducerField {
inline const QString Code = QStringLiteral("code");
inline const QString Name = QStringLiteral("name");
inline const QString Kind = QStringLiteral("kind");
inline const QString Village = QStringLiteral("village");
inline const QString Phone = QStringLiteral("phone");
inline const QString Members = QStringLiteral("members");
inline const QString Women = QStringLiteral("women");
inline const QString WomenLed = QStringLiteral("women_led");
inline const QString Terms = QStringLiteral("terms");
inline const QString Commission = QStringLiteral("commission");
inline const QString PaymentDetails = QStringLiteral("payment_details");
inline const QString FairPriceBasis = QStringLiteral("fair_price_basis");
inline const QString LastVisitDate = QStringLiteral("last_visit_date");
inline const QString LastVisitResult = QStringLiteral("last_visit_result");
inline const QString FollowUp = QStringLiteral("follow_up");
inline const QString ChildLabourCheckDate = QStringLiteral("child_labour_check_date");
inline const QString ChildLabourCheckResult = QStringLiteral("child_labour_check_result");
inline const QString MaterialsAndDyes = QStringLiteral("materials_and_dyes");
inline const QString EnvironmentalPractice = QStringLiteral("environmental_practice");
inline const QString ExemptSellerDocument = QStringLiteral("exempt_seller_document");
inline const QString CertificateNumber = QStringLiteral("certificate_number");
inline const QString CertificateDate = QStringLiteral("certificate_date");
inline const QString Active = QStringLiteral("active");
QStringList all();
} // namespace ProducerField

struct ProducerFilter
{
    enum class State { Active, Archived, All };

    QString search;      // words of the name, code or village (prefix, case-insensitive)
    QString villageId;
    QString oblastId;
    bool overdueOnly = false; // visit overdue as of the database clock's today
    bool womenLedOnly = false;
    State state = State::Active;
};

} // namespace ovop
