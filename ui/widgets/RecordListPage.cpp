// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/RecordListPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/TableColumns.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {
constexpr int SearchPauseMs = 150;
constexpr int RowHeight = 40;
constexpr int SearchMinimumWidth = 220;
// The count and the message beside it wrap onto at most this many lines (whole in their tool tips).
constexpr int MessageLines = 3;

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
    m_search->setMinimumWidth(SearchMinimumWidth);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordListPage::searchEntered);
    // The page's keys work wherever the focus is in the window (the navigation list too); the keys
    // of pages not shown are off.
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_new = button(QStringLiteral("new%1Button").arg(One), this);
    m_new->setProperty("role", QStringLiteral("primary"));
    m_edit = button(QStringLiteral("edit%1Button").arg(One), this);
    m_archive = button(QStringLiteral("archive%1Button").arg(One), this);
    m_import = button(QStringLiteral("import%1Button").arg(Many), this);
    m_export = button(QStringLiteral("export%1Button").arg(Many), this);
    m_undo = button(QStringLiteral("undo%1Button").arg(One), this);
    m_undo->hide();
    connect(m_undo, &QPushButton::clicked, this, &RecordListPage::runUndo);

    m_status = new QLabel(this);
    m_status->setObjectName(many + QStringLiteral("Status"));
    m_status->setProperty("role", QStringLiteral("hint"));
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_status->setFixedHeight(MessageLines * m_status->fontMetrics().lineSpacing() + 4);
    // Messages have a place of their own under the table, three lines high whether or not one is
    // shown, so that nothing moves when one appears.
    m_message = new QLabel(this);
    m_message->setObjectName(many + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    QSizePolicy messagePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    messagePolicy.setRetainSizeWhenHidden(true);
    m_message->setSizePolicy(messagePolicy);
    m_message->setFixedHeight(MessageLines * m_message->fontMetrics().lineSpacing() + 4);
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
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this] { openCurrent(); });

    // The search box and the buttons share one row, leaving the height to the table.
    m_tools = new QHBoxLayout;
    m_tools->setSpacing(8);
    m_tools->addWidget(m_search, 1);
    m_tools->addWidget(m_new);
    m_tools->addWidget(m_edit);
    m_tools->addWidget(m_archive);
    // Exchange with spreadsheets, under the table beside the count and the message.
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_status, 2);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_import);
    bottom->addWidget(m_export);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    m_layout->addLayout(m_tools);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(bottom);

    setShortcut(m_new, QKeySequence::New);
    setShortcut(m_edit, QKeySequence(Qt::Key_F2));
    setShortcut(m_archive, QKeySequence(Qt::Key_Delete));
    setShortcut(m_import, QKeySequence(Qt::CTRL | Qt::Key_I));
    setShortcut(m_export, QKeySequence(Qt::CTRL | Qt::Key_E));
    setShortcut(m_undo, QKeySequence::Undo);
    retranslateFrame();
}

void RecordListPage::retranslateFrame()
{
    m_search->setToolTip(tr("Search (%1). Esc clears it, Down goes to the list, Enter opens the record found.")
                             .arg(shortcutText(QKeySequence(QKeySequence::Find))));
    m_undo->setText(tr("Undo"));
    setButtonTip(m_undo, tr("Undo the last change"));
}

void RecordListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateFrame();
    QWidget::changeEvent(event);
}

bool RecordListPage::confirm(const QString& title, const QString& text, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton* yes = box.addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void RecordListPage::setTableModel(QAbstractItemModel* model, int sortRole, int stretchColumn,
                                   std::initializer_list<int> hiddenByDefault, int sortColumn,
                                   QAbstractItemView::SelectionMode selection)
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_view->setSelectionMode(selection);
    m_view->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Each user keeps their own columns.
    QString user = m_session.userName.isEmpty() ? QStringLiteral("anyone") : m_session.userName;
    user.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    m_columns = new TableColumns(m_view, m_settingsGroup + QStringLiteral("/columns/") + user, stretchColumn,
                                 QList<int>(hiddenByDefault));
    m_columns->restore();
    if (m_keyColumns.isEmpty())
        m_keyColumns = {stretchColumn};
}

void RecordListPage::setFilterLayout(QLayout* filters)
{
    m_layout->insertLayout(1, filters);
}

void RecordListPage::orderTabs(const QList<QWidget*>& filters, const QList<QWidget*>& tools)
{
    const QList<QWidget*> order = QList<QWidget*>{m_search, m_new, m_edit, m_archive} + tools + filters +
                                  QList<QWidget*>{m_view, m_undo, m_import, m_export};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void RecordListPage::setShortcut(QPushButton* button, const QKeySequence& key)
{
    auto* shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
    m_shortcuts.insert(button, key);
}

void RecordListPage::setButtonTip(QPushButton* button, const QString& text)
{
    const QString key = shortcutText(m_shortcuts.value(button));
    if (key.isEmpty())
        button->setToolTip(text);
    else if (text.isEmpty())
        button->setToolTip(key);
    else
        button->setToolTip(tr("%1 (%2)", "a button's tool tip and its shortcut").arg(text, key));
}

bool RecordListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search && key->modifiers() == Qt::NoModifier) {
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            runSearch();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            if (m_view->selectionModel()->selectedRows().isEmpty())
                selectRow(0);
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        !m_view->selectionModel()->selectedRows().isEmpty()) {
        openCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RecordListPage::searchEntered()
{
    runSearch();
    // A scanner types the next code over this one.
    m_search->selectAll();
    selectFirstFound();
}

bool RecordListPage::selectFirstFound()
{
    if (m_proxy->rowCount() == 0)
        return false;
    selectRow(0);
    return true;
}

void RecordListPage::selectRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Right to left, so that the key column (the first) ends up in view with the name beside it.
    for (auto it = m_keyColumns.crbegin(); it != m_keyColumns.crend(); ++it)
        m_view->scrollTo(m_proxy->index(row, *it));
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
    m_status->setToolTip(m_status->text());
    if (m_columns)
        m_columns->fitToContents();
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

void RecordListPage::showMessage(const QString& text, bool error, std::function<void()> undo)
{
    showFormMessage(m_message, text, error);
    m_message->setToolTip(text);
    m_undoAction = std::move(undo);
    m_undo->setVisible(bool(m_undoAction));
}

void RecordListPage::runUndo()
{
    auto action = std::move(m_undoAction);
    m_undoAction = nullptr;
    m_undo->hide();
    if (action)
        action();
}

QString RecordListPage::language() const
{
    const QString current = Language::current();
    return current.isEmpty() ? m_session.language : current;
}

} // namespace ovop::ui
