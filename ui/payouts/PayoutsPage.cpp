// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/payouts/PayoutsPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "models/catalog/ProducerService.h"
#include "models/core/Language.h"
#include "models/payouts/PayoutService.h"
#include "models/payouts/ProducerDocuments.h"
#include "models/payouts/StatementService.h"
#include "models/settings/ShopSettings.h"
#include "models/store/Database.h"
#include "ui/documents/ProducerDocumentRenderer.h"
#include "ui/payouts/PayDialog.h"
#include "ui/payouts/ProducerReturnDialog.h"
#include "ui/payouts/StatementModels.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {

// The key is in the tooltip: with it on the button, Kyrgyz and Russian labels would not fit at 1024×768.
void labelButton(QPushButton* button, const QString& text, const QKeySequence& key)
{
    button->setText(text);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcutText(key)));
}

QPushButton* actionButton(QWidget* parent, const QString& name, const QString& text, const QKeySequence& key)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    labelButton(button, text, key);
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // as wide as its text, never squeezed
    // A shortcut of the page's window that clicks the button (while it is enabled and shown).
    auto* shortcut = new QShortcut(key, parent);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
    return button;
}

QTableView* table(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

PayoutsPage::PayoutsPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("payoutsPage"));
    auto* layout = new QVBoxLayout(this);

    auto* pick = new QHBoxLayout;
    m_producerLabel = new QLabel(tr("&Producer"), this);
    m_producer = new QComboBox(this);
    m_producer->setObjectName(QStringLiteral("payoutsProducer"));
    m_producer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_producerLabel->setBuddy(m_producer);
    const QDate today = m_db.now().toLocalTime().date();
    m_fromLabel = new QLabel(tr("&From"), this);
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(QStringLiteral("payoutsFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(tr("&To"), this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("payoutsTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_toLabel->setBuddy(m_to);
    m_make = actionButton(this, QStringLiteral("payoutsMake"), tr("Make statement"), QKeySequence(tr("Ctrl+N")));
    pick->addWidget(m_producerLabel);
    pick->addWidget(m_producer, 1);
    layout->addLayout(pick);
    auto* period = new QHBoxLayout;
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addWidget(m_make);
    period->addStretch(1);
    layout->addLayout(period);

    m_unsettled = new QLabel(this);
    m_unsettled->setObjectName(QStringLiteral("payoutsUnsettled"));
    layout->addWidget(m_unsettled);

    m_statements = table(this, QStringLiteral("payoutsStatements"));
    m_statementModel = new StatementTableModel(this);
    m_statements->setModel(m_statementModel);
    // The money columns whole; the statement's number takes the rest, shortened in its middle
    // ("BIS-1-T…STM-000005") when Kyrgyz headers leave it little.
    m_statements->horizontalHeader()->setSectionResizeMode(StatementTableModel::Number, QHeaderView::Stretch);
    m_statements->horizontalHeader()->setStretchLastSection(false);
    m_statements->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_statements, 2);
    m_lines = table(this, QStringLiteral("payoutsLines"));
    m_lineModel = new StatementLinesModel(this);
    m_lines->setModel(m_lineModel);
    m_lines->horizontalHeader()->setSectionResizeMode(StatementLinesModel::Goods, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_lines, 3);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("payoutsTotals"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    auto* actions = new QHBoxLayout;
    m_pay = actionButton(this, QStringLiteral("payoutsPay"), tr("Pay…"), QKeySequence(Qt::Key_F9));
    m_save = actionButton(this, QStringLiteral("payoutsSave"), tr("Save as PDF…"), QKeySequence::Save);
    m_print = actionButton(this, QStringLiteral("payoutsPrint"), tr("Print…"), QKeySequence::Print);
    m_return = actionButton(this, QStringLiteral("payoutsReturn"), tr("Return goods to producer…"),
                            QKeySequence(tr("Ctrl+R")));
    for (QPushButton* b : {m_pay, m_save, m_print})
        actions->addWidget(b);
    // A return concerns the producer, not the statement: it sits beside the producer's choice,
    // where its long Kyrgyz and Russian names have room at 1024 pixels.
    pick->addWidget(m_return);
    actions->addStretch();
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("payoutsMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    layout->addWidget(m_message);

    connect(m_producer, &QComboBox::currentIndexChanged, this, &PayoutsPage::producerChanged);
    connect(m_make, &QPushButton::clicked, this, &PayoutsPage::makeStatement);
    connect(m_pay, &QPushButton::clicked, this, &PayoutsPage::pay);
    connect(m_save, &QPushButton::clicked, this, &PayoutsPage::savePdf);
    connect(m_print, &QPushButton::clicked, this, &PayoutsPage::printStatement);
    connect(m_return, &QPushButton::clicked, this, &PayoutsPage::returnGoods);
    connect(m_statements->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PayoutsPage::statementSelected);
    m_return->setEnabled(m_session.can(Permission::ManageStock));
    retranslateUi();
    reload();
}

void PayoutsPage::retranslateUi()
{
    m_producerLabel->setText(tr("&Producer"));
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    labelButton(m_make, tr("Make statement"), QKeySequence(tr("Ctrl+N")));
    labelButton(m_pay, tr("Pay…"), QKeySequence(Qt::Key_F9));
    labelButton(m_save, tr("Save as PDF…"), QKeySequence::Save);
    labelButton(m_print, tr("Print…"), QKeySequence::Print);
    labelButton(m_return, tr("Return goods to producer…"), QKeySequence(tr("Ctrl+R")));
    if (!m_session.can(Permission::ManageStock))
        m_return->setToolTip(tr("Only a manager gives goods back to a producer."));
}

void PayoutsPage::changeEvent(QEvent* event)
{
    // The screen's language changed: the labels, and the texts the page composed, in the new one.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

QString PayoutsPage::producerId() const
{
    return m_producer->currentData().toString();
}

void PayoutsPage::reload()
{
    const QString chosen = producerId();
    auto producers = ProducerService(m_db).list(m_session);
    {
        const QSignalBlocker blocker(m_producer);
        m_producer->clear();
        if (producers) {
            for (const Producer& p : producers.value())
                if (p.terms == Producer::Terms::Consignment)
                    m_producer->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id);
        }
        const int index = m_producer->findData(chosen);
        m_producer->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!producers)
        showMessage(producers.message(), true);
    producerChanged();
}

void PayoutsPage::producerChanged()
{
    const QString id = producerId();
    m_statementModel->setStatements({});
    showStatement(std::nullopt);
    m_make->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_unsettled->setText(tr("No consignment producers."));
        return;
    }
    StatementService statements(m_db);
    auto unsettled = statements.unsettled(m_session, id);
    m_unsettled->setText(unsettled ? tr("Not on a statement yet: %1 owed.").arg(unsettled->format(Language::current()))
                                   : unsettled.message());
    auto list = statements.list(m_session, id);
    if (!list) {
        showMessage(list.message(), true);
        return;
    }
    m_statementModel->setStatements(list.value());
    if (!list->isEmpty())
        m_statements->selectRow(0);
}

void PayoutsPage::statementSelected()
{
    const Statement* s = m_statementModel->statementAt(m_statements->currentIndex().row());
    if (!s) {
        showStatement(std::nullopt);
        return;
    }
    auto full = StatementService(m_db).find(m_session, s->id);
    if (!full) {
        showMessage(full.message(), true);
        showStatement(std::nullopt);
        return;
    }
    showStatement(full.value());
}

void PayoutsPage::showStatement(const std::optional<Statement>& statement)
{
    m_current = statement;
    m_lineModel->setLines(statement ? statement->lines : QList<StatementLine>());
    const QString lang = Language::current();
    if (statement)
        m_totals->setText(tr("Sold %1 − returned %2 − commission %3 = owed %4; paid %5, due %6.")
                              .arg(statement->gross.format(lang), statement->returns.format(lang),
                                   statement->commission.format(lang), statement->owed.format(lang),
                                   statement->paid.format(lang), statement->due().format(lang)));
    else
        m_totals->clear();
    m_pay->setEnabled(statement && !statement->isPaid() && statement->owed > Money());
    m_save->setEnabled(statement.has_value());
    m_print->setEnabled(statement.has_value());
}

void PayoutsPage::selectStatement(const QString& id)
{
    for (int row = 0; row < m_statementModel->rowCount(); ++row)
        if (m_statementModel->statementAt(row)->id == id) {
            m_statements->selectRow(row);
            return;
        }
}

void PayoutsPage::makeStatement()
{
    const QString id = producerId();
    if (id.isEmpty())
        return;
    auto made = StatementService(m_db).make(m_session, id, m_from->date(), m_to->date());
    if (!made) {
        showMessage(made.message(), true);
        return;
    }
    producerChanged();
    selectStatement(made->id);
    showMessage(tr("Statement %1 made: %2 owed to %3.")
                    .arg(made->number, made->owed.format(Language::current()), made->producerName),
                false);
    m_statements->setFocus();
}

void PayoutsPage::pay()
{
    if (!m_current || !m_pay->isEnabled())
        return;
    PayDialog dialog(m_current.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)payCurrent(dialog.method(), dialog.reference());
}

Status PayoutsPage::payCurrent(Payout::Method method, const QString& reference)
{
    if (!m_current)
        return Error{tr("Choose a statement first.")};
    const QString id = m_current->id;
    auto paid = PayoutService(m_db).pay(m_session, id, method, reference);
    if (!paid) {
        showMessage(paid.message(), true);
        return paid.error();
    }
    producerChanged();
    selectStatement(id);
    showMessage(
        tr("Payout %1: %2 paid to %3.").arg(paid->number, paid->amount.format(Language::current()), paid->producerName),
        false);
    m_statements->setFocus();
    return {};
}

Status PayoutsPage::writeCurrentPdf(const QString& path, Overwrite overwrite)
{
    if (!m_current)
        return Error{tr("Choose a statement first.")};
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        showMessage(settings.message(), true);
        return settings.error();
    }
    const Status written = ProducerDocumentRenderer::writePdf(
        path, ProducerDocuments::statement(m_current.value(), settings.value(), m_current->language), overwrite);
    if (!written)
        showMessage(written.message(), true);
    else
        showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return written;
}

