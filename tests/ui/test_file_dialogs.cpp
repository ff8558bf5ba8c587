// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
// The application's file dialogs show the database's folder without opening any of its files:
// closing a descriptor of the -wal or -shm file would drop this process's locks on the database.
#include <sys/inotify.h>
#include <unistd.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QTreeView>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QAbstractButton>
#include <QTest>
#include <QTimer>

#include "ShopFixture.h"
#include "models/core/Language.h"
#include "ui/widgets/FileDialogs.h"

using namespace ovop;
using namespace ovop::ui;

namespace {

// The names of the files in a folder that were opened while it was watched (Linux inotify).
class OpenWatch
{
public:
    explicit OpenWatch(const QString& folder)
    {
        m_fd = inotify_init1(IN_NONBLOCK);
        if (m_fd >= 0)
            m_watch = inotify_add_watch(m_fd, QFile::encodeName(folder).constData(), IN_OPEN);
    }
    ~OpenWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isWatching() const { return m_fd >= 0 && m_watch >= 0; }

    QStringList opened()
    {
        QStringList names;
        alignas(inotify_event) char buffer[16384];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                if (event->len > 0)
                    names << QString::fromLocal8Bit(event->name);
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        return names;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

// Shows the dialog that is about to open in detail view until its folder is listed and its rows
// painted a few times over, then closes it.
struct Look
{
    QWidget* dialog = nullptr;
    bool listed = false; // the database file was among the rows shown
    bool columnsWhole = false; // size, kind and date columns at least as wide as their contents
};

void lookAtTheDialogThenClose(Look* seen)
{
    QTimer::singleShot(0, [seen] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        *seen = Look{dialog, false};
        if (!dialog)
            return;
        dialog->setViewMode(QFileDialog::Detail);
        // Listed once a file of the folder that every filter shows is among the rows.
        auto* view = dialog->findChild<QAbstractItemView*>(QStringLiteral("treeView"));
        const auto listed = [view] {
            const QAbstractItemModel* model = view ? view->model() : nullptr;
            for (int row = 0; model && row < model->rowCount(view->rootIndex()); ++row)
                if (model->index(row, 0, view->rootIndex()).data() == QStringLiteral("notes.csv"))
                    return true;
            return false;
        };
        for (int i = 0; i < 100 && !listed(); ++i)
            QTest::qWait(20);
        seen->listed = listed();
        if (auto* tree = qobject_cast<QTreeView*>(view)) {
            seen->columnsWhole = true;
            for (int column = 1; column <= 3; ++column)
                seen->columnsWhole = seen->columnsWhole && !tree->isColumnHidden(column) &&
                                     tree->columnWidth(column) >= tree->header()->sectionSizeHint(column) &&
                                     tree->header()->sectionViewportPosition(column) + tree->columnWidth(column) <=
                                         tree->viewport()->width();
        }
        for (int i = 0; i < 5; ++i) {
            dialog->grab(); // paints every visible row: names, sizes, kinds, icons
            QTest::qWait(40);
        }
        dialog->reject();
    });
}

} // namespace

class TestFileDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::initUiTests(); }

    void theDatabaseFolderIsShownWithoutOpeningItsFiles()
    {
        auto shop = test::makeShop(); // open: shop.sqlite with its -wal and -shm beside it
        const QString folder = shop->dir.path();
        QVERIFY(QFile::exists(folder + QStringLiteral("/shop.sqlite-wal")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/shop.sqlite-shm")));
        QFile notes(folder + QStringLiteral("/notes.csv"));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("sku;name\n") > 0);
        notes.close();
        OpenWatch watch(folder);
        QVERIFY(watch.isWatching());

        Look seen;
        lookAtTheDialogThenClose(&seen);
        QCOMPARE(chooseFileToOpen(nullptr, QStringLiteral("Open"), folder, QStringLiteral("All files (*)")), QString());
        QVERIFY(seen.dialog);
        QVERIFY(seen.listed);
        QVERIFY(seen.columnsWhole);
        lookAtTheDialogThenClose(&seen);
        QCOMPARE(chooseFileToSave(nullptr, QStringLiteral("Save"), folder + QStringLiteral("/x.csv"),
                                  QStringLiteral("CSV (*.csv);;All files (*)")),
                 QString());
        QVERIFY(seen.dialog);
        QVERIFY(seen.listed);
        QVERIFY(seen.columnsWhole);

        const QStringList opened = watch.opened();
        for (const QString& name : opened)
            QVERIFY2(!name.startsWith(QStringLiteral("shop.sqlite")), qPrintable(name + QStringLiteral(" was opened")));
    }

    void theDialogSpeaksKyrgyz()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("photos")));
        QFile notes(dir.filePath(QStringLiteral("notes.csv")));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write(QByteArray(463, 'x')) == 463);
        notes.close();
        QVERIFY(Language::install(QStringLiteral("ky")));

        QStringList texts, rows;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setViewMode(QFileDialog::Detail);
            auto* view = dialog->findChild<QTreeView*>(QStringLiteral("treeView"));
            const auto rowCount = [view] { return view ? view->model()->rowCount(view->rootIndex()) : 0; };
            for (int i = 0; i < 100 && rowCount() < 2; ++i)
                QTest::qWait(20);
            for (QLabel* label : dialog->findChildren<QLabel*>())
                if (label->isVisible())
                    texts << label->text();
            for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>())
                if (button->isVisible())
                    texts << (button->text().isEmpty() ? button->toolTip() : button->text());
            const QAbstractItemModel* model = view->model();
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            for (int row = 0; row < rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < 4; ++column)
                    cells << model->index(row, column, view->rootIndex()).data().toString();
                rows << cells.join(QLatin1Char('|'));
            }
            dialog->reject();
        });
        chooseFileToOpen(nullptr, QStringLiteral("Ачуу"), dir.path(), QStringLiteral("CSV (*.csv)"));
        Language::install(QStringLiteral("en"));

        const QString all = texts.join(QLatin1Char('\n'));
        for (const char* kyrgyz :
             {"Кайда:", "Файлдын түрү:", "Артка", "Алдыга", "Жогорку папка", "Жаңы папка түзүү", "Тизме",
              "Толук көрүнүш", "Жокко чыгаруу", "Аты", "Өлчөмү", "Түрү", "Өзгөртүлгөн күнү"})
            QVERIFY2(all.contains(QString::fromUtf8(kyrgyz)),
                     qPrintable(QString::fromUtf8(kyrgyz) + QStringLiteral(" in\n") + all));
        for (const char* english : {"Look in", "Files of type", "Back", "Forward", "Parent Directory", "Cancel", "Name",
                                    "Size", "Date Modified", "Detail View", "List View"})
            QVERIFY2(!texts.contains(QString::fromUtf8(english)), english);
        const QString listed = rows.join(QLatin1Char('\n'));
        QVERIFY2(listed.contains(QStringLiteral("photos||Папка|")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("notes.csv|463 байт|CSV|")), qPrintable(listed));
        QVERIFY2(!listed.contains(QStringLiteral("bytes")), qPrintable(listed));
    }
};

QTEST_MAIN(TestFileDialogs)
#include "test_file_dialogs.moc"
