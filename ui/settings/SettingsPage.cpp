// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/settings/SettingsPage.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include "models/core/Decimal.h"
#include "models/core/Language.h"
#include "models/core/Money.h"
#include "models/people/Role.h"
#include "models/store/Database.h"
#include "ui/widgets/FieldError.h"

namespace ovop::ui {

namespace {
QFormLayout* cardForm()
{
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    return form;
}
// The settings keys whose values differ between a and b.
QStringList changedKeys(const ShopSettings& a, const ShopSettings& b)
{
    QStringList keys;
    auto check = [&keys](bool differs, const char* key) {
        if (differs)
            keys << QString::fromLatin1(key);
    };
    check(a.shopCode != b.shopCode, "shop_code");
    check(a.shopName != b.shopName, "shop_name");
    check(a.address != b.address, "address");
    check(a.deviceId != b.deviceId, "device_id");
    check(a.receiptHeader != b.receiptHeader, "receipt_header");
    check(a.mode != b.mode, "mode");
    check(a.tax.vatPayer != b.tax.vatPayer, "vat_payer");
    check(a.tax.vatRateBp != b.tax.vatRateBp, "vat_rate");
    check(a.tax.salesTaxRateBp != b.tax.salesTaxRateBp, "sales_tax_rate");
    check(a.tax.rounding != b.tax.rounding, "tax_rounding");
    check(a.cashierDiscountLimitBp != b.cashierDiscountLimitBp, "cashier_discount_limit");
    check(a.managerDiscountLimitBp != b.managerDiscountLimitBp, "manager_discount_limit");
    check(a.returnApprovalLimit != b.returnApprovalLimit, "return_approval_limit");
    check(a.elqrLink != b.elqrLink, "elqr_link");
    check(a.receiptLanguage != b.receiptLanguage, "receipt_language");
    return keys;
}

} // namespace

SettingsPage::SettingsPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_shopCode = new QLineEdit;
    m_shopCode->setMaxLength(16);
    m_shopName = new QLineEdit;
    m_address = new QLineEdit;
    m_deviceId = new QLineEdit;
    m_deviceId->setMaxLength(16);
    m_receiptHeader = new QPlainTextEdit;
    m_receiptHeader->setTabChangesFocus(true);
    m_receiptHeader->setFixedHeight(96);
    m_receiptLanguage = new QComboBox;
    m_receiptLanguage->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const QString& code : Language::codes())
        m_receiptLanguage->addItem(Language::nativeName(code), code);
    m_mode = new QComboBox;
    m_mode->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_mode->addItem(QString(), int(ShopSettings::Mode::Shop));
    m_mode->addItem(QString(), int(ShopSettings::Mode::HeadOffice));
    m_vatPayer = new QCheckBox;
    m_vatRate = new QLineEdit;
    m_vatRate->setMaximumWidth(160);
    m_salesTaxRate = new QLineEdit;
    m_salesTaxRate->setMaximumWidth(160);
    m_rounding = new QComboBox;
    m_rounding->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_rounding->addItem(QString(), QStringLiteral("per-receipt"));
    m_rounding->addItem(QString(), QStringLiteral("per-line"));
    m_cashierDiscount = new QLineEdit;
    m_cashierDiscount->setMaximumWidth(160);
    m_managerDiscount = new QLineEdit;
    m_managerDiscount->setMaximumWidth(160);
    m_returnApproval = new QLineEdit;
    m_returnApproval->setMaximumWidth(160);
    m_elqrLink = new QLineEdit;
    m_elqrLink->setClearButtonEnabled(true);

    // Shop card.
    auto* shopCard = new QFrame;
    shopCard->setProperty("role", QStringLiteral("card"));
    m_shopHeading = new QLabel(shopCard);
    m_shopHeading->setProperty("role", QStringLiteral("subheading"));
    auto* shopForm = cardForm();
    addRow(shopForm, QStringLiteral("shop_code"), m_shopCode);
    addRow(shopForm, QStringLiteral("shop_name"), m_shopName);
    addRow(shopForm, QStringLiteral("address"), m_address);
    addRow(shopForm, QStringLiteral("device_id"), m_deviceId);
    addRow(shopForm, QStringLiteral("mode"), m_mode);
    addRow(shopForm, QStringLiteral("receipt_header"), m_receiptHeader);
    auto* shopLayout = new QVBoxLayout(shopCard);
    shopLayout->setContentsMargins(20, 16, 20, 16);
    shopLayout->addWidget(m_shopHeading);
    shopLayout->addLayout(shopForm);

    // Tax card.
    auto* taxCard = new QFrame;
    taxCard->setProperty("role", QStringLiteral("card"));
    m_taxHeading = new QLabel(taxCard);
    m_taxHeading->setProperty("role", QStringLiteral("subheading"));
    m_taxHint = new QLabel(taxCard);
    m_taxHint->setProperty("role", QStringLiteral("hint"));
    m_taxHint->setWordWrap(true);
    auto* taxForm = cardForm();
    addRow(taxForm, QStringLiteral("vat_payer"), m_vatPayer);
    addRow(taxForm, QStringLiteral("vat_rate"), m_vatRate);
    addRow(taxForm, QStringLiteral("sales_tax_rate"), m_salesTaxRate);
    addRow(taxForm, QStringLiteral("tax_rounding"), m_rounding);
    auto* taxLayout = new QVBoxLayout(taxCard);
    taxLayout->setContentsMargins(20, 16, 20, 16);
    taxLayout->addWidget(m_taxHeading);
    taxLayout->addWidget(m_taxHint);
    taxLayout->addLayout(taxForm);
    connect(m_vatPayer, &QCheckBox::toggled, m_vatRate, &QWidget::setEnabled);

    // Till card: discount and return limits, the shop's QR payment link.
    auto* tillCard = new QFrame;
    tillCard->setProperty("role", QStringLiteral("card"));
    m_tillHeading = new QLabel(tillCard);
    m_tillHeading->setProperty("role", QStringLiteral("subheading"));
    m_tillHint = new QLabel(tillCard);
    m_tillHint->setProperty("role", QStringLiteral("hint"));
    m_tillHint->setWordWrap(true);
    auto* tillForm = cardForm();
    addRow(tillForm, QStringLiteral("cashier_discount_limit"), m_cashierDiscount);
    addRow(tillForm, QStringLiteral("manager_discount_limit"), m_managerDiscount);
    addRow(tillForm, QStringLiteral("return_approval_limit"), m_returnApproval);
    addRow(tillForm, QStringLiteral("elqr_link"), m_elqrLink);
    addRow(tillForm, QStringLiteral("receipt_language"), m_receiptLanguage);
    auto* tillLayout = new QVBoxLayout(tillCard);
    tillLayout->setContentsMargins(20, 16, 20, 16);
    tillLayout->addWidget(m_tillHeading);
    tillLayout->addWidget(m_tillHint);
    tillLayout->addLayout(tillForm);

    auto* inner = new QWidget;
    inner->setObjectName(QStringLiteral("settingsContent"));
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 8, 0);
    innerLayout->setSpacing(16);
    innerLayout->addWidget(shopCard);
    innerLayout->addWidget(taxCard);
    innerLayout->addWidget(tillCard);
    innerLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertSettingsButton"));
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (reload())
            showMessage(QString(), false);
    });
    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(scroll, 1);
    layout->addLayout(bar);

    retranslateUi();
    reload();
}

