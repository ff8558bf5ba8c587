// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>

#include "models/catalog/Product.h"
#include "ui/widgets/RecordEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ovop::ui {

class WrappingCheckBox;
class OptionalDateEdit;

// Adds or changes one product. Save goes through CatalogService, which checks the permission and
// every field; each problem is shown beside its field (red text under it, the field outlined) and
// nothing is saved until all are solved. Without Permission::EditCatalog the product is shown
// read-only.
class ProductEditor : public RecordEditor
{
    Q_OBJECT

public:
    // sku empty: a new product.
    ProductEditor(Database& db, const Session& session, const QString& sku = QString(), QWidget* parent = nullptr);

    bool isNew() const { return m_product.id.isEmpty(); }
    // The product as the form says (price 0 when the price text cannot be read).
    Product productFromForm() const;
    bool save() override;
    // The product as saved last (empty id before a save).
    const Product& savedProduct() const { return m_saved; }

    // For tests (the fields are found by ProductField key, the photo by "photo").
    QPushButton* assignBarcodeButton() const { return m_assignBarcode; }
    // Sets the photo from a file, as the file chooser does; false (problem beside the photo) when it
    // is not a picture.
    bool loadPhoto(const QString& path);

private:
    QWidget* buildIdentity();
    QWidget* buildStory();
    void fillCombos();
    void setProduct(const Product& product);
    void showProblems(const FieldProblems& problems) override;
    void clearProblems() override;
    void proposeBarcode();
    void choosePhoto();
    void removePhoto();
    void showPhoto();
    void setReadOnly(bool readOnly) override;
    bool hasOtherChanges() const override { return m_photoChanged; }
    void retranslateUi() override;

    Product m_product;
    Product m_saved;
    QByteArray m_photo;
    bool m_photoChanged = false;

    QLineEdit* m_sku;
    QLineEdit* m_barcodes;
    QPushButton* m_assignBarcode;
    QLineEdit* m_nameKy;
    QLineEdit* m_nameRu;
    QLineEdit* m_nameEn;
    QComboBox* m_category;
    QComboBox* m_unit;
    QLineEdit* m_price;
    QComboBox* m_taxGroup;
    QComboBox* m_producer;
    WrappingCheckBox* m_active;
    QLineEdit* m_materials;
    QPlainTextEdit* m_storyKy;
    QPlainTextEdit* m_storyRu;
    QPlainTextEdit* m_storyEn;
    QLineEdit* m_certificateNumber;
    OptionalDateEdit* m_certificateDate;
    WrappingCheckBox* m_tracksBatches;
    QLabel* m_photoView;
    QPushButton* m_choosePhoto;
    QPushButton* m_removePhoto;
    QLabel* m_identityHeading;
    QLabel* m_storyHeading;
};

} // namespace ovop::ui
