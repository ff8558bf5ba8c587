// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "SaleFixture.h"

#include <memory>

#include <QApplication>
#include <QDebug>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include "models/sales/ShiftService.h"

namespace ovop::test {

void openShift(Shop& shop)
{
    auto shift = ShiftService(*shop.db).open(shop.manager(), Money::fromSom(1000));
    if (!shift)
        qFatal("open shift: %s", qPrintable(shift.message()));
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
