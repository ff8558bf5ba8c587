// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/stock/StockPage.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include "models/catalog/CatalogService.h"
#include "models/catalog/ProducerService.h"
#include "models/places/PlaceService.h"
#include "ui/catalog/LabelDialog.h"
#include "ui/stock/AdjustDialog.h"
#include "ui/stock/HistoryDialog.h"
#include "ui/stock/ReceiveDialog.h"
#include "ui/stock/ReorderDialog.h"
#include "ui/stock/StockStateDelegate.h"
#include "ui/stock/StockTableModel.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/TableColumns.h"

namespace ovop::ui {

namespace {
QComboBox* filterCombo(const QString& name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}
} // namespace

StockPage::StockPage(Database& db, const Session& session, QWidget* parent)
    : RecordListPage(db, session, QStringLiteral("stockItem"), QStringLiteral("stock"), parent),
      m_canManage(session.can(Permission::ManageStock)), m_model(new StockTableModel(this))
{
    proxy()->setDynamicSortFilter(false);
    setKeyColumns({StockTableModel::Sku, StockTableModel::Name});
    // The state shows as a badge in the name column (a product below its minimum level among them);
    // its own column (to sort by it), the minimum level's and the village's are in the header's menu,
    // so that the figures show whole at 1024 pixels in Kyrgyz and Russian.
    setTableModel(m_model, StockTableModel::SortRole, StockTableModel::Name,
                  {StockTableModel::Village, StockTableModel::Minimum, StockTableModel::State}, -1,
                  QAbstractItemView::SingleSelection);
    columns()->setYielding({StockTableModel::Producer, StockTableModel::Village});
    view()->setItemDelegateForColumn(StockTableModel::Name, new StockStateDelegate(view()));
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StockPage::updateButtons);
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &StockPage::updateButtons);

    newButton()->setObjectName(QStringLiteral("receiveGoodsButton"));
    editButton()->setObjectName(QStringLiteral("stockHistoryButton"));
    exportButton()->setObjectName(QStringLiteral("reorderListButton"));
    archiveButton()->hide();
    importButton()->hide();
    m_adjust = new QPushButton(this);
    m_adjust->setObjectName(QStringLiteral("adjustStockButton"));
    m_minLevel = new QPushButton(this);
    m_minLevel->setObjectName(QStringLiteral("minLevelButton"));
    setShortcut(m_adjust, QKeySequence(Qt::CTRL | Qt::Key_J));
    setShortcut(m_minLevel, QKeySequence(Qt::CTRL | Qt::Key_M));

    m_category = filterCombo(QStringLiteral("stockCategoryFilter"), this);
    m_producer = filterCombo(QStringLiteral("stockProducerFilter"), this);
    m_village = filterCombo(QStringLiteral("stockVillageFilter"), this);
    m_lowOnly = new QCheckBox(this);
    m_lowOnly->setObjectName(QStringLiteral("lowOnlyFilter"));
    m_expiredOnly = new QCheckBox(this);
    m_expiredOnly->setObjectName(QStringLiteral("expiredOnlyFilter"));
    // Three choices sharing a row, each showing its whole choice; the two boxes and the corrections under them.
    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(8);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_category, 0, 0);
    filters->addWidget(m_producer, 0, 1);
    filters->addWidget(m_village, 0, 2);
    auto* boxes = new QHBoxLayout;
    boxes->setSpacing(16);
    boxes->addWidget(m_lowOnly);
    boxes->addWidget(m_expiredOnly);
    boxes->addStretch(1);
    // The corrections sit with the filters: beside search, Receive and History there is no room for
    // them in Kyrgyz or Russian at 1024 pixels.
    boxes->addWidget(m_adjust);
    boxes->addWidget(m_minLevel);
    filters->addLayout(boxes, 1, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        filters->setColumnStretch(column, 1);
    setFilterLayout(filters);
    for (QComboBox* combo : {m_category, m_producer, m_village})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                runSearch();
        });
    for (QCheckBox* box : {m_lowOnly, m_expiredOnly})
        connect(box, &QCheckBox::toggled, this, [this] { runSearch(); });

    connect(newButton(), &QPushButton::clicked, this, &StockPage::receiveGoods);
    connect(editButton(), &QPushButton::clicked, this, &StockPage::showHistory);
    connect(m_adjust, &QPushButton::clicked, this, &StockPage::adjustStock);
    connect(m_minLevel, &QPushButton::clicked, this, &StockPage::editMinLevel);
    connect(exportButton(), &QPushButton::clicked, this, &StockPage::showReorderList);
    orderTabs({m_category, m_producer, m_village, m_lowOnly, m_expiredOnly}, {m_adjust, m_minLevel});

    retranslateUi();
    reload();
}

