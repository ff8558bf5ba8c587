// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The Producers page (overdue flag, filters), the producer editor with its due-diligence section,
// and the villages editor for Settings.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include "CatalogFixture.h"
#include "models/catalog/ProducerService.h"
#include "models/places/PlaceSeed.h"
#include "models/places/PlaceService.h"
#include "ui/places/VillagesEditor.h"
#include "ui/producers/ProducerEditor.h"
#include "ui/producers/ProducersPage.h"
#include "ui/producers/ProducerTableModel.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/OptionalDateEdit.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// The shop's clock says 30.11.2026: a visit on 01.06.2025 is overdue, one on 01.05.2026 is not.
void seedProducers(test::Shop& shop)
{
    Producer recent;
    recent.code = QStringLiteral("BOS-01");
    recent.name = QStringLiteral("Айгүл Асанова");
    recent.villageId = PlaceSeed::villageId(QStringLiteral("bosteri"));
    recent.womenLed = true;
    recent.women = 1;
    recent.lastVisitDate = QDate(2026, 5, 1);
    Producer old = recent;
    old.code = QStringLiteral("KOC-01");
    old.name = QStringLiteral("Кочкор шырдак");
    old.kind = Producer::Kind::Group;
    old.members = 9;
    old.women = 7;
    old.villageId = PlaceSeed::villageId(QStringLiteral("kochkor"));
    old.lastVisitDate = QDate(2025, 6, 1);
    Producer never = recent;
    never.code = QStringLiteral("TAS-01");
    never.name = QStringLiteral("Тасма самын");
    never.womenLed = false;
    never.villageId = PlaceSeed::villageId(QStringLiteral("tasma"));
    never.lastVisitDate = QDate();
    for (const Producer& p : {recent, old, never}) {
        auto saved = ProducerService(*shop.db).save(shop.admin(), p);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
    }
}

QStringList shownCodes(const ProducersPage& page)
{
    QStringList codes;
    for (int row = 0; row < page.proxy()->rowCount(); ++row)
        codes << page.proxy()->index(row, ProducerTableModel::Code).data().toString();
    codes.sort();
    return codes;
}

void setText(QWidget* field, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(field);
    QVERIFY(edit);
    edit->clear();
    test::typeText(edit, text);
}

} // namespace

