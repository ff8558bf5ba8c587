// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QImage>
#include <QList>
#include <QStringList>

#include "models/catalog/Product.h"
#include "models/core/Result.h"
#include "ui/documents/LabelData.h"
#include "models/store/FileGuard.h"
#include "models/people/Session.h"

class QComboBox;
class QPrinter;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ovop {
class Database;
}

namespace ovop::ui {

// Price labels for the products chosen on the Products page: an A4 sheet of 24 or single 58 mm
// labels, in the language chosen, with a preview of the first label; saved as PDF by LabelRenderer.
// Products without a barcode are left out (a manager can give them in-store barcodes from here).
class LabelDialog : public QDialog
{
    Q_OBJECT

public:
    LabelDialog(Database& db, const Session& session, const QStringList& skus, QWidget* parent = nullptr);

    // The labels of the products that have a barcode, in the chosen language.
    QList<LabelData> labels() const;
    LabelOptions options() const;
    QString labelLanguage() const;
    void setLabelLanguage(const QString& language);
    void setFormat(LabelFormat format);
    // How many times each label is printed.
    void setCopies(int copies);
    // Products left out for want of a barcode.
    QStringList withoutBarcode() const;
    // Writes the PDF; the message is shown in the dialog too.
    Status savePdf(const QString& path, Overwrite overwrite = Overwrite::Refuse);
    // Prints on a printer the user chose (the Print… button asks with the system's print dialog).
    Status print(QPrinter& printer);
    QString savedPath() const { return m_savedPath; }
    // Gives every product without a barcode an in-store EAN-13 (Permission::EditCatalog).
    Status assignBarcodes();
    bool barcodesAssigned() const { return m_assigned; }

    QPushButton* saveButton() const { return m_save; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* openButton() const { return m_open; }
    QSpinBox* skipBox() const { return m_skip; }
    QRadioButton* sheetChoice() const { return m_sheet; }
    QRadioButton* singleChoice() const { return m_single; }
    QLabel* previewLabel() const { return m_preview; }
    QLabel* messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void loadProducts();
    void refresh();
    void choosePath();
    void choosePrinter();
    void showPreview();
    void showMessage(const QString& text, bool error);
    void retranslateUi();

    Database& m_db;
    Session m_session;
    QStringList m_skus;
    QList<Product> m_products;
    bool m_assigned = false;
    QString m_savedPath;
    QImage m_previewImage;

    QLabel* m_heading;
    QListWidget* m_list;
    QLabel* m_formatLabel;
    QRadioButton* m_sheet;
    QRadioButton* m_single;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_copiesLabel;
    QSpinBox* m_copies;
    QLabel* m_skipLabel;
    QSpinBox* m_skip;
    QLabel* m_skipHint;
    QLabel* m_previewHeading;
    QLabel* m_preview;
    QLabel* m_missing;
    QLabel* m_message;
    QPushButton* m_assign;
    QPushButton* m_print;
    QPushButton* m_save;
    QPushButton* m_open;
    QPushButton* m_close;
};

} // namespace ovop::ui
