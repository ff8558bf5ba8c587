// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/PaymentDialog.h"

#include <algorithm>

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/sales/SaleService.h"
#include "models/sales/Till.h"
#include "ui/sales/QrView.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {

QPushButton* makeButton(const QString& name, QWidget* parent, const QString& role = {})
{
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    button->setFocusPolicy(Qt::NoFocus);
    if (!role.isEmpty())
        button->setProperty("role", role);
    return button;
}

QLineEdit* makeAmountField(const QString& name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setProperty("role", QStringLiteral("tillAmount"));
    return field;
}

} // namespace

PaymentDialog::PaymentDialog(Database& db, Till& till, PaymentMethod method, const QString& receiptLanguage,
                             QWidget* parent)
    : QDialog(parent), m_db(db), m_till(till), m_total(till.totals().total), m_language(receiptLanguage)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setModal(true);
    if (!Language::isValid(m_language))
        m_language = QStringLiteral("ru");

    // What is to be paid, and the receipt's language.
    m_toPayCaption = new QLabel(this);
    m_toPay = new QLabel(this);
    m_toPay->setObjectName(QStringLiteral("paymentToPay"));
    m_toPay->setProperty("role", QStringLiteral("tillTotal"));
    m_languageCaption = new QLabel(this);
    m_languageCaption->setProperty("role", QStringLiteral("hint"));
    auto* languages = new QHBoxLayout;
    languages->setSpacing(4);
    languages->addWidget(m_languageCaption);
    for (const QString& code : Language::codes()) {
        auto* button = makeButton(QStringLiteral("receiptLanguage_") + code, this, QStringLiteral("language"));
        button->setCheckable(true);
        button->setText(Language::nativeName(code));
        button->setProperty("language", code);
        connect(button, &QPushButton::clicked, this, [this, code] { setReceiptLanguage(code); });
        m_languageButtons << button;
        languages->addWidget(button);
    }
    auto* top = new QGridLayout;
    top->addWidget(m_toPayCaption, 0, 0);
    top->addWidget(m_toPay, 1, 0);
    top->addLayout(languages, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
    top->setColumnStretch(0, 1);

    // How: one panel per method.
    m_cashButton = makeButton(QStringLiteral("methodCash"), this);
    m_cardButton = makeButton(QStringLiteral("methodCard"), this);
    m_qrButton = makeButton(QStringLiteral("methodQr"), this);
    auto* methods = new QHBoxLayout;
    for (QPushButton* b : {m_cashButton, m_cardButton, m_qrButton}) {
        b->setCheckable(true);
        b->setProperty("role", QStringLiteral("language"));
        methods->addWidget(b);
    }
    methods->addStretch(1);
    connect(m_cashButton, &QPushButton::clicked, this, [this] { setMethod(PaymentMethod::Cash); });
    connect(m_cardButton, &QPushButton::clicked, this, [this] { setMethod(PaymentMethod::Card); });
    connect(m_qrButton, &QPushButton::clicked, this, [this] { setMethod(PaymentMethod::Qr); });
    m_panels = new QStackedWidget(this);
    m_panels->addWidget(makeCashPanel());
    m_panels->addWidget(makeCardPanel());
    m_panels->addWidget(makeQrPanel());
    auto* left = new QVBoxLayout;
    left->addLayout(methods);
    left->addWidget(m_panels, 1);

    // The payments so far and what is left (or the change).
    m_listCaption = new QLabel(this);
    m_listCaption->setProperty("role", QStringLiteral("subheading"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paymentList"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    m_list->installEventFilter(this);
    m_removePayment = makeButton(QStringLiteral("removePayment"), this);
    connect(m_removePayment, &QPushButton::clicked, this, &PaymentDialog::removePayment);
    m_remainingCaption = new QLabel(this);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("paymentRemaining"));
    m_remaining->setProperty("role", QStringLiteral("tillChange"));
    auto* right = new QVBoxLayout;
    right->addWidget(m_listCaption);
    right->addWidget(m_list, 1);
    right->addWidget(m_removePayment);
    right->addWidget(m_remainingCaption);
    right->addWidget(m_remaining);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("paymentMessage"));
    m_message->setWordWrap(true);
    m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing() + 6);
    m_cancel = makeButton(QStringLiteral("paymentCancel"), this);
    connect(m_cancel, &QPushButton::clicked, this, &PaymentDialog::reject);
    m_complete = makeButton(QStringLiteral("paymentComplete"), this, QStringLiteral("primary"));
    connect(m_complete, &QPushButton::clicked, this, &PaymentDialog::complete);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_complete);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    retranslateUi();
    setReceiptLanguage(m_language);
    setMethod(method);
    resize(920, 640);
}

