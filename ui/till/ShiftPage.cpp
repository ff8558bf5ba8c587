// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/ShiftPage.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/sales/Fiscal.h"
#include "models/sales/ReceiptLayout.h"
#include "models/sales/ShiftService.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"
#include "ui/till/CashDialog.h"
#include "ui/till/CloseShiftDialog.h"
#include "ui/till/ReceiptPreviewDialog.h"
#include "ui/till/ReturnDialog.h"
#include "ui/till/ShiftLists.h"
#include "ui/till/TillText.h"
#include "ui/widgets/BackgroundWork.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {

QPushButton* actionButton(QWidget* parent, const QString& name, Qt::Key key)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumHeight(52);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setProperty("key", shortcutText(QKeySequence(key)));
    button->setShortcut(QKeySequence(key));
    return button;
}

// The button's words and its key on a second line, so a long Kyrgyz word is never cut.
void label(QPushButton* button, const QString& text)
{
    const QKeySequence key = button->shortcut();
    button->setText(QStringLiteral("%1\n%2").arg(text, shortcutText(key)));
    button->setShortcut(key); // setText may have set a mnemonic instead
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcutText(key)));
}

QString row(const QString& caption, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:24px'>%1</td><td align='right'>%2</td></tr>")
        .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

ShiftPage::ShiftPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("shiftPage"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("shiftState"));
    m_state->setProperty("role", QStringLiteral("heading"));
    m_state->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("shiftDetail"));
    m_detail->setWordWrap(true);

    // The X figures in a card: the expected cash large, the rest in a table beside it.
    auto* card = new QFrame(this);
    card->setProperty("role", QStringLiteral("card"));
    m_expectedCaption = new QLabel(card);
    m_expectedCaption->setWordWrap(true);
    m_expected = new QLabel(card);
    m_expected->setObjectName(QStringLiteral("shiftExpectedCash"));
    QFont big = m_expected->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_expected->setFont(big);
    m_figures = new QLabel(card);
    m_figures->setObjectName(QStringLiteral("shiftFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* cash = new QVBoxLayout;
    cash->addWidget(m_expectedCaption);
    cash->addWidget(m_expected);
    cash->addStretch(1);
    auto* cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->addLayout(cash, 1);
    cardLayout->addWidget(m_figures, 1);

    m_open = actionButton(this, QStringLiteral("openShiftButton"), Qt::Key_F2);
    m_cashIn = actionButton(this, QStringLiteral("cashInButton"), Qt::Key_F3);
    m_cashOut = actionButton(this, QStringLiteral("cashOutButton"), Qt::Key_F4);
    m_x = actionButton(this, QStringLiteral("xReportButton"), Qt::Key_F6);
    m_close = actionButton(this, QStringLiteral("closeShiftButton"), Qt::Key_F8);
    m_z = actionButton(this, QStringLiteral("zReportsButton"), Qt::Key_F9);
    m_return = actionButton(this, QStringLiteral("returnButton"), Qt::Key_F10);
    connect(m_open, &QPushButton::clicked, this, &ShiftPage::openShift);
    connect(m_cashIn, &QPushButton::clicked, this, &ShiftPage::cashIn);
    connect(m_cashOut, &QPushButton::clicked, this, &ShiftPage::cashOut);
    connect(m_x, &QPushButton::clicked, this, &ShiftPage::showXReport);
    connect(m_close, &QPushButton::clicked, this, &ShiftPage::closeShift);
    connect(m_z, &QPushButton::clicked, this, &ShiftPage::showZReports);
    connect(m_return, &QPushButton::clicked, this, &ShiftPage::makeReturn);
    auto* actions = new QGridLayout;
    actions->setSpacing(8);
    actions->addWidget(m_open, 0, 0);
    actions->addWidget(m_cashIn, 0, 1);
    actions->addWidget(m_cashOut, 0, 2);
    actions->addWidget(m_x, 0, 3);
    actions->addWidget(m_close, 1, 0);
    actions->addWidget(m_z, 1, 1);
    actions->addWidget(m_return, 1, 2);
    for (int c = 0; c < 4; ++c)
        actions->setColumnStretch(c, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("shiftMessage"));
    m_message->setWordWrap(true);
    m_message->setText(QStringLiteral(" "));
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    m_message->setText(QString());

    m_fiscal = new QLabel(this);
    m_fiscal->setObjectName(QStringLiteral("fiscalPending"));
    m_fiscal->setWordWrap(true);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("fiscalRetryButton"));
    m_fiscalList = new QPushButton(this);
    m_fiscalList->setObjectName(QStringLiteral("fiscalListButton"));
    for (QPushButton* b : {m_retry, m_fiscalList})
        b->setMinimumHeight(40);
    connect(m_retry, &QPushButton::clicked, this, &ShiftPage::retryFiscal);
    connect(m_fiscalList, &QPushButton::clicked, this, [this] {
        FiscalPendingDialog dialog(m_db, this);
        dialog.exec();
    });
    auto* fiscal = new QHBoxLayout;
    fiscal->addWidget(m_fiscal, 1);
    fiscal->addWidget(m_retry);
    fiscal->addWidget(m_fiscalList);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_state);
    layout->addWidget(m_detail);
    layout->addWidget(card);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(fiscal);
    reload();
}

