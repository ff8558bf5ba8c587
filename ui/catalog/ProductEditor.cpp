// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/catalog/ProductEditor.h"

#include <algorithm>

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "models/catalog/Barcode.h"
#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/people/Role.h"
#include "models/store/Database.h"
#include "models/store/FileGuard.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/FileDialogs.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/WrappingCheckBox.h"

namespace ovop::ui {

namespace {
const QString PhotoKey = QStringLiteral("photo");
constexpr int PhotoSide = 200;

constexpr int StoryHeight = 72;
} // namespace

ProductEditor::ProductEditor(Database& db, const Session& session, const QString& sku, QWidget* parent)
    : RecordEditor(db, session, QStringLiteral("product"), Permission::EditCatalog, parent)
{
    setMinimumSize(960, 640);
    QWidget* identity = buildIdentity();
    QWidget* story = buildStory();
    setColumns(identity, story);

    CatalogService catalog(m_db);
    if (!sku.isEmpty()) {
        const auto found = catalog.findBySku(sku);
        if (!found) {
            // Not "no such product": the catalogue could not be read. Saving checks the SKU again,
            // so it cannot add a second product with it.
            m_product.sku = sku;
            showMessage(found.message(), true);
        } else if (found.value()) {
            m_product = *found.value();
            if (m_product.hasPhoto) {
                // A photo that cannot be read is shown as such, not as none; the stored one stays
                // unless another is chosen.
                if (const auto photo = catalog.photo(m_product.id); !photo)
                    showMessage(photo.message(), true);
                else
                    m_photo = photo.value().value_or(QByteArray());
            }
        } else {
            m_product.sku = sku;
            showMessage(tr("There is no product with the SKU %1 any more; saving adds it as a new product.").arg(sku),
                        true);
        }
    }
    m_certificateDate->setDefaultDate(m_db.now().date());
    retranslateUi();
    setProduct(m_product);
    setReadOnly(isReadOnly());
    markClean();
}

QWidget* ProductEditor::buildIdentity()
{
    auto* box = new QWidget;
    QFormLayout* form = editorColumnForm();
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_sku = new QLineEdit(box);
    m_sku->setMaxLength(32);
    addRow(form, ProductField::Sku, m_sku);

    m_barcodes = new QLineEdit(box);
    m_assignBarcode = new QPushButton(box);
    m_assignBarcode->setObjectName(QStringLiteral("assignBarcodeButton"));
    connect(m_assignBarcode, &QPushButton::clicked, this, &ProductEditor::proposeBarcode);
    auto* barcodeRow = new QWidget(box);
    auto* barcodeLayout = new QHBoxLayout(barcodeRow);
    barcodeLayout->setContentsMargins(0, 0, 0, 0);
    barcodeLayout->addWidget(m_barcodes, 1);
    barcodeLayout->addWidget(m_assignBarcode);
    addRow(form, ProductField::Barcodes, barcodeRow);
    fieldError(ProductField::Barcodes)->setField(m_barcodes);
    setField(ProductField::Barcodes, m_barcodes);
    // A barcode refusal does not outlive the value it was about: once edited, the codes are checked
    // again as typed, and the message goes when they are well-formed (a duplicate is found on saving).
    connect(m_barcodes, &QLineEdit::textChanged, this, [this](const QString& text) {
        FieldError* error = fieldError(ProductField::Barcodes);
        if (!error->hasError())
            return;
        QStringList problems;
        for (const QString& code : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts))
            if (const QString problem = Barcode::problem(code); !problem.isEmpty())
                problems << problem;
        if (problems.isEmpty())
            error->clearError();
        else
            error->showError(problems.join(QLatin1Char('\n')));
    });

    m_nameKy = new QLineEdit(box);
    m_nameRu = new QLineEdit(box);
    m_nameEn = new QLineEdit(box);
    addRow(form, ProductField::NameKy, m_nameKy);
    addRow(form, ProductField::NameRu, m_nameRu);
    addRow(form, ProductField::NameEn, m_nameEn);
    // "At least one language": said under the names, all three outlined.
    auto* nameError = new FieldError(m_nameRu, this);
    form->addRow(QString(), nameError);
    addError(ProductField::Name, nameError);

