// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stocktake/StocktakePage.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/core/Language.h"
#include "models/people/UserService.h"
#include "ui/sales/ApprovalDialog.h"
#include "ui/stocktake/StocktakeModel.h"
#include "ui/widgets/AskFirst.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/TableColumns.h"

namespace ovop::ui {

namespace {

QPushButton* keyedButton(QWidget* parent, const QString& name, const QKeySequence& key)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumHeight(52);
    button->setAutoDefault(false);
    button->setShortcut(key);
    return button;
}

QString scopeText(const Stocktake& s)
{
    switch (s.scope) {
    case Stocktake::Scope::Shop:
        return StocktakePage::tr("the whole shop");
    case Stocktake::Scope::Category:
        return StocktakePage::tr("category %1").arg(Language::quoted(s.scopeName));
    case Stocktake::Scope::Producer:
        return StocktakePage::tr("the goods of %1 (%2)").arg(s.scopeName, s.scopeCode);
    }
    return {};
}

} // namespace

StocktakePage::StocktakePage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("stocktakePage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("stocktakeHeading"));
    m_heading->setProperty("role", QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("stocktakeDetail"));
    m_detail->setWordWrap(true);
    m_reload = keyedButton(this, QStringLiteral("stocktakeReloadButton"), QKeySequence(Qt::Key_F5));
    connect(m_reload, &QPushButton::clicked, this, &StocktakePage::reload);

    // Starting a count: what it covers.
    m_startRow = new QWidget(this);
    m_scopeLabel = new QLabel(m_startRow);
    m_scope = new QComboBox(m_startRow);
    m_scope->setObjectName(QStringLiteral("stocktakeScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never narrower than its longest choice
    m_scopeLabel->setBuddy(m_scope);
    m_choice = new QComboBox(m_startRow);
    m_choice->setObjectName(QStringLiteral("stocktakeScopeChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(8);
    m_choice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    makeSearchable(m_choice);
    showStartOfText(m_choice); // a long producer's name shows its start, and whole on hover
    m_start = keyedButton(m_startRow, QStringLiteral("stocktakeStartButton"), QKeySequence(Qt::Key_F2));
    m_start->setProperty("role", QStringLiteral("primary"));
    connect(m_start, &QPushButton::clicked, this, &StocktakePage::start);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &StocktakePage::fillScopeChoices);
    auto* choose = new QHBoxLayout;
    choose->addWidget(m_scopeLabel);
    choose->addWidget(m_scope);
    choose->addWidget(m_choice, 1);
    auto* startButtonRow = new QHBoxLayout;
    startButtonRow->addWidget(m_start);
    startButtonRow->addStretch(1);
    auto* startLayout = new QVBoxLayout(m_startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addLayout(choose);
    startLayout->addLayout(startButtonRow);

    // Counting: the scan field, the quantity and the batch.
    m_scanRow = new QWidget(this);
    m_scanLabel = new QLabel(m_scanRow);
    m_scan = new QLineEdit(m_scanRow);
    m_scan->setObjectName(QStringLiteral("stocktakeScan"));
    m_scan->setProperty("role", QStringLiteral("tillScan"));
    m_scan->setMaxLength(64);
    m_scanLabel->setBuddy(m_scan);
    m_quantityLabel = new QLabel(m_scanRow);
    m_quantity = new QLineEdit(m_scanRow);
    m_quantity->setObjectName(QStringLiteral("stocktakeQuantity"));
    m_quantity->setMaxLength(12);
    m_quantity->setFixedWidth(110);
    m_quantity->setPlaceholderText(QStringLiteral("1"));
    m_quantityLabel->setBuddy(m_quantity);
    m_batchLabel = new QLabel(m_scanRow);
    m_batch = new QLineEdit(m_scanRow);
    m_batch->setObjectName(QStringLiteral("stocktakeBatch"));
    m_batch->setMaxLength(40);
    m_batch->setFixedWidth(160);
    m_batchLabel->setBuddy(m_batch);
    connect(m_scan, &QLineEdit::returnPressed, this, &StocktakePage::countScanned);
    connect(m_quantity, &QLineEdit::returnPressed, this, [this] {
        if (m_scan->text().trimmed().isEmpty())
            m_scan->setFocus();
        else
            countScanned();
    });
    connect(m_batch, &QLineEdit::returnPressed, this, [this] { m_scan->setFocus(); });
    auto* scanLine = new QHBoxLayout;
    scanLine->addWidget(m_scanLabel);
    scanLine->addWidget(m_scan, 1);
    auto* extraLine = new QHBoxLayout;
    extraLine->addWidget(m_quantityLabel);
    extraLine->addWidget(m_quantity);
    extraLine->addSpacing(16);
    extraLine->addWidget(m_batchLabel);
    extraLine->addWidget(m_batch);
    extraLine->addStretch(1);
    auto* scanLayout = new QVBoxLayout(m_scanRow);
    scanLayout->setContentsMargins(0, 0, 0, 0);
    scanLayout->addLayout(scanLine);
    scanLayout->addLayout(extraLine);
    auto* findScan = new QShortcut(QKeySequence(QStringLiteral("Ctrl+F")), this);
    connect(findScan, &QShortcut::activated, this, [this] {
        m_scan->setFocus();
        m_scan->selectAll();
    });

    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("stocktakeShow"));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_show->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_showLabel->setBuddy(m_show);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("stocktakeTotals"));
    m_totals->setWordWrap(true);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_showLabel);
    filterRow->addWidget(m_show);
    filterRow->addStretch(1);
    filterRow->addWidget(m_reload);

    m_model = new StocktakeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StocktakeModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stocktakeTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSortIndicator(StocktakeModel::Sku, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QString user = m_session.userName.isEmpty() ? QStringLiteral("anyone") : m_session.userName;
    user.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    // What moved since a product was counted is already in its difference, and the difference's
    // value is in the difference's tooltip and the totals under the table: both columns come from
    // the header's menu, so that the counting columns fit 1024 pixels in Kyrgyz and Russian.
    m_columns = new TableColumns(m_view, QStringLiteral("stocktakePage/columns/") + user, StocktakeModel::Name,
                                 {StocktakeModel::SinceCount, StocktakeModel::Value});
    m_columns->restore();

    m_message = keptMessageLine(this, QStringLiteral("stocktakeMessage"));

    m_post = keyedButton(this, QStringLiteral("stocktakePostButton"), QKeySequence(Qt::Key_F8));
    m_post->setProperty("role", QStringLiteral("primary"));
    m_approvedPost =
        keyedButton(this, QStringLiteral("stocktakeApprovedPostButton"), QKeySequence(Qt::CTRL | Qt::Key_F8));
    m_cancel = keyedButton(this, QStringLiteral("stocktakeCancelButton"), QKeySequence(Qt::Key_F9));
    connect(m_post, &QPushButton::clicked, this, &StocktakePage::post);
    connect(m_approvedPost, &QPushButton::clicked, this, &StocktakePage::postWithApproval);
    connect(m_cancel, &QPushButton::clicked, this, &StocktakePage::cancelCount);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(static_cast<StocktakeModel::Show>(m_show->currentData().toInt()));
        m_columns->fitToContents();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_post);
    buttons->addWidget(m_approvedPost);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_detail);
    layout->addWidget(m_startRow);
    layout->addWidget(m_scanRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addStretch(0); // takes the room when no count is open and the table is hidden
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_scope, m_choice);
    setTabOrder(m_choice, m_start);
    setTabOrder(m_start, m_scan);
    setTabOrder(m_scan, m_quantity);
    setTabOrder(m_quantity, m_batch);
    setTabOrder(m_batch, m_show);
    setTabOrder(m_show, m_view);
    setTabOrder(m_view, m_post);
    setTabOrder(m_post, m_approvedPost);
    setTabOrder(m_approvedPost, m_cancel);
    setTabOrder(m_cancel, m_reload);

    retranslateUi();
    reload();
}