void ShiftPage::reload()
{
    auto totals = ShiftService(m_db).totals();
    if (totals)
        m_totals = totals.value();
    else
        m_totals.reset();
    if (!totals && totals.error().kind != ErrorKind::NotFound)
        showMessage(totals.message(), true);
    const bool open = m_totals.has_value();
    m_open->setEnabled(!open);
    for (QPushButton* b : {m_cashIn, m_cashOut, m_x, m_close})
        b->setEnabled(open);
    retranslateUi();
    reloadFiscal();
}

void ShiftPage::reloadFiscal()
{
    auto reg = SimulatedRegister::forTill(m_db);
    if (!reg) {
        m_fiscal->setText(reg.message());
        return;
    }
    auto pending = FiscalService(m_db, *reg.value()).list(true);
    m_pendingFiscal = pending ? int(pending->size()) : 0;
    if (!pending)
        m_fiscal->setText(pending.message());
    else
        m_fiscal->setText(tr("Not sent to the fiscal register: %1").arg(m_pendingFiscal));
    m_fiscal->setProperty("role", m_pendingFiscal ? QStringLiteral("error") : QString());
    repolish(m_fiscal);
    m_retry->setEnabled(m_pendingFiscal > 0 && !m_retrying);
    m_fiscalList->setEnabled(m_pendingFiscal > 0);
}

