// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QMap>

#include "catalog/FieldProblem.h"
#include "catalog/Product.h"
#include "people/Session.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;
class WrappingCheckBox;
class OptionalDateEdit;

// Adds or changes one product. Save goes through CatalogService, which checks the permission and
// every field; each problem is shown beside its field (red text under it, the field outlined) and
// nothing is saved until all are solved. Without Permission::EditCatalog the product is shown
// read-only.
class ProductEditor : public QDialog
{
    Q_OBJECT

public:
    // sku empty: a new product.
    ProductEditor(Database& db, const Session& session, const QString& sku = QString(), QWidget* parent = nullptr);

    bool isNew() const { return m_product.id.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    // The product as the form says (price 0 when the price text cannot be read).
    Product productFromForm() const;
    // Validates and saves; true when the service accepted it (the dialog is then accepted).
    bool save();
    // The product as saved last (empty id before a save).
    const Product& savedProduct() const { return m_saved; }

    // For tests: the editor of a ProductField key (or "photo"), its error label, the buttons.
    QWidget* field(const QString& key) const { return m_fields.value(key); }
    FieldError* fieldError(const QString& key) const { return m_errors.value(key); }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* assignBarcodeButton() const { return m_assignBarcode; }
    QLabel* messageLabel() const { return m_message; }
    // Sets the photo from a file, as the file chooser does; false (problem beside the photo) when it
    // is not a picture.
    bool loadPhoto(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildIdentity();
    QWidget* buildStory();
    void addRow(QFormLayout* form, const QString& key, QWidget* editor);
    void fillCombos();
    void setProduct(const Product& product);
    void showProblems(const FieldProblems& problems);
    void clearProblems();
    void showMessage(const QString& text, bool error);
    void proposeBarcode();
    void choosePhoto();
    void removePhoto();
    void showPhoto();
    void setReadOnly(bool readOnly);
    void retranslateUi();
    QString language() const;

    Database& m_db;
    Session m_session;
    Product m_product;
    Product m_saved;
    bool m_readOnly = false;
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
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QMap<QString, QWidget*> m_fields;
    QMap<QString, FieldError*> m_errors;
    QMap<QString, QLabel*> m_labels;
};

} // namespace ovop::ui
