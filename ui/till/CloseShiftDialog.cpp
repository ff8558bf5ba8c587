// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/till/CloseShiftDialog.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include "models/sales/ShiftService.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

namespace {
// Notes are 20 som and more; coins are 10 som and less.
constexpr qint64 SmallestNote = 2000;

QLabel* bigLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}
} // namespace

CloseShiftDialog::CloseShiftDialog(Database& db, const Session& actor, const ShiftTotals& totals, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_totals(totals)
{
    setObjectName(QStringLiteral("closeShiftDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // Two columns: the notes, then the coins; each row a name, a count and what it adds up to.
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    m_notesHeading = new QLabel(this);
    m_notesHeading->setProperty("role", QStringLiteral("subheading"));
    m_coinsHeading = new QLabel(this);
    m_coinsHeading->setProperty("role", QStringLiteral("subheading"));
    grid->addWidget(m_notesHeading, 0, 0, 1, 3);
    grid->addWidget(m_coinsHeading, 0, 4, 1, 3);
    int noteRow = 1;
    int coinRow = 1;
    for (qint64 denomination : cashDenominations()) {
        const bool note = denomination >= SmallestNote;
        const int row = note ? noteRow++ : coinRow++;
        const int column = note ? 0 : 4;
        auto* name = new QLabel(this);
        name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* count = new QSpinBox(this);
        count->setObjectName(QStringLiteral("count%1").arg(denomination));
        count->setRange(0, 99999);
        count->setMinimumHeight(36);
        count->setMinimumWidth(96);
        count->setAlignment(Qt::AlignRight);
        count->installEventFilter(this);
        name->setBuddy(count);
        auto* sum = new QLabel(this);
        sum->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        sum->setMinimumWidth(sum->fontMetrics().horizontalAdvance(QStringLiteral("000 000,00 сом")));
        grid->addWidget(name, row, column);
        grid->addWidget(count, row, column + 1);
        grid->addWidget(sum, row, column + 2);
        m_counts.insert(denomination, count);
        m_names.insert(denomination, name);
        m_sums.insert(denomination, sum);
        m_order << count;
        connect(count, &QSpinBox::valueChanged, this, &CloseShiftDialog::updateTotals);
    }
    grid->setColumnMinimumWidth(3, 24);
    grid->setColumnStretch(3, 1);

    // The totals, right under the counts.
    auto* sums = new QGridLayout;
    m_countedCaption = new QLabel(this);
    m_expectedCaption = new QLabel(this);
    m_differenceCaption = new QLabel(this);
    m_counted = bigLabel(this, QStringLiteral("countedCash"));
    m_expected = bigLabel(this, QStringLiteral("expectedCash"));
    m_difference = bigLabel(this, QStringLiteral("cashDifference"));
    sums->addWidget(m_countedCaption, 0, 0);
    sums->addWidget(m_counted, 0, 1);
    sums->addWidget(m_expectedCaption, 1, 0);
    sums->addWidget(m_expected, 1, 1);
    sums->addWidget(m_differenceCaption, 2, 0);
    sums->addWidget(m_difference, 2, 1);
    sums->setColumnStretch(0, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("closeShiftMessage"));
    m_message->setWordWrap(true);
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setText(QStringLiteral(" "));
    m_message->setMinimumHeight(2 * m_message->fontMetrics().lineSpacing() + 4);
    m_message->setText(QString());

    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearCountsButton"));
    m_cancel = new QPushButton(this);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("confirmCloseShiftButton"));
    m_close->setProperty("role", QStringLiteral("primary"));
    for (QPushButton* b : {m_clear, m_cancel, m_close}) {
        b->setAutoDefault(false);
        b->setMinimumHeight(44);
    }
    connect(m_clear, &QPushButton::clicked, this, [this] {
        for (QSpinBox* count : std::as_const(m_order))
            count->setValue(0);
        m_order.first()->setFocus();
        m_order.first()->selectAll();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &CloseShiftDialog::submit);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &CloseShiftDialog::submit);
    auto* shortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(shortcutEnter, &QShortcut::activated, this, &CloseShiftDialog::submit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addLayout(sums);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
    retranslateUi();
    m_order.first()->setFocus();
}

QString CloseShiftDialog::denominationName(qint64 tyiyn)
{
    if (tyiyn % 100 == 0)
        return tr("%1 som").arg(tyiyn / 100);
    return tr("%1 tyiyn").arg(tyiyn);
}

QMap<qint64, int> CloseShiftDialog::counted() const
{
    QMap<qint64, int> out;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        if (it.value()->value() > 0)
            out.insert(it.key(), it.value()->value());
    return out;
}

Money CloseShiftDialog::countedCash() const
{
    qint64 sum = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        sum += it.key() * it.value()->value();
    return Money::fromTyiyn(sum);
}

void CloseShiftDialog::updateTotals()
{
    const QString language = m_actor.language;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const int n = it.value()->value();
        m_sums.value(it.key())->setText(n ? Money::fromTyiyn(it.key() * n).format(language) : QString());
    }
    const Money counted = countedCash();
    const Money difference = counted - m_totals.expectedCash;
    m_counted->setText(counted.format(language));
    m_expected->setText(m_totals.expectedCash.format(language));
    QString text = difference.format(language);
    if (difference.tyiyn() > 0)
        text = QLatin1Char('+') + text;
    m_difference->setText(text);
    // Short: red; over: amber; even: green.
    const char* colour = difference.isZero() ? "#1e6b34" : difference.isNegative() ? "#b3261e" : "#9a5b00";
    m_difference->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    m_difference->setProperty("state", difference.isZero()       ? QStringLiteral("even")
                                       : difference.isNegative() ? QStringLiteral("short")
                                                                 : QStringLiteral("over"));
    m_differenceCaption->setText(difference.isZero()       ? tr("Difference: none")
                                 : difference.isNegative() ? tr("Difference: short")
                                                           : tr("Difference: over"));
}

void CloseShiftDialog::submit()
{
    m_message->clear();
    auto closed = ShiftService(m_db).close(m_actor, counted());
    if (!closed) {
        m_message->setText(closed.message());
        return;
    }
    m_report = closed.value();
    accept();
}

bool CloseShiftDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter after a count goes on to the next one, as Tab does: counting never closes the shift by chance.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            const int at = int(m_order.indexOf(qobject_cast<QSpinBox*>(watched)));
            if (at >= 0) {
                QSpinBox* next = at + 1 < m_order.size() ? m_order.at(at + 1) : nullptr;
                if (next) {
                    next->setFocus();
                    next->selectAll();
                } else {
                    m_close->setFocus();
                }
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CloseShiftDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CloseShiftDialog::retranslateUi()
{
    setWindowTitle(tr("Close shift %1").arg(m_totals.shiftNumber));
    m_intro->setText(tr("Count the cash in the drawer: how many of each note and coin. Enter goes to the next "
                        "count."));
    m_notesHeading->setText(tr("Notes"));
    m_coinsHeading->setText(tr("Coins"));
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        it.value()->setText(denominationName(it.key()));
    m_countedCaption->setText(tr("Counted"));
    m_expectedCaption->setText(tr("Expected in the drawer"));
    m_clear->setText(tr("Clear the counts"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Keep the shift open (Esc)"));
    m_close->setText(tr("Close the shift (Ctrl+Enter)"));
    m_close->setToolTip(tr("Closes the shift with this count and prints its numbered Z report"));
    updateTotals();
}

} // namespace ovop::ui