void ShiftPage::openShift()
{
    CashDialog dialog(m_db, m_session, CashDialog::Kind::OpenShift, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(dialog.done(), false);
    reload();
}

void ShiftPage::cashIn()
{
    CashDialog dialog(m_db, m_session, CashDialog::Kind::CashIn, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(dialog.done(), false);
    reload();
}

void ShiftPage::cashOut()
{
    CashDialog dialog(m_db, m_session, CashDialog::Kind::CashOut, m_totals ? m_totals->expectedCash : Money(), this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(dialog.done(), false);
    reload();
}

void ShiftPage::showXReport()
{
    reload();
    if (!m_totals)
        return;
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        showMessage(settings.message(), true);
        return;
    }
    const PrintedReceipt x = ReceiptLayout::xReport(*m_totals, settings.value(), Language::current(), m_db.now());
    ReceiptPreviewDialog preview(x, tr("X report of shift %1").arg(m_totals->shiftNumber), {},
                                 QStringLiteral("X-shift-%1").arg(m_totals->shiftNumber), this);
    preview.exec();
}

void ShiftPage::closeShift()
{
    reload();
    if (!m_totals)
        return;
    CloseShiftDialog dialog(m_db, m_session, *m_totals, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.report()) {
        reload();
        return;
    }
    const ZReport z = *dialog.report();
    const QString language = Language::current(); // the reports are read by staff, in the screen's language
    QString summary = tr("Shift %1 is closed: Z report No. %2. Counted %3, expected %4.")
                          .arg(z.totals.shiftNumber)
                          .arg(z.zNumber)
                          .arg(z.countedCash.format(language), z.totals.expectedCash.format(language));
    if (!z.difference.isZero())
        summary += QLatin1Char(' ') + tr("Difference: %1.").arg(z.difference.format(language));
    showMessage(summary, false);
    reload();
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        showMessage(settings.message(), true);
        return;
    }
    ReceiptPreviewDialog preview(ReceiptLayout::zReport(z, settings.value(), language, false),
                                 tr("Z report No. %1").arg(z.zNumber), summary, QStringLiteral("Z-%1").arg(z.zNumber),
                                 this);
    preview.exec();
}

void ShiftPage::showZReports()
{
    ZReportsDialog dialog(m_db, m_session, this);
    dialog.exec();
}

void ShiftPage::makeReturn()
{
    ReturnDialog dialog(m_db, m_session, this);
    connect(&dialog, &ReturnDialog::returned, this, [this](const SaleReturn& doc) {
        showMessage(tr("Return %1: %2 refunded.").arg(doc.receipt, doc.total.format(m_session.language)), false);
    });
    dialog.exec();
    reload();
}

void ShiftPage::retryFiscal()
{
    if (m_retrying)
        return;
    m_retrying = true;
    m_retry->setEnabled(false);
    showMessage(tr("Sending to the fiscal register…"), false);
    auto* watcher = new QFutureWatcher<WorkOutcome>(this);
    connect(watcher, &QFutureWatcher<WorkOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_retrying = false;
        const WorkOutcome outcome = watcher->future().resultCount() ? watcher->result() : WorkOutcome{};
        showMessage(outcome.message, !outcome.ok);
        reloadFiscal();
    });
    watcher->setFuture(runWithOwnDatabase(m_db, [](Database& db, const ImportProgress&) {
        auto reg = SimulatedRegister::forTill(db);
        if (!reg)
            return WorkOutcome{false, reg.message()};
        FiscalService fiscal(db, *reg.value());
        auto sent = fiscal.retry();
        if (!sent)
            return WorkOutcome{false, sent.message()};
        auto left = fiscal.list(true);
        const int waiting = left ? int(left->size()) : 0;
        if (waiting > 0)
            return WorkOutcome{
                false,
                ShiftPage::tr("%1 sent to the fiscal register; %2 still refused.").arg(sent.value()).arg(waiting)};
        return WorkOutcome{true, ShiftPage::tr("%1 sent to the fiscal register.").arg(sent.value())};
    }));
}

void ShiftPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(m_message);
}

void ShiftPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ShiftPage::retranslateUi()
{
    const QString language = Language::current(); // the reports are read by staff, in the screen's language
    label(m_open, tr("Open shift"));
    label(m_cashIn, tr("Cash in"));
    label(m_cashOut, tr("Cash out"));
    label(m_x, tr("X report"));
    label(m_close, tr("Close shift, Z report"));
    label(m_z, tr("Z reports, copies"));
    label(m_return, tr("Return"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Send them to the fiscal register again"));
    m_fiscalList->setText(tr("List…"));
    m_expectedCaption->setText(tr("Expected in the drawer"));
    if (m_totals)
        m_open->setToolTip(tr("A shift is open already: close it first (F8)."));
    else
        for (QPushButton* b : {m_cashIn, m_cashOut, m_x, m_close})
            b->setToolTip(tr("No shift is open: open one first (F2)."));
    if (!m_totals) {
        m_state->setText(tr("No shift is open"));
        m_detail->setText(tr("Open a shift with the cash counted in the drawer before selling (F2)."));
        m_expected->setText(QStringLiteral("—"));
        m_figures->clear();
        return;
    }
    const ShiftTotals& t = *m_totals;
    m_state->setText(tr("Shift %1 is open").arg(t.shiftNumber));
    m_detail->setText(
        tr("Opened %1 by %2 with a float of %3.")
            .arg(t.openedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")), t.openedBy, t.openingFloat.format(language)));
    m_expected->setText(t.expectedCash.format(language));
    QString html = QStringLiteral("<table>");
    html += row(tr("Sales: %1").arg(t.salesCount), t.salesTotal.format(language));
    html += row(tr("Returns: %1").arg(t.returnsCount), t.returnsTotal.format(language));
    if (!t.discountsTotal.isZero())
        html += row(tr("Discounts"), t.discountsTotal.format(language));
    html += row(tr("Cash in"), t.cashIn.format(language));
    html += row(tr("Cash out"), t.cashOut.format(language));
    for (auto it = t.byMethod.cbegin(); it != t.byMethod.cend(); ++it)
        html += row(TillText::methodName(it.key()), it.value().format(language));
    html += QStringLiteral("</table>");
    m_figures->setText(html);
}

} // namespace ovop::ui
