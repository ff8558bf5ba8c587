// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/TableColumns.h"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace ovop::ui {

namespace {
const QString HeaderKey = QStringLiteral("/header");
const QString WidthsKey = QStringLiteral("/widths");

// The widest cell of column (QTableView makes the measure protected; the item view's is public).
int contentWidth(const QAbstractItemView* view, int column)
{
    return view->sizeHintForColumn(column);
}
} // namespace

TableColumns::TableColumns(QTableView* view, const QString& settingsKey, int stretchColumn,
                           const QList<int>& hiddenByDefault)
    : QObject(view), m_view(view), m_key(settingsKey), m_stretch(stretchColumn), m_hiddenByDefault(hiddenByDefault)
{
    QHeaderView* header = m_view->horizontalHeader();
    // Text starts at the left, so that a narrow column cuts its end (with "…"), never its start.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = makeMenu(m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sectionResized, this, &TableColumns::userResized);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableColumns::save);
    connect(header, &QHeaderView::sectionMoved, this, &TableColumns::save);
    m_view->viewport()->installEventFilter(this);
}

void TableColumns::restore()
{
    QHeaderView* header = m_view->horizontalHeader();
    QSettings settings;
    m_fitting = true;
    const QByteArray state = settings.value(m_key + HeaderKey).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        for (int column : m_hiddenByDefault)
            header->setSectionHidden(column, true);
    }
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionHidden(m_stretch, false);
    m_userWidths.clear();
    const QVariantMap widths = settings.value(m_key + WidthsKey).toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        if (const int width = it.value().toInt(); width > 0)
            m_userWidths.insert(it.key().toInt(), width);
    m_fitting = false;
    fitToContents();
}

void TableColumns::fitToContents()
{
    m_contentWidths.clear();
    const int columns = m_view->horizontalHeader()->count();
    for (int column = 0; column < columns; ++column)
        m_contentWidths.insert(column, std::min(std::max(contentWidth(m_view, column), 0), MaxFittedWidth));
    fit();
}

void TableColumns::fit()
{
    QHeaderView* header = m_view->horizontalHeader();
    const bool wasFitting = m_fitting;
    m_fitting = true;
    const bool hasStretch = m_stretch >= 0 && m_stretch < header->count();
    const int stretchLeast = hasStretch ? std::max(header->sectionSizeHint(m_stretch),
                                                   std::min(m_contentWidths.value(m_stretch), MinStretchWidth))
                                        : 0;
    QHash<int, int> widths;
    int used = 0;
    int slack = 0; // how much the yielding columns could give
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_stretch || header->isSectionHidden(column))
            continue;
        const int width =
            m_userWidths.value(column, std::max(header->sectionSizeHint(column), m_contentWidths.value(column)));
        widths.insert(column, width);
        used += width;
        if (m_yielding.contains(column) && !m_userWidths.contains(column))
            slack += std::max(width - header->sectionSizeHint(column), 0);
    }
    // Too narrow: the yielding columns give way in proportion to what they can give.
    const int excess = std::min(used + stretchLeast - m_view->viewport()->width(), slack);
    if (excess > 0) {
        for (auto it = widths.begin(); it != widths.end(); ++it) {
            if (!m_yielding.contains(it.key()) || m_userWidths.contains(it.key()))
                continue;
            const int give = std::max(it.value() - header->sectionSizeHint(it.key()), 0);
            const int cut = int(qint64(excess) * give / slack);
            it.value() -= cut;
            used -= cut;
        }
    }
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        if (header->sectionSize(it.key()) != it.value())
            header->resizeSection(it.key(), it.value());
    if (hasStretch) {
        const int width = std::max(m_view->viewport()->width() - used, stretchLeast);
        if (header->sectionSize(m_stretch) != width)
            header->resizeSection(m_stretch, width);
    }
    m_fitting = wasFitting;
}

void TableColumns::setColumnShown(int column, bool shown)
{
    if (column == m_stretch && !shown)
        return;
    m_fitting = true;
    m_view->horizontalHeader()->setSectionHidden(column, !shown);
    m_fitting = false;
    if (shown && !m_contentWidths.contains(column))
        m_contentWidths.insert(column, std::min(std::max(contentWidth(m_view, column), 0), MaxFittedWidth));
    fit();
    save();
}

QMenu* TableColumns::makeMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    const QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemModel* model = m_view->model();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != m_stretch);
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(tr("Fit all columns to their contents"));
    reset->setObjectName(QStringLiteral("fitColumnsAction"));
    connect(reset, &QAction::triggered, this, [this] {
        m_userWidths.clear();
        fitToContents();
        save();
    });
    return menu;
}

bool TableColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_fitting)
        fit();
    return QObject::eventFilter(watched, event);
}

void TableColumns::userResized(int column, int /*oldSize*/, int newSize)
{
    if (m_fitting || newSize <= 0 || column == m_stretch)
        return;
    m_userWidths.insert(column, newSize);
    fit();
    save();
}

void TableColumns::save()
{
    if (m_fitting)
        return;
    QSettings settings;
    settings.setValue(m_key + HeaderKey, m_view->horizontalHeader()->saveState());
    QVariantMap widths;
    for (auto it = m_userWidths.cbegin(); it != m_userWidths.cend(); ++it)
        widths.insert(QString::number(it.key()), it.value());
    settings.setValue(m_key + WidthsKey, widths);
}

} // namespace ovop::ui
