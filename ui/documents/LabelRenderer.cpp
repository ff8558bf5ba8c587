// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/documents/LabelRenderer.h"

#include <vector>

#include <QBuffer>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include "ui/documents/QrSymbol.h"
#include "ui/documents/LinearBarcode.h"

namespace ovop::ui {

namespace {

// Page and label geometry, in millimetres.
struct Geometry
{
    QSizeF page;
    QSizeF label;
    int columns;
    int rows;
    QPointF origin; // top-left corner of the first label
    QSizeF pitch;   // from one label to the next, across and down
};

Geometry geometry(LabelFormat format)
{
    if (format == LabelFormat::Single)
        return {QSizeF(58, 40), QSizeF(58, 40), 1, 1, QPointF(0, 0), QSizeF(58, 40)};
    // A4 with 3 x 8 labels of 63.5 x 33.9 mm, 2.5 mm apart across, centred on the page.
    return {QSizeF(210, 297), QSizeF(63.5, 33.9), 3, 8, QPointF(7.25, 12.9), QSizeF(66, 33.9)};
}

// Drawing measures of a label, in millimetres.
constexpr qreal Padding = 1.5;           // white border kept free inside the label
constexpr qreal QrInset = 0.5;           // the QR code's own quiet zone does the rest
constexpr qreal MaxQrSide = 20;          // QR code with its quiet zone
constexpr qreal MinQrModule = 0.33;      // smaller QR modules are not read reliably from paper
constexpr qreal BarcodeModule = 0.375;   // X-dimension: 114% of nominal, 3 dots at 203 dpi
constexpr qreal MinBarcodeModule = 0.25; // narrower bars (long Code 128 codes) are not read reliably
constexpr qreal Gap = 0.4;
constexpr int MaxCopies = 1000;

qreal barHeight(LabelFormat format)
{
    return format == LabelFormat::Single ? 12.0 : 9.5;
}

// Where the parts of a label go, in millimetres from its top-left corner.
struct Boxes
{
    qreal module;    // barcode X-dimension
    QPointF barcode; // top-left of the barcode with its quiet zones
    QRectF qr;       // the QR code with its quiet zone
    QRectF words;    // name, village, producer and price
};

Boxes boxesFor(LabelFormat format, const LinearBarcode& barcode)
{
    const QSizeF label = geometry(format).label;
    Boxes boxes;
    // The barcode, centred at the bottom.
    boxes.module = qMin(BarcodeModule, (label.width() - 2 * Padding) / barcode.size().width());
    const QSizeF barcodeSize = barcode.size() * boxes.module;
    const qreal barcodeTop = label.height() - Padding - barcodeSize.height();
    boxes.barcode = QPointF((label.width() - barcodeSize.width()) / 2, barcodeTop);
    // The QR code at the top right, as large as the space above the barcode allows.
    const qreal qrSide = qMin(MaxQrSide, barcodeTop - Gap - QrInset);
    boxes.qr = QRectF(label.width() - QrInset - qrSide, QrInset, qrSide, qrSide);
    // The words in the column left of the QR code.
    boxes.words = QRectF(QPointF(Padding, Padding), QPointF(boxes.qr.left() - Gap, barcodeTop - Gap));
    return boxes;
}

struct Prepared
{
    LabelData data;
    LinearBarcode barcode;
    QrSymbol qr;
};

// The label's name for messages: its place in the list and its name.
QString describe(int index, const LabelData& label)
{
    const QString name = label.name.simplified();
    return name.isEmpty() ? LabelRenderer::tr("Label %1").arg(index + 1)
                          : LabelRenderer::tr("Label %1 (%2)").arg(index + 1).arg(name);
}

Result<Prepared> prepare(const LabelData& label, LabelFormat format)
{
    if (label.name.simplified().isEmpty())
        return Error{LabelRenderer::tr("The product has no name in the chosen language.")};
    auto barcode = LinearBarcode::encode(label.barcode, barHeight(format) / BarcodeModule);
    if (!barcode)
        return barcode.error();
    const Boxes boxes = boxesFor(format, barcode.value());
    if (boxes.module < MinBarcodeModule)
        return Error{LabelRenderer::tr("The barcode \"%1\" is too long to print on a label: give the product an "
                                       "in-store barcode.")
                         .arg(label.barcode)};
    auto qr = QrSymbol::encode(label.qrPayload);
    if (!qr)
        return qr.error();
    if (boxes.qr.width() / qr->modulesWithQuietZone() < MinQrModule)
        return Error{LabelRenderer::tr("The product code \"%1\" is too long for the QR code of a label: "
                                       "use a shorter code.")
                         .arg(label.qrPayload)};
    return Prepared{label, std::move(barcode).value(), std::move(qr).value()};
}

Result<std::vector<Prepared>> prepareAll(const QList<LabelData>& labels, const LabelOptions& options)
{
    if (labels.isEmpty())
        return Error{LabelRenderer::tr("There are no labels to print: choose at least one product.")};
    if (options.copies < 1 || options.copies > MaxCopies)
        return Error{LabelRenderer::tr("The number of copies must be between 1 and %1.").arg(MaxCopies)};
    const int perPage = LabelRenderer::labelsPerPage(options.format);
    if (options.skipCells < 0 || options.skipCells >= perPage)
        return Error{LabelRenderer::tr("The number of used labels to skip must be between 0 and %1.").arg(perPage - 1)};
    std::vector<Prepared> prepared;
    prepared.reserve(size_t(labels.size()));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto one = prepare(labels.at(i), options.format);
        if (!one)
            return Error{QStringLiteral("%1: %2").arg(describe(int(i), labels.at(i)), one.message()),
                         one.error().detail};
        prepared.push_back(std::move(one).value());
    }
    return prepared;
}

// A font of the label whose em is `emMm` millimetres, for a painter where one millimetre is `unit`.
QFont labelFont(const QPainter& painter, qreal emMm, qreal unit, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 72;
    font.setPointSizeF(emMm * unit * 72.0 / dpi);
    font.setBold(bold);
    return font;
}

// The text broken into at most maxLines lines of `width`, the last one elided if the text goes on.
QStringList wrap(const QString& text, const QFont& font, const QPaintDevice* device, qreal width, int maxLines)
{
    QStringList lines;
    if (maxLines < 1)
        return lines;
    const QFontMetricsF metrics(font, device);
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).trimmed();
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

void paintPrepared(QPainter& painter, const QRectF& rect, const Prepared& label, LabelFormat format)
{
    const QSizeF size = geometry(format).label;
    const qreal unit = rect.width() / size.width(); // painter units per millimetre
    auto at = [&](qreal x, qreal y) { return rect.topLeft() + QPointF(x * unit, y * unit); };
    const QPaintDevice* device = painter.device();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(rect, Qt::white);

    const Boxes boxes = boxesFor(format, label.barcode);
    label.barcode.paint(painter, at(boxes.barcode.x(), boxes.barcode.y()), boxes.module * unit);
    label.qr.paint(painter, QRectF(at(boxes.qr.x(), boxes.qr.y()), boxes.qr.size() * unit));

    // The words: name on top, then village and producer; the price at the bottom of the column,
    // right above the barcode.
    const qreal left = boxes.words.left();
    const qreal width = boxes.words.width();
    const qreal top = boxes.words.top();
    const qreal bottom = boxes.words.bottom();
    const bool single = format == LabelFormat::Single;

    QFont priceFont = labelFont(painter, single ? 4.6 : 4.2, unit, true);
    for (int i = 0; i < 8 && QFontMetricsF(priceFont, device).horizontalAdvance(label.data.price) > width * unit; ++i)
        priceFont.setPointSizeF(priceFont.pointSizeF() * 0.9);
    const QFontMetricsF priceMetrics(priceFont, device);
    const QFont nameFont = labelFont(painter, single ? 3.2 : 3.0, unit, true);
    const QFontMetricsF nameMetrics(nameFont, device);
    const QFont smallFont = labelFont(painter, single ? 2.6 : 2.4, unit, false);
    const QFontMetricsF smallMetrics(smallFont, device);

    const qreal priceHeight = (priceMetrics.ascent() + priceMetrics.descent()) / unit;
    const qreal nameLine = nameMetrics.lineSpacing() / unit;
    const qreal smallLine = smallMetrics.lineSpacing() / unit;
    QStringList places;
    for (const QString& place : {label.data.village.simplified(), label.data.producer.simplified()})
        if (!place.isEmpty())
            places << place;
    const qreal room = bottom - top - priceHeight - Gap;
    while (!places.isEmpty() && room - places.size() * smallLine < nameLine)
        places.removeLast(); // the name goes before village and producer when space is short
    const int nameLines = qBound(1, int((room - places.size() * smallLine) / nameLine), 3);

    painter.setPen(Qt::black);
    qreal y = top;
    painter.setFont(nameFont);
    for (const QString& line : wrap(label.data.name.simplified(), nameFont, device, width * unit, nameLines)) {
        painter.drawText(at(left, y) + QPointF(0, nameMetrics.ascent()), line);
        y += nameLine;
    }
    painter.setFont(smallFont);
    for (const QString& place : places) {
        painter.drawText(at(left, y) + QPointF(0, smallMetrics.ascent()),
                         smallMetrics.elidedText(place, Qt::ElideRight, width * unit));
        y += smallLine;
    }
    painter.setFont(priceFont);
    painter.drawText(at(left, bottom) - QPointF(0, priceMetrics.descent()),
                     priceMetrics.elidedText(label.data.price, Qt::ElideRight, width * unit));
    painter.restore();
}

} // namespace

