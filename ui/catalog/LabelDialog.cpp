// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/catalog/LabelDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include "models/catalog/CatalogService.h"
#include "models/core/Language.h"
#include "ui/documents/LabelRenderer.h"
#include "models/people/Role.h"
#include "models/store/Database.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/AskFirst.h"

namespace ovop::ui {

namespace {
// The unit after a price per kilogram or metre, in the label's language.
QString perUnit(Unit unit, const QString& language)
{
    switch (unit) {
    case Unit::Kilogram: return language == QLatin1String("en") ? QStringLiteral(" / kg") : QStringLiteral(" / кг");
    case Unit::Metre: return language == QLatin1String("en") ? QStringLiteral(" / m") : QStringLiteral(" / м");
    case Unit::Piece: break;
    }
    return QString();
}
} // namespace

LabelDialog::LabelDialog(Database& db, const Session& session, const QStringList& skus, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_skus(skus)
{
    setObjectName(QStringLiteral("labelDialog"));
    setMinimumWidth(760);

    m_heading = new QLabel(this);
    m_heading->setProperty("role", QStringLiteral("subheading"));

    // The choices first, across the whole width, so that their words are never cut.
    m_sheet = new QRadioButton(this);
    m_sheet->setObjectName(QStringLiteral("labelSheet"));
    m_single = new QRadioButton(this);
    m_single->setObjectName(QStringLiteral("labelSingle"));
    m_sheet->setChecked(true);
    auto* formats = new QButtonGroup(this);
    formats->addButton(m_sheet);
    formats->addButton(m_single);
    auto* formatBox = new QVBoxLayout;
    formatBox->setContentsMargins(0, 0, 0, 0);
    formatBox->addWidget(m_sheet);
    formatBox->addWidget(m_single);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("labelLanguage"));
    for (const QString& code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    const int current = m_language->findData(Language::current().isEmpty() ? m_session.language : Language::current());
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("labelCopies"));
    m_copies->setRange(1, 100);
    m_copies->setMinimumWidth(110);
    m_skip = new QSpinBox(this);
    m_skip->setObjectName(QStringLiteral("labelSkip"));
    m_skip->setRange(0, LabelRenderer::labelsPerPage(LabelFormat::Sheet) - 1);
    m_skip->setMinimumWidth(110);
    m_skipHint = new QLabel(this);
    m_skipHint->setProperty("role", QStringLiteral("hint"));
    m_skipHint->setWordWrap(true);
    auto* numbers = new QHBoxLayout;
    numbers->setContentsMargins(0, 0, 0, 0);
    numbers->addWidget(m_copies);
    numbers->addSpacing(24);
    m_skipLabel = new QLabel(this);
    numbers->addWidget(m_skipLabel);
    numbers->addWidget(m_skip);
    numbers->addStretch(1);

    m_formatLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_copiesLabel = new QLabel(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_formatLabel, formatBox);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_copiesLabel, numbers);
    form->addRow(QString(), m_skipHint);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("labelProducts"));
    m_list->setMinimumWidth(280);
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("labelMissing"));
    m_missing->setProperty("role", QStringLiteral("error"));
    m_missing->setWordWrap(true);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_missing); // under the list: it takes the list's room, never the dialog's

    m_previewHeading = new QLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("labelPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(360, 240);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #e8ebee; border: 1px solid #c4c9ce; }"));
    auto* right = new QVBoxLayout;
    right->addWidget(m_previewHeading);
    right->addWidget(m_preview, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    // The message has its own line, kept when empty: the dialog never jumps when one appears.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("labelMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignBarcodesButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printLabelsButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveLabelsButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openLabelsButton"));
    m_open->setEnabled(false);
    m_close = new QPushButton(this);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (auto done = assignBarcodes(); !done)
            showMessage(done.message(), true);
    });
    connect(m_print, &QPushButton::clicked, this, &LabelDialog::choosePrinter);
    connect(m_save, &QPushButton::clicked, this, &LabelDialog::choosePath);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedPath)); });
    connect(m_close, &QPushButton::clicked, this, &LabelDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assign);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_sheet, &QRadioButton::toggled, this, &LabelDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LabelDialog::refresh);
    loadProducts();
    retranslateUi();
}

