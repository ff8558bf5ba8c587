// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/documents/ReceiptRenderer.h"

#include <cmath>
#include <optional>

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include "ui/documents/LinearBarcode.h"
#include "ui/documents/QrSymbol.h"

namespace ovop::ui {

namespace {

using Style = ReceiptRow::Style;

// Thermal printers print 8 dots per millimetre (203 dpi): the unit of every layout here.
constexpr qreal DotsPerMm = 8.0;
constexpr int WidestDots = 576; // 72 mm printed on 80 mm paper
constexpr int NarrowestDots = 200;
constexpr qreal VerticalMargin = 8; // above the first row and below the last, in dots

// The fonts of a receipt, in dots: the body about 3 mm high, like a printer's own 12 x 24 font.
struct Fonts
{
    QFont normal;
    QFont bold;
    QFont small;
    QFont large;

    Fonts(int width, bool raster)
    {
        const bool narrow = width < WidestDots;
        normal = make(narrow ? 22 : 24, false, raster);
        bold = make(narrow ? 22 : 24, true, raster);
        small = make(narrow ? 18 : 20, false, raster);
        large = make(narrow ? 32 : 38, true, raster);
    }
    const QFont& of(Style style) const
    {
        switch (style) {
        case Style::Bold:
            return bold;
        case Style::Small:
            return small;
        case Style::Large:
            return large;
        default:
            return normal;
        }
    }

private:
    static QFont make(int pixels, bool isBold, bool raster)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setPixelSize(pixels);
        font.setBold(isBold);
        // A thermal head prints black or nothing: grey edges would only turn into ragged dots.
        if (raster)
            font.setStyleStrategy(QFont::NoAntialias);
        return font;
    }
};

// One printed line of text of a block: its text, where it starts, and which line of the block it is on.
struct Line
{
    QString text;
    qreal x = 0;
    int index = 0;
};

// What one row becomes on paper, measured: lines of text, a rule, a barcode or a QR code.
struct Block
{
    Style style = Style::Normal;
    QFont font;
    QList<Line> lines;
    qreal lineHeight = 0;
    qreal ascent = 0;
    qreal height = 0;
    std::optional<LinearBarcode> barcode;
    std::optional<QrSymbol> qr;
    int module = 1;     // dots per barcode or QR module
    qreal graphicX = 0; // left edge of the barcode or QR code
    qreal graphicHeight = 0;
};

// Splits text into lines no wider than width, at spaces where it can and inside a word only when the
// word alone is wider than a line. Leading spaces indent every line of the text.
QList<QPair<QString, qreal>> wrap(const QString& text, const QFontMetricsF& fm, qreal width)
{
    qsizetype spaces = 0;
    while (spaces < text.size() && text.at(spaces) == QLatin1Char(' '))
        ++spaces;
    const qreal indent = qMin(fm.horizontalAdvance(QString(spaces, QLatin1Char(' '))), width / 4);
    const qreal room = width - indent;
    QStringList lines;
    QString line;
    for (QString word : text.mid(spaces).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString joined = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(joined) <= room) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        // A word wider than the paper goes on over as many lines as it needs.
        while (fm.horizontalAdvance(word) > room) {
            qsizetype fits = 1;
            while (fits < word.size() && fm.horizontalAdvance(word.left(fits + 1)) <= room)
                ++fits;
            lines << word.left(fits);
            word = word.mid(fits);
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    QList<QPair<QString, qreal>> out;
    for (const QString& l : lines)
        out.append({l, indent});
    return out;
}

void measureText(Block& block, const QFont& font, QPaintDevice* device)
{
    const QFontMetricsF fm(font, device);
    block.font = font;
    block.lineHeight = std::ceil(fm.height()) + 2;
    block.ascent = fm.ascent() + 1;
}

void centredLines(Block& block, const QString& text, qreal width, QPaintDevice* device, int firstIndex = 0)
{
    const QFontMetricsF fm(block.font, device);
    int index = firstIndex;
    for (const auto& [line, indent] : wrap(text, fm, width)) {
        Q_UNUSED(indent)
        block.lines.append({line, std::floor((width - fm.horizontalAdvance(line)) / 2), index++});
    }
}

qreal textHeight(const Block& block)
{
    int lines = 0;
    for (const Line& line : block.lines)
        lines = qMax(lines, line.index + 1);
    return lines * block.lineHeight;
}

Block layoutRow(const ReceiptRow& row, int width, const Fonts& fonts, QPaintDevice* device)
{
    Block block;
    block.style = row.style;
    switch (row.style) {
    case Style::Rule:
        block.height = 14;
        return block;
    case Style::Barcode: {
        measureText(block, fonts.normal, device);
        auto probe = LinearBarcode::encode(row.left);
        const int module = probe ? int(width / probe->size().width()) : 0;
        if (module >= 1) {
            block.graphicHeight = width >= WidestDots ? 80 : 64;
            auto encoded = LinearBarcode::encode(row.left, block.graphicHeight / module);
            if (encoded) {
                block.module = module;
                block.graphicX = std::floor((width - encoded->size().width() * module) / 2);
                block.barcode = encoded.value();
            }
        }
        if (!block.barcode)
            block.graphicHeight = 0;
        // The number under the bars, in the body font (libzint's own text would be too small to read).
        const QFontMetricsF fm(block.font, device);
        for (const auto& [line, indent] : wrap(row.left, fm, width)) {
            Q_UNUSED(indent)
            block.lines.append({line, std::floor((width - fm.horizontalAdvance(line)) / 2), int(block.lines.size())});
        }
        block.height = block.graphicHeight + (block.barcode ? 4 : 0) + textHeight(block) + 4;
        return block;
    }
    case Style::QrCode: {
        measureText(block, fonts.small, device);
        auto encoded = QrSymbol::encode(row.left);
        if (encoded) {
            const int side = encoded->modulesWithQuietZone();
            const int module = qBound(2, int(width * 0.55 / side), 8);
            if (side * module <= width) {
                block.module = module;
                block.graphicHeight = side * module;
                block.graphicX = std::floor((width - block.graphicHeight) / 2);
                block.qr = encoded.value();
            }
        }
        if (!block.qr) // a payload too long for a QR code is at least printed as text
            centredLines(block, row.left, width, device);
        block.height = block.graphicHeight + textHeight(block);
        return block;
    }
    case Style::Centered:
        measureText(block, fonts.normal, device);
        centredLines(block, row.left, width, device);
        block.height = textHeight(block);
        return block;
    case Style::Normal:
    case Style::Bold:
    case Style::Small:
    case Style::Large:
        break;
    }

    measureText(block, fonts.of(row.style), device);
    const QFontMetricsF fm(block.font, device);
    int index = 0;
    qreal lastRight = 0; // where the last line of the left text ends
    if (!row.left.isEmpty()) {
        for (const auto& [line, indent] : wrap(row.left, fm, width)) {
            block.lines.append({line, indent, index++});
            lastRight = indent + fm.horizontalAdvance(line);
        }
    }
    if (!row.right.isEmpty()) {
        const qreal gap = fm.horizontalAdvance(QStringLiteral("  "));
        const qreal rightWidth = fm.horizontalAdvance(row.right);
        if (index > 0 && lastRight + gap + rightWidth <= width) {
            block.lines.append({row.right, width - rightWidth, index - 1});
        } else {
            for (const auto& [line, indent] : wrap(row.right, fm, width)) {
                Q_UNUSED(indent)
                block.lines.append({line, width - fm.horizontalAdvance(line), index++});
            }
        }
    }
    block.height = textHeight(block);
    if (row.style == Style::Large)
        block.height += 4;
    return block;
}

QList<Block> layout(const PrintedReceipt& receipt, int width, QPaintDevice* device, bool raster)
{
    const Fonts fonts(width, raster);
    QList<Block> blocks;
    for (const ReceiptRow& row : receipt.rows)
        blocks.append(layoutRow(row, width, fonts, device));
    return blocks;
}

qreal totalHeight(const QList<Block>& blocks)
{
    qreal height = 2 * VerticalMargin;
    for (const Block& block : blocks)
        height += block.height;
    return std::ceil(height);
}

void paintBlock(QPainter& painter, const Block& block, qreal width, qreal y)
{
    if (block.style == Style::Rule) {
        // A dashed line across the paper, two dots thick.
        for (qreal x = 0; x < width; x += 12)
            painter.fillRect(QRectF(x, y + 6, qMin<qreal>(8, width - x), 2), Qt::black);
        return;
    }
    qreal textTop = y;
    if (block.barcode) {
        // Only the bars: the number is printed below them in the body font.
        painter.save();
        painter.setClipRect(
            QRectF(block.graphicX, y, block.barcode->size().width() * block.module, block.graphicHeight));
        block.barcode->paint(painter, QPointF(block.graphicX, y), block.module);
        painter.restore();
        textTop += block.graphicHeight + 4;
    } else if (block.qr) {
        block.qr->paint(painter, QRectF(block.graphicX, y, block.graphicHeight, block.graphicHeight));
        textTop += block.graphicHeight;
    }
    painter.setFont(block.font);
    painter.setPen(Qt::black);
    for (const Line& line : block.lines)
        painter.drawText(QPointF(line.x, textTop + line.index * block.lineHeight + block.ascent), line.text);
}

// Black where the image is darker than mid grey: 1-bit, index 1 black, as ESC/POS takes it.
QImage threshold(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QImage mono(grey.size(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.fill(0);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* in = grey.constScanLine(y);
        uchar* out = mono.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            if (in[x] < 128)
                out[x >> 3] |= uchar(0x80 >> (x & 7));
    }
    return mono;
}

void appendWord(QByteArray& bytes, int value)
{
    bytes.append(char(value & 0xff));
    bytes.append(char((value >> 8) & 0xff));
}

} // namespace

int ReceiptRenderer::dotsWide(int paperMm)
{
    if (paperMm == 58)
        return 384;
    if (paperMm == 80)
        return WidestDots;
    return 0;
}

QImage ReceiptRenderer::raster(const PrintedReceipt& receipt, int dotsWide)
{
    if (dotsWide < NarrowestDots)
        return {};
    // Measured on an image of the same kind it is drawn on, so that hinted widths agree.
    QImage probe(8, 8, QImage::Format_RGB32);
    const QList<Block> blocks = layout(receipt, dotsWide, &probe, true);
    QImage image(dotsWide, int(totalHeight(blocks)), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::TextAntialiasing, false);
        qreal y = VerticalMargin;
        for (const Block& block : blocks) {
            paintBlock(painter, block, dotsWide, y);
            y += block.height;
        }
    }
    return threshold(image);
}

QByteArray ReceiptRenderer::escPos(const PrintedReceipt& receipt, int paperMm)
{
    const int width = dotsWide(paperMm);
    if (!width)
        return {};
    const QImage image = raster(receipt, width);
    const int bytesPerRow = width / 8;
    QByteArray bytes("\x1b\x40", 2); // ESC @
    for (int top = 0; top < image.height(); top += MaxBandRows) {
        const int rows = qMin(MaxBandRows, image.height() - top);
        bytes.append("\x1d\x76\x30\x00", 4); // GS v 0, m = 0
        appendWord(bytes, bytesPerRow);
        appendWord(bytes, rows);
        for (int y = top; y < top + rows; ++y)
            bytes.append(reinterpret_cast<const char*>(image.constScanLine(y)), bytesPerRow);
    }
    bytes.append("\x1b\x64\x03", 3);     // ESC d 3
    bytes.append("\x1d\x56\x42\x00", 4); // GS V 66 0
    return bytes;
}

Result<QByteArray> ReceiptRenderer::renderPdf(const PrintedReceipt& receipt, int paperMm)
{
    const int width = dotsWide(paperMm == 58 ? 58 : 80);
    const qreal paperDots = (paperMm == 58 ? 58 : 80) * DotsPerMm;
    const qreal margin = (paperDots - width) / 2;
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(receipt.number);
        writer.setCreator(QStringLiteral("OVOP shop"));
        writer.setResolution(qRound(DotsPerMm * 25.4));
        const QList<Block> blocks = layout(receipt, width, &writer, false);
        const qreal heightMm = totalHeight(blocks) / DotsPerMm;
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        if (!writer.setPageSize(QPageSize(QSizeF(paperDots / DotsPerMm, heightMm), QPageSize::Millimeter, QString(),
                                          QPageSize::ExactMatch)))
            return Error{tr("Could not set up a receipt page of %1 mm.").arg(paperMm)};
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Could not write the receipt as PDF.")};
        // The page is measured in real millimetres, the layout in dots of 1/8 mm: 203 dpi is not
        // quite 8 dots per millimetre.
        const qreal scale = writer.resolution() / (DotsPerMm * 25.4);
        painter.scale(scale, scale);
        qreal y = VerticalMargin;
        for (const Block& block : blocks) {
            painter.save();
            painter.translate(margin, 0);
            paintBlock(painter, block, width, y);
            painter.restore();
            y += block.height;
        }
        if (!painter.end())
            return Error{tr("Could not write the receipt as PDF.")};
    }
    return pdf;
}

