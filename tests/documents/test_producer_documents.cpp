// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// A producer's statement and the document of goods given back, as PDF, read back as text.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "models/payouts/ProducerDocuments.h"
#include "scan_helpers.h"
#include "ui/documents/ProducerDocumentRenderer.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

ShopSettings shop()
{
    ShopSettings s;
    s.shopName = QStringLiteral("OVOP+1 Бишкек");
    s.address = QStringLiteral("Чүй проспекти 120");
    return s;
}

StatementLine line(StatementLine::Kind kind, const QString& sku, const QString& ky, const QString& ru, qint64 amount,
                   int bp)
{
    StatementLine l;
    l.kind = kind;
    l.sku = sku;
    l.name = LocalizedText{ky, ru, sku};
    l.quantity = Quantity::fromUnits(1);
    l.amount = Money::fromTyiyn(amount);
    l.commissionBp = bp;
    l.commission = commissionOf(l.amount, bp);
    l.saleReceipt = QStringLiteral("BIS-1-T1-000010");
    l.returnReceipt = kind == StatementLine::Kind::Return ? QStringLiteral("BIS-1-T1-000011") : QString();
    l.at = QDateTime(QDate(2025, 3, 10), QTime(12, 0));
    return l;
}

Statement statement(int saleLines)
{
    Statement s;
    s.number = QStringLiteral("BIS-1-T1-STM-000007");
    s.producerCode = QStringLiteral("NAR-01");
    s.producerName = QStringLiteral("Өрнөк Үңкүр тобу");
    s.village = LocalizedText{QStringLiteral("Кочкор"), QStringLiteral("Кочкор"), QStringLiteral("Kochkor")};
    s.from = QDate(2025, 3, 1);
    s.to = QDate(2025, 3, 31);
    for (int i = 0; i < saleLines; ++i)
        s.lines << line(StatementLine::Kind::Sale, QStringLiteral("FLT-%1").arg(100 + i),
                        QStringLiteral("Шырдак өрнөгү, үй үчүн №%1").arg(i + 1),
                        QStringLiteral("Ковёр шырдак №%1").arg(i + 1), 1850000, 2500);
    s.lines << line(StatementLine::Kind::Return, QStringLiteral("FLT-100"), QStringLiteral("Шырдак өрнөгү, үй үчүн №1"),
                    QStringLiteral("Ковёр шырдак №1"), 1850000, 2500);
    for (const StatementLine& l : s.lines) {
        const bool sale = l.kind == StatementLine::Kind::Sale;
        (sale ? s.gross : s.returns) += l.amount;
        s.commission += sale ? l.commission : -l.commission;
    }
    s.owed = s.gross - s.returns - s.commission;
    s.paid = s.owed;
    s.payoutNumber = QStringLiteral("BIS-1-T1-PAY-000003");
    return s;
}

QString normalised(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString rendered(const QTemporaryDir& dir, const PrintedDocument& doc, const QString& name)
{
    const QString path = dir.filePath(name);
    const Status written = ProducerDocumentRenderer::writePdf(path, doc);
    if (!written)
        return QStringLiteral("write failed: ") + written.message();
    QString error;
    const QString text = test::pdfText(path, error);
    return error.isEmpty() ? normalised(text) : QStringLiteral("pdftotext failed: ") + error;
}

} // namespace

class TestProducerDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        QVERIFY2(test::scanToolsAvailable(missing), qPrintable(missing));
    }

    void statementInKyrgyzAndRussian_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("ky") << QStringLiteral("ky") << QStringLiteral("Шырдак өрнөгү, үй үчүн №1");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Ковёр шырдак №1");
    }

    void statementInKyrgyzAndRussian()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const Statement s = statement(2);
        const PrintedDocument doc = ProducerDocuments::statement(s, shop(), language);
        const QString text = rendered(dir, doc, QStringLiteral("statement.pdf"));
        QVERIFY2(text.contains(QStringLiteral("Өрнөк Үңкүр тобу")), qPrintable(text)); // Ң Ө Ү
        QVERIFY2(text.contains(QStringLiteral("OVOP+1 Бишкек")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Чүй проспекти 120")), qPrintable(text));
        QVERIFY2(text.contains(s.number), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("01.03.2025 – 31.03.2025")), qPrintable(text));
        QVERIFY2(text.contains(name), qPrintable(text));
        QVERIFY2(text.contains(normalised(s.owed.format(language))), qPrintable(text));
        QVERIFY2(text.contains(s.payoutNumber), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("BIS-1-T1-000011")), qPrintable(text)); // the return's receipt
        // The same words as the text form of the layout.
        const QString plain = normalised(ProducerDocuments::toText(doc));
        for (const auto& t : doc.totals)
            QVERIFY2(plain.contains(normalised(t.value)) && text.contains(normalised(t.value)), qPrintable(t.value));
        for (const QString& signature : doc.signatures)
            QVERIFY2(text.contains(normalised(signature)), qPrintable(signature));
    }

    // A long statement runs over pages and keeps every line.
    void longStatementRunsOverPages()
    {
        QTemporaryDir dir;
        const Statement s = statement(90);
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(
            ProducerDocumentRenderer::writePdf(path, ProducerDocuments::statement(s, shop(), QStringLiteral("en"))));
        QString error;
        const QStringList pages = test::renderPages(path, dir.path(), 20, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(pages.size() >= 3);
        const QString text = normalised(test::pdfText(path, error));
        QVERIFY(text.contains(QStringLiteral("FLT-100")));
        QVERIFY(text.contains(QStringLiteral("FLT-189")));
    }

    void producerReturnDocument()
    {
        ProducerReturn r;
        r.number = QStringLiteral("BIS-1-T1-PRT-000002");
        r.producerCode = QStringLiteral("NAR-01");
        r.producerName = QStringLiteral("Өрнөк Үңкүр тобу");
        r.note = QStringLiteral("Сезон бүттү");
        r.at = QDateTime(QDate(2025, 4, 2), QTime(15, 30));
        r.lines << ProducerReturnLine{QStringLiteral("p1"),
                                      QStringLiteral("HON-006"),
                                      LocalizedText{QStringLiteral("Тоо балы"), QStringLiteral("Горный мёд"), {}},
                                      QStringLiteral("B-7"),
                                      QDate(2025, 8, 1),
                                      Quantity::fromUnits(4)};
        for (const QString& language : {QStringLiteral("ky"), QStringLiteral("ru")}) {
            QTemporaryDir dir;
            const PrintedDocument doc = ProducerDocuments::producerReturn(r, shop(), language);
            const QString text = rendered(dir, doc, QStringLiteral("return.pdf"));
            QVERIFY2(text.contains(QStringLiteral("Өрнөк Үңкүр тобу")), qPrintable(text));
            QVERIFY2(text.contains(r.number), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("HON-006")), qPrintable(text));
            QVERIFY2(text.contains(language == QLatin1String("ky") ? QStringLiteral("Тоо балы")
                                                                   : QStringLiteral("Горный мёд")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("B-7 (01.08.2025)")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Сезон бүттү")), qPrintable(text));
            QCOMPARE(doc.signatures.size(), 2);
        }
    }
};

QTEST_MAIN(TestProducerDocuments)
#include "test_producer_documents.moc"