void LabelDialog::loadProducts()
{
    CatalogService catalog(m_db);
    m_products.clear();
    for (const QString& sku : std::as_const(m_skus)) {
        const auto found = catalog.findBySku(sku);
        if (!found) {
            // The catalogue could not be read: no labels, rather than the labels of some products.
            m_products.clear();
            showMessage(found.message(), true);
            return;
        }
        if (found.value())
            m_products << *found.value();
    }
}

QString LabelDialog::labelLanguage() const
{
    return m_language->currentData().toString();
}

void LabelDialog::setLabelLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void LabelDialog::setFormat(LabelFormat format)
{
    (format == LabelFormat::Sheet ? m_sheet : m_single)->setChecked(true);
}

LabelOptions LabelDialog::options() const
{
    LabelOptions options;
    options.format = m_single->isChecked() ? LabelFormat::Single : LabelFormat::Sheet;
    options.copies = m_copies->value();
    options.skipCells = options.format == LabelFormat::Sheet ? m_skip->value() : 0;
    return options;
}

QList<LabelData> LabelDialog::labels() const
{
    const QString lang = labelLanguage();
    QList<LabelData> out;
    for (const Product& p : m_products) {
        if (p.primaryBarcode().isEmpty())
            continue;
        LabelData label;
        label.name = p.name.in(lang);
        label.price = p.price.format(lang) + perUnit(p.unit, lang);
        label.village = p.villageName.in(lang);
        label.producer = p.producerName;
        label.barcode = p.primaryBarcode();
        label.qrPayload = qrPayloadForSku(p.sku);
        out << label;
    }
    return out;
}

QStringList LabelDialog::withoutBarcode() const
{
    QStringList out;
    for (const Product& p : m_products)
        if (p.primaryBarcode().isEmpty())
            out << p.sku;
    return out;
}

void LabelDialog::refresh()
{
    const QString lang = labelLanguage();
    m_list->clear();
    for (const Product& p : std::as_const(m_products)) {
        const QString barcode = p.primaryBarcode().isEmpty() ? tr("no barcode") : p.primaryBarcode();
        auto* item = new QListWidgetItem(QStringLiteral("%1  ·  %2\n%3  ·  %4")
                                             .arg(p.sku, p.name.in(lang), p.price.format(lang), barcode),
                                         m_list);
        if (p.primaryBarcode().isEmpty())
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }

    const QList<LabelData> all = labels();
    m_previewImage = QImage();
    if (!all.isEmpty()) {
        auto image = LabelRenderer::preview(all.first(), options().format, 150);
        if (image)
            m_previewImage = image.value();
        else
            m_preview->setText(image.message());
    } else {
        m_preview->setText(tr("Nothing to print"));
    }
    showPreview();
    m_skip->setEnabled(m_sheet->isChecked());
    m_skipLabel->setEnabled(m_sheet->isChecked());

    const QStringList missing = withoutBarcode();
    const bool canEdit = m_session.can(Permission::EditCatalog);
    if (missing.isEmpty()) {
        m_missing->hide();
    } else {
        m_missing->setText(
            tr("%n product(s) without a barcode are left out: %1. Give them in-store barcodes first.", nullptr,
               int(missing.size()))
                .arg(missing.join(QStringLiteral(", "))));
        m_missing->show();
    }
    m_assign->setVisible(!missing.isEmpty());
    m_assign->setEnabled(canEdit);
    m_assign->setToolTip(canEdit ? QString() : Roles::refusal(Permission::EditCatalog).message);
    m_save->setEnabled(!all.isEmpty());
    m_print->setEnabled(!all.isEmpty());
    m_heading->setText(tr("%n label(s) for the selected products", nullptr, int(all.size())));
}