class TestProducers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init() { QSettings().clear(); }

    void overdueProducersAreFlagged()
    {
        auto shop = test::makeShop();
        seedProducers(*shop);
        ProducerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto list = ProducerService(*shop->db).list(shop->manager());
        QVERIFY(list.ok());
        model.setLanguage(QStringLiteral("en"));
        model.setProducers(list.value(), shop->db->now().date());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.overdueCount(), 2);
        auto flag = [&](const QString& code) {
            return model.index(model.rowOfCode(code), ProducerTableModel::Overdue);
        };
        QCOMPARE(flag(QStringLiteral("KOC-01")).data(ProducerTableModel::OverdueRole).toBool(), true);
        QCOMPARE(flag(QStringLiteral("KOC-01")).data().toString(), QStringLiteral("Overdue"));
        QVERIFY(flag(QStringLiteral("KOC-01")).data(Qt::ToolTipRole).toString().contains(QStringLiteral("01.06.2025")));
        QCOMPARE(flag(QStringLiteral("TAS-01")).data(ProducerTableModel::OverdueRole).toBool(), true);
        QCOMPARE(flag(QStringLiteral("BOS-01")).data(ProducerTableModel::OverdueRole).toBool(), false);
        QCOMPARE(flag(QStringLiteral("BOS-01")).data().toString(), QString());
        const int row = model.rowOfCode(QStringLiteral("KOC-01"));
        QCOMPARE(model.index(row, ProducerTableModel::Members).data().toString(), QStringLiteral("9 / 7"));
        QCOMPARE(model.index(row, ProducerTableModel::Village).data().toString(), QStringLiteral("Kochkor"));
        QCOMPARE(model.index(row, ProducerTableModel::LastVisit).data().toString(), QStringLiteral("01.06.2025"));
        model.setProducers({}, shop->db->now().date());
    }

    void pageFiltersAndOverdueOnly()
    {
        auto shop = test::makeShop();
        seedProducers(*shop);
        ProducersPage page(*shop->db, shop->manager());
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shownCodes(page).size(), 3);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("2 producers with a working-conditions visit overdue")));

        page.overdueOnlyBox()->setChecked(true);
        QCOMPARE(shownCodes(page), (QStringList{QStringLiteral("KOC-01"), QStringLiteral("TAS-01")}));
        page.overdueOnlyBox()->setChecked(false);

        // Typed in lower case with ү: finds "Айгүл".
        test::typeText(page.filterField(), QStringLiteral("айгүл"));
        QVERIFY(page.searchPending());
        page.runPendingSearch();
        QCOMPARE(shownCodes(page), QStringList{QStringLiteral("BOS-01")});
        page.filterField()->clear();
        page.runPendingSearch();

        // "Overdue only" is remembered.
        page.overdueOnlyBox()->setChecked(true);
        ProducersPage again(*shop->db, shop->manager());
        QVERIFY(again.overdueOnlyBox()->isChecked());
        QCOMPARE(shownCodes(again).size(), 2);
    }

    void archiveAndRestore()
    {
        auto shop = test::makeShop();
        seedProducers(*shop);
        ProducersPage page(*shop->db, shop->manager());
        QVERIFY(page.selectCode(QStringLiteral("TAS-01")));
        test::answerModal(QStringLiteral("confirmButton")); // archiving asks first
        page.toggleArchived();
        QVERIFY(!shownCodes(page).contains(QStringLiteral("TAS-01")));
        QVERIFY(!ProducerService(*shop->db).get(shop->manager(), QStringLiteral("TAS-01"))->active);
    }

    void editorShowsProblemsBesideFieldsAndSavesNothing()
    {
        auto shop = test::makeShop();
        seedProducers(*shop);
        ProducerEditor editor(*shop->db, shop->manager());
        setText(editor.field(ProducerField::Code), QStringLiteral("BOS-01")); // taken
        setText(editor.field(ProducerField::Name), QStringLiteral("Жаңы өндүрүүчү"));
        qobject_cast<QSpinBox*>(editor.field(ProducerField::Members))->setValue(3);
        qobject_cast<QSpinBox*>(editor.field(ProducerField::Women))->setValue(5);
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(editor.fieldError(ProducerField::Code)->hasError());
        QVERIFY(editor.field(ProducerField::Code)->property("invalid").toBool());
        QVERIFY(editor.fieldError(ProducerField::Women)->hasError());
        QVERIFY(editor.fieldError(ProducerField::Village)->hasError());
        QVERIFY(!editor.fieldError(ProducerField::Name)->hasError());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(ProducerService(*shop->db).list(shop->manager(), {})->size(), 3);

        // A visit date in the future is refused beside the date.
        auto* visit = qobject_cast<OptionalDateEdit*>(editor.field(ProducerField::LastVisitDate));
        visit->setDate(QDate(2027, 1, 1));
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldError(ProducerField::LastVisitDate)->hasError());
    }

    void editorSavesTheDueDiligenceRecord()
    {
        auto shop = test::makeShop();
        seedProducers(*shop);
        ProducerEditor editor(*shop->db, shop->manager(), QStringLiteral("KOC-01"));
        QVERIFY(editor.visitStatusLabel()->text().contains(QStringLiteral("overdue")));
        auto* visit = qobject_cast<OptionalDateEdit*>(editor.field(ProducerField::LastVisitDate));
        visit->setDate(QDate(2026, 11, 20));
        QVERIFY(!editor.visitStatusLabel()->text().contains(QStringLiteral("overdue")));
        QVERIFY(editor.visitStatusLabel()->text().contains(QStringLiteral("20.11.2027")));
        setText(editor.field(ProducerField::LastVisitResult), QStringLiteral("Жакшы шарттар"));
        setText(editor.field(ProducerField::ExemptSellerDocument), QStringLiteral("ДОК-2026-17"));
        auto* village = qobject_cast<QComboBox*>(editor.field(ProducerField::Village));
        village->setCurrentIndex(village->findData(PlaceSeed::villageId(QStringLiteral("min-bulak"))));
        QVERIFY2(editor.save(), qPrintable(editor.messageLabel()->text()));
        const auto saved = ProducerService(*shop->db).get(shop->manager(), QStringLiteral("KOC-01"));
        QCOMPARE(saved->lastVisitDate, QDate(2026, 11, 20));
        QCOMPARE(saved->lastVisitResult, QStringLiteral("Жакшы шарттар"));
        QCOMPARE(saved->exemptSellerDocument, QStringLiteral("ДОК-2026-17"));
        QCOMPARE(saved->villageId, PlaceSeed::villageId(QStringLiteral("min-bulak")));
        QVERIFY(!saved->visitOverdue(shop->db->now().date()));
    }

    void villagesAreAddedAndRenamed()
    {
        auto shop = test::makeShop();
        VillagesEditor editor(*shop->db, shop->manager());
        QVERIFY(editor.tree()->topLevelItemCount() >= 7);
        QVERIFY(!editor.tree()->findItems(QStringLiteral("Bosteri"), Qt::MatchRecursive | Qt::MatchExactly, 3).isEmpty());

        // No name: said beside the names, nothing added.
        const int before = int(PlaceService(*shop->db).villages().value().size());
        editor.oblastField()->setCurrentIndex(
            editor.oblastField()->findData(PlaceSeed::oblastId(QStringLiteral("naryn"))));
        QVERIFY(!editor.save());
        QVERIFY(editor.fieldError(QStringLiteral("name"))->hasError());
        QCOMPARE(PlaceService(*shop->db).villages().value().size(), before);

        // Added in a district, names in three languages.
        editor.districtField()->setCurrentIndex(
            editor.districtField()->findData(PlaceSeed::districtId(QStringLiteral("kochkor"))));
        test::typeText(editor.nameField(QStringLiteral("ky")), QStringLiteral("Жаңы-Жер"));
        test::typeText(editor.nameField(QStringLiteral("ru")), QStringLiteral("Жаны-Жер"));
        test::typeText(editor.nameField(QStringLiteral("en")), QStringLiteral("Jangy-Jer"));
        QVERIFY2(editor.save(), qPrintable(editor.messageLabel()->text()));
        const QString id = editor.selectedVillage();
        QVERIFY(!id.isEmpty());
        QCOMPARE(PlaceService(*shop->db).village(id).value()->name.ky, QStringLiteral("Жаңы-Жер"));
        QVERIFY(!editor.tree()->findItems(QStringLiteral("Jangy-Jer"), Qt::MatchRecursive | Qt::MatchExactly, 3)
                     .isEmpty());

        // Renamed.
        editor.nameField(QStringLiteral("en"))->setText(QStringLiteral("Jangy-Jer village"));
        QVERIFY(editor.save());
        QCOMPARE(PlaceService(*shop->db).village(id).value()->name.en, QStringLiteral("Jangy-Jer village"));
        QCOMPARE(PlaceService(*shop->db).villages().value().size(), before + 1);
    }

    void cashierCannotChangeVillages()
    {
        auto shop = test::makeShop();
        VillagesEditor editor(*shop->db, shop->cashier());
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.saveButton()->toolTip().isEmpty());
        QVERIFY(!editor.save()); // and the service says why
        QVERIFY(!editor.messageLabel()->text().isEmpty());
    }
};

QTEST_MAIN(TestProducers)
#include "test_producers.moc"