    m_category = new QComboBox(box);
    addRow(form, ProductField::Category, m_category);
    m_unit = new QComboBox(box);
    addRow(form, ProductField::Unit, m_unit);
    m_price = new QLineEdit(box);
    m_price->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_price->setMaximumWidth(220);
    addRow(form, ProductField::Price, m_price);
    m_taxGroup = new QComboBox(box);
    addRow(form, ProductField::TaxGroup, m_taxGroup);

    m_producer = new QComboBox(box);
    makeSearchable(m_producer);
    addRow(form, ProductField::Producer, m_producer);

    m_active = new WrappingCheckBox(box);
    addRow(form, ProductField::Active, m_active);

    m_identityHeading = layOutEditorColumn(box, form);
    return box;
}

QWidget* ProductEditor::buildStory()
{
    auto* box = new QWidget;
    QFormLayout* form = editorColumnForm();
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_materials = new QLineEdit(box);
    addRow(form, ProductField::Materials, m_materials);
    m_storyKy = fixedHeightTextEdit(box, StoryHeight);
    m_storyRu = fixedHeightTextEdit(box, StoryHeight);
    m_storyEn = fixedHeightTextEdit(box, StoryHeight);
    addRow(form, ProductField::StoryKy, m_storyKy);
    addRow(form, ProductField::StoryRu, m_storyRu);
    addRow(form, ProductField::StoryEn, m_storyEn);
    m_certificateNumber = new QLineEdit(box);
    addRow(form, ProductField::CertificateNumber, m_certificateNumber);
    m_certificateDate = new OptionalDateEdit(box);
    addRow(form, ProductField::CertificateDate, m_certificateDate);
    m_tracksBatches = new WrappingCheckBox(box);
    addRow(form, ProductField::TracksBatches, m_tracksBatches);

    m_photoView = new QLabel(box);
    m_photoView->setObjectName(QStringLiteral("productPhoto"));
    m_photoView->setFixedSize(PhotoSide, PhotoSide);
    m_photoView->setAlignment(Qt::AlignCenter);
    m_photoView->setWordWrap(true);
    m_photoView->setStyleSheet(QStringLiteral("QLabel { background: #ffffff; border: 1px dashed #8a939c; }"));
    m_choosePhoto = new QPushButton(box);
    m_choosePhoto->setObjectName(QStringLiteral("choosePhotoButton"));
    connect(m_choosePhoto, &QPushButton::clicked, this, &ProductEditor::choosePhoto);
    m_removePhoto = new QPushButton(box);
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    connect(m_removePhoto, &QPushButton::clicked, this, &ProductEditor::removePhoto);
    m_choosePhoto->setFixedWidth(PhotoSide);
    m_removePhoto->setFixedWidth(PhotoSide);
    auto* photoRow = new QWidget(box);
    auto* photoLayout = new QVBoxLayout(photoRow);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    photoLayout->addWidget(m_photoView);
    photoLayout->addWidget(m_choosePhoto);
    photoLayout->addWidget(m_removePhoto);
    addRow(form, PhotoKey, photoRow);
    fieldError(PhotoKey)->setField(m_photoView);

    m_storyHeading = layOutEditorColumn(box, form);
    return box;
}

