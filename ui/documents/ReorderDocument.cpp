// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/documents/ReorderDocument.h"

#include <QBuffer>
#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace ovop::ui {

namespace {

QFont fontOf(qreal points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Paints the list on device, page after page; painter is begun on device.
void paintList(QPainter& painter, QPagedPaintDevice& device, const QList<ReorderGroup>& groups, const QString& language,
               const QString& title)
{
    const QRect page = painter.viewport();
    const QFont heading = fontOf(14, true);
    const QFont groupFont = fontOf(11, true);
    const QFont body = fontOf(9.5, false);
    const QFont bodyBold = fontOf(9.5, true);
    const qreal width = page.width();
    // Columns: SKU, name, on hand, minimum, to order (right-aligned numbers).
    const QList<qreal> share = {0.16, 0.48, 0.12, 0.12, 0.12};
    QList<qreal> left;
    qreal x = 0;
    for (qreal s : share) {
        left << x;
        x += s * width;
    }
    qreal y = 0;
    auto lineHeight = [&](const QFont& f) { return QFontMetricsF(f, &device).height() * 1.25; };
    auto ensure = [&](qreal needed) {
        if (y + needed > page.height()) {
            device.newPage();
            y = 0;
        }
    };
    auto cell = [&](int column, const QString& text, bool right) {
        const QRectF r(left[column], y, share[column] * width - 12, lineHeight(painter.font()));
        painter.drawText(r, (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width())));
    };

    painter.setFont(heading);
    painter.drawText(QRectF(0, y, width, lineHeight(heading)), Qt::AlignLeft | Qt::AlignVCenter,
                     (title.isEmpty() ? ReorderDocument::tr("Reorder list") : title) + QStringLiteral(" — ") +
                         QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")));
    y += lineHeight(heading) * 1.5;
    if (groups.isEmpty()) {
        painter.setFont(body);
        painter.drawText(QRectF(0, y, width, lineHeight(body)), Qt::AlignLeft,
                         ReorderDocument::tr("No product is below its minimum level."));
    }
    for (const ReorderGroup& g : groups) {
        ensure(lineHeight(groupFont) + 3 * lineHeight(body));
        painter.setFont(groupFont);
        QString head = QStringLiteral("%1 (%2) — %3").arg(g.producerName, g.producerCode, g.villageName.in(language));
        if (!g.phone.isEmpty())
            head += QStringLiteral(", ") + g.phone;
        painter.drawText(QRectF(0, y, width, lineHeight(groupFont)), Qt::AlignLeft | Qt::AlignVCenter, head);
        y += lineHeight(groupFont);
        painter.setFont(bodyBold);
        cell(0, ReorderDocument::tr("SKU"), false);
        cell(1, ReorderDocument::tr("Product"), false);
        cell(2, ReorderDocument::tr("On hand"), true);
        cell(3, ReorderDocument::tr("Minimum"), true);
        cell(4, ReorderDocument::tr("To order"), true);
        y += lineHeight(bodyBold);
        painter.drawLine(QPointF(0, y), QPointF(width, y));
        painter.setFont(body);
        for (const ReorderLine& l : g.lines) {
            ensure(lineHeight(body));
            cell(0, l.sku, false);
            cell(1, l.name.in(language), false);
            cell(2, l.onHand.format(language), true);
            cell(3, l.minLevel.format(language), true);
            cell(4, l.suggested.format(language) + QLatin1Char(' ') + Units::symbol(l.unit), true);
            y += lineHeight(body);
        }
        y += lineHeight(body);
    }
}

} // namespace

Result<QByteArray> ReorderDocument::renderPdf(const QList<ReorderGroup>& groups, const QString& language,
                                              const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setTitle(title.isEmpty() ? tr("Reorder list") : title);
        writer.setCreator(QStringLiteral("OVOP shop"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("The PDF could not be made."), {}, {}, ErrorKind::Storage};
        paintList(painter, writer, groups, language, title);
        painter.end();
    }
    return bytes;
}

Status ReorderDocument::print(QPrinter& printer, const QList<ReorderGroup>& groups, const QString& language,
                              const QString& title)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    printer.setDocName(title.isEmpty() ? tr("Reorder list") : title);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{
            tr("The printer could not be started: check that it is on and connected."), {}, {}, ErrorKind::Storage};
    paintList(painter, printer, groups, language, title);
    painter.end();
    return {};
}

Status ReorderDocument::writePdf(const QString& path, const QList<ReorderGroup>& groups, const QString& language,
                                 Overwrite overwrite, const QString& title)
{
    auto pdf = renderPdf(groups, language, title);
    if (!pdf)
        return pdf.error();
    return SafeFile::write(path, pdf.value(), overwrite);
}

} // namespace ovop::ui
