// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "models/payouts/Payouts.h"
#include "models/settings/ShopSettings.h"

namespace ovop {

// A page document (A4) already in its language: what a producer signs. The words and figures are
// laid out here; ui/documents only draws them, so the PDF and the text say the same.
struct PrintedDocument
{
    struct Pair
    {
        QString label;
        QString value;
        bool operator==(const Pair&) const = default;
    };

    QString language;
    QString number;
    QStringList heading;     // the shop's name and address, centred
    QString title;           // "Statement BIS-1-T1-STM-000001"
    QList<Pair> facts;       // producer, village, period, date...
    QStringList columns;     // the table's header
    QList<bool> numeric;     // per column: right-aligned
    QList<int> widths;       // per column: relative width
    QList<QStringList> rows; // the table
    QList<Pair> totals;      // below the table, amounts on the right
    QString note;
    QStringList signatures; // a signature line for each
};

// The statement of a producer and the document of goods given back to a producer, in the given
// language (words from that language's translations, context "ProducerDocument", whatever the
// screen speaks; product and village names in that language too).
class ProducerDocuments
{
public:
    static PrintedDocument statement(const Statement& statement, const ShopSettings& shop, const QString& language);
    static PrintedDocument producerReturn(const ProducerReturn& doc, const ShopSettings& shop, const QString& language);
    // The document as plain text (for checks and for the command line).
    static QString toText(const PrintedDocument& doc);
};

} // namespace ovop
