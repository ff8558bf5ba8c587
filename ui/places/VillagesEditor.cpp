// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/places/VillagesEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/core/Language.h"
#include "models/people/Role.h"
#include "models/places/PlaceService.h"
#include "models/store/Database.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

namespace {
enum TreeColumn { NameColumn, KyColumn, RuColumn, EnColumn, ProducersColumn, TreeColumnCount };
constexpr int IdRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
const QString OblastKind = QStringLiteral("oblast");
const QString DistrictKind = QStringLiteral("district");
const QString VillageKind = QStringLiteral("village");

QTreeWidgetItem* placeItem(const QString& kind, const QString& id, const LocalizedText& name, const QString& lang)
{
    auto* item = new QTreeWidgetItem;
    item->setData(NameColumn, IdRole, id);
    item->setData(NameColumn, KindRole, kind);
    item->setText(NameColumn, name.in(lang));
    item->setText(KyColumn, name.ky);
    item->setText(RuColumn, name.ru);
    item->setText(EnColumn, name.en);
    return item;
}
} // namespace

VillagesEditor::VillagesEditor(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_canEdit(session.can(Permission::ChangeSettings))
{
    setObjectName(QStringLiteral("villagesEditor"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("villagesTree"));
    m_tree->setColumnCount(TreeColumnCount);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget::item { min-height: 30px; }"));
    m_tree->setColumnWidth(NameColumn, 230);
    for (int column : {KyColumn, RuColumn, EnColumn})
        m_tree->setColumnWidth(column, 150);
    m_tree->setColumnWidth(ProducersColumn, 90);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { itemChosen(item); });

    m_formHeading = new QLabel(this);
    m_formHeading->setProperty("role", QStringLiteral("subheading"));
    m_oblast = new QComboBox(this);
    m_oblast->setObjectName(QStringLiteral("villageOblast"));
    connect(m_oblast, &QComboBox::currentIndexChanged, this, &VillagesEditor::fillDistricts);
    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("villageDistrict"));
    m_nameKy = new QLineEdit(this);
    m_nameRu = new QLineEdit(this);
    m_nameEn = new QLineEdit(this);

    // Names above their fields: the pane beside the tree is narrow and the names run long.
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& key, QWidget* editor) {
        auto* error = new FieldError(editor, this);
        error->setObjectName(QStringLiteral("error_") + key);
        auto* label = new QLabel(this);
        label->setBuddy(editor);
        form->addRow(label, FieldError::wrap(editor, error));
        m_errors.insert(key, error);
        m_labels.insert(key, label);
    };
    addRow(QStringLiteral("oblast"), m_oblast);
    addRow(QStringLiteral("district"), m_district);
    addRow(QStringLiteral("name_ky"), m_nameKy);
    addRow(QStringLiteral("name_ru"), m_nameRu);
    addRow(QStringLiteral("name_en"), m_nameEn);
    // Problems of the name as a whole ("at least one language", "already in that district").
    auto* nameError = new FieldError(m_nameRu, this);
    nameError->setObjectName(QStringLiteral("error_name"));
    form->addRow(QString(), nameError);
    m_errors.insert(QStringLiteral("name"), nameError);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("villagesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveVillageButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    connect(m_save, &QPushButton::clicked, this, &VillagesEditor::save);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newVillageButton"));
    connect(m_new, &QPushButton::clicked, this, &VillagesEditor::startNew);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_new);
    buttons->addStretch(1);

    auto* formBox = new QVBoxLayout;
    formBox->addWidget(m_formHeading);
    formBox->addLayout(form);
    formBox->addWidget(m_message);
    formBox->addLayout(buttons);
    formBox->addStretch(1);
    auto* formWidget = new QWidget(this);
    formWidget->setLayout(formBox);
    formWidget->setMinimumWidth(260);
    formWidget->setMaximumWidth(400);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_tree, 3);
    layout->addWidget(formWidget, 2);

    retranslateUi();
    reload();
    startNew();
}

QString VillagesEditor::title()
{
    return tr("Villages");
}

QString VillagesEditor::language() const
{
    const QString current = Language::current();
    return current.isEmpty() ? m_session.language : current;
}

QLineEdit* VillagesEditor::nameField(const QString& language) const
{
    if (language == QLatin1String("ky"))
        return m_nameKy;
    if (language == QLatin1String("en"))
        return m_nameEn;
    return m_nameRu;
}

