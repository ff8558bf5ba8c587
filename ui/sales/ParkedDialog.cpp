// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/sales/ParkedDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ovop::ui {

ParkedDialog::ParkedDialog(Till& till, const QString& language, QWidget* parent)
    : QDialog(parent), m_till(till), m_language(language)
{
    setObjectName(QStringLiteral("parkedDialog"));
    setModal(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("parkedList"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::itemActivated, this, &ParkedDialog::recall);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("parkedMessage"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_message->setFixedHeight(2 * m_message->fontMetrics().lineSpacing() + 4);

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("parkedCancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_recall = new QPushButton(this);
    m_recall->setObjectName(QStringLiteral("parkedRecall"));
    m_recall->setProperty("role", QStringLiteral("primary"));
    m_recall->setAutoDefault(false);
    connect(m_recall, &QPushButton::clicked, this, &ParkedDialog::recall);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_recall);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    retranslateUi();
    load();
    resize(600, 460);
    m_list->setFocus();
}

QString ParkedDialog::message() const
{
    return m_message->text();
}

void ParkedDialog::load()
{
    m_list->clear();
    auto parked = m_till.parked();
    if (!parked) {
        m_message->setText(parked.message());
        m_recall->setEnabled(false);
        return;
    }
    const QLocale locale(m_language == QLatin1String("en") ? QStringLiteral("en_GB") : m_language);
    for (const ParkedCart& cart : parked.value()) {
        QString text = tr("%1 · %n line(s)", "", cart.lines)
                           .arg(locale.toString(cart.parkedAt, QStringLiteral("dd.MM.yyyy HH:mm")));
        if (!cart.total.isZero())
            text += QStringLiteral(" · ") + cart.total.format(m_language);
        text += QLatin1Char('\n') + cart.userName;
        if (!cart.label.isEmpty())
            text += QStringLiteral(" · ") + cart.label;
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, cart.id);
        item->setSizeHint(QSize(0, 2 * fontMetrics().lineSpacing() + 18));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(m_list->count() - 1); // the one parked last is usually wanted back
    else
        m_message->setText(tr("No cart is parked on this till."));
    m_recall->setEnabled(m_list->count() > 0);
}

void ParkedDialog::recall()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const Status done = m_till.recall(item->data(Qt::UserRole).toString());
    if (!done && done.error().kind != ErrorKind::NotFound) {
        m_message->setText(done.message());
        return;
    }
    if (!done) {
        // Recalled without what is no longer for sale, or gone meanwhile: the till says which.
        if (m_till.cart().isEmpty()) {
            m_message->setText(done.message());
            load();
            return;
        }
        m_note = done.message();
    }
    accept();
}

void ParkedDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ParkedDialog::retranslateUi()
{
    setWindowTitle(tr("Parked carts"));
    m_hint->setText(tr("Choose a cart with Up and Down, Enter brings it back, Esc leaves."));
    m_cancel->setText(tr("Cancel (Esc)"));
    m_recall->setText(tr("Recall (Enter)"));
}

} // namespace ovop::ui
