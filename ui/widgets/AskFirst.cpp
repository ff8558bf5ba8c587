// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/AskFirst.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

bool askFirst(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton* yes = box.addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

QLabel* keptMessageLine(QWidget* parent, const QString& objectName, int lines)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumHeight(lines * label->fontMetrics().lineSpacing() + 4);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

void showLineMessage(QLabel* line, const QString& text, bool error)
{
    line->setText(text);
    line->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    repolish(line);
}

void setKeyedText(QPushButton* button, const QString& text, bool keyBelow)
{
    const QKeySequence key = button->shortcut();
    const QString keyText = shortcutText(key);
    QString shown = text;
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    if (keyText.isEmpty())
        button->setText(shown);
    else
        button->setText((keyBelow ? QStringLiteral("%1\n%2") : QStringLiteral("%1 (%2)")).arg(shown, keyText));
    button->setShortcut(key); // setText may have set a mnemonic instead
    button->setToolTip(keyText.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keyText));
}

QString shortcutText(const QKeySequence& key)
{
    QString text = key.toString(QKeySequence::NativeText);
    text.replace(QStringLiteral("Return"), QStringLiteral("Enter"));
    return text;
}

} // namespace ovop::ui
