// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/producers/CommissionRatesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/catalog/CatalogService.h"
#include "models/core/Language.h"
#include "models/core/Percent.h"
#include "models/payouts/CommissionService.h"
#include "ui/widgets/FormHelpers.h"

namespace ovop::ui {

namespace {
constexpr int CategoryKeyRole = Qt::UserRole;
}

CommissionRatesDialog::CommissionRatesDialog(Database& db, const Session& session, const Producer& producer,
                                             QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_producer(producer)
{
    setObjectName(QStringLiteral("commissionRatesDialog"));
    setWindowTitle(tr("Commission by category: %1").arg(producer.name));
    const QString lang = Language::current();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The shop keeps %1 of what the goods of %2 sell for. A category listed here has a "
                                "rate of its own instead.")
                                 .arg(percentText(producer.commissionBasisPoints, lang), producer.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("commissionRatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Commission")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("commissionCategory"));
    if (const auto categories = CatalogService(m_db).categories(); categories) {
        for (const Category& c : categories.value())
            m_category->addItem(c.name.in(lang), c.key);
    }
    auto* categoryLabel = new QLabel(tr("C&ategory"), this);
    categoryLabel->setBuddy(m_category);
    row->addWidget(categoryLabel);
    row->addWidget(m_category, 1);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("commissionRate"));
    m_rate->setRange(0, 100);
    m_rate->setDecimals(2);
    m_rate->setSingleStep(0.5);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_rate->setValue(producer.commissionBasisPoints / 100.0);
    row->addWidget(m_rate);
    m_set = new QPushButton(tr("&Set rate"), this);
    m_set->setObjectName(QStringLiteral("commissionSet"));
    row->addWidget(m_set);
    layout->addLayout(row);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("commissionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove rate"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("commissionRemove"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_set, &QPushButton::clicked, this, &CommissionRatesDialog::setRate);
    connect(m_remove, &QPushButton::clicked, this, &CommissionRatesDialog::removeRate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        if (const int r = m_table->currentRow(); r >= 0)
            selectData(m_category, m_table->item(r, 0)->data(CategoryKeyRole));
    });

    if (!m_session.can(Permission::PayProducers)) {
        // The service refuses too; the dialog says so at once instead of after a click.
        for (QWidget* w : std::initializer_list<QWidget*>{m_category, m_rate, m_set})
            w->setEnabled(false);
        showFormMessage(m_message, tr("Only a manager or an administrator may change commission rates."), true);
    }
    reload();
    resize(520, 360);
}

void CommissionRatesDialog::reload()
{
    const QString selected = m_table->currentRow() >= 0
                                 ? m_table->item(m_table->currentRow(), 0)->data(CategoryKeyRole).toString()
                                 : QString();
    m_table->setRowCount(0);
    const auto overrides = CommissionService(m_db).overrides(m_producer.id);
    if (!overrides) {
        showProblem(overrides.message());
        updateButtons();
        return;
    }
    const QString lang = Language::current();
    for (const CommissionOverride& o : overrides.value()) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto* category = new QTableWidgetItem(o.categoryName.in(lang));
        category->setData(CategoryKeyRole, o.categoryKey);
        m_table->setItem(r, 0, category);
        auto* rate = new QTableWidgetItem(percentText(o.basisPoints, lang));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 1, rate);
        if (o.categoryKey == selected)
            m_table->selectRow(r);
    }
    updateButtons();
}

void CommissionRatesDialog::setRate()
{
    const QString key = m_category->currentData().toString();
    const int basisPoints = int(qRound(m_rate->value() * 100));
    const Status done = CommissionService(m_db).set(m_session, m_producer.id, key, basisPoints);
    if (!done) {
        showProblem(done.message());
        return;
    }
    showFormMessage(
        m_message,
        tr("%1: %2 from now on.").arg(m_category->currentText(), percentText(basisPoints, Language::current())), false);
    reload();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(CategoryKeyRole).toString() == key)
            m_table->selectRow(r);
    }
}

void CommissionRatesDialog::removeRate()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    const QString name = m_table->item(r, 0)->text();
    const Status done =
        CommissionService(m_db).clear(m_session, m_producer.id, m_table->item(r, 0)->data(CategoryKeyRole).toString());
    if (!done) {
        showProblem(done.message());
        return;
    }
    showFormMessage(m_message,
                    tr("%1: the producer's own rate, %2, applies again.")
                        .arg(name, percentText(m_producer.commissionBasisPoints, Language::current())),
                    false);
    reload();
    m_table->setFocus();
}

void CommissionRatesDialog::showProblem(const QString& text)
{
    showFormMessage(m_message, text, true);
}

void CommissionRatesDialog::updateButtons()
{
    m_remove->setEnabled(m_session.can(Permission::PayProducers) && m_table->currentRow() >= 0 &&
                         !m_table->selectedItems().isEmpty());
}

} // namespace ovop::ui