Status ReceiptRenderer::writePdf(const QString& path, const PrintedReceipt& receipt, int paperMm, Overwrite overwrite)
{
    auto pdf = renderPdf(receipt, paperMm);
    if (!pdf)
        return pdf.error();
    return SafeFile::write(path, pdf.value(), overwrite);
}

Status ReceiptRenderer::print(QPrinter* printer, const PrintedReceipt& receipt)
{
    if (!printer)
        return Error{tr("No printer was chosen for the receipt.")};
    const qreal devicePerDot = printer->resolution() / (DotsPerMm * 25.4);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const int width = qBound(NarrowestDots, int(page.width() / devicePerDot), WidestDots);
    const qreal pageDots = page.height() / devicePerDot;
    // Measured as the raster is, in dots; the printer draws them scaled to its own resolution.
    QImage probe(8, 8, QImage::Format_RGB32);
    const QList<Block> blocks = layout(receipt, width, &probe, false);

    QPainter painter;
    if (!painter.begin(printer))
        return Error{tr("Could not start printing the receipt: check that the printer is ready.")};
    painter.scale(devicePerDot, devicePerDot);
    qreal y = VerticalMargin;
    for (const Block& block : blocks) {
        if (y + block.height > pageDots && y > VerticalMargin) {
            if (!printer->newPage())
                return Error{tr("Could not start a new page: check the printer.")};
            y = VerticalMargin;
        }
        paintBlock(painter, block, width, y);
        y += block.height;
    }
    if (!painter.end())
        return Error{tr("Could not finish printing the receipt: check the printer.")};
    return {};
}

} // namespace ovop::ui
