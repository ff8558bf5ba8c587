// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/PinPad.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "ui/widgets/FieldError.h"

namespace ovop::ui {

PinPad::PinPad(QWidget* parent) : QWidget(parent)
{
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("pinField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setMaxLength(16);
    m_field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_field));
    m_field->setProperty("role", QStringLiteral("pin"));
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, &PinPad::submitted);
    connect(m_field, &QLineEdit::textEdited, this, &PinPad::edited);

    // The messages have a place of their own, kept while empty, so that the pad never moves when one
    // appears: a refusal, or the progress of a PIN check.
    m_messages = new QWidget(this);
    m_messages->setObjectName(QStringLiteral("pinMessages"));
    m_error = new FieldError(m_field, m_messages);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setAlignment(Qt::AlignCenter);
    m_busy = new QWidget(m_messages);
    m_busy->setObjectName(QStringLiteral("pinBusy"));
    m_busyText = new QLabel(m_busy);
    m_busyText->setObjectName(QStringLiteral("pinBusyText"));
    m_busyText->setAlignment(Qt::AlignCenter);
    auto* bar = new QProgressBar(m_busy);
    bar->setRange(0, 0); // moves while the check runs
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    auto* busyLayout = new QVBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(4);
    busyLayout->addWidget(m_busyText);
    busyLayout->addWidget(bar);
    m_busy->hide();
    auto* messagesLayout = new QVBoxLayout(m_messages);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->setSpacing(0);
    messagesLayout->addWidget(m_error);
    messagesLayout->addWidget(m_busy);
    messagesLayout->addStretch(1);
    // Room for four lines of the error's own (bold) font: a lock-out in Kyrgyz or Russian takes that.
    m_error->setText(QStringLiteral(" "));
    m_error->ensurePolished();
    m_error->setText(QString());
    m_messages->setFixedHeight(4 * m_error->fontMetrics().lineSpacing() + 6);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    auto makeButton = [this](const QString& text) {
        auto* button = new QPushButton(text, this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoRepeat(false);
        button->setProperty("role", QStringLiteral("pad"));
        button->setMinimumSize(72, 56);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        return button;
    };
    for (int digit = 0; digit <= 9; ++digit) {
        auto* button = makeButton(QString::number(digit));
        button->setObjectName(QStringLiteral("pinDigit%1").arg(digit));
        connect(button, &QPushButton::clicked, this, [this, digit] { typeDigit(QString::number(digit)); });
        m_digits.append(button);
        if (digit > 0)
            grid->addWidget(button, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = makeButton(QString());
    m_clear->setObjectName(QStringLiteral("pinClear"));
    m_clear->setProperty("role", QStringLiteral("padText"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT edited();
    });
    m_backspace = makeButton(QStringLiteral("⌫"));
    m_backspace->setObjectName(QStringLiteral("pinBackspace"));
    connect(m_backspace, &QPushButton::clicked, this, &PinPad::backspace);
    grid->addWidget(m_clear, 3, 0);
    grid->addWidget(m_digits[0], 3, 1);
    grid->addWidget(m_backspace, 3, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_field);
    layout->addWidget(m_messages);
    layout->addLayout(grid, 1);

    retranslateUi();
}

QString PinPad::pin() const
{
    return m_field->text();
}

void PinPad::clear()
{
    m_field->clear();
}

void PinPad::setError(const QString& message)
{
    m_error->showError(message);
    m_error->setToolTip(message); // in case it is longer than its place
    if (!message.isEmpty())
        setBusy(QString());
}

void PinPad::setBusy(const QString& text)
{
    m_busyText->setText(text);
    m_busy->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_error->clearError();
}

QString PinPad::busyText() const
{
    return m_busy->isVisibleTo(this) ? m_busyText->text() : QString();
}

QString PinPad::error() const
{
    return m_error->text();
}

void PinPad::focusField()
{
    m_field->setFocus(Qt::OtherFocusReason);
}

bool PinPad::handleKey(int key, const QString& text)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && text.size() == 1 && text.at(0).isDigit()) {
        typeDigit(text);
        return true;
    }
    switch (key) {
    case Qt::Key_Backspace:
        backspace();
        return true;
    case Qt::Key_Escape:
        clear();
        Q_EMIT edited();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT submitted();
        return true;
    default:
        return false;
    }
}

void PinPad::typeDigit(const QString& digit)
{
    if (m_field->text().size() >= m_field->maxLength())
        return;
    m_field->setText(m_field->text() + digit);
    focusField();
    Q_EMIT edited();
}

void PinPad::backspace()
{
    m_field->backspace();
    focusField();
    Q_EMIT edited();
}

bool PinPad::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            clear();
            Q_EMIT edited();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PinPad::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PinPad::retranslateUi()
{
    m_field->setPlaceholderText(tr("PIN"));
    m_field->setAccessibleName(tr("PIN"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the PIN (Esc)"));
    m_backspace->setToolTip(tr("Delete the last digit (Backspace)"));
    m_backspace->setAccessibleName(tr("Delete the last digit"));
}

} // namespace ovop::ui
