// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/producers/ProducerEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "models/catalog/ProducerService.h"
#include "models/people/Role.h"
#include "models/places/PlaceService.h"
#include "models/store/Database.h"
#include "ui/producers/CommissionRatesDialog.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/WrappingCheckBox.h"

namespace ovop::ui {

namespace {
constexpr int TextHeight = 64;

QPlainTextEdit* textEdit(QWidget* parent)
{
    return fixedHeightTextEdit(parent, TextHeight);
}
} // namespace

ProducerEditor::ProducerEditor(Database& db, const Session& session, const QString& code, QWidget* parent)
    : RecordEditor(db, session, QStringLiteral("producer"), Permission::EditCatalog, parent)
{
    setMinimumSize(980, 640);
    setWrappingLabels(110);
    QWidget* general = buildGeneral();
    QWidget* diligence = buildDueDiligence();
    setColumns(general, diligence);

    if (!code.isEmpty()) {
        auto found = ProducerService(m_db).get(m_session, code);
        if (found)
            m_producer = found.value();
        else
            showMessage(found.message(), true);
    }
    const QDate today = m_db.now().date();
    for (OptionalDateEdit* date : {m_lastVisit, m_childLabourDate, m_certificateDate})
        date->setDefaultDate(today);
    retranslateUi();
    setProducer(m_producer);
    setReadOnly(isReadOnly());
    connect(m_lastVisit, &OptionalDateEdit::dateChanged, this, &ProducerEditor::updateVisitStatus);
    connect(m_terms, &QComboBox::currentIndexChanged, this, &ProducerEditor::updateCommission);
    markClean();
}

QWidget* ProducerEditor::buildGeneral()
{
    auto* box = new QWidget;
    QFormLayout* form = editorColumnForm();
    m_code = new QLineEdit(box);
    m_code->setMaxLength(32);
    addRow(form, ProducerField::Code, m_code);
    m_name = new QLineEdit(box);
    addRow(form, ProducerField::Name, m_name);
    m_kind = new QComboBox(box);
    addRow(form, ProducerField::Kind, m_kind);
    m_village = new QComboBox(box);
    makeSearchable(m_village);
    addRow(form, ProducerField::Village, m_village);
    m_phone = new QLineEdit(box);
    addRow(form, ProducerField::Phone, m_phone);
    m_members = new QSpinBox(box);
    m_members->setRange(1, 100000);
    m_members->setMaximumWidth(140);
    addRow(form, ProducerField::Members, m_members);
    m_women = new QSpinBox(box);
    m_women->setRange(0, 100000);
    m_women->setMaximumWidth(140);
    addRow(form, ProducerField::Women, m_women);
    m_womenLed = new WrappingCheckBox(box);
    addRow(form, ProducerField::WomenLed, m_womenLed);
    m_terms = new QComboBox(box);
    addRow(form, ProducerField::Terms, m_terms);
    m_commission = new QDoubleSpinBox(box);
    m_commission->setRange(0, 100);
    m_commission->setDecimals(2);
    m_commission->setSingleStep(0.5);
    m_commission->setSuffix(QStringLiteral(" %"));
    m_commission->setMaximumWidth(160);
    m_categoryRates = new QPushButton(box);
    m_categoryRates->setObjectName(QStringLiteral("producerCategoryRates"));
    connect(m_categoryRates, &QPushButton::clicked, this, [this] {
        CommissionRatesDialog dialog(m_db, m_session, m_producer, this);
        dialog.exec();
    });
    auto* commissionRow = new QWidget(box);
    auto* commissionLayout = new QHBoxLayout(commissionRow);
    commissionLayout->setContentsMargins(0, 0, 0, 0);
    commissionLayout->addWidget(m_commission);
    commissionLayout->addWidget(m_categoryRates);
    commissionLayout->addStretch(1);
    commissionRow->setFocusProxy(m_commission);
    addRow(form, ProducerField::Commission, commissionRow);
    m_paymentDetails = new QLineEdit(box);
    addRow(form, ProducerField::PaymentDetails, m_paymentDetails);
    m_active = new WrappingCheckBox(box);
    addRow(form, ProducerField::Active, m_active);

    m_generalHeading = layOutEditorColumn(box, form);
    return box;
}

QWidget* ProducerEditor::buildDueDiligence()
{
    auto* box = new QWidget;
    QFormLayout* form = editorColumnForm();
    m_fairPrice = textEdit(box);
    addRow(form, ProducerField::FairPriceBasis, m_fairPrice);
    m_lastVisit = new OptionalDateEdit(box);
    addRow(form, ProducerField::LastVisitDate, m_lastVisit);
    m_visitResult = new QLineEdit(box);
    addRow(form, ProducerField::LastVisitResult, m_visitResult);
    m_followUp = textEdit(box);
    addRow(form, ProducerField::FollowUp, m_followUp);
    m_childLabourDate = new OptionalDateEdit(box);
    addRow(form, ProducerField::ChildLabourCheckDate, m_childLabourDate);
    m_childLabourResult = new QLineEdit(box);
    addRow(form, ProducerField::ChildLabourCheckResult, m_childLabourResult);
    m_materials = new QLineEdit(box);
    addRow(form, ProducerField::MaterialsAndDyes, m_materials);
    m_environment = textEdit(box);
    addRow(form, ProducerField::EnvironmentalPractice, m_environment);
    m_exemptDocument = new QLineEdit(box);
    addRow(form, ProducerField::ExemptSellerDocument, m_exemptDocument);
    m_certificateNumber = new QLineEdit(box);
    addRow(form, ProducerField::CertificateNumber, m_certificateNumber);
    m_certificateDate = new OptionalDateEdit(box);
    addRow(form, ProducerField::CertificateDate, m_certificateDate);

    m_diligenceHeading = new QLabel(box);
    m_diligenceHeading->setProperty("role", QStringLiteral("subheading"));
    m_visitStatus = new QLabel(box);
    m_visitStatus->setObjectName(QStringLiteral("visitStatus"));
    m_visitStatus->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_diligenceHeading);
    layout->addWidget(m_visitStatus);
    layout->addLayout(form);
    layout->addStretch(1);
    return box;
}

