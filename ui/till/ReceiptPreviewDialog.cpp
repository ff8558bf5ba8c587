// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/ReceiptPreviewDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/documents/ReceiptRenderer.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {
// An 80 mm receipt printer's width: the picture is shown at the size it prints, a dot a pixel.
constexpr int PreviewDots = 576;
} // namespace

ReceiptPreviewDialog::ReceiptPreviewDialog(const PrintedReceipt& receipt, const QString& title, const QString& summary,
                                           const QString& fileName, QWidget* parent)
    : QDialog(parent), m_receipt(receipt), m_title(title), m_fileName(fileName)
{
    setObjectName(QStringLiteral("receiptPreviewDialog"));
    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("receiptSummary"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("role", QStringLiteral("subheading"));
    m_summary->setVisible(!summary.isEmpty());
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("receiptPicture"));
    m_picture->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    QImage image = ReceiptRenderer::raster(m_receipt, PreviewDots);
    m_picture->setPixmap(QPixmap::fromImage(image.convertToFormat(QImage::Format_RGB32)));
    m_picture->setToolTip(text());
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setMinimumWidth(PreviewDots + 40);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea { background: #e8eaed; }"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setWordWrap(true);
    m_message->setText(QStringLiteral(" "));
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    m_message->setText(QString());

    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printReceiptButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReceiptButton"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openReceiptButton"));
    m_open->setEnabled(false);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeReceiptButton"));
    m_close->setDefault(true);
    m_close->setProperty("role", QStringLiteral("primary"));
    connect(m_print, &QPushButton::clicked, this, &ReceiptPreviewDialog::choosePrinter);
    connect(m_save, &QPushButton::clicked, this, &ReceiptPreviewDialog::choosePath);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedPath)); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    retranslateUi();
    resize(PreviewDots + 120, 660);
}

QString ReceiptPreviewDialog::text() const
{
    return ReceiptLayout::toText(m_receipt);
}

void ReceiptPreviewDialog::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(m_title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)print(printer);
}

Status ReceiptPreviewDialog::print(QPrinter& printer)
{
    const Status printed = ReceiptRenderer::print(&printer, m_receipt);
    if (!printed) {
        showMessage(printed.message(), true);
        return printed;
    }
    showMessage(
        tr("%1 was sent to the printer %2.")
            .arg(m_receipt.number, printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()),
        false);
    return {};
}

void ReceiptPreviewDialog::choosePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        chooseFileToSave(this, tr("Save as PDF"), folder + QLatin1Char('/') + m_fileName + QStringLiteral(".pdf"),
                         tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Overwrite overwrite = Overwrite::Allow; // the dialog asked before choosing an existing file
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
        overwrite = Overwrite::Refuse;
    }
    (void)savePdf(path, overwrite);
}

Status ReceiptPreviewDialog::savePdf(const QString& path, Overwrite overwrite)
{
    const Status written = ReceiptRenderer::writePdf(path, m_receipt, 80, overwrite);
    if (!written) {
        showMessage(written.message(), true);
        return written;
    }
    m_savedPath = path;
    m_open->setEnabled(true);
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return {};
}

void ReceiptPreviewDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(m_message);
}

void ReceiptPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReceiptPreviewDialog::retranslateUi()
{
    setWindowTitle(m_title);
    m_print->setText(tr("Print…"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print->setToolTip(tr("Print on a printer of this computer (%1)").arg(shortcutText(m_print->shortcut())));
    m_save->setText(tr("Save PDF…"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save as a PDF file (%1)").arg(shortcutText(m_save->shortcut())));
    m_open->setText(tr("Open PDF"));
    m_open->setToolTip(tr("Open the saved PDF file"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close (Esc)"));
}

} // namespace ovop::ui
