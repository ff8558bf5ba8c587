// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The import dialog: a file is read in a worker thread, previewed with each row's action and every
// problem with its line; Import only for a file without problems; cancel changes nothing.
#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QTableView>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "ShopFixture.h"
#include "models/catalog/CatalogService.h"
#include "ui/catalog/ImportDialog.h"
#include "ui/catalog/ImportPreviewModel.h"
#include "ui/catalog/ImportProblemsPanel.h"
#include "models/catalog/ProducerService.h"
#include "models/places/PlaceSeed.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

constexpr int WorkerWaitMs = 60000; // an upper bound for the worker, not a timing requirement

void seedProducer(test::Shop& shop)
{
    Producer felt;
    felt.code = QStringLiteral("BOS-01");
    felt.name = QStringLiteral("Айгүл Асанова");
    felt.villageId = PlaceSeed::villageId(QStringLiteral("bosteri"));
    auto saved = ProducerService(*shop.db).save(shop.admin(), felt);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
}

QString writeFile(test::Shop& shop, const QString& name, const QByteArray& bytes)
{
    const QString path = shop.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool waitFor(QSignalSpy& spy)
{
    return spy.count() > 0 || spy.wait(WorkerWaitMs);
}

const QByteArray GoodFile = "sku,name_ru,name_ky,category,unit,price,producer_code\r\n"
                            "IMP-001,Шырдак,Шырдак,felt,pcs,15000,BOS-01\r\n"
                            "IMP-002,Войлочная сумка,Кийиз баштык,felt,pcs,\"1 250,50\",BOS-01\r\n";

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void badRowIsListedWithItsLineAndImportStaysDisabled()
    {
        auto shop = test::makeShop();
        seedProducer(*shop);
        const QString path = writeFile(*shop, QStringLiteral("bad.csv"),
                                       "sku;name_ru;category;unit;price;producer_code\n"
                                       "IMP-001;Шырдак;felt;pcs;15000;BOS-01\n"
                                       "IMP-002;Кийиз;felt;pcs;abc;BOS-01\n"
                                       "IMP-003;Тапочки;felt;pcs;900;BOS-01\n");
        ImportDialog dialog(*shop->db, shop->manager(), ImportDialog::Kind::Products);
        QAbstractItemModelTester previewTester(dialog.previewModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemTester(dialog.problemModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QSignalSpy parsed(&dialog, &ImportDialog::parsed);
        dialog.openFile(path);
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.progressBar()->isVisible());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(waitFor(parsed));
        QCOMPARE(parsed.first().first().toBool(), true);
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.progressBar()->isVisible());

        // Every row previewed; the bad one marked.
        ImportPreviewModel* preview = dialog.previewModel();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->index(0, ImportPreviewModel::Line).data().toInt(), 2);
        QCOMPARE(preview->index(0, ImportPreviewModel::Action).data().toString(), QStringLiteral("new"));
        QCOMPARE(preview->index(1, ImportPreviewModel::Line).data().toInt(), 3);
        QVERIFY(!preview->row(1)->problems.isEmpty());

        // The problem, with its line and column.
        const QList<ImportProblem> problems = dialog.problemModel()->problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 3);
        QCOMPARE(problems.first().column, QStringLiteral("price"));
        QCOMPARE(dialog.problemModel()->index(0, ImportProblemModel::Line).data().toInt(), 3);
        QVERIFY(!dialog.problemModel()->index(0, ImportProblemModel::Reason).data().toString().isEmpty());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1 problem")));

        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.importButton()->toolTip().isEmpty());
        dialog.startImport(); // refused while there are problems
        QVERIFY(!dialog.isBusy());
        QVERIFY(!CatalogService(*shop->db).findBySku(QStringLiteral("IMP-001")).value());
    }

    // Three bad rows of four: counted apart from the good one, every reason readable in a table that
    // takes most of the dialog, and the list can be copied and saved.
    void problemReportIsReadableCopiedAndSaved()
    {
        auto shop = test::makeShop();
        seedProducer(*shop);
        const QString path = writeFile(*shop, QStringLiteral("mixed.csv"),
                                       "sku;name_ru;category;unit;price;producer_code\n"
                                       "IMP-001;Шырдак;felt;pcs;15000;BOS-01\n"
                                       "IMP-002;Кийиз;felt;pcs;abc;BOS-01\n"
                                       "IMP-003;Тапочки;no-such-category;pcs;900;BOS-01\n"
                                       "IMP-004;Сумка;felt;pcs;900;NO-SUCH\n");
        ImportDialog dialog(*shop->db, shop->manager(), ImportDialog::Kind::Products);
        dialog.resize(1000, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy parsed(&dialog, &ImportDialog::parsed);
        dialog.openFile(path);
        QVERIFY(waitFor(parsed));
        QTest::qWait(0);

        const QString summary = dialog.summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("4 rows: 1 new, 0 changed, 0 unchanged.")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("3 rows with problems")), qPrintable(summary));

        QTableView* problems = dialog.problemView();
        QCOMPARE(problems->model()->rowCount(), 3);
        QVERIFY(problems->height() > dialog.previewView()->height());
        // Each reason fits its cell whole: wrapped onto as many lines as it needs, nothing elided.
        for (int row = 0; row < 3; ++row) {
            const QModelIndex reason = problems->model()->index(row, ImportProblemModel::Reason);
            const QRect cell = problems->visualRect(reason);
            const QRect needed = problems->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 10000),
                                                                      Qt::TextWordWrap, reason.data().toString());
            QVERIFY2(needed.height() <= cell.height(), qPrintable(reason.data().toString()));
            QCOMPARE(reason.data(Qt::ToolTipRole).toString(), reason.data().toString());
        }

        ImportProblemsPanel* panel = dialog.problemPanel();
        QVERIFY(panel->copyButton()->isEnabled());
        QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied.count(QLatin1Char('\n')), 4); // the header and three problems
        for (int row = 0; row < 3; ++row)
            QVERIFY(copied.contains(
                problems->model()->index(row, ImportProblemModel::Reason).data().toString().simplified()));

        const QString saved = shop->dir.filePath(QStringLiteral("problems.csv"));
        QVERIFY(panel->saveCsv(saved).ok());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("IMP")) || text.contains(QStringLiteral("price")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 4);
    }

    void goodFileImportsAndTheSameFileAgainChangesNothing()
    {
        auto shop = test::makeShop();
        seedProducer(*shop);
        const QString path = writeFile(*shop, QStringLiteral("good.csv"), GoodFile);
        {
            ImportDialog dialog(*shop->db, shop->manager(), ImportDialog::Kind::Products);
            QSignalSpy parsed(&dialog, &ImportDialog::parsed);
            dialog.openFile(path);
            QVERIFY(waitFor(parsed));
            QCOMPARE(dialog.problemModel()->rowCount(), 0);
            QVERIFY(dialog.importButton()->isEnabled());
            QSignalSpy imported(&dialog, &ImportDialog::imported);
            QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
            QVERIFY(waitFor(imported));
            QCOMPARE(imported.first().first().toBool(), true);
            QVERIFY(dialog.wasImported());
            QCOMPARE(dialog.summary().added, 2);
            QVERIFY(!dialog.importButton()->isEnabled());
            QVERIFY(dialog.messageLabel()->isVisibleTo(&dialog));
        }
        const auto bag = CatalogService(*shop->db).findBySku(QStringLiteral("IMP-002")).value();
        QVERIFY(bag);
        QCOMPARE(bag->price, Money::fromTyiyn(125050));
        QCOMPARE(bag->name.ky, QStringLiteral("Кийиз баштык"));

        ImportDialog again(*shop->db, shop->manager(), ImportDialog::Kind::Products);
        QSignalSpy parsed(&again, &ImportDialog::parsed);
        again.openFile(path);
        QVERIFY(waitFor(parsed));
        QCOMPARE(again.previewModel()->index(0, ImportPreviewModel::Action).data().toString(),
                 QStringLiteral("unchanged"));
        QVERIFY(!again.importButton()->isEnabled());
    }

    void cancelWhileReadingChangesNothing()
    {
        auto shop = test::makeShop();
        seedProducer(*shop);
        QByteArray big = "sku,name_ru,category,unit,price,producer_code\n";
        for (int i = 0; i < 20000; ++i)
            big += QStringLiteral("BIG-%1,Товар %1,felt,pcs,100,BOS-01\n").arg(i).toUtf8();
        const QString path = writeFile(*shop, QStringLiteral("big.csv"), big);
        ImportDialog dialog(*shop->db, shop->manager(), ImportDialog::Kind::Products);
        QSignalSpy parsed(&dialog, &ImportDialog::parsed);
        dialog.openFile(path);
        QVERIFY(dialog.cancelButton()->isVisibleTo(&dialog));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(waitFor(parsed));
        QCOMPARE(parsed.first().first().toBool(), false);
        QVERIFY(!dialog.hasPlan());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QCOMPARE(CatalogService(*shop->db).count(QString(), ProductFilter{}).value(), 0);
    }

    void unreadableFileIsRefusedWithAReason()
    {
        auto shop = test::makeShop();
        const QString path = writeFile(*shop, QStringLiteral("nocolumns.csv"), "a,b\n1,2\n");
        ImportDialog dialog(*shop->db, shop->manager(), ImportDialog::Kind::Products);
        QSignalSpy parsed(&dialog, &ImportDialog::parsed);
        dialog.openFile(path);
        QVERIFY(waitFor(parsed));
        QCOMPARE(parsed.first().first().toBool(), false);
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void producerFileWithAnUnknownVillage()
    {
        auto shop = test::makeShop();
        const QString path = writeFile(*shop, QStringLiteral("producers.csv"),
                                       "code,name,kind,village,members,women\n"
                                       "TAS-01,Тасма самын,group,Тасма,8,8\n"
                                       "XXX-01,Кто-то,individual,Атлантида,1,0\n");
        ImportDialog dialog(*shop->db, shop->manager(), ImportDialog::Kind::Producers);
        QSignalSpy parsed(&dialog, &ImportDialog::parsed);
        dialog.openFile(path);
        QVERIFY(waitFor(parsed));
        QCOMPARE(dialog.previewModel()->rowCount(), 2);
        QCOMPARE(dialog.previewModel()->index(0, ImportPreviewModel::Key).data().toString(), QStringLiteral("TAS-01"));
        QCOMPARE(dialog.previewModel()->index(0, ImportPreviewModel::Detail).data().toString(),
                 QStringLiteral("Tasma"));
        QVERIFY(dialog.problemModel()->rowCount() >= 1);
        QCOMPARE(dialog.problemModel()->problems().first().line, 3);
        QVERIFY(!dialog.importButton()->isEnabled());
    }
};

QTEST_MAIN(TestCatalogImport)
#include "test_catalog_import.moc"