QWidget* PaymentDialog::makeCashPanel()
{
    auto* panel = new QWidget(this);
    m_notesCaption = new QLabel(panel);
    m_notesCaption->setWordWrap(true);
    m_notesCaption->setProperty("role", QStringLiteral("hint"));
    auto* notes = new QHBoxLayout;
    notes->setSpacing(6);
    for (int i = 0; i < 5; ++i) {
        auto* button = makeButton(QStringLiteral("note%1").arg(i), panel);
        connect(button, &QPushButton::clicked, this, [this, button] {
            m_tendered->setText(
                Money::fromTyiyn(button->property("tyiyn").toLongLong()).toPlainString(Language::current()));
            m_tendered->setFocus();
        });
        m_noteButtons << button;
        notes->addWidget(button);
    }
    m_exact = makeButton(QStringLiteral("noteExact"), panel);
    connect(m_exact, &QPushButton::clicked, this, [this] {
        m_tendered->setText(remaining().toPlainString(Language::current()));
        m_tendered->setFocus();
    });
    notes->addWidget(m_exact);
    notes->addStretch(1);
    m_tenderedLabel = new QLabel(panel);
    m_tenderedLabel->setWordWrap(true);
    m_tendered = makeAmountField(QStringLiteral("tendered"), panel);
    m_tenderedLabel->setBuddy(m_tendered);
    connect(m_tendered, &QLineEdit::returnPressed, this, &PaymentDialog::enter);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_notesCaption);
    layout->addLayout(notes);
    layout->addSpacing(8);
    layout->addWidget(m_tenderedLabel);
    layout->addWidget(m_tendered);
    layout->addStretch(1);
    return panel;
}

QWidget* PaymentDialog::makeCardPanel()
{
    auto* panel = new QWidget(this);
    m_schemeCaption = new QLabel(panel);
    m_schemeCaption->setWordWrap(true);
    m_schemes = new QButtonGroup(panel);
    m_schemes->setExclusive(true);
    auto* schemes = new QGridLayout;
    schemes->setSpacing(6);
    const QList<CardScheme> all{CardScheme::Elcart, CardScheme::Visa, CardScheme::Mastercard, CardScheme::UnionPay,
                                CardScheme::Other};
    for (int i = 0; i < all.size(); ++i) {
        const CardScheme scheme = all.at(i);
        auto* button = makeButton(QStringLiteral("scheme_") + PaymentMethods::schemeKey(scheme), panel,
                                  QStringLiteral("language"));
        button->setCheckable(true);
        button->setProperty("scheme", int(scheme));
        m_schemes->addButton(button, int(scheme));
        schemes->addWidget(button, i / 3, i % 3);
    }
    connect(m_schemes, &QButtonGroup::idClicked, this, [this](int id) {
        m_scheme = CardScheme(id);
        m_message->clear();
        m_cardAmount->setFocus();
    });
    m_cardAmountLabel = new QLabel(panel);
    m_cardAmountLabel->setWordWrap(true);
    m_cardAmount = makeAmountField(QStringLiteral("cardAmount"), panel);
    m_cardAmountLabel->setBuddy(m_cardAmount);
    m_cardDetailLabel = new QLabel(panel);
    m_cardDetailLabel->setWordWrap(true);
    m_cardDetail = new QLineEdit(panel);
    m_cardDetail->setObjectName(QStringLiteral("cardDetail"));
    m_cardDetail->setMaxLength(SaleService::MaxDetailLength);
    m_cardDetailLabel->setBuddy(m_cardDetail);
    connect(m_cardAmount, &QLineEdit::returnPressed, this, &PaymentDialog::enter);
    connect(m_cardDetail, &QLineEdit::returnPressed, this, &PaymentDialog::enter);
    m_cardPaid = makeButton(QStringLiteral("cardPaid"), panel, QStringLiteral("primary"));
    connect(m_cardPaid, &QPushButton::clicked, this, &PaymentDialog::enter);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_schemeCaption);
    layout->addLayout(schemes);
    layout->addWidget(m_cardAmountLabel);
    layout->addWidget(m_cardAmount);
    layout->addWidget(m_cardDetailLabel);
    layout->addWidget(m_cardDetail);
    layout->addWidget(m_cardPaid, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return panel;
}

QList<Money> PaymentDialog::roundNotesAbove(Money amount)
{
    QList<Money> out;
    for (const qint64 som : {50, 100, 500, 1000, 5000}) {
        const qint64 step = som * 100;
        const qint64 up = (amount.tyiyn() / step + 1) * step; // strictly above: "exact" is its own button
        const Money note = Money::fromTyiyn(up);
        if (!out.contains(note))
            out << note;
    }
    std::sort(out.begin(), out.end());
    return out.mid(0, 5);
}

Money PaymentDialog::paid() const
{
    Money sum;
    for (const Payment& p : m_payments)
        sum += p.amount;
    return sum;
}