void ProducerEditor::fillCombos()
{
    const QString lang = language();
    const QVariant kind = m_kind->currentData();
    m_kind->clear();
    for (Producer::Kind k : {Producer::Kind::Individual, Producer::Kind::Group, Producer::Kind::Cooperative})
        m_kind->addItem(ProducerKinds::displayName(k), ProducerKinds::key(k));
    selectData(m_kind, kind);

    const QVariant terms = m_terms->currentData();
    m_terms->clear();
    for (Producer::Terms t : {Producer::Terms::Consignment, Producer::Terms::Purchase})
        m_terms->addItem(ProducerKinds::termsDisplayName(t), ProducerKinds::termsKey(t));
    selectData(m_terms, terms);

    const QVariant village = m_village->currentData();
    m_village->clear();
    m_village->addItem(QString(), QString());
    const auto villages = PlaceService(m_db).villages(QString(), QString(), lang);
    if (!villages)
        showMessage(villages.message(), true);
    for (const Village& v : villages.ok() ? villages.value() : QList<Village>()) {
        QStringList where;
        if (!v.districtName.isEmpty())
            where << v.districtName.in(lang);
        where << v.oblastName.in(lang);
        m_village->addItem(QStringLiteral("%1 — %2").arg(v.name.in(lang), where.join(QStringLiteral(", "))), v.id);
    }
    selectData(m_village, village);
    m_village->lineEdit()->setCursorPosition(0);
    m_village->lineEdit()->setPlaceholderText(tr("Type the village's name…"));
}

void ProducerEditor::setProducer(const Producer& p)
{
    m_code->setText(p.code);
    m_name->setText(p.name);
    selectData(m_kind, ProducerKinds::key(p.kind));
    selectData(m_village, p.villageId);
    m_village->lineEdit()->setCursorPosition(0);
    m_phone->setText(p.phone);
    m_members->setValue(p.members);
    m_women->setValue(p.women);
    m_womenLed->setChecked(p.womenLed);
    selectData(m_terms, ProducerKinds::termsKey(p.terms));
    m_commission->setValue(p.commissionBasisPoints / 100.0);
    m_paymentDetails->setText(p.paymentDetails);
    m_active->setChecked(p.active);
    m_fairPrice->setPlainText(p.fairPriceBasis);
    m_lastVisit->setDate(p.lastVisitDate);
    m_visitResult->setText(p.lastVisitResult);
    m_followUp->setPlainText(p.followUp);
    m_childLabourDate->setDate(p.childLabourCheckDate);
    m_childLabourResult->setText(p.childLabourCheckResult);
    m_materials->setText(p.materialsAndDyes);
    m_environment->setPlainText(p.environmentalPractice);
    m_exemptDocument->setText(p.exemptSellerDocument);
    m_certificateNumber->setText(p.certificateNumber);
    m_certificateDate->setDate(p.certificateDate);
    updateVisitStatus();
    updateCommission();
}

