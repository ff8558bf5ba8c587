// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ovop {

// Barcodes as printed on goods: the GS1 codes EAN-13, EAN-8 and UPC-A (check digit verified) and,
// for goods that carry a code of another system, any other printable ASCII code up to 48
// characters (Code 128), which has no check digit of its own. A code of digits only must be one of
// the GS1 lengths (8, 12, 13): a short or long run of digits is a typing error, not another system.
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Barcode)

public:
    enum class Kind {
        Invalid,
        Ean13,
        Ean8,
        UpcA,
        Other, // not numeric: Code 128 and similar, accepted without a check digit
    };

    static Kind classify(const QString& code);
    // True for a valid EAN-13, EAN-8 or UPC-A (check digit right) or an Other code.
    static bool isValid(const QString& code);
    // The problem with a code, translated, or an empty string when it is valid.
    static QString problem(const QString& code);
    // The GS1 check digit (0-9) for the digits without it (7, 11 or 12 digits), or -1 when they
    // are not digits of one of those lengths.
    static int computeCheckDigit(const QString& digitsWithoutCheck);
    // digits plus their check digit, or an empty string for bad input.
    static QString withCheckDigit(const QString& digitsWithoutCheck);

    // EAN-13 codes of the GS1 restricted-circulation range (prefix 20 to 29): numbers a shop gives
    // its own goods, meaningless outside it.
    static bool isRestrictedCirculation(const QString& code);
    // The in-store code of a sequence number: "20" + ten digits of sequence + check digit.
    static constexpr qint64 InStoreMaxSequence = 9'999'999'999;
    static QString inStore(qint64 sequence);

    // The same article may be scanned as UPC-A (12 digits) or as the EAN-13 with a leading zero:
    // every spelling a lookup should try, the given one first.
    static QStringList equivalents(const QString& code);

    // "EAN-13", "EAN-8", "UPC-A", "Code 128", for labels and lists (not translated: standard names).
    static QString kindName(Kind kind);
};

} // namespace ovop
