// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "models/sales/Sale.h"

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ovop {
class Database;
class Till;
} // namespace ovop

namespace ovop::ui {

class QrView;

// Taking the money for the till's cart: cash with what the customer handed over (buttons for the
// next round notes) and the change; a card with its scheme; a QR payment (ELQR) shown for the
// customer's banking app; any mix of them. Enter records the payment being entered and, once the
// total is paid, completes the sale (SaleService::commit); the receipt's language is chosen here.
// Accepted with the committed sale in sale().
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Database& db, Till& till, PaymentMethod method, const QString& receiptLanguage,
                  QWidget* parent = nullptr);

    PaymentMethod method() const { return m_method; }
    void setMethod(PaymentMethod method);
    const QList<Payment>& payments() const { return m_payments; }
    Money total() const { return m_total; }
    Money paid() const;
    Money remaining() const;
    QString receiptLanguage() const { return m_language; }
    void setReceiptLanguage(const QString& language);
    const std::optional<Sale>& sale() const { return m_sale; }
    QString message() const;

    // The amounts of the quick buttons for the next round notes above an amount (up to five).
    static QList<Money> roundNotesAbove(Money amount);

    QLineEdit* tenderedField() const { return m_tendered; }
    QLineEdit* cardAmountField() const { return m_cardAmount; }
    QLineEdit* cardDetailField() const { return m_cardDetail; }
    QLineEdit* qrReferenceField() const { return m_qrReference; }
    QrView* qrView() const { return m_qr; }
    QString qrLink() const { return m_qrLink; }
    QPushButton* completeButton() const { return m_complete; }
    QListWidget* paymentList() const { return m_list; }
    void chooseScheme(CardScheme scheme);

    // Records the payment being entered on the current panel; completes the sale when it is then
    // paid in full. False when the entry was refused (the message says why).
    bool enter();
    // Commits the sale with the payments so far (refused until paid in full).
    bool complete();

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* makeCashPanel();
    QWidget* makeCardPanel();
    QWidget* makeQrPanel();
    void retranslateUi();
    void refresh();
    void updateQr();
    void showMessage(const QString& text, bool error = true);
    std::optional<Money> amountOf(QLineEdit* field, const QString& what);
    bool addPayment(const Payment& payment);
    void removePayment();

    Database& m_db;
    Till& m_till;
    Money m_total;
    PaymentMethod m_method = PaymentMethod::Cash;
    QString m_language;
    QList<Payment> m_payments;
    std::optional<Sale> m_sale;
    std::optional<CardScheme> m_scheme;
    QString m_qrLink;
    bool m_qrDynamic = false;

    QLabel* m_toPayCaption;
    QLabel* m_toPay;
    QLabel* m_languageCaption;
    QList<QPushButton*> m_languageButtons;
    QPushButton* m_cashButton;
    QPushButton* m_cardButton;
    QPushButton* m_qrButton;
    QStackedWidget* m_panels;
    // Cash
    QLabel* m_notesCaption;
    QList<QPushButton*> m_noteButtons;
    QPushButton* m_exact;
    QLabel* m_tenderedLabel;
    QLineEdit* m_tendered;
    // Card
    QLabel* m_schemeCaption;
    QButtonGroup* m_schemes;
    QLabel* m_cardAmountLabel;
    QLineEdit* m_cardAmount;
    QLabel* m_cardDetailLabel;
    QLineEdit* m_cardDetail;
    QPushButton* m_cardPaid;
    // QR
    QrView* m_qr;
    QLabel* m_qrAmount;
    QLabel* m_qrNote;
    QLabel* m_qrReferenceLabel;
    QLineEdit* m_qrReference;
    QPushButton* m_qrPaid;
    // Payments so far
    QLabel* m_listCaption;
    QListWidget* m_list;
    QPushButton* m_removePayment;
    QLabel* m_remainingCaption;
    QLabel* m_remaining;
    QLabel* m_message;
    QPushButton* m_cancel;
    QPushButton* m_complete;
};

} // namespace ovop::ui