Producer ProducerEditor::producerFromForm() const
{
    Producer p = m_producer;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.kind = ProducerKinds::fromKey(m_kind->currentData().toString()).value_or(Producer::Kind::Individual);
    const int village = m_village->findText(m_village->currentText(), Qt::MatchFixedString);
    p.villageId = village > 0 ? m_village->itemData(village).toString() : QString();
    p.phone = m_phone->text().trimmed();
    p.members = m_members->value();
    p.women = m_women->value();
    p.womenLed = m_womenLed->isChecked();
    p.terms = ProducerKinds::termsFromKey(m_terms->currentData().toString()).value_or(Producer::Terms::Consignment);
    p.commissionBasisPoints = int(qRound(m_commission->value() * 100));
    p.paymentDetails = m_paymentDetails->text().trimmed();
    p.active = m_active->isChecked();
    p.fairPriceBasis = m_fairPrice->toPlainText().trimmed();
    p.lastVisitDate = m_lastVisit->date();
    p.lastVisitResult = m_visitResult->text().trimmed();
    p.followUp = m_followUp->toPlainText().trimmed();
    p.childLabourCheckDate = m_childLabourDate->date();
    p.childLabourCheckResult = m_childLabourResult->text().trimmed();
    p.materialsAndDyes = m_materials->text().trimmed();
    p.environmentalPractice = m_environment->toPlainText().trimmed();
    p.exemptSellerDocument = m_exemptDocument->text().trimmed();
    p.certificateNumber = m_certificateNumber->text().trimmed();
    p.certificateDate = m_certificateDate->date();
    return p;
}

bool ProducerEditor::save()
{
    if (!startSave())
        return false;
    const Producer producer = producerFromForm();
    if (!m_village->currentText().trimmed().isEmpty() && producer.villageId.isEmpty()) {
        FieldProblems problems{{ProducerField::Village, tr("No village is called \"%1\". Choose one from the list, or "
                                                           "add the village in Settings first.")
                                                            .arg(m_village->currentText().trimmed())}};
        const Status valid = ProducerService(m_db).validate(producer);
        if (!valid && valid.error().kind != ErrorKind::Validation) {
            showMessage(valid.message(), true); // the checks could not read the register
            return false;
        }
        for (const FieldProblem& p : valid.problems())
            if (p.field != ProducerField::Village)
                problems << p;
        showProblems(problems);
        return false;
    }
    auto saved = ProducerService(m_db).save(m_session, producer);
    if (!saved) {
        showRefusal(saved.message(), saved.problems());
        return false;
    }
    m_saved = saved.value();
    m_producer = m_saved;
    accept();
    return true;
}

void ProducerEditor::updateVisitStatus()
{
    Producer p;
    p.lastVisitDate = m_lastVisit->date();
    const QDate today = m_db.now().date();
    const bool overdue = p.visitOverdue(today);
    if (!p.lastVisitDate.isValid())
        m_visitStatus->setText(tr("Working-conditions visit overdue: none on record. Plan a visit and record it here."));
    else if (overdue)
        m_visitStatus->setText(tr("Working-conditions visit overdue: the last one was on %1, more than 12 months ago.")
                                   .arg(p.lastVisitDate.toString(QStringLiteral("dd.MM.yyyy"))));
    else
        m_visitStatus->setText(tr("Working-conditions visit up to date; the next is due by %1.")
                                   .arg(p.lastVisitDate.addMonths(Producer::VisitIntervalMonths)
                                            .toString(QStringLiteral("dd.MM.yyyy"))));
    m_visitStatus->setProperty("role", overdue ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(m_visitStatus);
}

void ProducerEditor::updateCommission()
{
    // The commission is the shop's share of goods taken on consignment.
    const bool consignment = m_terms->currentData().toString() == ProducerKinds::termsKey(Producer::Terms::Consignment);
    m_commission->setEnabled(consignment && !isReadOnly());
    // Rates by category are kept per saved producer and saved at once by their own dialog.
    m_categoryRates->setEnabled(consignment && !isNew());
}

void ProducerEditor::setReadOnly(bool readOnly)
{
    RecordEditor::setReadOnly(readOnly);
    for (QLineEdit* edit : {m_code, m_name, m_phone, m_paymentDetails, m_visitResult, m_childLabourResult, m_materials,
                            m_exemptDocument, m_certificateNumber})
        edit->setReadOnly(readOnly);
    for (QPlainTextEdit* edit : {m_fairPrice, m_followUp, m_environment})
        edit->setReadOnly(readOnly);
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_village, m_members, m_women, m_womenLed, m_terms,
                                                      m_active})
        w->setEnabled(!readOnly);
    for (OptionalDateEdit* date : {m_lastVisit, m_childLabourDate, m_certificateDate})
        date->setReadOnly(readOnly);
    updateCommission();
    restyleFields();
}