void SettingsPage::addRow(QFormLayout* form, const QString& key, QWidget* editor)
{
    editor->setObjectName(QStringLiteral("setting_") + key);
    auto* error = new FieldError;
    error->setObjectName(QStringLiteral("settingError_") + key);
    QLabel* label = FieldError::rowLabel(editor);
    label->setWordWrap(true);
    form->addRow(label, FieldError::wrap(editor, error));
    m_fields.insert(key, editor);
    m_errors.insert(key, error);
    m_labels.insert(key, label);
}

QWidget* SettingsPage::field(const QString& key) const
{
    return m_fields.value(key);
}

bool SettingsPage::reload()
{
    clearErrors();
    const auto loaded = SettingsService(m_db).load();
    // Settings that cannot be read are not shown as defaults, and cannot be saved over: the form
    // would write its defaults in their place.
    m_save->setEnabled(loaded.ok());
    if (!loaded) {
        showMessage(loaded.message(), true);
        return false;
    }
    const ShopSettings& s = loaded.value();
    m_loaded = s;
    const QString language = Language::current();
    m_shopCode->setText(s.shopCode);
    m_shopName->setText(s.shopName);
    m_address->setText(s.address);
    m_deviceId->setText(s.deviceId);
    m_receiptHeader->setPlainText(s.receiptHeader);
    m_mode->setCurrentIndex(m_mode->findData(int(s.mode)));
    m_vatPayer->setChecked(s.tax.vatPayer);
    m_vatRate->setEnabled(s.tax.vatPayer);
    m_vatRate->setText(decimal::format(s.tax.vatRateBp, 2, 0, language, false));
    m_salesTaxRate->setText(decimal::format(s.tax.salesTaxRateBp, 2, 0, language, false));
    const int rounding = m_rounding->findData(s.tax.rounding);
    m_rounding->setCurrentIndex(rounding < 0 ? 0 : rounding);
    m_cashierDiscount->setText(decimal::format(s.cashierDiscountLimitBp, 2, 0, language, false));
    m_managerDiscount->setText(decimal::format(s.managerDiscountLimitBp, 2, 0, language, false));
    m_returnApproval->setText(s.returnApprovalLimit.toPlainString(language));
    m_elqrLink->setText(s.elqrLink);
    m_elqrLink->setCursorPosition(0);
    m_receiptLanguage->setCurrentIndex(m_receiptLanguage->findData(s.receiptLanguage));
    return true;
}

