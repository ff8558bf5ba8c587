// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/documents/ProducerDocumentRenderer.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace ovop::ui {

namespace {

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Draws on pages of one device, keeping the current height and starting a new page when needed.
class Pages
{
public:
    Pages(QPainter& painter, QPagedPaintDevice* device) : m_painter(painter), m_device(device)
    {
        const qreal mm = device->logicalDpiX() / 25.4;
        m_left = 15 * mm;
        m_top = 15 * mm;
        m_width = device->width() - 30 * mm;
        m_bottom = device->height() - 15 * mm;
        m_y = m_top;
        m_gap = 2 * mm;
    }

    qreal width() const { return m_width; }
    qreal left() const { return m_left; }
    qreal gap() const { return m_gap; }
    qreal& y() { return m_y; }

    // Room for height more, else a new page; returns true when a page was started.
    bool need(qreal height)
    {
        if (m_y + height <= m_bottom || m_y == m_top)
            return false;
        m_device->newPage();
        m_y = m_top;
        return true;
    }

    qreal textHeight(const QString& text, const QFont& f, qreal width) const
    {
        return QFontMetricsF(f, m_device).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void line(const QString& text, const QFont& f, Qt::Alignment align = Qt::AlignLeft)
    {
        const qreal h = textHeight(text, f, m_width);
        need(h);
        m_painter.setFont(f);
        m_painter.drawText(QRectF(m_left, m_y, m_width, h), int(align) | Qt::TextWordWrap, text);
        m_y += h;
    }

    void rule(qreal thickness = 1)
    {
        QPen pen(Qt::black);
        pen.setWidthF(thickness * m_device->logicalDpiX() / 300.0);
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
        m_y += m_gap / 2;
    }

private:
    QPainter& m_painter;
    QPagedPaintDevice* m_device;
    qreal m_left = 0, m_top = 0, m_width = 0, m_bottom = 0, m_y = 0, m_gap = 0;
};

} // namespace

Status ProducerDocumentRenderer::paint(QPagedPaintDevice* device, const PrintedDocument& doc)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error{tr("Could not write the document.")};
    Pages pages(painter, device);
    const QFont normal = font(9);
    const QFont bold = font(9, true);
    const QFont small = font(8);
    const QFont title = font(14, true);

    for (const QString& h : doc.heading)
        pages.line(h, bold, Qt::AlignHCenter);
    pages.y() += pages.gap();
    pages.line(doc.title, title);
    pages.y() += pages.gap();
    for (const auto& f : doc.facts)
        pages.line(QStringLiteral("%1: %2").arg(f.label, f.value), normal);
    pages.y() += pages.gap();

    // The table: column widths in proportion to doc.widths.
    const int columns = int(doc.columns.size());
    int parts = 0;
    for (int i = 0; i < columns; ++i)
        parts += i < doc.widths.size() ? doc.widths.at(i) : 10;
    QList<qreal> x;
    QList<qreal> w;
    qreal at = pages.left();
    for (int i = 0; i < columns; ++i) {
        const qreal width = pages.width() * (i < doc.widths.size() ? doc.widths.at(i) : 10) / qMax(parts, 1);
        x << at;
        w << width;
        at += width;
    }
    const qreal pad = pages.gap() / 2;
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        qreal h = 0;
        for (int i = 0; i < columns; ++i)
            h = qMax(h, pages.textHeight(cells.value(i), f, w.at(i) - 2 * pad));
        return h + pad;
    };
    auto drawRow = [&](const QStringList& cells, const QFont& f) {
        const qreal h = rowHeight(cells, f);
        painter.setFont(f);
        for (int i = 0; i < columns; ++i) {
            const Qt::Alignment align = doc.numeric.value(i) ? Qt::AlignRight : Qt::AlignLeft;
            painter.drawText(QRectF(x.at(i) + pad, pages.y(), w.at(i) - 2 * pad, h), int(align) | Qt::TextWordWrap,
                             cells.value(i));
        }
        pages.y() += h;
    };
    auto header = [&] {
        drawRow(doc.columns, bold);
        pages.rule();
    };
    if (columns > 0) {
        pages.need(2 * rowHeight(doc.columns, bold));
        header();
        for (const QStringList& row : doc.rows) {
            if (pages.need(rowHeight(row, small)))
                header();
            drawRow(row, small);
        }
        pages.rule();
    }

    pages.y() += pages.gap();
    for (const auto& t : doc.totals) {
        const bool last = &t == &doc.totals.last();
        const QFont& f = last ? bold : normal;
        const qreal h = pages.textHeight(t.label, f, pages.width() * 0.6);
        pages.need(h);
        painter.setFont(f);
        painter.drawText(QRectF(pages.left() + pages.width() * 0.3, pages.y(), pages.width() * 0.45, h),
                         Qt::AlignLeft | Qt::TextWordWrap, t.label);
        painter.drawText(QRectF(pages.left() + pages.width() * 0.75, pages.y(), pages.width() * 0.25, h),
                         Qt::AlignRight, t.value);
        pages.y() += h;
    }
    if (!doc.note.isEmpty()) {
        pages.y() += pages.gap();
        pages.line(doc.note, normal);
    }

    // Signature lines, side by side.
    if (!doc.signatures.isEmpty()) {
        const qreal space = 18 * pages.gap();
        pages.need(space);
        pages.y() += space * 0.6;
        const int n = int(doc.signatures.size());
        const qreal each = pages.width() / n;
        painter.setFont(small);
        for (int i = 0; i < n; ++i) {
            const qreal left = pages.left() + i * each;
            const qreal right = left + each * 0.85;
            painter.drawLine(QPointF(left, pages.y()), QPointF(right, pages.y()));
            painter.drawText(QRectF(left, pages.y() + pad, right - left, space * 0.3), Qt::AlignLeft | Qt::TextWordWrap,
                             doc.signatures.at(i));
        }
    }
    if (!painter.end())
        return Error{tr("Could not write the document.")};
    return {};
}

Result<QByteArray> ProducerDocumentRenderer::renderPdf(const PrintedDocument& doc)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("OVOP shop"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        if (auto done = paint(&writer, doc); !done)
            return done.error();
    }
    return pdf;
}

Status ProducerDocumentRenderer::writePdf(const QString& path, const PrintedDocument& doc, Overwrite overwrite)
{
    auto pdf = renderPdf(doc);
    if (!pdf)
        return pdf.error();
    return SafeFile::write(path, pdf.value(), overwrite);
}

Status ProducerDocumentRenderer::print(QPrinter* printer, const PrintedDocument& doc)
{
    if (!printer)
        return Error{tr("No printer was chosen.")};
    return paint(printer, doc);
}

} // namespace ovop::ui