void StocktakePage::reload()
{
    m_view_.reset();
    auto open = StocktakeService(m_db).current(Language::current());
    if (!open) {
        showMessage(open.message(), true);
    } else if (open->has_value()) {
        auto view = StocktakeService(m_db).show(m_session);
        if (view)
            m_view_ = view.value();
        else
            showMessage(view.message(), true);
    }
    m_model->setLines(m_view_ ? m_view_->lines : QList<StocktakeLine>());
    m_columns->fitToContents();
    updateState();
}

void StocktakePage::updateState()
{
    const bool open = m_view_.has_value();
    const bool manages = m_session.can(Permission::ManageStock);
    m_startRow->setVisible(!open);
    m_scanRow->setVisible(open);
    m_start->setEnabled(!open && manages);
    m_post->setEnabled(open && manages);
    m_cancel->setEnabled(open && manages);
    for (QWidget* w : {static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_showLabel), static_cast<QWidget*>(m_show),
                       static_cast<QWidget*>(m_totals), static_cast<QWidget*>(m_post), static_cast<QWidget*>(m_cancel)})
        w->setVisible(open);
    // Staff who may not post see Post with a manager's PIN instead of Cancel count (a manager's alone).
    m_approvedPost->setVisible(open && !manages);
    m_cancel->setVisible(open && manages);
    retranslateUi();
    if (open && isVisible() && !m_scan->hasFocus() && !m_quantity->hasFocus() && !m_batch->hasFocus())
        m_scan->setFocus();
}