void StockPage::reload()
{
    fillFilters();
    runSearch();
}

void StockPage::fillFilters()
{
    const QString lang = language();
    const QString category = m_category->currentData().toString();
    const QString producer = m_producer->currentData().toString();
    const QString village = m_village->currentData().toString();
    m_filling = true;
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    if (const auto categories = CatalogService(m_db).categories())
        for (const Category& c : categories.value())
            m_category->addItem(c.name.in(lang), c.key);
    selectData(m_category, category);

    m_producer->clear();
    m_producer->addItem(tr("All producers"), QString());
    ProducerFilter producers;
    producers.state = ProducerFilter::State::All;
    if (const auto list = ProducerService(m_db).list(m_session, producers))
        for (const Producer& p : list.value())
            m_producer->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.id);
    selectData(m_producer, producer);

    m_village->clear();
    m_village->addItem(tr("All villages"), QString());
    if (const auto villages = PlaceService(m_db).villages(QString(), QString(), lang))
        for (const Village& v : villages.value())
            m_village->addItem(v.name.in(lang), v.id);
    selectData(m_village, village);
    m_filling = false;
    for (QComboBox* combo : {m_category, m_producer, m_village})
        combo->setToolTip(combo->currentText());
}

StockFilter StockPage::filter() const
{
    StockFilter f;
    f.category = m_category->currentData().toString();
    f.producerId = m_producer->currentData().toString();
    f.villageId = m_village->currentData().toString();
    f.text = searchField()->text().trimmed();
    f.lowOnly = m_lowOnly->isChecked();
    f.expiredOnly = m_expiredOnly->isChecked();
    return f;
}

void StockPage::listRecords()
{
    const QString selected = currentRow() ? currentRow()->sku : QString();
    for (QComboBox* combo : {m_category, m_producer, m_village})
        combo->setToolTip(combo->currentText());
    const auto found = StockQuery(m_db).list(filter());
    m_model->setLanguage(language());
    m_list = found.ok() ? found.value() : StockList();
    m_model->setRows(m_list.rows);
    sortAsHeaderShows();
    if (!found) {
        statusLabel()->setText(found.message());
        showMessage(found.message(), true);
        updateButtons();
        return;
    }
    const int shown = int(m_list.rows.size());
    QString status;
    if (shown == 0 && !searchField()->text().trimmed().isEmpty())
        status = tr("No product matches “%1”.").arg(searchField()->text().trimmed());
    else
        status = tr("%n product(s)", nullptr, shown);
    status += QStringLiteral(" · ") + tr("stock value %1").arg(m_list.totalValue.format(language()));
    if (m_list.lowCount > 0)
        status += QStringLiteral(" · ") + tr("%n low", nullptr, m_list.lowCount);
    if (m_list.expiredCount > 0)
        status += QStringLiteral(" · ") + tr("%n with expired batches", nullptr, m_list.expiredCount);
    statusLabel()->setText(status);
    if (!selected.isEmpty())
        selectSku(selected);
    updateButtons();
}