Money PaymentDialog::remaining() const
{
    const Money left = m_total - paid();
    return left.isNegative() ? Money() : left;
}

QString PaymentDialog::message() const
{
    return m_message->text();
}

void PaymentDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void PaymentDialog::setMethod(PaymentMethod method)
{
    m_method = method;
    m_cashButton->setChecked(method == PaymentMethod::Cash);
    m_cardButton->setChecked(method == PaymentMethod::Card);
    m_qrButton->setChecked(method == PaymentMethod::Qr);
    m_panels->setCurrentIndex(int(method));
    m_message->clear();
    refresh();
    switch (method) {
    case PaymentMethod::Cash:
        m_tendered->setFocus();
        break;
    case PaymentMethod::Card:
        m_cardAmount->setFocus();
        break;
    case PaymentMethod::Qr:
        m_qrReference->setFocus();
        break;
    }
}

void PaymentDialog::setReceiptLanguage(const QString& language)
{
    if (!Language::isValid(language))
        return;
    m_language = language;
    for (QPushButton* b : m_languageButtons)
        b->setChecked(b->property("language").toString() == language);
}

void PaymentDialog::chooseScheme(CardScheme scheme)
{
    if (QAbstractButton* b = m_schemes->button(int(scheme))) {
        b->setChecked(true);
        m_scheme = scheme;
    }
}

std::optional<Money> PaymentDialog::amountOf(QLineEdit* field, const QString& what)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return remaining(); // Enter on an empty field: exactly what is left
    auto amount = Money::parse(text);
    if (!amount) {
        showMessage(QStringLiteral("%1: %2").arg(what, amount.message()));
        field->selectAll();
        return std::nullopt;
    }
    return amount.value();
}

bool PaymentDialog::enter()
{
    if (remaining().isZero() && !m_payments.isEmpty())
        return complete();
    Payment payment;
    payment.method = m_method;
    QLineEdit* field = m_tendered;
    switch (m_method) {
    case PaymentMethod::Cash:
        break;
    case PaymentMethod::Card:
        field = m_cardAmount;
        if (!m_scheme) {
            showMessage(tr("Choose the card's scheme (Alt+1 … Alt+5)."));
            return false;
        }
        payment.scheme = m_scheme;
        payment.cardDetail = m_cardDetail->text().trimmed();
        break;
    case PaymentMethod::Qr:
        if (m_qrLink.isEmpty()) {
            showMessage(tr("QR payments are not set up on this till: a manager enters the shop's ELQR link in the "
                           "settings."));
            return false;
        }
        payment.amount = remaining();
        payment.reference = m_qrReference->text().trimmed();
        payment.qrLink = m_qrLink;
        break;
    }
    if (m_method != PaymentMethod::Qr) {
        const auto amount = amountOf(field, m_method == PaymentMethod::Cash ? tr("Cash") : tr("Card"));
        if (!amount)
            return false;
        payment.amount = *amount;
    }
    if (!addPayment(payment))
        return false;
    if (SaleService::changeFor(m_total, m_payments, Language::current()).ok())
        return complete();
    return true;
}

bool PaymentDialog::addPayment(const Payment& payment)
{
    // A part of the total is a payment too; what completes the sale is checked by SaleService.
    if (payment.amount.tyiyn() <= 0) {
        showMessage(tr("A payment must be more than zero."));
        return false;
    }
    if (payment.method != PaymentMethod::Cash && payment.amount > remaining()) {
        showMessage(tr("A card or QR payment is at most what is left to pay (%1): only cash gives change.")
                        .arg(remaining().format(Language::current())));
        return false;
    }
    m_payments << payment;
    m_tendered->clear();
    m_cardAmount->clear();
    m_cardDetail->clear();
    m_qrReference->clear();
    m_message->clear();
    refresh();
    return true;
}

void PaymentDialog::removePayment()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_payments.size())
        return;
    m_payments.removeAt(row);
    refresh();
}

bool PaymentDialog::complete()
{
    auto change = SaleService::changeFor(m_total, m_payments, Language::current());
    if (!change) {
        showMessage(change.message());
        return false;
    }
    auto sale = SaleService(m_db).commit(m_till, m_payments, m_language);
    if (!sale) {
        showMessage(sale.message());
        return false;
    }
    m_sale = sale.value();
    accept();
    return true;
}

void PaymentDialog::reject()
{
    if (!m_payments.isEmpty() && !m_sale) {
        QMessageBox box(QMessageBox::Question, tr("Leave the payment"),
                        tr("%n payment(s) entered will be dropped and the sale stays open. Leave the payment?", "",
                           int(m_payments.size())),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("leavePaymentQuestion"));
        QPushButton* leave = box.addButton(tr("Leave"), QMessageBox::DestructiveRole);
        leave->setObjectName(QStringLiteral("leaveButton"));
        QPushButton* stay = box.addButton(tr("Stay"), QMessageBox::RejectRole);
        stay->setObjectName(QStringLiteral("stayButton"));
        box.setDefaultButton(stay);
        box.exec();
        if (box.clickedButton() != leave)
            return;
    }
    QDialog::reject();
}

