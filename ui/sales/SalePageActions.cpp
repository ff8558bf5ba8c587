// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The cashier's actions of the sale page: paying, changing a line or the cart, voiding, parking.
#include <algorithm>

#include <QAction>
#include <QMessageBox>
#include <QPrinterInfo>
#include <QPushButton>
#include <QTableView>

#include "models/core/Language.h"
#include "models/sales/ReceiptLayout.h"
#include "models/settings/ShopSettings.h"
#include "ui/sales/ApprovalDialog.h"
#include "ui/sales/CartTableModel.h"
#include "ui/sales/ParkedDialog.h"
#include "ui/sales/PaymentDialog.h"
#include "ui/sales/SalePage.h"
#include "ui/sales/ValueDialog.h"
#include "ui/till/ReceiptPreviewDialog.h"
#include "ui/till/ReturnDialog.h"

namespace ovop::ui {

namespace {

// A discount as typed: empty or zero is none; a percentage has up to two decimals.
Result<Discount> parseDiscount(const QString& text, bool percent)
{
    if (text.isEmpty())
        return Discount{};
    auto number = Money::parse(text);
    if (!number)
        return Error::ofField(QStringLiteral("discount"), percent
                                                              ? SalePage::tr("Type a percentage such as 10 or 12,5.")
                                                              : SalePage::tr("Type an amount such as 100 or 99,50."));
    if (number->isZero())
        return Discount{};
    if (percent)
        return Discount::percent(int(std::min<qint64>(number->tyiyn(), 1000000))); // hundredths of a percent
    return Discount::fixed(number.value());
}

} // namespace

Status SalePage::withApproval(const std::function<Status(const Approval*)>& action, QWidget* dialogParent)
{
    Status done = action(nullptr);
    if (done || done.error().kind != ErrorKind::NeedsApproval)
        return done;
    ApprovalDialog dialog(m_db, *m_till, done.message(), dialogParent ? dialogParent : this);
    if (dialog.exec() != QDialog::Accepted || !dialog.approval())
        return Error{tr("Not approved: the cart is as it was.")};
    return action(&*dialog.approval());
}

Result<int> SalePage::addWithApproval(const std::function<Result<int>(const Approval*)>& add)
{
    int line = -1;
    const Status done = withApproval([&](const Approval* a) {
        auto added = add(a);
        if (!added)
            return Status(added.error());
        line = added.value();
        return Status();
    });
    if (!done)
        return done.error();
    return line;
}

void SalePage::pay(PaymentMethod method)
{
    if (m_till->cart().isEmpty())
        return;
    PaymentDialog dialog(m_db, *m_till, method, m_till->settings().receiptLanguage, this);
    dialog.exec();
    if (dialog.sale()) {
        m_lastSale = dialog.sale();
        m_lastReceiptShown = false;
        refresh();
        showMessage(tr("Sale %1 completed.").arg(m_lastSale->receipt), Tone::Ok);
        Q_EMIT saleCommitted(*m_lastSale);
    }
    focusScan();
}

void SalePage::payCash()
{
    pay(PaymentMethod::Cash);
}

void SalePage::payCard()
{
    pay(PaymentMethod::Card);
}

void SalePage::payQr()
{
    pay(PaymentMethod::Qr);
}

void SalePage::editQuantity()
{
    const int line = currentLine();
    if (line < 0)
        return;
    const CartLine& l = m_till->cart().lines.at(line);
    ValueDialog dialog(
        ValueDialog::Kind::Quantity, tr("Quantity"), l.item.name.in(language()), l.quantity.format(language()),
        [this, line, &dialog](const QString& text, bool) -> Status {
            auto quantity = Quantity::parse(text);
            if (!quantity)
                return quantity.error();
            return withApproval([&](const Approval* a) { return m_till->setQuantity(line, quantity.value(), a); },
                                &dialog);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
    focusScan();
}

void SalePage::editLineDiscount()
{
    const int line = currentLine();
    if (line < 0)
        return;
    const CartLine& l = m_till->cart().lines.at(line);
    ValueDialog dialog(
        ValueDialog::Kind::Discount, tr("Line discount"), l.item.name.in(language()), QString(),
        [this, line, &dialog](const QString& text, bool percent) -> Status {
            auto discount = parseDiscount(text, percent);
            if (!discount)
                return discount.error();
            return withApproval([&](const Approval* a) { return m_till->setLineDiscount(line, discount.value(), a); },
                                &dialog);
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        showMessage(QString(), Tone::Info);
    }
    focusScan();
}

void SalePage::editCartDiscount()
{
    ValueDialog dialog(
        ValueDialog::Kind::Discount, tr("Cart discount"),
        tr("The whole cart: %1").arg(m_till->totals().total.format(language())), QString(),
        [this, &dialog](const QString& text, bool percent) -> Status {
            auto discount = parseDiscount(text, percent);
            if (!discount)
                return discount.error();
            return withApproval([&](const Approval* a) { return m_till->setCartDiscount(discount.value(), a); },
                                &dialog);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
    focusScan();
}

void SalePage::editPrice()
{
    const int line = currentLine();
    if (line < 0)
        return;
    const CartLine& l = m_till->cart().lines.at(line);
    ValueDialog dialog(
        ValueDialog::Kind::Price, tr("Price"), l.item.name.in(language()), l.unitPrice().toPlainString(language()),
        [this, line, &dialog](const QString& text, bool) -> Status {
            auto price = Money::parse(text);
            if (!price)
                return price.error();
            return withApproval([&](const Approval* a) { return m_till->overridePrice(line, price.value(), a); },
                                &dialog);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
    focusScan();
}

void SalePage::removeLine()
{
    const int line = currentLine();
    if (line < 0)
        return;
    const QString name = m_till->cart().lines.at(line).item.name.in(language());
    const Status done = withApproval([&](const Approval* a) { return m_till->removeLine(line, a); });
    refresh();
    if (done)
        showMessage(tr("%1 removed from the cart.").arg(name), Tone::Info);
    else
        showMessage(done.message(), Tone::Error);
    focusScan();
}

void SalePage::voidCart()
{
    if (m_till->cart().isEmpty())
        return;
    // A manager voids on their own and is asked first; a cashier's void is asked of a manager.
    if (m_session.can(Permission::ApproveTill)) {
        QMessageBox box(QMessageBox::Question, tr("Void the cart"),
                        tr("Void the cart of %n line(s), %1? Nothing is sold and the goods stay in stock.", "",
                           int(m_till->cart().lines.size()))
                            .arg(m_till->totals().total.format(language())),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("voidQuestion"));
        QPushButton* yes = box.addButton(tr("Void"), QMessageBox::DestructiveRole);
        yes->setObjectName(QStringLiteral("voidYes"));
        QPushButton* no = box.addButton(tr("Keep the cart"), QMessageBox::RejectRole);
        no->setObjectName(QStringLiteral("voidNo"));
        box.setDefaultButton(no);
        box.exec();
        if (box.clickedButton() != yes) {
            focusScan();
            return;
        }
    }
    const Status done = withApproval([&](const Approval* a) { return m_till->voidCart(a); });
    m_lastSale.reset();
    refresh();
    showMessage(done ? tr("The cart was voided.") : done.message(), done ? Tone::Info : Tone::Error);
    focusScan();
}

void SalePage::park()
{
    const int lines = int(m_till->cart().lines.size());
    auto parked = m_till->park();
    refresh();
    if (parked)
        showMessage(tr("The cart of %n line(s) was parked. F5 brings it back.", "", lines), Tone::Info);
    else
        showMessage(parked.message(), Tone::Error);
    focusScan();
}

void SalePage::recall()
{
    if (!m_till->cart().isEmpty()) {
        showMessage(tr("Finish or park the current cart (Alt+*) before recalling another."), Tone::Error);
        return;
    }
    ParkedDialog dialog(*m_till, language(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_lastSale.reset();
        refresh();
        if (!dialog.recallNote().isEmpty())
            showMessage(dialog.recallNote(), Tone::Error);
        else
            showMessage(tr("The parked cart is back."), Tone::Info);
    }
    focusScan();
}

void SalePage::returnGoods()
{
    ReturnDialog::run(m_db, m_session, this);
    focusScan();
}

void SalePage::showLastReceipt()
{
    if (!m_lastSale) {
        showMessage(tr("No sale was made on this page yet: find an older receipt on the shift page."), Tone::Error);
        return;
    }
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        showMessage(settings.message(), Tone::Error);
        return;
    }
    // A receipt that went to the printer after the sale, or was shown here before, is a copy now.
    const bool copy = m_lastReceiptShown || !QPrinterInfo::defaultPrinter().isNull();
    m_lastReceiptShown = true;
    ReceiptPreviewDialog dialog(ReceiptLayout::sale(*m_lastSale, settings.value(), m_lastSale->language, copy),
                                tr("Receipt %1").arg(m_lastSale->receipt), {}, m_lastSale->receipt, this);
    dialog.exec();
    focusScan();
}

} // namespace ovop::ui
