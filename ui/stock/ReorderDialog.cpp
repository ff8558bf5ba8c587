// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stock/ReorderDialog.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/io/Csv.h"
#include "ui/documents/ReorderDocument.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {
enum Column { ProductColumn, Sku, OnHand, Minimum, ToOrder, ColumnCount };

QPushButton* keyedButton(QDialog* dialog, const QString& name, const QString& text, const QKeySequence& key)
{
    auto* button = new QPushButton(QStringLiteral("%1 (%2)").arg(text, shortcutText(key)), dialog);
    button->setObjectName(name);
    button->setAutoDefault(false);
    auto* shortcut = new QShortcut(key, dialog);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    return button;
}

} // namespace

ReorderDialog::ReorderDialog(Database& db, const QString& language, QWidget* parent)
    : QDialog(parent), m_language(language)
{
    setObjectName(QStringLiteral("reorderDialog"));
    setWindowTitle(tr("Reorder list"));
    auto* hint = new QLabel(tr("Products below their minimum level, by producer and village, with what brings "
                               "them back to the minimum."),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("reorderTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Producer / product"), tr("SKU"), tr("On hand"), tr("Minimum"), tr("To order")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reorderMessage"));
    m_message->setWordWrap(true);
    m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing() + 4);

    m_csv = keyedButton(this, QStringLiteral("reorderCsvButton"), tr("Save CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_pdf = keyedButton(this, QStringLiteral("reorderPdfButton"), tr("Save PDF…"), QKeySequence::Save);
    m_print = keyedButton(this, QStringLiteral("reorderPrintButton"), tr("Print…"), QKeySequence::Print);
    auto* close = new QPushButton(tr("Close (Esc)"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_csv, &QPushButton::clicked, this, &ReorderDialog::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReorderDialog::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &ReorderDialog::choosePrinter);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    const auto groups = ReorderList::build(db);
    if (!groups)
        showMessage(groups.message(), true);
    else
        m_groups = groups.value();
    fill();
    resize(900, 600);
    m_tree->setFocus();
}

void ReorderDialog::fill()
{
    m_tree->clear();
    int lines = 0;
    for (const ReorderGroup& g : m_groups) {
        QString head = QStringLiteral("%1 (%2) — %3").arg(g.producerName, g.producerCode, g.villageName.in(m_language));
        if (!g.phone.isEmpty())
            head += QStringLiteral(", ") + g.phone;
        auto* group = new QTreeWidgetItem(m_tree, {head});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setToolTip(0, head);
        for (const ReorderLine& l : g.lines) {
            const QString unit = QLatin1Char(' ') + Units::symbol(l.unit);
            auto* item = new QTreeWidgetItem(group, {l.name.in(m_language), l.sku, l.onHand.format(m_language) + unit,
                                                     l.minLevel.format(m_language) + unit,
                                                     l.suggested.format(m_language) + unit});
            item->setToolTip(0, l.name.in(m_language));
            for (int c = OnHand; c < ColumnCount; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            ++lines;
        }
    }
    m_tree->expandAll();
    for (int c = Sku; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->header()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    if (m_groups.isEmpty())
        showMessage(tr("No product is below its minimum level."), false);
    else
        showMessage(tr("%n product(s) to order", nullptr, lines) + QStringLiteral(" · ") +
                        tr("%n producer(s)", nullptr, int(m_groups.size())),
                    false);
    m_csv->setEnabled(!m_groups.isEmpty());
    m_pdf->setEnabled(!m_groups.isEmpty());
    m_print->setEnabled(!m_groups.isEmpty());
}

Status ReorderDialog::saveCsv(const QString& path, Overwrite overwrite)
{
    const Status done = SafeFile::write(path, ReorderList::toCsv(m_groups, m_language).toBytes(), overwrite);
    showMessage(done ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : done.message(), !done);
    return done;
}

Status ReorderDialog::savePdf(const QString& path, Overwrite overwrite)
{
    const Status done = ReorderDocument::writePdf(path, m_groups, m_language, overwrite);
    showMessage(done ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : done.message(), !done);
    return done;
}

Status ReorderDialog::print(QPrinter& printer)
{
    const Status done = ReorderDocument::print(printer, m_groups, m_language);
    showMessage(done ? tr("The reorder list was sent to the printer.") : done.message(), !done);
    return done;
}

void ReorderDialog::chooseCsv()
{
    const auto [path, overwrite] =
        chooseExportPath(this, tr("Save the reorder list as CSV"), QStringLiteral("reorder.csv"),
                         tr("CSV spreadsheets (*.csv)"), QStringLiteral(".csv"));
    if (!path.isEmpty())
        (void)saveCsv(path, overwrite);
}

void ReorderDialog::choosePdf()
{
    const auto [path, overwrite] =
        chooseExportPath(this, tr("Save the reorder list as PDF"), QStringLiteral("reorder.pdf"),
                         tr("PDF documents (*.pdf)"), QStringLiteral(".pdf"));
    if (!path.isEmpty())
        (void)savePdf(path, overwrite);
}

void ReorderDialog::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the reorder list"));
    if (dialog.exec() == QDialog::Accepted)
        (void)print(printer);
}

void ReorderDialog::showMessage(const QString& text, bool error)
{
    showFormMessage(m_message, text, error);
    m_message->setToolTip(text);
}

} // namespace ovop::ui