bool SettingsPage::save()
{
    clearErrors();
    showMessage(QString(), false);
    ShopSettings s = m_loaded; // every field is taken from the form
    s.shopCode = m_shopCode->text().trimmed();
    s.shopName = m_shopName->text().trimmed();
    s.address = m_address->text().trimmed();
    s.deviceId = m_deviceId->text().trimmed();
    s.receiptHeader = m_receiptHeader->toPlainText();
    s.mode = ShopSettings::Mode(m_mode->currentData().toInt());
    s.tax.vatPayer = m_vatPayer->isChecked();
    s.tax.rounding = m_rounding->currentData().toString();
    s.elqrLink = m_elqrLink->text().trimmed();
    s.receiptLanguage = m_receiptLanguage->currentData().toString();

    // Percentages are typed as text; the service decides which rates are allowed.
    bool readable = true;
    auto percent = [&](QLineEdit* edit, const QString& key, int& basisPoints) {
        const decimal::Parsed parsed = decimal::parse(edit->text(), 2, false);
        if (parsed.error != decimal::ParseError::None) {
            m_errors.value(key)->showError(
                tr("Type a percentage with at most two decimals, such as 12 or 1,5."));
            readable = false;
            return;
        }
        basisPoints = int(parsed.scaled);
    };
    percent(m_vatRate, QStringLiteral("vat_rate"), s.tax.vatRateBp);
    percent(m_salesTaxRate, QStringLiteral("sales_tax_rate"), s.tax.salesTaxRateBp);
    percent(m_cashierDiscount, QStringLiteral("cashier_discount_limit"), s.cashierDiscountLimitBp);
    percent(m_managerDiscount, QStringLiteral("manager_discount_limit"), s.managerDiscountLimitBp);
    if (const auto amount = Money::parse(m_returnApproval->text()); amount) {
        s.returnApprovalLimit = amount.value();
    } else {
        m_errors.value(QStringLiteral("return_approval_limit"))
            ->showError(tr("Type an amount in som, such as 5000 or 1250,50."));
        readable = false;
    }
    if (!readable) {
        showMessage(tr("Nothing was saved. Correct the marked field."), true);
        return false;
    }

    auto result = SettingsService(m_db).save(m_session, s);
    if (!result) {
        // The refused key: named by the service, or else the only key that was changed.
        FieldError* error = m_errors.value(result.error().firstField());
        const QStringList changed = changedKeys(m_loaded, s);
        const bool permission = result.error().kind == ErrorKind::Permission;
        if (!error && !permission && changed.size() == 1)
            error = m_errors.value(changed.first());
        if (error) {
            error->showError(result.message());
            error->field()->setFocus();
            showMessage(tr("Nothing was saved. Correct the marked field."), true);
        } else {
            showMessage(result.message(), true);
        }
        return false;
    }
    if (reload())
        showMessage(tr("The settings were saved."), false);
    Q_EMIT saved();
    return true;
}