void VillagesEditor::reload()
{
    const QString lang = language();
    const QVariant oblast = m_oblast->currentData();
    m_oblast->blockSignals(true);
    m_oblast->clear();
    m_oblast->addItem(tr("— choose —"), QString());
    const auto oblasts = PlaceService(m_db).oblasts(lang);
    if (!oblasts)
        showMessage(oblasts.message(), true);
    for (const Oblast& o : oblasts.ok() ? oblasts.value() : QList<Oblast>())
        m_oblast->addItem(o.name.in(lang), o.id);
    selectData(m_oblast, oblast);
    m_oblast->blockSignals(false);
    fillDistricts();
    fillTree();
}

void VillagesEditor::fillTree()
{
    const QString lang = language();
    const QString selected = m_villageId;
    PlaceService places(m_db);
    QHash<QString, QTreeWidgetItem*> oblastItems;
    QHash<QString, QTreeWidgetItem*> districtItems;
    m_tree->blockSignals(true);
    m_tree->clear();
    const auto oblasts = places.oblasts(lang);
    const auto districts = places.districts(QString(), lang);
    const auto villages = places.villages(QString(), QString(), lang);
    const Error* failed = !oblasts     ? &oblasts.error()
                          : !districts ? &districts.error()
                          : !villages  ? &villages.error()
                                       : nullptr;
    if (failed) {
        // An empty tree with the reason, rather than a tree that misses places.
        showMessage(failed->message, true);
        m_tree->blockSignals(false);
        return;
    }
    for (const Oblast& o : oblasts.value()) {
        QTreeWidgetItem* item = placeItem(OblastKind, o.id, o.name, lang);
        QFont font = item->font(NameColumn);
        font.setBold(true);
        item->setFont(NameColumn, font);
        m_tree->addTopLevelItem(item);
        oblastItems.insert(o.id, item);
    }
    for (const District& d : districts.value()) {
        QTreeWidgetItem* parent = oblastItems.value(d.oblastId);
        if (!parent)
            continue;
        QTreeWidgetItem* item = placeItem(DistrictKind, d.id, d.name, lang);
        parent->addChild(item);
        districtItems.insert(d.id, item);
    }
    QTreeWidgetItem* current = nullptr;
    for (const Village& v : villages.value()) {
        QTreeWidgetItem* parent = districtItems.value(v.districtId, oblastItems.value(v.oblastId));
        if (!parent)
            continue;
        QTreeWidgetItem* item = placeItem(VillageKind, v.id, v.name, lang);
        item->setText(ProducersColumn, v.producerCount > 0 ? QString::number(v.producerCount) : QString());
        item->setTextAlignment(ProducersColumn, Qt::AlignRight | Qt::AlignVCenter);
        parent->addChild(item);
        if (v.id == selected)
            current = item;
        // Open the way to every village: its district and oblast.
        for (QTreeWidgetItem* up = parent; up; up = up->parent())
            up->setExpanded(true);
    }
    // Districts without villages stay, dimmed: a village can be added to them.
    for (QTreeWidgetItem* item : std::as_const(districtItems))
        if (item->childCount() == 0)
            item->setForeground(NameColumn, QColor(0x6b, 0x73, 0x7b));
    m_tree->blockSignals(false);
    if (current) {
        m_tree->setCurrentItem(current);
        m_tree->scrollToItem(current);
    }
}

void VillagesEditor::fillDistricts()
{
    const QString lang = language();
    const QVariant district = m_district->currentData();
    m_district->clear();
    m_district->addItem(tr("— no district (city) —"), QString());
    const QString oblast = m_oblast->currentData().toString();
    if (!oblast.isEmpty()) {
        const auto districts = PlaceService(m_db).districts(oblast, lang);
        if (!districts)
            showMessage(districts.message(), true);
        for (const District& d : districts.ok() ? districts.value() : QList<District>())
            m_district->addItem(d.name.in(lang), d.id);
    }
    selectData(m_district, district);
}

void VillagesEditor::itemChosen(QTreeWidgetItem* item)
{
    if (!item)
        return;
    clearProblems();
    showMessage(QString(), false);
    const QString kind = item->data(NameColumn, KindRole).toString();
    const QString id = item->data(NameColumn, IdRole).toString();
    if (kind == VillageKind) {
        selectVillage(id);
        return;
    }
    // An oblast or district: prepare a new village there.
    m_villageId.clear();
    QString oblastId = id;
    QString districtId;
    if (kind == DistrictKind) {
        districtId = id;
        oblastId = item->parent() ? item->parent()->data(NameColumn, IdRole).toString() : QString();
    }
    selectData(m_oblast, oblastId);
    fillDistricts();
    selectData(m_district, districtId);
    for (QLineEdit* edit : {m_nameKy, m_nameRu, m_nameEn})
        edit->clear();
    retranslateUi();
}