Status LabelDialog::assignBarcodes()
{
    CatalogService catalog(m_db);
    for (const QString& sku : withoutBarcode()) {
        auto assigned = catalog.assignInStoreBarcode(m_session, sku);
        if (!assigned) {
            loadProducts();
            refresh();
            return assigned.error();
        }
        m_assigned = true;
    }
    loadProducts();
    refresh();
    showMessage(tr("In-store barcodes were given to the products that had none."), false);
    return {};
}

void LabelDialog::setCopies(int copies)
{
    m_copies->setValue(copies);
}

void LabelDialog::choosePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = chooseFileToSave(this, tr("Save labels as PDF"), folder + QStringLiteral("/labels.pdf"),
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

// The whole first label, as large as the preview's room allows, its proportions kept.
void LabelDialog::showPreview()
{
    if (m_previewImage.isNull()) {
        m_preview->setPixmap(QPixmap());
        return;
    }
    const QSize room = m_preview->contentsRect().size().expandedTo(m_preview->minimumSize()) - QSize(16, 16);
    m_preview->setPixmap(
        QPixmap::fromImage(m_previewImage)
            .scaled(room.boundedTo(m_previewImage.size() * 2), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void LabelDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    showPreview();
}

void LabelDialog::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print labels"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)print(printer);
}

Status LabelDialog::print(QPrinter& printer)
{
    const QList<LabelData> all = labels();
    if (all.isEmpty()) {
        const Error error{tr("None of the selected products has a barcode: give them in-store barcodes first.")};
        showMessage(error.message, true);
        return error;
    }
    const Status printed = LabelRenderer::print(printer, all, options());
    if (!printed) {
        showMessage(printed.message(), true);
        return printed;
    }
    showMessage(tr("%n label(s) sent to the printer %1.", nullptr, int(all.size() * options().copies))
                    .arg(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()),
                false);
    return {};
}

Status LabelDialog::savePdf(const QString& path, Overwrite overwrite)
{
    const QList<LabelData> all = labels();
    if (all.isEmpty()) {
        const Error error{tr("None of the selected products has a barcode: give them in-store barcodes first.")};
        showMessage(error.message, true);
        return error;
    }
    const Status written = LabelRenderer::writePdf(path, all, options(), overwrite);
    if (!written) {
        showMessage(written.message(), true);
        return written;
    }
    m_savedPath = path;
    m_open->setEnabled(true);
    showMessage(tr("%n label(s) saved to %1.", nullptr, int(all.size() * options().copies))
                    .arg(QDir::toNativeSeparators(path)),
                false);
    return {};
}

void LabelDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void LabelDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LabelDialog::retranslateUi()
{
    setWindowTitle(tr("Print labels"));
    m_formatLabel->setText(tr("Labels"));
    m_sheet->setText(tr("A4 sheet, 24 labels (63.5 × 33.9 mm)"));
    m_single->setText(tr("Single labels for a 58 mm label printer"));
    m_languageLabel->setText(tr("Language"));
    m_copiesLabel->setText(tr("Copies of each"));
    m_skipLabel->setText(tr("Skip"));
    m_skipHint->setText(tr("labels already used at the start of the sheet"));
    m_skip->setToolTip(tr("To print on a sheet that was used before: the number of labels gone from its start, "
                          "counted row by row"));
    m_print->setText(tr("Print…"));
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P)); // after the text, which sets a mnemonic
    m_print->setToolTip(tr("Print on a printer of this computer (%1)").arg(shortcutText(m_print->shortcut())));
    m_open->setText(tr("Open PDF"));
    m_open->setToolTip(tr("Open the saved file in the PDF viewer"));
    m_previewHeading->setText(tr("Preview of the first label"));
    m_assign->setText(tr("Give in-store barcodes"));
    m_save->setText(tr("Save PDF…"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save the labels as a PDF file (%1)").arg(shortcutText(m_save->shortcut())));
    m_close->setText(tr("Close"));
    refresh();
}

} // namespace ovop::ui