static QString paymentText(const Payment& p, const QString& language)
{
    QString what;
    switch (p.method) {
    case PaymentMethod::Cash:
        what = PaymentDialog::tr("Cash");
        break;
    case PaymentMethod::Card:
        what = PaymentDialog::tr("Card %1").arg(p.scheme ? PaymentMethods::schemeName(*p.scheme) : QString());
        if (!p.cardDetail.isEmpty())
            what += QStringLiteral(" · ") + p.cardDetail;
        break;
    case PaymentMethod::Qr:
        what = PaymentDialog::tr("QR");
        if (!p.reference.isEmpty())
            what += QStringLiteral(" · ") + p.reference;
        break;
    }
    return QStringLiteral("%1\t%2").arg(what, p.amount.format(language));
}

void PaymentDialog::refresh()
{
    const QString language = Language::current();
    m_toPay->setText(m_total.format(language));
    m_list->clear();
    for (const Payment& p : m_payments)
        m_list->addItem(paymentText(p, language).replace(QLatin1Char('\t'), QStringLiteral(" — ")));
    m_removePayment->setEnabled(!m_payments.isEmpty());
    const Money left = remaining();
    const Money change = paid() > m_total ? paid() - m_total : Money();
    if (!change.isZero()) {
        m_remainingCaption->setText(tr("Change"));
        m_remaining->setText(change.format(language));
    } else {
        m_remainingCaption->setText(tr("Left to pay"));
        m_remaining->setText(left.format(language));
    }
    m_complete->setEnabled(SaleService::changeFor(m_total, m_payments, language).ok());

    const QList<Money> notes = roundNotesAbove(left);
    for (int i = 0; i < m_noteButtons.size(); ++i) {
        QPushButton* b = m_noteButtons.at(i);
        b->setVisible(i < notes.size() && !left.isZero());
        if (i < notes.size()) {
            b->setProperty("tyiyn", notes.at(i).tyiyn());
            b->setText(notes.at(i).format(language).remove(QRegularExpression(QStringLiteral("[.,]00\\D*$"))));
        }
    }
    m_exact->setEnabled(!left.isZero());
    m_tendered->setPlaceholderText(left.toPlainString(language));
    m_cardAmount->setPlaceholderText(left.toPlainString(language));
    updateQr();
}

bool PaymentDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        removePayment();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void PaymentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PaymentDialog::retranslateUi()
{
    setWindowTitle(tr("Payment"));
    m_toPayCaption->setText(tr("To pay"));
    m_languageCaption->setText(tr("Receipt in:"));
    // A button's text sets its shortcut (to its mnemonic): the keys come after the texts.
    m_cashButton->setText(tr("Cash (F2)"));
    m_cashButton->setShortcut(QKeySequence(Qt::Key_F2));
    m_cardButton->setText(tr("Card (F3)"));
    m_cardButton->setShortcut(QKeySequence(Qt::Key_F3));
    m_qrButton->setText(tr("QR (F8)"));
    m_qrButton->setShortcut(QKeySequence(Qt::Key_F8));
    m_notesCaption->setText(tr("The customer hands over:"));
    m_exact->setText(tr("Exact"));
    m_tenderedLabel->setText(tr("&Cash received (Enter: exactly what is left)"));
    m_schemeCaption->setText(tr("Card scheme (Alt+1 … Alt+5)"));
    for (QAbstractButton* b : m_schemes->buttons()) {
        const auto scheme = CardScheme(b->property("scheme").toInt());
        b->setText(scheme == CardScheme::Other ? tr("Other") : PaymentMethods::schemeName(scheme));
        const int key = int(m_schemes->buttons().indexOf(b));
        b->setShortcut(QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + key))));
        b->setToolTip(shortcutText(b->shortcut()));
    }
    m_cardAmountLabel->setText(tr("&Amount on the card (Enter: what is left)"));
    m_cardDetailLabel->setText(tr("Last four digits or authorisation code (optional)"));
    m_cardPaid->setText(tr("The terminal approved (Enter)"));
    m_qrReferenceLabel->setText(tr("The bank's reference (optional)"));
    m_qrPaid->setText(tr("Paid (Enter)"));
    m_listCaption->setText(tr("Payments"));
    m_removePayment->setText(tr("Remove (Del)"));
    m_removePayment->setToolTip(tr("Remove the chosen payment (Del)"));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_complete->setText(tr("Complete (Enter)"));
    refresh();
}

} // namespace ovop::ui