void ProductEditor::fillCombos()
{
    const QString lang = language();
    const QString category = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("— choose —"), QString());
    const auto categories = CatalogService(m_db).categories();
    if (!categories)
        showMessage(categories.message(), true);
    for (const Category& c : categories.ok() ? categories.value() : QList<Category>())
        m_category->addItem(c.name.in(lang), c.key);
    selectData(m_category, category);

    const QString unit = m_unit->currentData().toString();
    m_unit->clear();
    for (Unit u : Units::all())
        m_unit->addItem(Units::symbol(u), Units::key(u));
    selectData(m_unit, unit);

    const QString tax = m_taxGroup->currentData().toString();
    m_taxGroup->clear();
    for (const QString& key : TaxGroups::keys())
        m_taxGroup->addItem(TaxGroups::displayName(key), key);
    selectData(m_taxGroup, tax);

    const QString producer = m_producer->currentData().toString();
    m_producer->clear();
    m_producer->addItem(QString(), QString());
    auto producers = ProducerService(m_db).list(m_session, ProducerFilter{});
    bool found = false;
    if (producers) {
        for (const Producer& p : producers.value()) {
            m_producer->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.id);
            found = found || p.id == m_product.producerId;
        }
    }
    if (!found && !m_product.producerId.isEmpty())
        m_producer->addItem(QStringLiteral("%1 (%2)").arg(m_product.producerName, m_product.producerCode),
                            m_product.producerId);
    selectData(m_producer, producer);
    m_producer->lineEdit()->setPlaceholderText(tr("Type a name or code…"));
}

void ProductEditor::setProduct(const Product& product)
{
    const QString lang = language();
    m_sku->setText(product.sku);
    m_barcodes->setText(product.barcodes.join(QLatin1Char(' ')));
    m_nameKy->setText(product.name.ky);
    m_nameRu->setText(product.name.ru);
    m_nameEn->setText(product.name.en);
    selectData(m_category, product.category);
    selectData(m_unit, Units::key(product.unit));
    m_price->setText(product.price.isZero() ? QString() : product.price.toPlainString(lang));
    selectData(m_taxGroup, product.taxGroup);
    selectData(m_producer, product.producerId);
    m_producer->lineEdit()->setCursorPosition(0);
    m_active->setChecked(product.active);
    m_materials->setText(product.materials);
    m_storyKy->setPlainText(product.story.ky);
    m_storyRu->setPlainText(product.story.ru);
    m_storyEn->setPlainText(product.story.en);
    m_certificateNumber->setText(product.certificateNumber);
    m_certificateDate->setDate(product.certificateDate);
    m_tracksBatches->setChecked(product.tracksBatches);
    showPhoto();
}

Product ProductEditor::productFromForm() const
{
    Product p = m_product;
    p.sku = m_sku->text().trimmed();
    p.barcodes = m_barcodes->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    p.name = LocalizedText{m_nameKy->text(), m_nameRu->text(), m_nameEn->text()}.trimmed();
    p.category = m_category->currentData().toString();
    p.unit = Units::fromKey(m_unit->currentData().toString()).value_or(Unit::Piece);
    auto price = Money::parse(m_price->text());
    p.price = price ? price.value() : Money();
    p.taxGroup = m_taxGroup->currentData().toString();
    // The producer chosen in the list; text typed that matches no entry means none.
    const int producerIndex = m_producer->findText(m_producer->currentText(), Qt::MatchFixedString);
    p.producerId = producerIndex > 0 ? m_producer->itemData(producerIndex).toString() : QString();
    p.producerCode.clear();
    p.materials = m_materials->text().trimmed();
    p.story = LocalizedText{m_storyKy->toPlainText(), m_storyRu->toPlainText(), m_storyEn->toPlainText()}.trimmed();
    p.certificateNumber = m_certificateNumber->text().trimmed();
    p.certificateDate = m_certificateDate->date();
    p.tracksBatches = m_tracksBatches->isChecked();
    p.active = m_active->isChecked();
    return p;
}

