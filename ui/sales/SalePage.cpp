// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/SalePage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "models/catalog/CatalogService.h"
#include "models/core/Language.h"
#include "models/sales/ShiftService.h"
#include "models/settings/ShopSettings.h"
#include "ui/sales/ApprovalDialog.h"
#include "ui/sales/CartLineDelegate.h"
#include "ui/sales/CartTableModel.h"
#include "ui/sales/TillButton.h"

namespace ovop::ui {

namespace {

constexpr int SearchLimit = 50;

// A code is one word with a digit in it (a barcode, an SKU such as FLT-001); anything else is
// searched for by name.
bool looksLikeCode(const QString& text)
{
    if (text.contains(QLatin1Char(' ')))
        return false;
    for (const QChar ch : text)
        if (ch.isDigit())
            return true;
    return false;
}

bool allDigits(const QString& text)
{
    for (const QChar ch : text)
        if (!ch.isDigit())
            return false;
    return !text.isEmpty();
}

ShopSettings loadSettings(Database& db, QString* error)
{
    auto settings = SettingsService(db).load();
    if (!settings) {
        *error = settings.message();
        return {};
    }
    error->clear();
    return settings.value();
}

} // namespace

SalePage::SalePage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("salePage"));
    m_till = std::make_unique<Till>(db, session, loadSettings(db, &m_settingsError));

    makeAction(QStringLiteral("payCash"), {}, &SalePage::payCash);
    makeAction(QStringLiteral("payCard"), QKeySequence(Qt::CTRL | Qt::Key_Return), &SalePage::payCard)
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    makeAction(QStringLiteral("payQr"), QKeySequence(Qt::Key_F8), &SalePage::payQr);
    makeAction(QStringLiteral("quantity"), QKeySequence(Qt::Key_F4), &SalePage::editQuantity);
    makeAction(QStringLiteral("lineDiscount"), QKeySequence(Qt::Key_F6), &SalePage::editLineDiscount);
    makeAction(QStringLiteral("cartDiscount"), QKeySequence(Qt::Key_F7), &SalePage::editCartDiscount);
    makeAction(QStringLiteral("price"), QKeySequence(Qt::Key_F2), &SalePage::editPrice);
    makeAction(QStringLiteral("removeLine"), QKeySequence(Qt::Key_Delete), &SalePage::removeLine);
    makeAction(QStringLiteral("void"), QKeySequence(Qt::Key_Asterisk), &SalePage::voidCart);
    makeAction(QStringLiteral("park"), QKeySequence(Qt::ALT | Qt::Key_Asterisk), &SalePage::park);
    makeAction(QStringLiteral("recall"), QKeySequence(Qt::Key_F5), &SalePage::recall);
    makeAction(QStringLiteral("returnGoods"), QKeySequence(Qt::Key_F10), &SalePage::returnGoods);
    makeAction(QStringLiteral("lastReceipt"), QKeySequence(Qt::Key_F12), &SalePage::showLastReceipt);

    buildLayout();
    retranslateUi();
    refresh();
    if (!m_settingsError.isEmpty())
        showMessage(m_settingsError, Tone::Error);
    else
        checkShift();
}

SalePage::~SalePage() = default;

QAction* SalePage::makeAction(const QString& name, const QKeySequence& key, void (SalePage::*slot)())
{
    auto* action = new QAction(this);
    action->setObjectName(name + QStringLiteral("Action"));
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_actions.insert(name, action);
    return action;
}

