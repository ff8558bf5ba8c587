// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reportdocs/ReportPages.h"

#include <algorithm>

#include <QAbstractAxis>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextLayout>
#include <QTextOption>

#include "models/core/Decimal.h"
#include "models/core/Language.h"

namespace ovop::ui::reportpaper {

namespace {

const char* const Context = "ReportDocuments";
const QColor Ink(0x20, 0x20, 0x20);
const QColor Grey(0x5a, 0x5a, 0x5a);
const QColor Accent(0x0b, 0x5d, 0x63); // the program's dark teal, as on the dashboard
const QColor Tint(0xec, 0xf3, 0xf3);
const QColor Stripe(0xf4, 0xf4, 0xf4);
const QColor Line(0xb0, 0xb0, 0xb0);

// Charts are laid out at this many of their own pixels to the millimetre, their text in pixels
// (so that it comes out the same size whatever the device's resolution).
constexpr qreal ChartPixelsPerMm = 4.0;

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QFont chartFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// The chart dressed for paper: DejaVu Sans throughout, white, square, no shadow, and no title of
// its own (the section above it names it).
void dressForPaper(QChart* chart)
{
    chart->setTitle({});
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(QPen(Line, 1));
    chart->setTitleFont(chartFont(15, true));
    chart->setTitleBrush(Ink);
    chart->legend()->setFont(chartFont(12));
    chart->legend()->setLabelColor(Ink);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(chartFont(12));
        axis->setLabelsBrush(Ink);
        axis->setTitleFont(chartFont(12));
        axis->setTitleBrush(Grey);
    }
}

// Draws chart into target of the painter's device, as vectors; the chart is deleted after.
void paintChart(QPainter& painter, QChart* chart, const QRectF& target, qreal deviceMm)
{
    QGraphicsScene scene; // owns the chart from here
    scene.addItem(chart);
    dressForPaper(chart);
    const QSizeF size(target.width() / deviceMm * ChartPixelsPerMm, target.height() / deviceMm * ChartPixelsPerMm);
    chart->setPos(0, 0);
    chart->resize(size);
    // The chart lays out its axes and series on posted events: let them run before drawing.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, QRectF(QPointF(0, 0), size), Qt::IgnoreAspectRatio);
    painter.restore();
}

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

} // namespace

QString word(const QString& language, const char* source, const char* disambiguation)
{
    return Language::translate(language, Context, source, disambiguation);
}

QString percent(double share, const QString& language)
{
    const auto tenths = qint64(std::llround(std::clamp(share, -10.0, 10.0) * 1000.0));
    return decimal::format(tenths, 1, 1, language, false) + QLatin1Char('%');
}

QString count(qint64 n, const QString& language)
{
    return decimal::format(n, 0, 0, language, true);
}