QSizeF LabelRenderer::labelSize(LabelFormat format)
{
    return geometry(format).label;
}

int LabelRenderer::labelsPerPage(LabelFormat format)
{
    const Geometry g = geometry(format);
    return g.columns * g.rows;
}

QSizeF LabelRenderer::pageSize(LabelFormat format)
{
    return geometry(format).page;
}

QRectF LabelRenderer::cellRect(LabelFormat format, int cell)
{
    const Geometry g = geometry(format);
    const QPointF topLeft(g.origin.x() + (cell % g.columns) * g.pitch.width(),
                          g.origin.y() + (cell / g.columns) * g.pitch.height());
    return QRectF(topLeft, g.label);
}

Status LabelRenderer::check(const QList<LabelData>& labels, const LabelOptions& options)
{
    auto prepared = prepareAll(labels, options);
    if (!prepared)
        return prepared.error();
    return {};
}

Status LabelRenderer::print(QPagedPaintDevice& device, const QList<LabelData>& labels, const LabelOptions& options)
{
    auto prepared = prepareAll(labels, options);
    if (!prepared)
        return prepared.error();
    const QPageSize pageSize = options.format == LabelFormat::Sheet
                                   ? QPageSize(QPageSize::A4)
                                   : QPageSize(geometry(options.format).page, QPageSize::Millimeter,
                                               tr("Label 58 x 40 mm"), QPageSize::ExactMatch);
    QPageLayout layout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    if (!device.setPageLayout(layout))
        return Error{
            tr("The printer does not take pages of %1: choose another printer or paper.").arg(pageSize.name())};

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("Could not start printing the labels: check that the printer is ready.")};
    const qreal unit = device.logicalDpiX() / 25.4; // device units per millimetre
    const int perPage = labelsPerPage(options.format);
    int cell = options.skipCells;
    for (const Prepared& label : prepared.value()) {
        for (int copy = 0; copy < options.copies; ++copy) {
            if (cell == perPage) {
                if (!device.newPage())
                    return Error{tr("Could not start a new page: check the printer.")};
                cell = 0;
            }
            const QRectF rect = cellRect(options.format, cell);
            paintPrepared(painter, QRectF(rect.topLeft() * unit, rect.size() * unit), label, options.format);
            ++cell;
        }
    }
    if (!painter.end())
        return Error{tr("Could not finish printing the labels: check the printer.")};
    return {};
}

