// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QMap>
#include <QWidget>

#include "models/people/Session.h"
#include "models/settings/ShopSettings.h"

class QCheckBox;
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

// Shop settings, tax profile and the till's limits and QR payments (manager, admin). Save goes through
// SettingsService::save, which checks the permission and each value; a refused value is explained beside its field.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Database& db, const Session& session, QWidget* parent = nullptr);

    // Shows the stored settings again, dropping unsaved edits. False, with the reason shown and Save
    // disabled, when they cannot be read.
    bool reload();
    // Saves the form; true when the service accepted it.
    bool save();

    // The editor of a settings key (SettingsService::keys()), for tests.
    QWidget* field(const QString& key) const;
    FieldError* fieldError(const QString& key) const { return m_errors.value(key); }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addRow(QFormLayout* form, const QString& key, QWidget* editor);
    void retranslateUi();
    void clearErrors();
    void showMessage(const QString& text, bool error);
    void setLabel(const QString& key, const QString& text);

    Database& m_db;
    Session m_session;
    ShopSettings m_loaded;
    QLineEdit* m_shopCode;
    QLineEdit* m_shopName;
    QLineEdit* m_address;
    QLineEdit* m_deviceId;
    QPlainTextEdit* m_receiptHeader;
    QComboBox* m_mode;
    QComboBox* m_receiptLanguage;
    QCheckBox* m_vatPayer;
    QLineEdit* m_vatRate;
    QLineEdit* m_salesTaxRate;
    QComboBox* m_rounding;
    QLineEdit* m_cashierDiscount;
    QLineEdit* m_managerDiscount;
    QLineEdit* m_returnApproval;
    QLineEdit* m_elqrLink;
    QMap<QString, QWidget*> m_fields;
    QMap<QString, FieldError*> m_errors;
    QMap<QString, QLabel*> m_labels;
    QLabel* m_shopHeading;
    QLabel* m_taxHeading;
    QLabel* m_taxHint;
    QLabel* m_tillHeading;
    QLabel* m_tillHint;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace ovop::ui