QString day(const QDate& date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString period(const ReportScope& scope)
{
    return day(scope.from) + QStringLiteral(" – ") + day(scope.to);
}

QString shops(const ReportScope& scope, const QString& language)
{
    if (scope.shops.isEmpty())
        return word(language, QT_TRANSLATE_NOOP("ReportDocuments", "All shops"));
    const QString list = scope.shops.join(QStringLiteral(", "));
    return scope.shops.size() == 1 ? word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Shop: %1")).arg(list)
                                   : word(language, QT_TRANSLATE_NOOP("ReportDocuments", "Shops: %1")).arg(list);
}

Pages::Pages(QPainter& painter, QPagedPaintDevice& device, const QString& footer, const QString& language)
    : m_painter(painter), m_device(device), m_footer(footer), m_language(language)
{
    m_mm = device.logicalDpiY() / 25.4;
    m_width = device.width();
    m_bottom = device.height() - mm(7);
}

namespace {

// Wrapped at words, and within a word only where the word alone is wider than the room.
QTextOption wrapping(Qt::Alignment align)
{
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

qreal Pages::textHeight(const QString& text, const QFont& f, qreal width) const
{
    QTextLayout layout(text, f, &m_device);
    layout.setTextOption(wrapping(Qt::AlignLeft));
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return std::max(height, QFontMetricsF(f, &m_device).height());
}

qreal Pages::textWidth(const QString& text, const QFont& f) const
{
    return QFontMetricsF(f, &m_device).horizontalAdvance(text);
}

void Pages::text(const QRectF& rect, const QString& text, Qt::Alignment align)
{
    m_painter.drawText(rect, text, wrapping(align));
}

bool Pages::need(qreal height)
{
    if (m_y + height <= m_bottom || m_y == 0)
        return false;
    footer();
    m_device.newPage();
    ++m_page;
    m_y = 0;
    return true;
}

void Pages::footer()
{
    const QFont f = font(7.5);
    m_painter.setFont(f);
    m_painter.setPen(Grey);
    const QRectF band(0, m_device.height() - mm(5), m_width, mm(5));
    m_painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, m_footer);
    m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                       word(m_language, QT_TRANSLATE_NOOP("ReportDocuments", "Page %1")).arg(m_page));
    m_painter.setPen(Ink);
}

void Pages::heading(const QString& title, const QStringList& lines)
{
    const QFont big = font(16, true);
    const QFont normal = font(9.5);
    m_painter.setPen(Accent);
    m_painter.setFont(big);
    const qreal h = textHeight(title, big, m_width);
    text(QRectF(0, m_y, m_width, h), title, Qt::AlignLeft);
    m_y += h + mm(1);
    m_painter.setPen(Ink);
    m_painter.setFont(normal);
    for (const QString& line : lines) {
        const qreal lh = textHeight(line, normal, m_width);
        text(QRectF(0, m_y, m_width, lh), line, Qt::AlignLeft);
        m_y += lh;
    }
    m_y += mm(1.5);
    m_painter.setPen(QPen(Accent, mm(0.5)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    m_painter.setPen(Ink);
    m_y += mm(4);
}

void Pages::section(const QString& title, qreal needMm)
{
    const QFont f = font(11.5, true);
    const qreal h = textHeight(title, f, m_width);
    need(h + mm(needMm));
    m_painter.setFont(f);
    m_painter.setPen(Accent);
    text(QRectF(0, m_y, m_width, h), title, Qt::AlignLeft);
    m_painter.setPen(Ink);
    m_y += h + mm(1.5);
}

void Pages::figures(const QList<Figure>& figures, int perRow)
{
    const QFont labelFont = font(8);
    const QFont valueFont = font(11, true);
    const qreal gap = mm(3);
    const qreal pad = mm(2);
    const qreal boxWidth = (m_width - gap * (perRow - 1)) / perRow;
    for (qsizetype start = 0; start < figures.size(); start += perRow) {
        const QList<Figure> row = figures.mid(start, perRow);
        qreal labelHeight = 0;
        qreal valueHeight = 0;
        for (const Figure& f : row) {
            labelHeight = std::max(labelHeight, textHeight(f.label, labelFont, boxWidth - 2 * pad - mm(1)));
            valueHeight = std::max(valueHeight, textHeight(f.value, valueFont, boxWidth - 2 * pad - mm(1)));
        }
        const qreal boxHeight = pad + labelHeight + mm(1) + valueHeight + pad;
        need(boxHeight);
        for (int i = 0; i < row.size(); ++i) {
            const qreal x = i * (boxWidth + gap);
            m_painter.fillRect(QRectF(x, m_y, boxWidth, boxHeight), Tint);
            m_painter.fillRect(QRectF(x, m_y, mm(1), boxHeight), Accent);
            const qreal inner = x + pad + mm(1);
            const qreal innerWidth = boxWidth - 2 * pad - mm(1);
            m_painter.setPen(Grey);
            m_painter.setFont(labelFont);
            text(QRectF(inner, m_y + pad, innerWidth, labelHeight), row.at(i).label, Qt::AlignLeft);
            m_painter.setPen(Ink);
            m_painter.setFont(valueFont);
            text(QRectF(inner, m_y + pad + labelHeight + mm(1), innerWidth, valueHeight), row.at(i).value,
                 Qt::AlignLeft);
        }
        m_y += boxHeight + gap;
    }
    m_y += mm(1);
}

void Pages::charts(const QList<QChart*>& charts, qreal heightMm)
{
    if (charts.isEmpty())
        return;
    const qreal height = mm(heightMm);
    need(height);
    const qreal gap = mm(4);
    const auto n = qreal(charts.size());
    const qreal each = (m_width - gap * (n - 1)) / n;
    for (int i = 0; i < charts.size(); ++i) {
        if (charts.at(i))
            paintChart(m_painter, charts.at(i), QRectF(i * (each + gap), m_y, each, height), m_mm);
    }
    m_y += height + mm(5);
}

void Pages::table(const Table& table)
{
    const QFont headFont = font(8, true);
    const QFont bodyFont = font(8);
    const qreal pad = mm(1);
    const QList<qreal> w = columnWidths(table, bodyFont, headFont, pad);
    const int columns = int(table.columns.size());
    QList<qreal> x;
    qreal at = 0;
    for (qreal width : w) {
        x << at;
        at += width;
    }
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        qreal h = 0;
        for (int i = 0; i < columns; ++i)
            h = std::max(h, textHeight(cells.value(i), f, w.at(i) - 2 * pad));
        return h + 2 * pad;
    };
    auto drawRow = [&](const QStringList& cells, const QFont& f, qreal h) {
        m_painter.setFont(f);
        for (int i = 0; i < columns; ++i) {
            const Qt::Alignment align = table.columns.at(i).numeric ? Qt::AlignRight : Qt::AlignLeft;
            text(QRectF(x.at(i) + pad, m_y + pad, w.at(i) - 2 * pad, h - 2 * pad), cells.value(i),
                 align | Qt::AlignTop);
        }
        m_y += h;
    };
    QStringList titles;
    for (const Column& c : table.columns)
        titles << c.title;
    const qreal headHeight = rowHeight(titles, headFont);
    auto header = [&] {
        m_painter.fillRect(QRectF(0, m_y, m_width, headHeight), Tint);
        m_painter.setPen(Accent);
        drawRow(titles, headFont, headHeight);
        m_painter.setPen(Ink);
    };
    // The totals stay on the page of the last row.
    qreal totalsHeight = 0;
    for (const QStringList& total : table.totals)
        totalsHeight += rowHeight(total, headFont);
    const qreal firstRow = table.rows.isEmpty() ? totalsHeight : rowHeight(table.rows.first(), bodyFont);
    need(headHeight + firstRow);
    header();
    for (int r = 0; r < table.rows.size(); ++r) {
        const qreal h = rowHeight(table.rows.at(r), bodyFont);
        if (need(h + (r == table.rows.size() - 1 ? totalsHeight : 0)))
            header();
        if (r % 2 == 1)
            m_painter.fillRect(QRectF(0, m_y, m_width, h), Stripe);
        drawRow(table.rows.at(r), bodyFont, h);
    }
    m_painter.setPen(QPen(Line, mm(0.25)));
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    m_painter.setPen(Ink);
    for (const QStringList& total : table.totals) {
        const qreal h = rowHeight(total, headFont);
        need(h);
        drawRow(total, headFont, h);
    }
    m_y += mm(5);
}

QList<qreal> Pages::columnWidths(const Table& table, const QFont& body, const QFont& head, qreal pad) const
{
    // Each column its share of the width; a column of figures never narrower than its widest
    // figure, the room it takes more given up by the columns of text.
    int parts = 0;
    for (const Column& c : table.columns)
        parts += c.width;
    QList<qreal> w;
    qreal textShare = 0;
    qreal extra = 0;
    for (int i = 0; i < table.columns.size(); ++i) {
        const Column& c = table.columns.at(i);
        qreal width = m_width * c.width / std::max(parts, 1);
        if (c.numeric) {
            qreal widest = 0;
            for (const QStringList& row : table.rows)
                widest = std::max(widest, textWidth(row.value(i), body));
            for (const QStringList& row : table.totals)
                widest = std::max(widest, textWidth(row.value(i), head));
            if (widest + 2 * pad > width) {
                extra += widest + 2 * pad - width;
                width = widest + 2 * pad;
            }
        } else {
            textShare += width;
        }
        w << width;
    }
    if (extra > 0 && textShare > 0) {
        for (int i = 0; i < table.columns.size(); ++i)
            if (!table.columns.at(i).numeric)
                w[i] -= extra * w.at(i) / textShare;
    }
    return w;
}

void Pages::note(const QString& text)
{
    const QFont f = font(8.5);
    const qreal h = textHeight(text, f, m_width);
    need(h);
    m_painter.setFont(f);
    m_painter.setPen(Grey);
    this->text(QRectF(0, m_y, m_width, h), text, Qt::AlignLeft);
    m_painter.setPen(Ink);
    m_y += h + mm(3);
}

void Pages::finish()
{
    footer();
}

namespace {

Status paintOn(QPagedPaintDevice& device, const QString& title, const QString& language, const Paint& paint,
               const QString& failure)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error{failure, {}, {}, ErrorKind::Storage};
    painter.setPen(Ink);
    Pages pages(painter, device, title, language);
    paint(pages);
    pages.finish();
    if (!painter.end())
        return Error{failure, {}, {}, ErrorKind::Storage};
    return {};
}

} // namespace

Result<QByteArray> renderPdf(const QString& title, const QString& language, const Paint& paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(a4());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("OVOP shop"));
        if (auto done = paintOn(writer, title, language, paint,
                                word(language, QT_TRANSLATE_NOOP("ReportDocuments", "The PDF could not be made.")));
            !done)
            return done.error();
    }
    return bytes;
}

Status writePdf(const QString& path, Overwrite overwrite, const QString& title, const QString& language,
                const Paint& paint)
{
    auto pdf = renderPdf(title, language, paint);
    if (!pdf)
        return pdf.error();
    return SafeFile::write(path, pdf.value(), overwrite);
}

Status print(QPrinter* printer, const QString& title, const QString& language, const Paint& paint)
{
    if (!printer)
        return Error{word(language, QT_TRANSLATE_NOOP("ReportDocuments", "No printer was chosen.")),
                     {},
                     {},
                     ErrorKind::Validation};
    printer->setPageLayout(a4());
    printer->setDocName(title);
    return paintOn(
        *printer, title, language, paint,
        word(language, QT_TRANSLATE_NOOP("ReportDocuments", "The printer could not be started: check that it is on and "
                                                            "connected.")));
}

} // namespace ovop::ui::reportpaper