Result<QByteArray> LabelRenderer::renderPdf(const QList<LabelData>& labels, const LabelOptions& options)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Price labels"));
        writer.setCreator(QStringLiteral("OVOP shop"));
        auto printed = print(writer, labels, options);
        if (!printed)
            return printed.error();
    }
    return pdf;
}

Status LabelRenderer::writePdf(const QString& path, const QList<LabelData>& labels, const LabelOptions& options,
                               Overwrite overwrite)
{
    auto pdf = renderPdf(labels, options);
    if (!pdf)
        return pdf.error();
    return SafeFile::write(path, pdf.value(), overwrite);
}

Status LabelRenderer::paint(QPainter& painter, const QRectF& rect, const LabelData& label, LabelFormat format)
{
    auto prepared = prepare(label, format);
    if (!prepared)
        return prepared.error();
    paintPrepared(painter, rect, prepared.value(), format);
    return {};
}

Result<QImage> LabelRenderer::preview(const LabelData& label, LabelFormat format, int dpi)
{
    if (dpi < 50 || dpi > 1200)
        return Error{tr("The preview resolution must be between 50 and 1200 dots per inch.")};
    const QSizeF size = labelSize(format) * (dpi / 25.4);
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    auto painted = paint(painter, QRectF(QPointF(0, 0), size), label, format);
    if (!painted)
        return painted.error();
    return image;
}

} // namespace ovop::ui
