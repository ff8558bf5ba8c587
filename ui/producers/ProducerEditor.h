// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QMap>

#include "catalog/FieldProblem.h"
#include "catalog/Producer.h"
#include "people/Session.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;
class WrappingCheckBox;
class OptionalDateEdit;

// Adds or changes a producer, with the due-diligence record buyers ask for: fair-price basis, the
// last working-conditions visit (date, result, follow-up), the child-labour check, materials and
// dyes, environmental practice, exempt-seller document and certificate. Save goes through
// ProducerService; each problem is shown beside its field and nothing is saved.
class ProducerEditor : public QDialog
{
    Q_OBJECT

public:
    // code empty: a new producer.
    ProducerEditor(Database& db, const Session& session, const QString& code = QString(), QWidget* parent = nullptr);

    bool isNew() const { return m_producer.id.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    Producer producerFromForm() const;
    bool save();
    const Producer& savedProducer() const { return m_saved; }

    QWidget* field(const QString& key) const { return m_fields.value(key); }
    FieldError* fieldError(const QString& key) const { return m_errors.value(key); }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }
    // "Visit overdue …" or "Next visit due by …", updated as the date changes.
    QLabel* visitStatusLabel() const { return m_visitStatus; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildGeneral();
    QWidget* buildDueDiligence();
    void addRow(QFormLayout* form, const QString& key, QWidget* editor);
    void fillCombos();
    void setProducer(const Producer& producer);
    void showProblems(const FieldProblems& problems);
    void clearProblems();
    void showMessage(const QString& text, bool error);
    void updateVisitStatus();
    void updateCommission();
    void setReadOnly(bool readOnly);
    void retranslateUi();
    QString language() const;

    Database& m_db;
    Session m_session;
    Producer m_producer;
    Producer m_saved;
    bool m_readOnly = false;

    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_village;
    QLineEdit* m_phone;
    QSpinBox* m_members;
    QSpinBox* m_women;
    WrappingCheckBox* m_womenLed;
    QComboBox* m_terms;
    QDoubleSpinBox* m_commission;
    QLineEdit* m_paymentDetails;
    WrappingCheckBox* m_active;
    QPlainTextEdit* m_fairPrice;
    OptionalDateEdit* m_lastVisit;
    QLineEdit* m_visitResult;
    QPlainTextEdit* m_followUp;
    OptionalDateEdit* m_childLabourDate;
    QLineEdit* m_childLabourResult;
    QLineEdit* m_materials;
    QPlainTextEdit* m_environment;
    QLineEdit* m_exemptDocument;
    QLineEdit* m_certificateNumber;
    OptionalDateEdit* m_certificateDate;
    QLabel* m_generalHeading;
    QLabel* m_diligenceHeading;
    QLabel* m_visitStatus;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QMap<QString, QWidget*> m_fields;
    QMap<QString, FieldError*> m_errors;
    QMap<QString, QLabel*> m_labels;
};

} // namespace ovop::ui