const StockRow* StockPage::currentRow() const
{
    const QModelIndex current = view()->selectionModel()->currentIndex();
    if (!current.isValid() || !view()->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return nullptr;
    return m_model->row(proxy()->mapToSource(current).row());
}

bool StockPage::selectSku(const QString& sku)
{
    const int row = m_model->rowOfSku(sku);
    if (row < 0)
        return false;
    selectRow(proxy()->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void StockPage::openCurrent()
{
    showHistory();
}

void StockPage::updateButtons()
{
    const StockRow* row = currentRow();
    const QString refusal = Roles::refusal(Permission::ManageStock).message;
    newButton()->setEnabled(m_canManage);
    setButtonTip(newButton(), m_canManage ? tr("Record a delivery from a producer") : refusal);
    editButton()->setEnabled(row);
    setButtonTip(editButton(), row ? tr("The selected product's stock movements (or Enter in the table)")
                                   : tr("Select a product in the table first."));
    m_adjust->setEnabled(m_canManage && row);
    setButtonTip(m_adjust, !m_canManage ? refusal
                           : row        ? tr("Correct the selected product's stock: damage, loss, sample, found")
                                        : tr("Select a product in the table first."));
    m_minLevel->setEnabled(m_canManage && row);
    setButtonTip(m_minLevel, !m_canManage ? refusal
                             : row        ? tr("Set the level below which the product is reordered")
                                          : tr("Select a product in the table first."));
    setButtonTip(exportButton(), tr("Products below their minimum level, by producer: save as CSV or PDF, print"));
}

void StockPage::receiveGoods()
{
    ReceiveDialog dialog(m_db, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Receiving& done = dialog.received();
    reload();
    if (!done.lines.isEmpty() && !dialog.receivedSkus().isEmpty())
        selectSku(dialog.receivedSkus().first().first);
    showMessage(tr("Delivery %1 from %2 recorded: %n line(s).", nullptr, int(done.lines.size()))
                    .arg(done.number, done.producerName),
                false);
    offerLabels(dialog);
    view()->setFocus(Qt::OtherFocusReason);
}

void StockPage::offerLabels(const ReceiveDialog& dialog)
{
    const auto lines = dialog.receivedSkus();
    if (lines.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Labels"), tr("Print price labels for the goods received?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("offerLabelsDialog"));
    QPushButton* yes = box.addButton(tr("Print labels…"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("offerLabelsYes"));
    QPushButton* no = box.addButton(tr("Not now"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("offerLabelsNo"));
    box.setDefaultButton(yes);
    box.setEscapeButton(no);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    QStringList skus;
    qint64 copies = -1;
    for (const auto& [sku, quantity] : lines) {
        if (!skus.contains(sku))
            skus << sku;
        // One label per piece when every line is the same number of whole pieces; else one each.
        const qint64 n = quantity.isWhole() ? quantity.milli() / Quantity::Scale : 1;
        copies = copies < 0 || copies == n ? n : 1;
    }
    LabelDialog labels(m_db, m_session, skus, this);
    labels.setCopies(int(std::clamp<qint64>(copies, 1, 999)));
    labels.exec();
}

void StockPage::showHistory()
{
    const StockRow* row = currentRow();
    if (!row)
        return;
    HistoryDialog dialog(m_db, row->productId, QStringLiteral("%1 (%2)").arg(row->name.in(language()), row->sku),
                         language(), this);
    dialog.exec();
    view()->setFocus(Qt::OtherFocusReason);
}

void StockPage::adjustStock()
{
    const StockRow* row = currentRow();
    if (!row || !m_canManage)
        return;
    AdjustDialog dialog(m_db, m_session, *row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString sku = row->sku;
    runSearch();
    selectSku(sku);
    showMessage(tr("Stock of %1 corrected: %2 (%3).")
                    .arg(sku, dialog.adjustment().quantity.format(language()), dialog.adjustment().number),
                false);
    view()->setFocus(Qt::OtherFocusReason);
}

void StockPage::editMinLevel()
{
    const StockRow* row = currentRow();
    if (!row || !m_canManage)
        return;
    MinLevelDialog dialog(m_db, m_session, *row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString sku = row->sku;
    runSearch();
    selectSku(sku);
    showMessage(tr("The minimum level of %1 was saved.").arg(sku), false);
    view()->setFocus(Qt::OtherFocusReason);
}

void StockPage::showReorderList()
{
    ReorderDialog dialog(m_db, language(), this);
    dialog.exec();
}

void StockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillFilters();
        runSearch();
    }
    RecordListPage::changeEvent(event);
}

void StockPage::retranslateUi()
{
    searchField()->setPlaceholderText(tr("Search: barcode, SKU, name or producer"));
    newButton()->setText(tr("Receive goods…"));
    editButton()->setText(tr("History"));
    m_adjust->setText(tr("Adjust…"));
    m_minLevel->setText(tr("Minimum…"));
    exportButton()->setText(tr("Reorder list…"));
    m_lowOnly->setText(tr("Low only"));
    m_lowOnly->setToolTip(tr("Only products below their minimum level"));
    m_expiredOnly->setText(tr("Expired only"));
    m_expiredOnly->setToolTip(tr("Only products with a batch past its expiry date"));
    m_model->setLanguage(language());
    m_model->retranslate();
    updateButtons();
}

} // namespace ovop::ui