void ProducerEditor::retranslateUi()
{
    if (isReadOnly())
        setWindowTitle(tr("Producer %1 (read only)").arg(m_producer.code));
    else
        setWindowTitle(isNew() ? tr("New producer") : tr("Producer %1").arg(m_producer.code));
    m_generalHeading->setText(tr("Producer"));
    m_categoryRates->setText(tr("By category…"));
    m_categoryRates->setToolTip(isNew() ? tr("Save the producer first; then categories can have rates of their own.")
                                        : tr("Commission rates of single categories of this producer's goods"));
    m_diligenceHeading->setText(tr("Due diligence"));
    setLabelTexts({
        {ProducerField::Code, tr("Code")},
        {ProducerField::Name, tr("Name")},
        {ProducerField::Kind, tr("Kind")},
        {ProducerField::Village, tr("Village")},
        {ProducerField::Phone, tr("Phone")},
        {ProducerField::Members, tr("Members")},
        {ProducerField::Women, tr("Of them women")},
        {ProducerField::WomenLed, tr("Women-led")},
        {ProducerField::Terms, tr("Terms")},
        {ProducerField::Commission, tr("Commission")},
        {ProducerField::PaymentDetails, tr("Payment details")},
        {ProducerField::Active, tr("State")},
        {ProducerField::FairPriceBasis, tr("Fair-price basis")},
        {ProducerField::LastVisitDate, tr("Last visit")},
        {ProducerField::LastVisitResult, tr("Visit result")},
        {ProducerField::FollowUp, tr("Follow-up")},
        {ProducerField::ChildLabourCheckDate, tr("Child-labour check")},
        {ProducerField::ChildLabourCheckResult, tr("Check result")},
        {ProducerField::MaterialsAndDyes, tr("Materials and dyes")},
        {ProducerField::EnvironmentalPractice, tr("Environmental practice")},
        {ProducerField::ExemptSellerDocument, tr("Exempt-seller document No.")},
        {ProducerField::CertificateNumber, tr("Certificate No.")},
        {ProducerField::CertificateDate, tr("Certificate date")},
    });
    m_code->setPlaceholderText(tr("e.g. BOS-01"));
    m_phone->setPlaceholderText(tr("e.g. +996 555 123 456"));
    m_paymentDetails->setPlaceholderText(tr("bank account, card or cash"));
    m_womenLed->setText(tr("Led by a woman or by women"));
    m_active->setText(tr("Active"));
    m_active->setToolTip(tr("Untick to archive: the producer is kept with their history."));
    m_fairPrice->setPlaceholderText(tr("How the price paid was agreed and where it is documented"));
    m_visitResult->setPlaceholderText(tr("e.g. safe workplace, fair hours"));
    m_childLabourResult->setPlaceholderText(tr("e.g. no children working"));
    m_materials->setPlaceholderText(tr("e.g. local sheep wool, plant dyes"));
    m_exemptDocument->setPlaceholderText(tr("used when buying without a VAT invoice"));
    m_certificateNumber->setPlaceholderText(tr("OVOP Brand Committee certificate"));
    setFrameTexts({tr("Save"), tr("Cancel"), tr("Close"), tr("Nothing was saved: correct the fields marked in red.")});
    fillCombos();
    updateVisitStatus();
}

} // namespace ovop::ui
