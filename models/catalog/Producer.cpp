// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "models/catalog/Producer.h"

namespace ovop {

QString ProducerKinds::key(Producer::Kind kind)
{
    switch (kind) {
    case Producer::Kind::Group: return QStringLiteral("group");
    case Producer::Kind::Cooperative: return QStringLiteral("cooperative");
    case Producer::Kind::Individual: break;
    }
    return QStringLiteral("individual");
}

std::optional<Producer::Kind> ProducerKinds::fromKey(const QString& key)
{
    const QString k = key.trimmed().toCaseFolded();
    for (Producer::Kind kind : {Producer::Kind::Individual, Producer::Kind::Group, Producer::Kind::Cooperative})
        if (k == ProducerKinds::key(kind))
            return kind;
    return std::nullopt;
}

QString ProducerKinds::displayName(Producer::Kind kind)
{
    switch (kind) {
    case Producer::Kind::Group: return tr("Group");
    case Producer::Kind::Cooperative: return tr("Cooperative");
    case Producer::Kind::Individual: break;
    }
    return tr("Individual");
}

QString ProducerKinds::termsKey(Producer::Terms terms)
{
    return terms == Producer::Terms::Purchase ? QStringLiteral("purchase") : QStringLiteral("consignment");
}

std::optional<Producer::Terms> ProducerKinds::termsFromKey(const QString& key)
{
    const QString k = key.trimmed().toCaseFolded();
    if (k == QLatin1String("purchase"))
        return Producer::Terms::Purchase;
    if (k == QLatin1String("consignment"))
        return Producer::Terms::Consignment;
    return std::nullopt;
}

QString ProducerKinds::termsDisplayName(Producer::Terms terms)
{
    return terms == Producer::Terms::Purchase ? tr("Purchase") : tr("Consignment");
}

QStringList ProducerField::all()
{
    return {Code, Name, Kind, Village, Phone, Members, Women, WomenLed, Terms, Commission, PaymentDetails,
            FairPriceBasis, LastVisitDate, LastVisitResult, FollowUp, ChildLabourCheckDate, ChildLabourCheckResult,
            MaterialsAndDyes, EnvironmentalPractice, ExemptSellerDocument, CertificateNumber, CertificateDate,
            Active};
}

} // namespace ovop