void StocktakePage::fillScopeChoices()
{
    const QString lang = Language::current();
    const QString chosen = m_choice->currentData().toString();
    const int kind = m_scope->currentData().toInt();
    m_choice->clear();
    m_choice->setEnabled(kind != int(Stocktake::Scope::Shop));
    if (kind == int(Stocktake::Scope::Category)) {
        auto categories = CatalogService(m_db).categories();
        if (!categories)
            showMessage(categories.message(), true);
        for (const Category& c : categories.ok() ? categories.value() : QList<Category>())
            m_choice->addItem(c.name.in(lang), c.key);
    } else if (kind == int(Stocktake::Scope::Producer)) {
        ProducerFilter filter;
        filter.state = ProducerFilter::State::Active;
        auto producers = ProducerService(m_db).list(m_session, filter);
        if (!producers)
            showMessage(producers.message(), true);
        for (const Producer& p : producers.ok() ? producers.value() : QList<Producer>())
            m_choice->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
    }
    selectData(m_choice, chosen);
}

void StocktakePage::start()
{
    const auto scope = static_cast<Stocktake::Scope>(m_scope->currentData().toInt());
    const QString code = scope == Stocktake::Scope::Shop ? QString() : m_choice->currentData().toString();
    auto started = StocktakeService(m_db).start(m_session, scope, code);
    if (!started) {
        showMessage(started.message(), true);
        reload();
        return;
    }
    reload();
    showMessage(tr("Stocktake %1 started: count %2. Scan each product, or type its code and Enter.")
                    .arg(started->number, scopeText(started.value())),
                false);
    m_scan->setFocus();
}

void StocktakePage::countScanned()
{
    const QString code = m_scan->text().trimmed();
    if (code.isEmpty())
        return;
    Quantity quantity = Quantity::fromUnits(1);
    if (const QString typed = m_quantity->text().trimmed(); !typed.isEmpty()) {
        auto parsed = Quantity::parse(typed, true);
        if (!parsed || parsed->isZero()) {
            showMessage(parsed ? tr("Type a quantity other than zero.") : parsed.message(), true);
            m_quantity->setFocus();
            m_quantity->selectAll();
            return;
        }
        quantity = parsed.value();
    }
    auto counted = StocktakeService(m_db).count(m_session, code, quantity, m_batch->text().trimmed());
    if (!counted) {
        QApplication::beep();
        showMessage(tr("%1: %2").arg(code, counted.message()), true);
        m_scan->setFocus();
        m_scan->selectAll();
        return;
    }
    const QString lang = Language::current();
    m_quantity->clear();
    m_batch->clear();
    reload();
    const CountEntry& entry = counted.value();
    const QString name = entry.name.in(lang);
    showMessage(entry.batch.isEmpty()
                    ? tr("%1 (%2): %3 counted, %4 in all.")
                          .arg(name, entry.sku, entry.quantity.format(lang), entry.counted.format(lang))
                    : tr("%1 (%2), batch %3: %4 counted, %5 in all.")
                          .arg(name, entry.sku, entry.batch, entry.quantity.format(lang), entry.counted.format(lang)),
                false);
    selectProduct(entry.productId);
    m_scan->setFocus();
    m_scan->selectAll();
}

