// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "SaleFixture.h"

#include <memory>

#include <QApplication>
#include <QDebug>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include "models/store/Sql.h"

namespace ovop::test {

void openShift(Shop& shop)
{
    const Session manager = shop.manager();
    Database& db = *shop.db;
    SqlQuery q(db.sql(), QStringLiteral("INSERT INTO shifts (id, number, opened_at, opened_by, opening_float, "
                                        "created_at, origin_shop, origin_device) SELECT :id, coalesce(max(number), 0) "
                                        "+ 1, :at, :user, :float, :at, :shop, :device FROM shifts"));
    q.bind(QStringLiteral(":id"), db.newId())
        .bind(QStringLiteral(":at"), db.storedNow())
        .bind(QStringLiteral(":user"), manager.userId)
        .bind(QStringLiteral(":float"), qint64(100000))
        .bind(QStringLiteral(":shop"), db.origin().shopCode)
        .bind(QStringLiteral(":device"), db.origin().deviceId);
    if (auto done = q.exec(); !done)
        qFatal("open shift: %s", qPrintable(done.message()));
}

void typeIntoFocus(const QString& text, bool enter)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus)
        qFatal("no widget has the focus");
    if (!text.isEmpty())
        QTest::keyClicks(focus, text);
    if (enter)
        QTest::keyClick(focus, Qt::Key_Return);
}

void scanIntoFocus(const QString& code)
{
    typeIntoFocus(code, true);
}

namespace {
void rejectModals()
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            dialog->done(QDialog::Rejected);
        else
            timer->deleteLater();
    });
    timer->start();
}
} // namespace

void whenModal(const QString& objectName, std::function<void(QWidget*)> fn)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName || !modal->isVisible()) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        modal->activateWindow(); // as a window manager does with a new dialog
        for (int i = 0; i < 200 && QApplication::activeWindow() != modal; ++i)
            QTest::qWait(10);
        if (QApplication::activeWindow() != modal)
            qWarning() << "the dialog" << objectName << "did not become active";
        fn(modal);
        if (QTest::currentTestFailed())
            rejectModals(); // a check failed with the dialog still open: no test may hang on it
    });
    timer->start();
}

} // namespace ovop::test
