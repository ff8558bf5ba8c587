// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/ShiftLists.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/sales/Fiscal.h"
#include "models/sales/ReceiptLayout.h"
#include "models/sales/ShiftService.h"
#include "models/settings/ShopSettings.h"
#include "ui/till/ReceiptPreviewDialog.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

ZReportsDialog::ZReportsDialog(Database& db, const Session& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setObjectName(QStringLiteral("zReportsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("zReportsList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::itemActivated, this, &ZReportsDialog::showCopy);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("zReportsMessage"));
    m_message->setWordWrap(true);
    m_message->setProperty("role", QStringLiteral("error"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("printZCopyButton"));
    m_copy->setProperty("role", QStringLiteral("primary"));
    m_close = new QPushButton(this);
    for (QPushButton* b : {m_copy, m_close}) {
        b->setAutoDefault(false);
        b->setMinimumHeight(44);
    }
    connect(m_copy, &QPushButton::clicked, this, &ZReportsDialog::showCopy);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    load();
    retranslateUi();
    resize(640, 520);
    m_list->setFocus();
}

void ZReportsDialog::load()
{
    m_reports.clear();
    m_list->clear();
    ShiftService shifts(m_db);
    auto all = shifts.list();
    if (!all) {
        m_message->setText(all.message());
        return;
    }
    int closed = 0;
    for (const Shift& s : all.value())
        closed += s.open ? 0 : 1;
    // The till's Z reports are numbered 1, 2, 3… as its shifts close.
    for (int z = closed; z >= 1; --z) {
        auto report = shifts.zReport(z);
        if (!report) {
            if (report.error().kind != ErrorKind::NotFound)
                m_message->setText(report.message());
            continue;
        }
        m_reports << report.value();
    }
}

QList<int> ZReportsDialog::numbers() const
{
    QList<int> out;
    for (const ZReport& z : m_reports)
        out << z.zNumber;
    return out;
}

void ZReportsDialog::showCopy()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reports.size())
        return;
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        m_message->setText(settings.message());
        return;
    }
    const ZReport& z = m_reports.at(row);
    const PrintedReceipt copy = ReceiptLayout::zReport(z, settings.value(), Language::current(), true);
    ReceiptPreviewDialog preview(copy, tr("Z report No. %1 (copy)").arg(z.zNumber), {},
                                 QStringLiteral("Z-%1-copy").arg(z.zNumber), this);
    preview.exec();
}

void ZReportsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ZReportsDialog::retranslateUi()
{
    setWindowTitle(tr("Z reports"));
    m_intro->setText(tr("The Z reports of this till. A report printed again is marked as a copy."));
    m_copy->setText(tr("Print a copy… (Enter)"));
    m_close->setText(tr("Close"));
    const QString language = m_actor.language;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const ZReport& z : std::as_const(m_reports)) {
        QString text = tr("Z report No. %1 — shift %2, closed %3 by %4; sales %5, counted %6")
                           .arg(z.zNumber)
                           .arg(z.totals.shiftNumber)
                           .arg(z.closedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")), z.closedBy,
                                z.totals.salesTotal.format(language), z.countedCash.format(language));
        if (!z.difference.isZero())
            text += QLatin1String("; ") + tr("difference %1").arg(z.difference.format(language));
        m_list->addItem(text);
    }
    m_list->setCurrentRow(row >= 0 ? row : 0);
    m_copy->setEnabled(!m_reports.isEmpty());
    if (m_reports.isEmpty() && m_message->text().isEmpty())
        m_message->setText(tr("No shift of this till has been closed yet."));
}

FiscalPendingDialog::FiscalPendingDialog(Database& db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("fiscalPendingDialog"));
    setWindowTitle(tr("Not sent to the fiscal register"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fiscalPendingList"));
    m_list->setWordWrap(true);
    auto* message = new QLabel(this);
    message->setWordWrap(true);
    auto* close = new QPushButton(tr("Close"), this);
    close->setMinimumHeight(44);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    std::unique_ptr<SimulatedRegister> reg;
    auto made = SimulatedRegister::forTill(db);
    if (!made) {
        message->setText(made.message());
    } else {
        reg = std::move(made.value());
        auto pending = FiscalService(db, *reg).list(true);
        if (!pending) {
            message->setText(pending.message());
        } else {
            for (const FiscalStatus& s : pending.value()) {
                const QString kind = s.documentType == QLatin1String("return") ? tr("Return") : tr("Sale");
                QString text =
                    s.state == FiscalStatus::State::NotSent
                        ? tr("%1 %2: not sent yet").arg(kind, s.receipt)
                        : tr("%1 %2: refused %n time(s): %3", nullptr, s.attempts).arg(kind, s.receipt, s.error);
                m_list->addItem(text);
            }
            message->setText(
                tr("%n document(s) wait for the register. Retry sends them again.", nullptr, int(pending->size())));
        }
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(message);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    resize(640, 480);
}

} // namespace ovop::ui
