// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/catalog/Producer.h"
#include "ui/widgets/RecordEditor.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ovop::ui {

class WrappingCheckBox;
class OptionalDateEdit;

// Adds or changes a producer, with the due-diligence record buyers ask for: fair-price basis, the
// last working-conditions visit (date, result, follow-up), the child-labour check, materials and
// dyes, environmental practice, exempt-seller document and certificate. Save goes through
// ProducerService; each problem is shown beside its field and nothing is saved.
class ProducerEditor : public RecordEditor
{
    Q_OBJECT

public:
    // code empty: a new producer.
    ProducerEditor(Database& db, const Session& session, const QString& code = QString(), QWidget* parent = nullptr);

    bool isNew() const { return m_producer.id.isEmpty(); }
    Producer producerFromForm() const;
    bool save() override;
    const Producer& savedProducer() const { return m_saved; }

    // "Visit overdue …" or "Next visit due by …", updated as the date changes.
    QLabel* visitStatusLabel() const { return m_visitStatus; }

private:
    QWidget* buildGeneral();
    QWidget* buildDueDiligence();
    void fillCombos();
    void setProducer(const Producer& producer);
    void updateVisitStatus();
    void updateCommission();
    void setReadOnly(bool readOnly) override;
    void retranslateUi() override;

    Producer m_producer;
    Producer m_saved;

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
    QPushButton* m_categoryRates;
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
};

} // namespace ovop::ui
