// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The catalogue screens at 1024 x 768 in Kyrgyz and Russian: editors fit with their buttons in view
// and do not move when errors appear; tables fit their columns (no header cut, the price whole),
// hide and show columns per user; fields show the start of their text and the whole in a tool tip.
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include "CatalogFixture.h"
#include "models/catalog/ProducerService.h"
#include "ui/catalog/ProductEditor.h"
#include "ui/catalog/ProductTableModel.h"
#include "ui/catalog/ProductsPage.h"
#include "ui/producers/ProducerEditor.h"
#include "ui/producers/ProducerTableModel.h"
#include "ui/producers/ProducersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FieldError.h"
#include "ui/widgets/TableColumns.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

constexpr int ScreenWidth = 1024;
constexpr int ScreenHeight = 768;
// A window's title bar and frame, and a task bar, take about this much of the screen's height.
constexpr int WindowChrome = 40;

QRect inDialog(QWidget* widget, QWidget* dialog)
{
    return QRect(widget->mapTo(dialog, QPoint(0, 0)), widget->size());
}

void checkFits(RecordEditor& editor, const QString& what)
{
    QVERIFY2(editor.minimumSizeHint().width() <= ScreenWidth && editor.minimumSize().width() <= ScreenWidth,
             qPrintable(what));
    QVERIFY2(editor.minimumSize().height() <= ScreenHeight - WindowChrome &&
                 editor.minimumSizeHint().height() <= ScreenHeight - WindowChrome,
             qPrintable(what));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (const QSize& size : {QSize(ScreenWidth, ScreenHeight - WindowChrome), editor.minimumSize()}) {
        editor.resize(size);
        QTest::qWait(10);
        QVERIFY2(editor.width() <= ScreenWidth && editor.height() <= ScreenHeight - WindowChrome, qPrintable(what));
        for (QPushButton* button : {editor.saveButton(), editor.cancelButton()}) {
            if (button == editor.saveButton() && editor.isReadOnly())
                continue; // a read-only editor has no Save
            QVERIFY2(button->isVisible(), qPrintable(what));
            QVERIFY2(editor.rect().contains(inDialog(button, &editor)), qPrintable(what + button->objectName()));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(what + button->objectName()));
        }
    }
}

// Every shown header section is at least as wide as its text in the header's bold font.
void checkHeaders(QTableView* view, const QString& what)
{
    QHeaderView* header = view->horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QVERIFY(header->defaultAlignment() & Qt::AlignLeft);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!view->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        // The widest of its lines, and the style sheet's padding: 8 pixels on each side.
        int widest = 0;
        for (const QString& line : text.split(QLatin1Char('\n')))
            widest = qMax(widest, metrics.horizontalAdvance(line));
        QVERIFY2(header->sectionSize(column) >= widest + 16,
                 qPrintable(QStringLiteral("%1: %2 is %3 wide").arg(what, text).arg(header->sectionSize(column))));
    }
}

// The shown columns fill the table's width (the name stretching), or overflow it.
void checkFilled(QTableView* view, int nameColumn, const QString& what)
{
    QHeaderView* header = view->horizontalHeader();
    QStringList widths;
    for (int column = 0; column < header->count(); ++column)
        if (!header->isSectionHidden(column))
            widths << QStringLiteral("%1=%2")
                          .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                          .arg(header->sectionSize(column));
    const QString shown = what + QStringLiteral(" in ") + QString::number(view->viewport()->width()) +
                          QStringLiteral(": ") + widths.join(QStringLiteral(", "));
    QVERIFY2(header->length() >= view->viewport()->width(), qPrintable(shown));
    // The names all show whole.
    const int longest = qobject_cast<const QAbstractItemView*>(view)->sizeHintForColumn(nameColumn);
    QVERIFY2(header->sectionSize(nameColumn) >= std::min(longest, TableColumns::MinStretchWidth), qPrintable(shown));
}

} // namespace

class TestCatalogLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init() { QSettings().clear(); }
    void cleanup() { test::switchLanguage(QStringLiteral("en")); }

    void editorsFitTheScreenInKyrgyzAndRussian()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        for (const QString& language : {QStringLiteral("ky"), QStringLiteral("ru")}) {
            test::switchLanguage(language);
            {
                ProductEditor editor(*shop->db, shop->manager(), QStringLiteral("FLT-001"));
                checkFits(editor, language + QStringLiteral(" product: "));
            }
            {
                ProductEditor editor(*shop->db, shop->cashier(), QStringLiteral("FLT-001"));
                checkFits(editor, language + QStringLiteral(" read-only product: "));
            }
            {
                ProducerEditor editor(*shop->db, shop->manager(), QStringLiteral("BOS-01"));
                checkFits(editor, language + QStringLiteral(" producer: "));
            }
        }
    }

    void errorsAppearAllAtOnceWithoutMovingTheForm()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        ProductEditor editor(*shop->db, shop->manager());
        editor.resize(ScreenWidth, ScreenHeight - WindowChrome);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QStringList keys{ProductField::Sku,      ProductField::Barcodes, ProductField::NameKy,
                               ProductField::NameRu,   ProductField::Category, ProductField::Price,
                               ProductField::Producer, ProductField::Materials};
        QMap<QString, QRect> before;
        for (const QString& key : keys)
            before.insert(key, inDialog(editor.field(key), &editor));
        const QRect saveBefore = inDialog(editor.saveButton(), &editor);

        qobject_cast<QLineEdit*>(editor.field(ProductField::Sku))->setText(QStringLiteral("FLT-001")); // taken
        qobject_cast<QLineEdit*>(editor.field(ProductField::Barcodes))->setText(QStringLiteral("4006381333932"));
        qobject_cast<QLineEdit*>(editor.field(ProductField::Price))->setText(QStringLiteral("abc"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QTest::qWait(10);
        for (const QString& key : {ProductField::Sku, ProductField::Barcodes, ProductField::Name,
                                   ProductField::Category, ProductField::Price, ProductField::Producer}) {
            FieldError* error = editor.fieldError(key);
            QVERIFY2(error->hasError() && error->isVisible(), qPrintable(key));
            QCOMPARE(error->toolTip(), error->message()); // whole, however narrow the label
        }
        for (const QString& key : keys)
            QVERIFY2(inDialog(editor.field(key), &editor) == before.value(key),
                     qPrintable(QStringLiteral("%1 moved from %2,%3 %4x%5 to %6,%7 %8x%9")
                                    .arg(key)
                                    .arg(before.value(key).x())
                                    .arg(before.value(key).y())
                                    .arg(before.value(key).width())
                                    .arg(before.value(key).height())
                                    .arg(inDialog(editor.field(key), &editor).x())
                                    .arg(inDialog(editor.field(key), &editor).y())
                                    .arg(inDialog(editor.field(key), &editor).width())
                                    .arg(inDialog(editor.field(key), &editor).height())));
        QCOMPARE(inDialog(editor.saveButton(), &editor), saveBefore);
    }

    void tablesFitTheirColumnsAt1024InKyrgyzAndRussian()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop);
        MainWindow window(*shop->db, shop->manager());
        window.resize(ScreenWidth, ScreenHeight - WindowChrome);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* products = qobject_cast<ProductsPage*>(window.page(QStringLiteral("products")));
        auto* producers = qobject_cast<ProducersPage*>(window.page(QStringLiteral("producers")));
        QVERIFY(products && producers);
        for (const QString& language : {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")}) {
            test::switchLanguage(language);
            QVERIFY(window.showPage(QStringLiteral("products")));
            QTest::qWait(20);
            checkHeaders(products->view(), language + QStringLiteral(" products"));
            checkFilled(products->view(), ProductTableModel::Name, language + QStringLiteral(" products"));
            // Every price whole (it showed "550,00 со").
            const QFontMetrics metrics(products->view()->font());
            const int priceWidth = products->view()->columnWidth(ProductTableModel::Price);
            // …and in view without scrolling: the columns shown at first fit the width whole.
            QCOMPARE(products->view()->horizontalHeader()->length(), products->view()->viewport()->width());
            QHeaderView* header = products->view()->horizontalHeader();
            QVERIFY(header->sectionViewportPosition(ProductTableModel::Price) + priceWidth <=
                    products->view()->viewport()->width());
            for (int row = 0; row < products->proxy()->rowCount(); ++row) {
                const QString price = products->proxy()->index(row, ProductTableModel::Price).data().toString();
                QVERIFY2(metrics.horizontalAdvance(price) + 12 <= priceWidth, qPrintable(price));
            }
            // The search box and the buttons share a row; the table shows at least 8 rows.
            QCOMPARE(products->searchField()->mapTo(products, products->searchField()->rect().center()).y(),
                     products->newButton()->mapTo(products, products->newButton()->rect().center()).y());
            QVERIFY2(products->view()->viewport()->height() / products->view()->rowHeight(0) >= 8,
                     qPrintable(QString::number(products->view()->viewport()->height())));

            QVERIFY(window.showPage(QStringLiteral("producers")));
            QTest::qWait(20);
            checkHeaders(producers->view(), language + QStringLiteral(" producers"));
            checkFilled(producers->view(), ProducerTableModel::Name, language + QStringLiteral(" producers"));
        }
    }

    void columnsAreChosenInTheHeaderMenuAndRememberedPerUser()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 2);
        {
            ProductsPage page(*shop->db, shop->manager());
            page.resize(900, 500);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.view()->isColumnHidden(ProductTableModel::Oblast));
            QHeaderView* header = page.view()->horizontalHeader();
            Q_EMIT header->customContextMenuRequested(QPoint(10, 10));
            auto* menu = page.view()->findChild<QMenu*>(QStringLiteral("columnMenu"));
            QVERIFY(menu);
            QAction* oblast = nullptr;
            QAction* name = nullptr;
            for (QAction* action : menu->actions()) {
                if (action->data().toInt() == ProductTableModel::Oblast && !action->isSeparator())
                    oblast = action;
                if (action->data().toInt() == ProductTableModel::Name && !action->isSeparator())
                    name = action;
            }
            QVERIFY(oblast && name);
            QVERIFY(!name->isEnabled()); // the name is always shown
            QVERIFY(!oblast->isChecked());
            oblast->trigger();
            menu->close();
            QVERIFY(!page.view()->isColumnHidden(ProductTableModel::Oblast));
            QVERIFY(page.view()->columnWidth(ProductTableModel::Oblast) > 0);
        }
        ProductsPage again(*shop->db, shop->manager());
        QVERIFY(!again.view()->isColumnHidden(ProductTableModel::Oblast));
        ProductsPage someoneElse(*shop->db, shop->admin());
        QVERIFY(someoneElse.view()->isColumnHidden(ProductTableModel::Oblast));
    }

    void fieldsShowTheStartOfTheirTextAndTheWholeOnHover()
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 0);
        const QString details = QStringLiteral("Айыл Банк, эсеп 1234 5678 9012 3456, Бостери филиалы, Ысык-Көл облусу");
        auto producer = ProducerService(*shop->db).get(shop->admin(), QStringLiteral("BOS-01")).value();
        producer.paymentDetails = details;
        QVERIFY(ProducerService(*shop->db).save(shop->admin(), producer).ok());

        ProducerEditor editor(*shop->db, shop->manager(), QStringLiteral("BOS-01"));
        editor.resize(ScreenWidth, ScreenHeight - WindowChrome);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* payment = qobject_cast<QLineEdit*>(editor.field(ProducerField::PaymentDetails));
        QCOMPARE(payment->text(), details);
        QCOMPARE(payment->cursorPosition(), 0);
        QCOMPARE(payment->toolTip(), details);
        auto* village = qobject_cast<QComboBox*>(editor.field(ProducerField::Village));
        QVERIFY(!village->currentText().isEmpty());
        QCOMPARE(village->toolTip(), village->currentText());
        QCOMPARE(village->lineEdit()->cursorPosition(), 0);
        auto* kind = qobject_cast<QComboBox*>(editor.field(ProducerField::Kind));
        QCOMPARE(kind->toolTip(), kind->currentText());

        ProductEditor product(*shop->db, shop->manager(), QStringLiteral("FLT-001"));
        auto* maker = qobject_cast<QComboBox*>(product.field(ProductField::Producer));
        QCOMPARE(maker->toolTip(), QStringLiteral("Айгүл Асанова (BOS-01)"));

        ProductsPage page(*shop->db, shop->manager());
        QVERIFY(page.producerFilter()->toolTip().endsWith(page.producerFilter()->currentText()));
        page.producerFilter()->setCurrentIndex(page.producerFilter()->findData(producer.id));
        QVERIFY(page.producerFilter()->toolTip().endsWith(QStringLiteral("Айгүл Асанова (BOS-01)")));
    }
};

QTEST_MAIN(TestCatalogLayout)
#include "test_catalog_layout.moc"