void PayoutsPage::savePdf()
{
    if (!m_current)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = chooseFileToSave(this, tr("Save as PDF"),
                                    folder + QLatin1Char('/') + m_current->number + QStringLiteral(".pdf"),
                                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Overwrite overwrite = Overwrite::Allow; // the dialog asked before choosing an existing file
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
        overwrite = Overwrite::Refuse;
    }
    (void)writeCurrentPdf(path, overwrite);
}

void PayoutsPage::printStatement()
{
    if (!m_current)
        return;
    auto settings = SettingsService(m_db).load();
    if (!settings) {
        showMessage(settings.message(), true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status printed = ProducerDocumentRenderer::print(
        &printer, ProducerDocuments::statement(m_current.value(), settings.value(), m_current->language));
    showMessage(printed ? tr("%1 was sent to the printer.").arg(m_current->number) : printed.message(), !printed);
}

void PayoutsPage::returnGoods()
{
    const QString id = producerId();
    if (id.isEmpty() || !m_return->isEnabled())
        return;
    ProducerReturnDialog dialog(m_db, m_session, id, this);
    if (dialog.exec() == QDialog::Accepted && dialog.recorded())
        showMessage(tr("Return %1 recorded.").arg(dialog.recorded()->number), false);
}

void PayoutsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(m_message);
}

} // namespace ovop::ui
