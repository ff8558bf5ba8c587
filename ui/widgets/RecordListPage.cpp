// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/RecordListPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

namespace {
constexpr int SearchPauseMs = 150;
constexpr int RowHeight = 40;

QString capitalized(const QString& word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

QPushButton* button(const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(name);
    return b;
}
} // namespace

RecordListPage::RecordListPage(Database& db, const Session& session, const QString& one, const QString& many,
                               QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_settingsGroup(many + QStringLiteral("Page")),
      m_proxy(new QSortFilterProxyModel(this)), m_searchTimer(new QTimer(this))
{
    setObjectName(m_settingsGroup);
    const QString One = capitalized(one);
    const QString Many = capitalized(many);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &RecordListPage::runSearch);

    m_search = new QLineEdit(this);
    m_search->setObjectName(one + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordListPage::runPendingSearch);

    m_new = button(QStringLiteral("new%1Button").arg(One), this);
    m_new->setProperty("role", QStringLiteral("primary"));
    m_edit = button(QStringLiteral("edit%1Button").arg(One), this);
    m_archive = button(QStringLiteral("archive%1Button").arg(One), this);
    m_import = button(QStringLiteral("import%1Button").arg(Many), this);
    m_export = button(QStringLiteral("export%1Button").arg(Many), this);

    m_status = new QLabel(this);
    m_status->setObjectName(many + QStringLiteral("Status"));
    m_status->setProperty("role", QStringLiteral("hint"));
    m_status->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(many + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(many + QStringLiteral("Table"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(RowHeight);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_tools = new QHBoxLayout;
    m_tools->setSpacing(8);
    m_tools->addWidget(m_new);
    m_tools->addWidget(m_edit);
    m_tools->addWidget(m_archive);
    m_tools->addStretch(1);
    // Exchange with spreadsheets, under the table beside the count.
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_import);
    bottom->addWidget(m_export);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addLayout(m_tools);
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(bottom);
}

void RecordListPage::setTableModel(QAbstractItemModel* model, int sortRole, std::initializer_list<int> widths,
                                   int sortColumn, QAbstractItemView::SelectionMode selection)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_view->setSelectionMode(selection);
    QHeaderView* header = m_view->horizontalHeader();
    int column = 0;
    for (int width : widths)
        header->resizeSection(column++, width);
    header->setSortIndicator(sortColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->restoreState(QSettings().value(m_settingsGroup + QStringLiteral("/columns")).toByteArray());
    connect(header, &QHeaderView::sectionResized, this, &RecordListPage::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordListPage::saveColumns);
    connect(header, &QHeaderView::sectionMoved, this, &RecordListPage::saveColumns);
}

void RecordListPage::setFilterLayout(QLayout* filters)
{
    m_layout->insertLayout(0, filters);
}

void RecordListPage::orderTabs(const QList<QWidget*>& filters, const QList<QWidget*>& tools)
{
    const QList<QWidget*> order = QList<QWidget*>{m_search} + filters + QList<QWidget*>{m_new, m_edit, m_archive} +
                                  tools + QList<QWidget*>{m_view, m_import, m_export};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

bool RecordListPage::searchPending() const
{
    return m_searchTimer->isActive();
}

void RecordListPage::runPendingSearch()
{
    runSearch();
}

void RecordListPage::runSearch()
{
    m_searchTimer->stop();
    listRecords();
}

void RecordListPage::sortAsHeaderShows()
{
    const QHeaderView* header = m_view->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (column >= 0 && column < m_proxy->columnCount())
        m_proxy->sort(column, header->sortIndicatorOrder());
    else
        m_proxy->sort(-1);
}

void RecordListPage::showMessage(const QString& text, bool error)
{
    showFormMessage(m_message, text, error);
}

QString RecordListPage::language() const
{
    const QString current = Language::current();
    return current.isEmpty() ? m_session.language : current;
}

void RecordListPage::saveColumns()
{
    QSettings().setValue(m_settingsGroup + QStringLiteral("/columns"), m_view->horizontalHeader()->saveState());
}

} // namespace ovop::ui