void StocktakePage::selectProduct(const QString& productId)
{
    const int row = m_model->rowOf(productId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, StocktakeModel::Name));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool StocktakePage::confirmPosting()
{
    const QString lang = Language::current();
    int changes = 0;
    Money value;
    for (const StocktakeLine& l : m_view_->lines) {
        if (!l.difference().isZero()) {
            ++changes;
            value += l.value();
        }
    }
    QString text = tr("Post stocktake %1? The stock of %n product(s) changes to what was counted: gains %2, "
                      "losses %3, in all %4.",
                      nullptr, changes)
                       .arg(m_view_->stocktake.number, m_view_->gains.format(lang), m_view_->losses.format(lang),
                            value.format(lang));
    if (m_view_->uncounted > 0)
        text += QLatin1Char('\n') +
                tr("%n product(s) were not counted: they count as none on the shelf.", nullptr, m_view_->uncounted);
    return askFirst(this, tr("Post the stocktake"), text, tr("Post"));
}

void StocktakePage::post()
{
    reload();
    if (!m_view_ || !m_session.can(Permission::ManageStock) || !confirmPosting())
        return;
    showPosted(StocktakeService(m_db).post(m_session));
}

void StocktakePage::postWithApproval()
{
    reload();
    if (!m_view_ || m_session.can(Permission::ManageStock) || !confirmPosting())
        return;
    ApprovalDialog::Check check = [this](const QString& name, const QString& pin,
                                         const QString& reason) -> Result<Approval> {
        auto approver = UserService(m_db).confirmPin(name.trimmed(), pin);
        if (!approver)
            return approver.error();
        if (!approver->can(Permission::ManageStock))
            return Error{
                tr("%1 may not manage stock and cannot approve posting a stocktake.").arg(approver->displayName()),
                {},
                {},
                ErrorKind::Permission};
        return Approval{approver.value(), reason.trimmed()};
    };
    ApprovalDialog dialog(
        m_db, m_session.userName, check,
        tr("Posting stocktake %1 changes the stock: a manager approves it.").arg(m_view_->stocktake.number), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.approval()) {
        m_scan->setFocus();
        return;
    }
    showPosted(StocktakeService(m_db).post(m_session, &dialog.approval()->approver));
}

void StocktakePage::showPosted(const Result<StocktakePosting>& posted)
{
    reload();
    if (!posted) {
        showMessage(posted.message(), true);
        return;
    }
    showMessage(tr("Stocktake %1 posted: the stock of %n product(s) changed, by %2 in all. Start count (F2) "
                   "begins a new one.",
                   nullptr, posted->movements)
                    .arg(posted->stocktake.number, posted->value.format(Language::current())),
                false);
    m_start->setFocus();
}

void StocktakePage::cancelCount()
{
    reload();
    if (!m_view_ || !m_session.can(Permission::ManageStock))
        return;
    if (!askFirst(this, tr("Cancel the count"),
                  tr("Cancel stocktake %1? What was counted is dropped and the stock stays as it is.")
                      .arg(m_view_->stocktake.number),
                  tr("Cancel the count")))
        return;
    auto cancelled = StocktakeService(m_db).cancel(m_session);
    reload();
    if (!cancelled) {
        showMessage(cancelled.message(), true);
        return;
    }
    showMessage(tr("Stocktake %1 was cancelled: the stock did not change.").arg(cancelled->number), false);
    m_start->setFocus();
}

