// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/Money.h"
#include "models/core/Result.h"

namespace ovop {

// One field of an ELQR payload: a two-digit id and its value (percent-decoded). The service
// template (32) also carries its sub-fields, parsed; every other value is kept as it came.
struct ElqrField
{
    QString id;
    QString value;
    QList<ElqrField> subFields; // of field 32 only, in their order

    bool operator==(const ElqrField&) const = default;
};

// An ELQR link taken apart: what comes before the payload, and every field in the link's order.
struct ElqrCode
{
    QString prefix;          // the link up to and including '#', as given
    QList<ElqrField> fields; // every field, in the order of the link

    // The first field with this id, or null.
    const ElqrField* field(const QString& id) const;
    // Its value, or a null string when the field is missing.
    QString value(const QString& id) const;
    // The value of a sub-field of the service template (32), or a null string.
    QString serviceValue(const QString& subId) const;
    bool isDynamic() const { return value(QStringLiteral("01")) == QLatin1String("12"); }
    // The amount (54), when the link carries one that is a whole number of tyiyn.
    std::optional<Money> amount() const;
    // The transaction id (32/11): the receipt number in links made by the till.
    QString transactionId() const { return serviceValue(QStringLiteral("11")); }
};

// The national QR payment standard (ELQR): the link's part after '#' is a list of fields, each a
// two-digit id, a two-digit length counted in characters, then the value. Field 63 holds the last
// four hex digits of SHA-256 over the UTF-8 of every other field (id, length, value), in the
// order of the link. Refusals are ErrorKind::Validation with a translated reason naming the field.
class Elqr
{
    Q_DECLARE_TR_FUNCTIONS(Elqr)

public:
    // Takes a link apart: refused when it has no '#', or a field's id or length is not two digits,
    // or a value is cut short (also inside field 32). Says nothing about the fields' values.
    static Result<ElqrCode> parse(const QString& link);
    // Checks the fields: the required ones (00, 01, 32 or 33, 53, 63) present once, version 01,
    // type 11 or 12, currency 417, an amount of digits, a provider name of at most 25 characters,
    // a transaction id of at most 32, and the checksum (hex digits in either case).
    static Status verify(const ElqrCode& code);
    // parse() and then verify().
    static Status verify(const QString& link);

    // The checksum of the fields other than 63, as four upper-case hex digits.
    static QString checksum(const QList<ElqrField>& fields);
    // The fields written out as id, length, value (sub-fields of 32 written into its value).
    static QString payload(const QList<ElqrField>& fields);
    // The whole link: the prefix, then the payload with what a link cannot carry as it is
    // percent-encoded (letters beyond ASCII, spaces, '%', '#'): parse() gives the same fields back.
    static QString link(const ElqrCode& code);

    // A translated name of a field for display ("currency"); parentId "32" names a sub-field of
    // the service template. An id without a name gives "field NN".
    static QString fieldName(const QString& id, const QString& parentId = {});

    // From a valid static (or dynamic) link, the dynamic link of one sale: type 12, amount (54) in
    // tyiyn and the receipt number as transaction id (32/11), each replaced where it stands or
    // added before the checksum, the other fields kept in their order, the prefix kept and the
    // checksum computed again. Refused when the link does not verify, the amount is not above
    // zero, or the receipt number is empty or longer than 32 characters.
    static Result<QString> buildDynamicLink(const QString& link, Money amount, const QString& receiptNumber);
};

} // namespace ovop