bool VillagesEditor::selectVillage(const QString& id)
{
    const auto found = PlaceService(m_db).village(id);
    if (!found) {
        showMessage(found.message(), true);
        return false;
    }
    const std::optional<Village>& village = found.value();
    if (!village)
        return false;
    m_villageId = village->id;
    selectData(m_oblast, village->oblastId);
    fillDistricts();
    selectData(m_district, village->districtId);
    m_nameKy->setText(village->name.ky);
    m_nameRu->setText(village->name.ru);
    m_nameEn->setText(village->name.en);
    retranslateUi();
    return true;
}

void VillagesEditor::startNew()
{
    m_villageId.clear();
    clearProblems();
    showMessage(QString(), false);
    for (QLineEdit* edit : {m_nameKy, m_nameRu, m_nameEn})
        edit->clear();
    m_tree->setCurrentItem(nullptr);
    retranslateUi();
}

bool VillagesEditor::save()
{
    clearProblems();
    showMessage(QString(), false);
    Village village;
    if (!m_villageId.isEmpty()) {
        const auto stored = PlaceService(m_db).village(m_villageId);
        if (!stored) {
            showMessage(stored.message(), true);
            return false;
        }
        if (stored.value())
            village = *stored.value();
    }
    village.id = m_villageId;
    village.oblastId = m_oblast->currentData().toString();
    village.districtId = m_district->currentData().toString();
    village.name = LocalizedText{m_nameKy->text(), m_nameRu->text(), m_nameEn->text()}.trimmed();
    auto saved = PlaceService(m_db).saveVillage(m_session, village);
    if (!saved) {
        if (saved.problems().isEmpty())
            showMessage(saved.message(), true);
        else
            showProblems(saved.problems());
        return false;
    }
    const bool added = m_villageId.isEmpty();
    m_villageId = saved->id;
    fillTree();
    retranslateUi();
    showMessage(added ? tr("The village %1 was added.").arg(saved->name.in(language()))
                      : tr("The village %1 was saved.").arg(saved->name.in(language())),
                false);
    Q_EMIT villageSaved(m_villageId);
    return true;
}

void VillagesEditor::showProblems(const FieldProblems& problems)
{
    const QStringList general = showFieldProblems(m_errors, problems);
    showMessage(general.isEmpty() ? tr("Nothing was saved: correct the fields marked in red.")
                                  : general.join(QLatin1Char('\n')),
                true);
}

void VillagesEditor::clearProblems()
{
    clearFieldErrors(m_errors);
}

void VillagesEditor::showMessage(const QString& text, bool error)
{
    showFormMessage(m_message, text, error);
}

void VillagesEditor::updateButtons()
{
    const QString refusal = m_canEdit ? QString() : Roles::refusal(Permission::ChangeSettings).message;
    for (QWidget* w : std::initializer_list<QWidget*>{m_save, m_oblast, m_district, m_nameKy, m_nameRu, m_nameEn}) {
        w->setEnabled(m_canEdit);
        w->setToolTip(refusal);
    }
    m_new->setEnabled(m_canEdit && !m_villageId.isEmpty());
}

void VillagesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void VillagesEditor::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Oblast, district, village"), tr("Kyrgyz"), tr("Russian"), tr("English"),
                             tr("Producers")});
    // The first column already shows the names in the language of the interface.
    const QString lang = language();
    m_tree->setColumnHidden(KyColumn, lang == QLatin1String("ky"));
    m_tree->setColumnHidden(RuColumn, lang == QLatin1String("ru"));
    m_tree->setColumnHidden(EnColumn, lang == QLatin1String("en"));
    m_formHeading->setText(m_villageId.isEmpty() ? tr("New village") : tr("Village"));
    m_labels.value(QStringLiteral("oblast"))->setText(tr("Oblast"));
    m_labels.value(QStringLiteral("district"))->setText(tr("District"));
    m_labels.value(QStringLiteral("name_ky"))->setText(tr("Name (Kyrgyz)"));
    m_labels.value(QStringLiteral("name_ru"))->setText(tr("Name (Russian)"));
    m_labels.value(QStringLiteral("name_en"))->setText(tr("Name (English)"));
    m_save->setText(m_villageId.isEmpty() ? tr("Add village") : tr("Save village"));
    m_new->setText(tr("New village"));
    updateButtons();
}

} // namespace ovop::ui