void SalePage::buildLayout()
{
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setProperty("role", QStringLiteral("tillScan"));
    m_scan->setClearButtonEnabled(true);
    m_scan->installEventFilter(this);
    setFocusProxy(m_scan);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("saleMessage"));
    m_message->setWordWrap(true);
    m_message->setFixedHeight(2 * QFontMetrics(m_message->font()).lineSpacing() + 8);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    m_model = new CartTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cartView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(CartTableModel::Name, new CartLineDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus; Up and Down move the line
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(52);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CartTableModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->setHighlightSections(false);

    m_resultsPage = new QWidget(this);
    m_resultsCaption = new QLabel(m_resultsPage);
    m_resultsCaption->setProperty("role", QStringLiteral("hint"));
    m_resultsCaption->setWordWrap(true);
    m_results = new QListWidget(m_resultsPage);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setWordWrap(true);
    m_results->installEventFilter(this);
    connect(m_results, &QListWidget::itemActivated, this, &SalePage::addChosenResult);
    auto* resultsLayout = new QVBoxLayout(m_resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_resultsCaption);
    resultsLayout->addWidget(m_results, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_resultsPage);

    // The total, as large as anything on the screen, and what makes it.
    auto* totals = new QFrame(this);
    totals->setObjectName(QStringLiteral("totalPanel"));
    totals->setProperty("role", QStringLiteral("card"));
    m_totalCaption = new QLabel(totals);
    m_totalCaption->setObjectName(QStringLiteral("totalCaption"));
    m_totalCaption->setProperty("role", QStringLiteral("subheading"));
    m_total = new QLabel(totals);
    m_total->setObjectName(QStringLiteral("totalAmount"));
    m_total->setProperty("role", QStringLiteral("tillTotal"));
    m_details = new QLabel(totals);
    m_details->setObjectName(QStringLiteral("totalDetails"));
    m_details->setWordWrap(true);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* amount = new QVBoxLayout;
    amount->setSpacing(0);
    amount->addWidget(m_totalCaption);
    amount->addWidget(m_total);
    auto* totalsLayout = new QHBoxLayout(totals);
    totalsLayout->setContentsMargins(16, 6, 16, 6);
    totalsLayout->addLayout(amount);
    totalsLayout->addWidget(m_details, 1);

    // The buttons: the line and the cart on the first row, parking and paying on the second.
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    const QStringList first{QStringLiteral("quantity"),   QStringLiteral("lineDiscount"), QStringLiteral("price"),
                            QStringLiteral("removeLine"), QStringLiteral("cartDiscount"), QStringLiteral("void")};
    const QStringList second{QStringLiteral("park"), QStringLiteral("recall"), QStringLiteral("payQr"),
                             QStringLiteral("payCard"), QStringLiteral("payCash")};
    for (int i = 0; i < first.size(); ++i) {
        auto* button = new TillButton(m_actions.value(first.at(i)), {}, this);
        m_buttons << button;
        grid->addWidget(button, 0, i);
    }
    for (int i = 0; i < second.size(); ++i) {
        auto* button = new TillButton(m_actions.value(second.at(i)), {}, this);
        m_buttons << button;
        grid->addWidget(button, 1, i, 1, i == second.size() - 1 ? 2 : 1); // cash: the widest
    }
    m_buttons.last()->setProperty("role", QStringLiteral("primary"));
    for (int column = 0; column < first.size(); ++column)
        grid->setColumnStretch(column, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // Beside the scan field: what a cashier needs between sales (a return, the last receipt).
    auto* scanRow = new QHBoxLayout;
    scanRow->setSpacing(6);
    scanRow->addWidget(m_scan, 1);
    for (const QString& name : {QStringLiteral("returnGoods"), QStringLiteral("lastReceipt")}) {
        auto* button = new TillButton(m_actions.value(name), {}, this);
        m_buttons << button;
        scanRow->addWidget(button);
    }
    layout->addLayout(scanRow);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(totals);
    layout->addLayout(grid);
}

QString SalePage::language() const
{
    return Language::current();
}

QString SalePage::message() const
{
    return m_message->text();
}

QString SalePage::totalCaption() const
{
    return m_totalCaption->text();
}

QString SalePage::totalText() const
{
    return m_total->text();
}

void SalePage::pageShown()
{
    const ShopSettings settings = loadSettings(m_db, &m_settingsError);
    if (m_settingsError.isEmpty())
        m_till->setSettings(settings);
    else
        showMessage(m_settingsError, Tone::Error);
    if (m_till->cart().isEmpty())
        checkShift();
    focusScan();
}

void SalePage::checkShift()
{
    // Said before the first scan rather than at the payment; SaleService refuses a sale without one.
    auto shift = ShiftService(m_db).current();
    if (!shift)
        showMessage(shift.message(), Tone::Warning);
    else if (!shift->has_value())
        showMessage(tr("No shift is open on this till. Open a shift with the cash in the drawer before the first "
                       "sale."),
                    Tone::Warning);
}

void SalePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    focusScan();
}

void SalePage::focusScan()
{
    // After one of the page's dialogs closed, the till's window is the one the cashier works in.
    if (isVisible() && !window()->isActiveWindow() && !QApplication::activeModalWidget())
        window()->activateWindow();
    if (m_stack->currentWidget() == m_resultsPage)
        m_results->setFocus();
    else
        m_scan->setFocus();
}