void SettingsPage::clearErrors()
{
    for (FieldError* error : std::as_const(m_errors))
        error->clearError();
}

void SettingsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void SettingsPage::setLabel(const QString& key, const QString& text)
{
    if (QLabel* label = m_labels.value(key))
        label->setText(text);
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_shopHeading->setText(tr("Shop"));
    m_taxHeading->setText(tr("Tax profile"));
    m_taxHint->setText(tr("Shelf prices include tax. The receipt shows the tax contained in the total."));
    setLabel(QStringLiteral("shop_code"), tr("Shop code"));
    setLabel(QStringLiteral("shop_name"), tr("Shop name"));
    setLabel(QStringLiteral("address"), tr("Address"));
    setLabel(QStringLiteral("device_id"), tr("Device"));
    setLabel(QStringLiteral("mode"), tr("This database is"));
    setLabel(QStringLiteral("receipt_header"), tr("Receipt header"));
    setLabel(QStringLiteral("vat_payer"), tr("VAT"));
    setLabel(QStringLiteral("vat_rate"), tr("VAT rate, %"));
    setLabel(QStringLiteral("sales_tax_rate"), tr("Sales tax, %"));
    setLabel(QStringLiteral("tax_rounding"), tr("Tax rounding"));
    m_tillHeading->setText(tr("Till"));
    m_tillHint->setText(tr("Discounts above a cashier's limit and returns above the approval limit need a "
                           "manager. The ELQR link is the shop's QR code from its bank; leave it empty for no "
                           "QR payments."));
    setLabel(QStringLiteral("cashier_discount_limit"), tr("Cashier's discount limit, %"));
    setLabel(QStringLiteral("manager_discount_limit"), tr("Manager's discount limit, %"));
    setLabel(QStringLiteral("return_approval_limit"), tr("Approve returns above, som"));
    m_returnApproval->setToolTip(tr("A return of more than this amount needs a manager's approval."));
    setLabel(QStringLiteral("elqr_link"), tr("ELQR link"));
    setLabel(QStringLiteral("receipt_language"), tr("Receipts' language"));
    m_receiptLanguage->setToolTip(tr("The language receipts are printed in unless the customer asks for another."));
    m_elqrLink->setPlaceholderText(tr("The link of the shop's static QR code from the bank"));
    m_shopCode->setPlaceholderText(tr("e.g. BIS-1"));
    m_deviceId->setPlaceholderText(tr("e.g. T1"));
    m_shopCode->setToolTip(tr("Receipt numbers are SHOP-DEVICE-NNNNNN, e.g. BIS-1-T1-000123."));
    m_deviceId->setToolTip(m_shopCode->toolTip());
    m_receiptHeader->setPlaceholderText(tr("Printed at the top of every receipt"));
    m_mode->setItemText(0, tr("a shop"));
    m_mode->setItemText(1, tr("head office"));
    m_vatPayer->setText(tr("The shop is a VAT payer"));
    m_rounding->setItemText(0, tr("once per receipt"));
    m_rounding->setItemText(1, tr("per line"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the settings (Ctrl+S)"));
    m_revert->setText(tr("Undo changes"));

    // One label column for both cards, as wide as the widest label (at most a third of the page).
    int width = 0;
    for (QLabel* label : std::as_const(m_labels)) {
        label->setMinimumWidth(0);
        width = std::max(width, label->sizeHint().width());
    }
    width = std::min(width, 260);
    for (QLabel* label : std::as_const(m_labels))
        label->setMinimumWidth(width);
}

} // namespace ovop::ui
