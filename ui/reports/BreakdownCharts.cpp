// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/reports/BreakdownCharts.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include "models/core/Decimal.h"
#include "models/core/Language.h"

namespace ovop::ui::BreakdownCharts {

namespace {

const QColor Accent(0x0b, 0x5d, 0x63); // the program's dark teal
const QList<QColor> Palette{QColor(0x0b, 0x5d, 0x63), QColor(0xe0, 0x8e, 0x1b), QColor(0x6a, 0x8d, 0x2f),
                            QColor(0x8e, 0x44, 0x7d), QColor(0x2f, 0x6f, 0xb3), QColor(0xb2, 0x3a, 0x2e),
                            QColor(0x7a, 0x7a, 0x7a)};

QString som(const QString& language)
{
    return Language::translate(language, "BreakdownCharts", QT_TRANSLATE_NOOP("BreakdownCharts", "som"));
}

QChart* newChart(const QString& title, const QString& language)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(font);
    chart->setLocale(decimal::localeFor(language));
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    return chart;
}

// A value axis in whole som from zero to a round number above the largest value.
QValueAxis* somAxis(qint64 largestTyiyn, const QString& language, int ticks)
{
    auto* axis = new QValueAxis;
    const double largest = std::max<double>(double(largestTyiyn) / 100.0, 1.0);
    axis->setRange(0, largest * 1.08);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    axis->setTickCount(ticks);
    axis->setTitleText(som(language));
    return axis;
}

void showTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

QChart* bars(const SalesBreakdown& breakdown, const QString& title, const QString& language, int maxBars,
             const Clicked& clicked)
{
    QChart* chart = newChart(title, language);
    const int shown = std::min<int>(int(breakdown.rows.size()), maxBars);
    auto* set = new QBarSet(title);
    set->setColor(Accent);
    QStringList labels;
    qint64 largest = 0;
    // Horizontal bars are drawn from the bottom up: the largest row last, on top.
    QList<int> rowOfBar;
    for (int i = shown - 1; i >= 0; --i) {
        const SalesGroupRow& row = breakdown.rows.at(i);
        set->append(double(row.net().tyiyn()) / 100.0);
        labels << row.label;
        rowOfBar << i;
        largest = std::max(largest, row.net().tyiyn());
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // Three figures along a half-width chart, so that they never run into each other.
    QValueAxis* values = somAxis(largest, language, 3);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    QObject::connect(set, &QBarSet::hovered, set, [breakdown, rowOfBar, language](bool on, int index) {
        if (!on || index < 0 || index >= rowOfBar.size())
            return;
        const SalesGroupRow& row = breakdown.rows.at(rowOfBar.at(index));
        showTip(QStringLiteral("%1\n%2").arg(row.label, row.net().format(language)));
    });
    if (clicked)
        QObject::connect(set, &QBarSet::clicked, set, [clicked, rowOfBar](int index) {
            if (index >= 0 && index < rowOfBar.size())
                clicked(rowOfBar.at(index));
        });
    return chart;
}

QChart* pie(const SalesBreakdown& breakdown, const QString& title, const QString& language, const Clicked& clicked)
{
    QChart* chart = newChart(title, language);
    auto* series = new QPieSeries;
    qint64 whole = 0;
    for (const SalesGroupRow& row : breakdown.rows)
        whole += std::max<qint64>(row.net().tyiyn(), 0);
    for (int i = 0; i < breakdown.rows.size(); ++i) {
        const SalesGroupRow& row = breakdown.rows.at(i);
        const qint64 value = std::max<qint64>(row.net().tyiyn(), 0);
        if (value == 0)
            continue;
        const int tenths = whole > 0 ? int((value * 1000 + whole / 2) / whole) : 0;
        const QString share = decimal::format(tenths, 1, 0, language, false) + QLatin1Char('%');
        auto* slice = series->append(QStringLiteral("%1 %2").arg(row.label, share), double(value) / 100.0);
        slice->setColor(Palette.at(i % Palette.size()));
        QObject::connect(slice, &QPieSlice::hovered, slice, [row, language, slice](bool on) {
            slice->setExploded(on);
            if (on)
                showTip(QStringLiteral("%1\n%2").arg(row.label, row.net().format(language)));
        });
        if (clicked)
            QObject::connect(slice, &QPieSlice::clicked, slice, [clicked, i] { clicked(i); });
    }
    series->setPieSize(0.75);
    chart->addSeries(series);
    // The names and shares in the legend under the pie: labels around it would be cut at the edge.
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->show();
    return chart;
}

QChart* line(const SalesSeries& series, const QString& title, const QString& language, const Clicked& clicked)
{
    QChart* chart = newChart(title, language);
    auto* path = new QLineSeries;
    QPen pen(Accent);
    pen.setWidth(3);
    path->setPen(pen);
    auto* dots = new QScatterSeries;
    dots->setColor(Accent);
    dots->setBorderColor(Accent);
    dots->setMarkerSize(series.points.size() > 40 ? 5 : 8);
    qint64 largest = 0;
    for (int i = 0; i < series.points.size(); ++i) {
        const SalesPoint& point = series.points.at(i);
        path->append(i, double(point.net().tyiyn()) / 100.0);
        dots->append(i, double(point.net().tyiyn()) / 100.0);
        largest = std::max(largest, point.net().tyiyn());
    }
    chart->addSeries(path);
    chart->addSeries(dots);

    // At most about eight labels along the time axis, each under its point.
    auto* time = new QCategoryAxis;
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int count = int(series.points.size());
    const int every = std::max(1, (count + 7) / 8);
    for (int i = 0; i < count; i += every)
        time->append(series.label(series.points.at(i), language), i);
    time->setRange(-0.5, std::max(count - 1, 0) + 0.5);
    chart->addAxis(time, Qt::AlignBottom);
    path->attachAxis(time);
    dots->attachAxis(time);
    QValueAxis* values = somAxis(largest, language, 5);
    chart->addAxis(values, Qt::AlignLeft);
    path->attachAxis(values);
    dots->attachAxis(values);

    auto nearest = [count](const QPointF& p) { return std::clamp(int(std::lround(p.x())), 0, std::max(count - 1, 0)); };
    QObject::connect(dots, &QScatterSeries::hovered, dots, [series, language, nearest](const QPointF& p, bool on) {
        if (!on || series.points.isEmpty())
            return;
        const SalesPoint& point = series.points.at(nearest(p));
        showTip(QStringLiteral("%1\n%2").arg(series.label(point, language), point.net().format(language)));
    });
    if (clicked && count > 0)
        QObject::connect(dots, &QScatterSeries::clicked, dots,
                         [clicked, nearest](const QPointF& p) { clicked(nearest(p)); });
    return chart;
}

QChart* shares(const QList<Share>& shares, const QString& title, const QString& language)
{
    QChart* chart = newChart(title, language);
    auto* set = new QBarSet(title);
    set->setColor(Accent);
    set->setLabelColor(Qt::black);
    QStringList labels;
    // Drawn from the bottom up: the first share last, on top.
    for (auto it = shares.crbegin(); it != shares.crend(); ++it) {
        set->append(double(std::llround(std::clamp(it->share, 0.0, 1.0) * 1000.0)) / 10.0); // to 0.1%
        labels << it->label;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    series->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // 0% to 100%, with room beyond for the label of a bar that reaches 100%.
    auto* values = new QCategoryAxis;
    values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int p = 0; p <= 100; p += 20)
        values->append(QString::number(p) + QLatin1Char('%'), p);
    values->setRange(0, 116);
    values->setStartValue(0);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    QObject::connect(set, &QBarSet::hovered, set, [shares, language](bool on, int index) {
        const int i = int(shares.size()) - 1 - index;
        if (on && i >= 0 && i < shares.size()) {
            const qint64 tenths = std::llround(std::clamp(shares.at(i).share, 0.0, 1.0) * 1000.0);
            showTip(QStringLiteral("%1\n%2%").arg(shares.at(i).label, decimal::format(tenths, 1, 1, language, false)));
        }
    });
    return chart;
}

} // namespace ovop::ui::BreakdownCharts