void SalePage::showMessage(const QString& text, Tone tone)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setProperty("role", tone == Tone::Error || tone == Tone::Warning ? QStringLiteral("error")
                                   : tone == Tone::Ok                           ? QStringLiteral("ok")
                                                                                : QString());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    if (tone == Tone::Error)
        QApplication::beep();
}

void SalePage::submitScan()
{
    const QString text = m_scan->text().trimmed();
    if (text.isEmpty()) {
        if (m_till->cart().isEmpty())
            showMessage(tr("Scan the goods first: the cart is empty."), Tone::Info);
        else
            pay(PaymentMethod::Cash);
        return;
    }
    if (!looksLikeCode(text)) {
        search(text);
        return;
    }
    const Result<int> added =
        addWithApproval([&](const Approval* a) { return m_till->addCode(text, Quantity::fromUnits(1), a); });
    if (!added && added.error().kind == ErrorKind::NotFound && !allDigits(text)) {
        search(text); // an SKU typed in part, or a name with a digit in it
        return;
    }
    afterAdd(added);
}

void SalePage::afterAdd(const Result<int>& added)
{
    if (!added) {
        showMessage(added.message(), Tone::Error);
        m_scan->selectAll(); // the next scan replaces what was not found
        m_scan->setFocus();
        return;
    }
    m_lastSale.reset();
    m_scan->clear();
    refresh();
    const CartLine& line = m_till->cart().lines.at(added.value());
    showMessage(tr("%1 × %2 — %3")
                    .arg(line.quantity.format(language()), line.item.name.in(language()),
                         m_till->totals().amounts.value(added.value()).format(language())),
                Tone::Ok);
    focusScan();
}

void SalePage::search(const QString& text)
{
    ProductFilter filter;
    filter.limit = SearchLimit;
    auto found = CatalogService(m_db).search(text, filter, language());
    if (!found) {
        showMessage(found.message(), Tone::Error);
        return;
    }
    if (found->isEmpty()) {
        showMessage(tr("Nothing in the catalogue matches %1. Check the spelling or scan the barcode.")
                        .arg(Language::quoted(text)),
                    Tone::Error);
        m_scan->selectAll();
        return;
    }
    m_results->clear();
    for (const Product& p : found.value()) {
        QStringList about{p.sku};
        if (!p.villageName.in(language()).isEmpty())
            about << p.villageName.in(language());
        if (!p.producerName.isEmpty())
            about << p.producerName;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2\n%3")
                .arg(p.displayName(language()), p.price.format(language()), about.join(QStringLiteral(" · "))),
            m_results);
        item->setData(Qt::UserRole, p.id);
        item->setSizeHint(QSize(0, 2 * m_results->fontMetrics().lineSpacing() + 16));
    }
    m_resultsCaption->setText(
        tr("%n product(s) match %1. Up and Down choose, Enter adds to the cart, Esc goes back.", "", int(found->size()))
            .arg(Language::quoted(text)));
    showMessage(QString(), Tone::Info);
    showResults(true);
    m_results->setCurrentRow(0);
}

void SalePage::showResults(bool shown)
{
    m_stack->setCurrentWidget(shown ? m_resultsPage : static_cast<QWidget*>(m_view));
    refresh();
    if (shown)
        m_results->setFocus();
    else
        m_scan->setFocus();
}

void SalePage::addChosenResult()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    const QString productId = item->data(Qt::UserRole).toString();
    const Result<int> added =
        addWithApproval([&](const Approval* a) { return m_till->addProduct(productId, Quantity::fromUnits(1), a); });
    showResults(false);
    afterAdd(added);
}

int SalePage::currentLine() const
{
    const int row = m_view->currentIndex().row();
    if (row >= 0 && row < m_till->cart().lines.size())
        return row;
    return m_till->cart().lastTouched;
}

void SalePage::moveCurrentLine(int step)
{
    const int count = int(m_till->cart().lines.size());
    if (count == 0)
        return;
    const int row = std::clamp(currentLine() + step, 0, count - 1);
    m_view->setCurrentIndex(m_model->index(row, CartTableModel::Name));
    m_view->scrollTo(m_model->index(row, CartTableModel::Name));
}

