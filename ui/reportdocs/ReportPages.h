// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <functional>

#include <QByteArray>
#include <QFont>
#include <QRectF>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/Money.h"
#include "models/core/Result.h"
#include "models/reports/ReportScope.h"
#include "models/store/FileGuard.h"

class QChart;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace ovop::ui::reportpaper {

// The words of the printed reports in the language given, whatever language the screen speaks.
QString word(const QString& language, const char* source, const char* disambiguation = nullptr);
// A share (0..1) as a percentage with one decimal in the language: "42,5%".
QString percent(double share, const QString& language);
// A count with the language's digit groups: "1 038".
QString count(qint64 n, const QString& language);
// A day as printed: 30.11.2026.
QString day(const QDate& date);
// "01.11.2026 – 30.11.2026".
QString period(const ReportScope& scope);
// "All shops" or "Shop: BOS" / "Shops: BOS, KAR".
QString shops(const ReportScope& scope, const QString& language);

// One headline figure: its name and its value.
struct Figure
{
    QString label;
    QString value;
};

struct Column
{
    QString title;
    int width = 10; // share of the table's width, in parts of the sum of all columns' widths
    bool numeric = false;
};

// A table of text, its header repeated on every page it runs onto; the last rows may be totals.
struct Table
{
    QList<Column> columns;
    QList<QStringList> rows;
    QList<QStringList> totals; // printed bold after a rule
};

// Lays out a report on A4 pages, top to bottom, starting a new page where the next block does not
// fit: the heading, rows of figures, charts (drawn by Qt Charts as vectors), tables, notes; a footer
// with the report's name and the page number on every page. Real text in DejaVu Sans, so that
// Kyrgyz Ң Ө Ү print.
class Pages
{
public:
    Pages(QPainter& painter, QPagedPaintDevice& device, const QString& footer, const QString& language);

    // The report's name, then the lines under it (shops, period, when it was made) and a rule.
    void heading(const QString& title, const QStringList& lines);
    // The name of a part of the report, kept on the page of what follows it (needHeight more).
    void section(const QString& title, qreal needMm = 30);
    // Boxes of figures, perRow side by side.
    void figures(const QList<Figure>& figures, int perRow = 3);
    // Charts side by side across the page's width, heightMm high; takes them (null ones leave room).
    void charts(const QList<QChart*>& charts, qreal heightMm);
    void table(const Table& table);
    void note(const QString& text);
    // The footer of the last page; call once at the end.
    void finish();

private:
    qreal mm(qreal millimetres) const { return millimetres * m_mm; }
    bool need(qreal height);
    void footer();
    qreal textHeight(const QString& text, const QFont& font, qreal width) const;
    qreal textWidth(const QString& text, const QFont& font) const;
    // Text wrapped in rect, at words or, for a word wider than the rect, within it.
    void text(const QRectF& rect, const QString& text, Qt::Alignment align);
    QList<qreal> columnWidths(const Table& table, const QFont& body, const QFont& head, qreal pad) const;

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    QString m_footer;
    QString m_language;
    qreal m_mm = 1;
    qreal m_width = 0;
    qreal m_bottom = 0; // where the text of a page ends (the footer is below)
    qreal m_y = 0;
    int m_page = 1;
};

// Draws the report on a PDF (A4, 300 dpi) or a printer with paint, which fills the pages.
using Paint = std::function<void(Pages& pages)>;
Result<QByteArray> renderPdf(const QString& title, const QString& language, const Paint& paint);
Status writePdf(const QString& path, Overwrite overwrite, const QString& title, const QString& language,
                const Paint& paint);
Status print(QPrinter* printer, const QString& title, const QString& language, const Paint& paint);

} // namespace ovop::ui::reportpaper