bool ProductEditor::save()
{
    if (!startSave())
        return false;
    CatalogService catalog(m_db);
    const Product product = productFromForm();

    // What the form itself cannot read (the price text), then what the catalogue refuses.
    FieldProblems problems;
    auto price = Money::parse(m_price->text());
    if (!price)
        problems << FieldProblem{ProductField::Price, price.message()};
    if (!m_producer->currentText().trimmed().isEmpty() && product.producerId.isEmpty())
        problems << FieldProblem{ProductField::Producer,
                                 tr("No producer is called \"%1\". Choose one from the list.")
                                     .arg(m_producer->currentText().trimmed())};
    const Status valid = catalog.validate(product);
    if (!valid && valid.error().kind != ErrorKind::Validation) {
        showMessage(valid.message(), true); // the checks could not read the catalogue
        return false;
    }
    for (const FieldProblem& problem : valid.problems()) {
        const bool known = std::any_of(problems.cbegin(), problems.cend(),
                                       [&](const FieldProblem& p) { return p.field == problem.field; });
        if (!known)
            problems << problem;
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return false;
    }

    // An existing product's new photo first, so that a refused photo leaves the product unchanged.
    if (!isNew() && m_photoChanged) {
        if (auto photo = catalog.setPhoto(m_session, m_product.sku, m_photo); !photo) {
            fieldError(PhotoKey)->showError(photo.message());
            return false;
        }
        m_photoChanged = false;
    }
    auto saved = catalog.save(m_session, product);
    if (!saved) {
        showRefusal(saved.message(), saved.problems());
        return false;
    }
    m_saved = saved.value();
    m_product = m_saved;
    if (m_photoChanged) {
        if (auto photo = catalog.setPhoto(m_session, m_saved.sku, m_photo); !photo) {
            fieldError(PhotoKey)->showError(photo.message());
            showMessage(tr("The product was saved, but not its photo."), true);
            return false;
        }
        m_photoChanged = false;
    }
    accept();
    return true;
}

void ProductEditor::showProblems(const FieldProblems& problems)
{
    RecordEditor::showProblems(problems);
    if (std::any_of(problems.cbegin(), problems.cend(),
                    [](const FieldProblem& p) { return p.field == ProductField::Name; })) {
        // Outline every name field.
        for (QWidget* w : {static_cast<QWidget*>(m_nameKy), static_cast<QWidget*>(m_nameEn)}) {
            w->setProperty("invalid", true);
            repolish(w);
        }
    }
}

void ProductEditor::clearProblems()
{
    RecordEditor::clearProblems();
    for (QWidget* w : {static_cast<QWidget*>(m_nameKy), static_cast<QWidget*>(m_nameEn)}) {
        if (w->property("invalid").toBool()) {
            w->setProperty("invalid", false);
            repolish(w);
        }
    }
}

void ProductEditor::proposeBarcode()
{
    const auto proposed = CatalogService(m_db).proposeInStoreBarcode();
    if (!proposed) {
        showMessage(proposed.message(), true);
        return;
    }
    const QString code = proposed.value();
    if (code.isEmpty())
        return;
    QStringList codes = m_barcodes->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    if (!codes.contains(code))
        codes << code;
    m_barcodes->setText(codes.join(QLatin1Char(' ')));
}

bool ProductEditor::loadPhoto(const QString& path)
{
    FieldError* error = fieldError(PhotoKey);
    error->clearError();
    if (auto guarded = FileGuard::checkRead(path); !guarded) {
        error->showError(guarded.message());
        return false;
    }
    // A regular file of a photo's size only: a pipe would block and a device never end.
    constexpr qint64 MaxPhotoBytes = 20 * 1024 * 1024;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || info.size() > MaxPhotoBytes || !file.open(QIODevice::ReadOnly) || file.isSequential()) {
        error->showError(tr("The file %1 cannot be read. Choose another picture.").arg(path));
        return false;
    }
    const QByteArray bytes = file.read(MaxPhotoBytes);
    QImage image;
    if (!image.loadFromData(bytes)) {
        error->showError(tr("This file is not a picture. Choose a PNG or JPEG photo."));
        return false;
    }
    m_photo = bytes;
    m_photoChanged = true;
    showPhoto();
    return true;
}

