// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include "models/core/Result.h"

class QPainter;

namespace ovop::ui {

// The barcode of a label, encoded by libzint and kept as vector shapes measured in modules
// (X-dimensions), with its quiet zones and human-readable text: a retail code (EAN-13, EAN-8 or
// UPC-A; in-store codes are EAN-13 with prefix 20-29), or a product's code of another system as
// Code 128. Painting it at any module size gives crisp bars in a PDF.
class LinearBarcode
{
    Q_DECLARE_TR_FUNCTIONS(LinearBarcode)

public:
    enum class Kind { Ean13, Ean8, UpcA, Code128 };

    // The longest code of another system a label prints (Code 128 grows too wide beyond it).
    static constexpr int MaxCode128Length = 20;

    // Checks a code: digits only must be 13 (EAN-13), 8 (EAN-8) or 12 (UPC-A) long with a correct
    // check digit; anything else must be printable ASCII of at most MaxCode128Length characters.
    static Status check(const QString& code);
    // Encodes a checked code with bars barHeight modules high (EAN guard bars reach a little lower).
    static Result<LinearBarcode> encode(const QString& code, qreal barHeight = 40);

    Kind kind() const { return m_kind; }
    const QString& code() const { return m_code; }
    // The whole symbol in modules: quiet zones included, from the top of the bars to under the digits.
    QSizeF size() const { return m_size; }
    // Paints the symbol with its top-left corner at topLeft, one module being `module` painter units.
    void paint(QPainter& painter, const QPointF& topLeft, qreal module) const;

private:
    struct Text
    {
        QPointF baseline;   // x as given by align
        qreal fontSize = 0; // em, in modules
        int align = 0;      // 0 centre, 1 left, 2 right
        QString text;
    };

    LinearBarcode() = default;

    Kind m_kind = Kind::Ean13;
    QString m_code;
    QSizeF m_size;
    QList<QRectF> m_bars;
    QList<Text> m_texts;
};

} // namespace ovop::ui
