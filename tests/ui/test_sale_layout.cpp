// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The till at 1024×768 in Kyrgyz and Russian, and with every text of its own 40% longer than in
// English (as Kyrgyz and Russian run): no horizontal scrolling, every button on the screen, the total
// the largest text. Set OVOP_SCREENSHOTS to a folder to keep pictures of the page and the payment.
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include "SaleFixture.h"
#include "models/settings/ShopSettings.h"
#include "ui/sales/CartTableModel.h"
#include "ui/sales/PaymentDialog.h"
#include "ui/sales/SalePage.h"
#include "ui/sales/TillButton.h"
#include "ui/shell/MainWindow.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// Makes the till's own texts 40% longer, with long Kyrgyz words, as a stand-in for translations.
class LongerTexts : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        const QString ctx = QString::fromLatin1(context);
        if (!ctx.startsWith(QLatin1String("ovop::ui::")) || !source)
            return {};
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        const qsizetype extra = text.size() * 2 / 5;
        const QString word = QStringLiteral("Өңүүлөрдүн");
        QString padding;
        while (padding.size() < extra)
            padding += (padding.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        return text.isEmpty() ? text : text + QLatin1Char(' ') + padding.left(extra);
    }
};

// A static ELQR link as a bank gives it (made up, with its checksum).
const char* const ElqrLink = "https://pay.example.kg/#00020101021132350009demo.bank0104OVOP10101234567890"
                             "5204594753034175912OVOP-Bishkek6304CA4D";

void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("OVOP_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// The widget is shown and lies wholly inside the window.
bool insideWindow(QWidget* widget)
{
    QWidget* window = widget->window();
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return widget->isVisible() && window->rect().contains(rect);
}

} // namespace

class TestSaleLayout : public QObject
{
    Q_OBJECT

    void checkCounter(const QString& language, bool longer)
    {
        auto shop = test::makeShop();
        test::seedShopCatalog(*shop, 5);
        test::openShift(*shop);
        test::switchLanguage(language);
        LongerTexts longerTexts;
        if (longer) {
            QCoreApplication::installTranslator(&longerTexts);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        }
        MainWindow window(*shop->db, shop->cashier());
        window.resize(1024, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentPage(), QStringLiteral("sale"));
        auto* page = qobject_cast<SalePage*>(window.page(QStringLiteral("sale")));
        QVERIFY(page);
        QCOMPARE(QApplication::focusWidget(), page->scanField());
        test::scanIntoFocus(test::FeltSlippersCode);
        test::scanIntoFocus(test::HoneyCode);
        test::scanIntoFocus(QStringLiteral("GEN-003"));
        QCOMPARE(page->cartModel()->rowCount(), 3);
        QTest::qWait(50);

        const QString shot =
            QStringLiteral("sale-page-%1%2").arg(language, longer ? QStringLiteral("-longer") : QString());
        saveShot(&window, shot);
        QVERIFY(window.width() <= 1024 && window.height() <= 768);
        QVERIFY2(!page->cartView()->horizontalScrollBar()->isVisible(), qPrintable(shot));
        for (TillButton* button : page->buttons()) {
            QVERIFY2(insideWindow(button), qPrintable(shot + QStringLiteral(": ") + button->objectName()));
            QVERIFY2(button->textFits(), qPrintable(shot + QStringLiteral(": ") + button->objectName()));
            QVERIFY(button->height() >= 44);
        }
        auto* total = page->findChild<QLabel*>(QStringLiteral("totalAmount"));
        QVERIFY(insideWindow(total));
        QVERIFY(total->width() >= total->sizeHint().width()); // the total is never cut
        QVERIFY(insideWindow(page->scanField()));
        // Every column of the cart can be read: money never narrower than its amounts.
        auto* view = page->cartView();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int column = 1; column < view->model()->columnCount(); ++column) {
                const QString text = view->model()->index(row, column).data().toString();
                QVERIFY2(view->columnWidth(column) > view->fontMetrics().horizontalAdvance(text),
                         qPrintable(shot + QStringLiteral(": ") + text));
            }
        }
        QVERIFY2(view->columnWidth(0) >= 180, qPrintable(shot)); // the name keeps room

        // The payment dialog fits too, with its buttons; the QR panel shows the shop's code.
        ShopSettings settings = page->till().settings();
        settings.elqrLink = QString::fromLatin1(ElqrLink);
        page->till().setSettings(settings);
        PaymentDialog payment(*shop->db, page->till(), PaymentMethod::Cash, language, &window);
        payment.show();
        QVERIFY(QTest::qWaitForWindowExposed(&payment));
        QVERIFY(payment.width() <= 1024 && payment.height() <= 768);
        QVERIFY(payment.minimumSizeHint().width() <= 1024);
        for (QPushButton* button : payment.findChildren<QPushButton*>()) {
            if (!button->isVisibleTo(&payment) || !button->parentWidget()->isVisibleTo(&payment))
                continue;
            QVERIFY2(payment.rect().contains(QRect(button->mapTo(&payment, QPoint(0, 0)), button->size())),
                     qPrintable(button->objectName()));
            QVERIFY2(button->width() >= button->sizeHint().width() - 2, qPrintable(button->objectName()));
        }
        saveShot(&payment,
                 QStringLiteral("payment-%1%2").arg(language, longer ? QStringLiteral("-longer") : QString()));
        payment.setMethod(PaymentMethod::Card);
        saveShot(&payment, QStringLiteral("payment-card-%1").arg(language));
        payment.setMethod(PaymentMethod::Qr);
        saveShot(&payment, QStringLiteral("payment-qr-%1").arg(language));
        payment.close();
        window.activateWindow(); // the dialog above was shown by the test, not by the page

        // After a cash sale the change is shown as large as the total was.
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), page->scanField(), 2000);
        test::whenModal(QStringLiteral("paymentDialog"), [](QWidget*) { test::typeIntoFocus(QStringLiteral("2000")); });
        test::typeIntoFocus(QString());
        QVERIFY(page->lastSale().has_value());
        QVERIFY(insideWindow(total));
        QVERIFY(total->width() >= total->sizeHint().width());
        saveShot(&window,
                 QStringLiteral("sale-page-change-%1%2").arg(language, longer ? QStringLiteral("-longer") : QString()));
        if (longer)
            QCoreApplication::removeTranslator(&longerTexts);
        test::switchLanguage(QStringLiteral("en"));
    }

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }
    void init() { QSettings().clear(); }

    void fitsInKyrgyz() { checkCounter(QStringLiteral("ky"), false); }
    void fitsInRussian() { checkCounter(QStringLiteral("ru"), false); }
    void fitsWithLongerTexts() { checkCounter(QStringLiteral("ky"), true); }
};

QTEST_MAIN(TestSaleLayout)
#include "test_sale_layout.moc"