void ProductEditor::choosePhoto()
{
    const QString path = chooseFileToOpen(this, tr("Choose a photo"), QString(),
                                                      tr("Pictures (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        loadPhoto(path);
}

void ProductEditor::removePhoto()
{
    m_photo.clear();
    m_photoChanged = true;
    fieldError(PhotoKey)->clearError();
    showPhoto();
}

void ProductEditor::showPhoto()
{
    QImage image;
    if (!m_photo.isEmpty() && image.loadFromData(m_photo)) {
        m_photoView->setPixmap(QPixmap::fromImage(
            image.scaled(PhotoSide - 4, PhotoSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_photoView->setPixmap(QPixmap());
        m_photoView->setText(tr("No photo"));
    }
    m_removePhoto->setEnabled(!m_photo.isEmpty() && !isReadOnly());
}

void ProductEditor::setReadOnly(bool readOnly)
{
    RecordEditor::setReadOnly(readOnly);
    for (QLineEdit* edit : {m_sku, m_barcodes, m_nameKy, m_nameRu, m_nameEn, m_price, m_materials, m_certificateNumber})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : {m_storyKy, m_storyRu, m_storyEn})
        edit->setReadOnly(readOnly);
    for (QWidget* w : std::initializer_list<QWidget*>{m_category, m_unit, m_taxGroup, m_producer, m_active,
                                                      m_tracksBatches, m_assignBarcode, m_choosePhoto})
        w->setEnabled(!readOnly);
    m_certificateDate->setReadOnly(readOnly);
    m_removePhoto->setEnabled(!readOnly && !m_photo.isEmpty());
    restyleFields();
}

void ProductEditor::retranslateUi()
{
    if (isReadOnly())
        setWindowTitle(tr("Product %1 (read only)").arg(m_product.sku));
    else
        setWindowTitle(isNew() ? tr("New product") : tr("Edit product %1").arg(m_product.sku));
    m_identityHeading->setText(tr("Product"));
    m_storyHeading->setText(tr("Origin and story"));
    setLabelTexts({
        {ProductField::Sku, tr("SKU")},
        {ProductField::Barcodes, tr("Barcodes")},
        {ProductField::NameKy, tr("Name (Kyrgyz)")},
        {ProductField::NameRu, tr("Name (Russian)")},
        {ProductField::NameEn, tr("Name (English)")},
        {ProductField::Category, tr("Category")},
        {ProductField::Unit, tr("Unit")},
        {ProductField::Price, tr("Price, som")},
        {ProductField::TaxGroup, tr("Tax group")},
        {ProductField::Producer, tr("Producer")},
        {ProductField::Active, tr("State")},
        {ProductField::Materials, tr("Materials")},
        {ProductField::StoryKy, tr("Story (Kyrgyz)")},
        {ProductField::StoryRu, tr("Story (Russian)")},
        {ProductField::StoryEn, tr("Story (English)")},
        {ProductField::CertificateNumber, tr("Certificate No.")},
        {ProductField::CertificateDate, tr("Certificate date")},
        {ProductField::TracksBatches, tr("Batches")},
        {PhotoKey, tr("Photo")},
    });
    m_sku->setPlaceholderText(tr("e.g. FLT-001"));
    m_barcodes->setPlaceholderText(tr("EAN-13, EAN-8 or UPC-A; several separated by spaces"));
    m_assignBarcode->setText(QStringLiteral("+ EAN-13"));
    m_assignBarcode->setToolTip(
        tr("Give a handmade product an in-store EAN-13 barcode from the shop's own range (20…29)"));
    m_price->setPlaceholderText(tr("e.g. 1250 or 1250,50"));
    m_materials->setPlaceholderText(tr("e.g. sheep wool, natural dyes"));
    m_certificateNumber->setPlaceholderText(tr("OVOP Brand Committee certificate"));
    m_active->setText(tr("On sale"));
    m_active->setToolTip(tr("Untick to archive: the product is kept with its history but no longer sold."));
    m_tracksBatches->setText(tr("Track batches and expiry dates"));
    m_tracksBatches->setToolTip(tr("For goods with a best-before date, such as honey and cosmetics."));
    m_choosePhoto->setText(tr("Choose photo…"));
    m_removePhoto->setText(tr("Remove photo"));
    setFrameTexts({tr("Save"), tr("Cancel"), tr("Close"), tr("Nothing was saved: correct the fields marked in red.")});
    fillCombos();
    showPhoto();
}

} // namespace ovop::ui
