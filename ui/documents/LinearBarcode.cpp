// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/documents/LinearBarcode.h"

#include <memory>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <zint.h>

namespace ovop::ui {

namespace {

// The GS1 check digit of all digits but the last: weights 3 and 1 from the right.
int checkDigit(const QString& digits)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 2; i >= 0; --i) {
        sum += digits.at(i).digitValue() * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

struct SymbolDeleter
{
    void operator()(zint_symbol* symbol) const { ZBarcode_Delete(symbol); }
};

bool isDigits(const QString& code)
{
    for (const QChar c : code)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

Status LinearBarcode::check(const QString& code)
{
    if (code.isEmpty())
        return Error{tr("The product has no barcode: give it one (or an in-store code) before printing its label.")};
    if (isDigits(code)) {
        if (code.size() != 13 && code.size() != 8 && code.size() != 12)
            return Error{tr("The barcode \"%1\" has %2 digits: a barcode of digits must be an EAN-13 (13 digits), "
                            "EAN-8 (8 digits) or UPC-A (12 digits).")
                             .arg(code)
                             .arg(code.size())};
        const int expected = checkDigit(code);
        const int given = code.back().digitValue();
        if (given != expected)
            return Error{tr("The barcode \"%1\" has a wrong check digit (%2, it should be %3): check the number "
                            "printed on the product.")
                             .arg(code)
                             .arg(given)
                             .arg(expected)};
        return {};
    }
    for (const QChar c : code) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Error{tr("The barcode \"%1\" contains \"%2\": a barcode may hold only digits, Latin letters "
                            "and signs, without spaces.")
                             .arg(code, QString(c))};
    }
    if (code.size() > MaxCode128Length)
        return Error{tr("The barcode \"%1\" is too long to print on a label (at most %2 characters): give the "
                        "product an in-store barcode.")
                         .arg(code)
                         .arg(MaxCode128Length)};
    return {};
}

Result<LinearBarcode> LinearBarcode::encode(const QString& code, qreal barHeight)
{
    if (auto checked = check(code); !checked)
        return checked.error();

    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return Error{tr("Could not draw the barcode \"%1\": out of memory.").arg(code)};
    LinearBarcode barcode;
    barcode.m_code = code;
    if (!isDigits(code))
        barcode.m_kind = Kind::Code128;
    else
        barcode.m_kind = code.size() == 13 ? Kind::Ean13 : code.size() == 8 ? Kind::Ean8 : Kind::UpcA;
    switch (barcode.m_kind) {
    case Kind::Ean13:
    case Kind::Ean8:
        // The _CHK symbologies take the digits with their check digit and verify it again.
        symbol->symbology = BARCODE_EANX_CHK;
        break;
    case Kind::UpcA:
        symbol->symbology = BARCODE_UPCA_CHK;
        break;
    case Kind::Code128:
        symbol->symbology = BARCODE_CODE128;
        symbol->output_options |= BARCODE_QUIET_ZONES; // EAN and UPC have theirs by default
        break;
    }
    symbol->height = float(barHeight);
    symbol->scale = 0.5f; // vector units are then modules
    symbol->show_hrt = 1;
    const QByteArray data = code.toLatin1();
    const int encoded =
        ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char*>(data.constData()), int(data.size()));
    if (encoded >= ZINT_ERROR || ZBarcode_Buffer_Vector(symbol.get(), 0) >= ZINT_ERROR || !symbol->vector)
        return Error{tr("Could not draw the barcode \"%1\".").arg(code), QString::fromLatin1(symbol->errtxt)};

    const zint_vector* vector = symbol->vector;
    barcode.m_size = QSizeF(vector->width, vector->height);
    for (const zint_vector_rect* r = vector->rectangles; r; r = r->next) {
        if (r->colour == -1 || r->colour == 7) // foreground or black
            barcode.m_bars.append(QRectF(r->x, r->y, r->width, r->height));
    }
    for (const zint_vector_string* s = vector->strings; s; s = s->next) {
        Text text;
        text.baseline = QPointF(s->x, s->y);
        text.fontSize = s->fsize;
        text.align = s->halign;
        text.text = QString::fromUtf8(reinterpret_cast<const char*>(s->text), s->length);
        barcode.m_texts.append(text);
    }
    return barcode;
}

void LinearBarcode::paint(QPainter& painter, const QPointF& topLeft, qreal module) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    // One path for all bars, so that no hairline seams appear between them when rasterised.
    QPainterPath bars;
    bars.setFillRule(Qt::WindingFill);
    for (const QRectF& bar : m_bars)
        bars.addRect(QRectF(topLeft + bar.topLeft() * module, bar.size() * module));
    painter.drawPath(bars);

    // The text under the bars, centred where libzint puts it (EAN and UPC digits between the guards).
    painter.setPen(Qt::black);
    for (const Text& text : m_texts) {
        if (text.text.isEmpty())
            continue;
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setStyleHint(QFont::Monospace);
        font.setHintingPreference(QFont::PreferNoHinting);
        const int dpi = painter.device() ? painter.device()->logicalDpiY() : 72;
        font.setPointSizeF(text.fontSize * 0.9 * module * 72.0 / dpi);
        painter.setFont(font);
        const qreal width = QFontMetricsF(font, painter.device()).horizontalAdvance(text.text);
        const qreal x = text.baseline.x() * module;
        const qreal left = text.align == 1 ? x : text.align == 2 ? x - width : x - width / 2;
        painter.drawText(QPointF(topLeft.x() + left, topLeft.y() + text.baseline.y() * module), text.text);
    }
    painter.restore();
}

} // namespace ovop::ui