void SalePage::refresh()
{
    const Cart& cart = m_till->cart();
    const CartTotals totals = m_till->totals();
    m_model->setLanguage(language());
    m_model->setCart(cart, totals);
    if (cart.lastTouched >= 0 && cart.lastTouched < cart.lines.size()) {
        const QModelIndex touched = m_model->index(cart.lastTouched, CartTableModel::Name);
        m_view->setCurrentIndex(touched);
        m_view->scrollTo(touched);
    }

    if (m_lastSale && cart.isEmpty()) {
        m_totalCaption->setText(m_lastSale->change.isZero() ? tr("Paid") : tr("Change"));
        m_total->setText((m_lastSale->change.isZero() ? m_lastSale->total : m_lastSale->change).format(language()));
        m_details->setText(
            tr("Receipt %1\nTotal %2 · paid %3")
                .arg(m_lastSale->receipt, m_lastSale->total.format(language()), m_lastSale->paid.format(language())));
    } else {
        m_totalCaption->setText(tr("Total"));
        m_total->setText(totals.total.format(language()));
        QStringList details;
        if (!cart.isEmpty()) {
            details << tr("%n line(s)", "", int(cart.lines.size()));
            if (!totals.discount.isZero())
                details << tr("discount %1").arg(totals.discount.format(language()));
            if (!totals.tax.total().isZero())
                details << tr("tax included %1").arg(totals.tax.total().format(language()));
        }
        m_details->setText(details.join(QLatin1Char('\n')));
    }

    const bool lines = !cart.isEmpty() && m_stack->currentWidget() == m_view;
    for (const char* name : {"payCash", "payCard", "payQr", "quantity", "lineDiscount", "cartDiscount", "price",
                             "removeLine", "void", "park"})
        m_actions.value(QLatin1String(name))->setEnabled(lines);
}

bool SalePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool control = key->modifiers() & Qt::ControlModifier;
    if (watched == m_scan) {
        if (enter && control) {
            m_actions.value(QStringLiteral("payCard"))->trigger();
            return true;
        }
        if (enter) {
            submitScan();
            return true;
        }
        if (key->text() == QLatin1String("*")) { // the line edit would type it: it voids (Alt: parks)
            m_actions.value(key->modifiers() & Qt::AltModifier ? QStringLiteral("park") : QStringLiteral("void"))
                ->trigger();
            return true;
        }
        if (key->key() == Qt::Key_Delete && m_scan->text().isEmpty()) {
            m_actions.value(QStringLiteral("removeLine"))->trigger();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (!m_scan->text().isEmpty())
                m_scan->clear();
            else
                showMessage(QString(), Tone::Info);
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            moveCurrentLine(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    } else if (watched == m_results) {
        if (enter) {
            addChosenResult();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            showResults(false);
            m_scan->selectAll();
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
            // A scan or more typing while the results are shown goes to the scan field.
            showResults(false);
            m_scan->clear();
            QApplication::sendEvent(m_scan, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SalePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalePage::retranslateUi()
{
    m_scan->setPlaceholderText(tr("Scan a barcode, or type a code or a name, then Enter"));
    const auto set = [this](const char* name, const QString& text, const QString& tip) {
        QAction* action = m_actions.value(QLatin1String(name));
        action->setText(text);
        action->setToolTip(tip);
    };
    set("payCash", tr("Cash"), tr("Pay in cash (Enter on an empty scan field)"));
    set("payCard", tr("Card"), tr("Pay by card"));
    set("payQr", tr("QR"), tr("Pay with a QR code (ELQR)"));
    set("quantity", tr("Quantity"), tr("The quantity of the chosen line; kilograms and metres take decimals"));
    set("lineDiscount", tr("Line discount"), tr("A discount on the chosen line, as an amount or a percentage"));
    set("cartDiscount", tr("Cart discount"), tr("A discount on the whole cart, as an amount or a percentage"));
    set("price", tr("Price"), tr("Change the price of the chosen line (a manager approves)"));
    set("removeLine", tr("Remove line"), tr("Remove the chosen line from the cart"));
    set("void", tr("Void cart"), tr("Empty the cart without a sale (a manager approves)"));
    set("park", tr("Park"), tr("Put the cart aside to serve the next customer"));
    set("recall", tr("Recall"), tr("Bring a parked cart back"));
    set("returnGoods", tr("Return"), tr("Take goods back against a receipt"));
    set("lastReceipt", tr("Receipt"), tr("Show, print or save the receipt of the last sale"));
    for (TillButton* button : m_buttons) {
        if (button->objectName() == QLatin1String("payCashActionButton"))
            button->setKeyText(tr("Enter"));
        else if (button->objectName() == QLatin1String("payCardActionButton"))
            button->setKeyText(tr("Ctrl+Enter"));
    }
    refresh();
}

} // namespace ovop::ui