void StocktakePage::showMessage(const QString& text, bool error)
{
    showLineMessage(m_message, text, error);
}

void StocktakePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_view_)
        m_scan->setFocus();
}

void StocktakePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->setLanguage(Language::current());
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void StocktakePage::retranslateUi()
{
    const QString lang = Language::current();
    const bool manages = m_session.can(Permission::ManageStock);
    setKeyedText(m_reload, tr("Reload"), true);
    setKeyedText(m_start, tr("Start count"), true);
    setKeyedText(m_post, tr("Post"), true);
    setKeyedText(m_cancel, tr("Cancel count"), true);
    setKeyedText(m_approvedPost, tr("Post with a manager's PIN"), true);
    if (!manages) {
        const QString why = tr("Only a manager may do this: ask a manager to log in.");
        m_start->setToolTip(tr("Start count (F2)") + QLatin1Char('\n') + why);
        m_post->setToolTip(tr("Post (F8): writes the differences to the stock.") + QLatin1Char('\n') +
                           tr("Only a manager may post: use Post with a manager's PIN (Ctrl+F8)."));
        m_cancel->setToolTip(tr("Cancel count (F9)") + QLatin1Char('\n') + why);
    } else {
        m_post->setToolTip(tr("Post (F8): writes the differences to the stock."));
    }
    m_scopeLabel->setText(tr("C&ount:"));
    m_scanLabel->setText(tr("&Code:"));
    m_scan->setToolTip(tr("Scan a product or type its barcode or SKU and Enter: one more of it each time (Ctrl+F)."));
    m_quantityLabel->setText(tr("&Quantity:"));
    m_quantity->setToolTip(tr("For a weight or a larger count; empty for one. A minus takes back a miscount."));
    m_batchLabel->setText(tr("&Batch:"));
    m_batch->setToolTip(tr("The batch, for a product kept in batches (optional)."));
    m_showLabel->setText(tr("&Show:"));

    {
        const int kind = m_scope->count() ? m_scope->currentData().toInt() : int(Stocktake::Scope::Shop);
        const QSignalBlocker block(m_scope);
        m_scope->clear();
        m_scope->addItem(tr("The whole shop"), int(Stocktake::Scope::Shop));
        m_scope->addItem(tr("A category"), int(Stocktake::Scope::Category));
        m_scope->addItem(tr("A producer's goods"), int(Stocktake::Scope::Producer));
        selectData(m_scope, kind);
    }
    if (!m_view_)
        fillScopeChoices();
    {
        const int show = m_show->count() ? m_show->currentData().toInt() : int(StocktakeModel::Show::All);
        const QSignalBlocker block(m_show);
        m_show->clear();
        m_show->addItem(tr("All products"), int(StocktakeModel::Show::All));
        m_show->addItem(tr("Uncounted only"), int(StocktakeModel::Show::Uncounted));
        m_show->addItem(tr("Differences only"), int(StocktakeModel::Show::Differences));
        selectData(m_show, show);
    }

    if (!m_view_) {
        m_heading->setText(tr("No count is open"));
        m_detail->setText(manages ? tr("Choose what to count and start the count (F2); the staff then scan the "
                                       "goods on the shelves, from any till.")
                                  : tr("A manager starts a count; then you scan the goods here."));
        m_totals->clear();
        return;
    }
    const Stocktake& s = m_view_->stocktake;
    m_heading->setText(tr("Stocktake %1").arg(s.number));
    m_detail->setText(
        tr("Counting %1. Started by %2 on %3. Not counted yet: %4 of %5.")
            .arg(scopeText(s), s.startedBy, s.startedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")))
            .arg(m_view_->uncounted)
            .arg(m_view_->lines.size()));
    m_totals->setText(tr("Gains: %1. Losses: %2. In all: %3.")
                          .arg(m_view_->gains.format(lang), m_view_->losses.format(lang),
                               (m_view_->gains + m_view_->losses).format(lang)));
}

} // namespace ovop::ui
