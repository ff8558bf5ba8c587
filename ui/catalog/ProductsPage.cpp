// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/catalog/ProductsPage.h"

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

#include "models/catalog/CatalogService.h"
#include "ui/catalog/ImportDialog.h"
#include "ui/catalog/LabelDialog.h"
#include "models/catalog/ProducerService.h"
#include "ui/catalog/ProductEditor.h"
#include "ui/catalog/ProductTableModel.h"
#include "models/exchange/CatalogExport.h"
#include "models/places/PlaceService.h"
#include "models/stock/StockLedger.h"
#include "models/store/Database.h"
#include "ui/widgets/CsvExportPath.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/TableColumns.h"

namespace ovop::ui {

namespace {
constexpr int PageLimit = 500;
// A combo box's frame, padding and arrow around its text.
constexpr int ComboChrome = 80;

QComboBox* filterCombo(const QString& name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    return combo;
}
} // namespace

ProductsPage::ProductsPage(Database& db, const Session& session, QWidget* parent)
    : RecordListPage(db, session, QStringLiteral("product"), QStringLiteral("products"), parent),
      m_canEdit(session.can(Permission::EditCatalog)), m_model(new ProductTableModel(this))
{
    proxy()->setDynamicSortFilter(false);
    // The catalogue's own order until a column is chosen.
    // The category (also a filter), the unit, the places and the state are there for those who choose
    // them in the header's menu: at 1024 pixels the other columns then fit whole beside the name.
    setKeyColumns({ProductTableModel::Sku, ProductTableModel::Name});
    setTableModel(m_model, ProductTableModel::SortRole, ProductTableModel::Name,
                  {ProductTableModel::CategoryColumn, ProductTableModel::UnitColumn, ProductTableModel::Village,
                   ProductTableModel::Oblast, ProductTableModel::Active},
                  -1, QAbstractItemView::ExtendedSelection);
    columns()->setYielding({ProductTableModel::CategoryColumn, ProductTableModel::Producer, ProductTableModel::Village,
                            ProductTableModel::Oblast});
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProductsPage::updateButtons);

    m_category = filterCombo(QStringLiteral("categoryFilter"), this);
    m_oblast = filterCombo(QStringLiteral("oblastFilter"), this);
    m_village = filterCombo(QStringLiteral("villageFilter"), this);
    m_producer = filterCombo(QStringLiteral("producerFilter"), this);
    m_state = filterCombo(QStringLiteral("stateFilter"), this);
    for (QComboBox* combo : {m_category, m_oblast, m_village, m_producer, m_state}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ProductsPage::filterChanged);
        connect(combo, &QComboBox::currentTextChanged, this, &ProductsPage::updateFilterTips);
    }
    m_filters = new QGridLayout;
    m_filters->setHorizontalSpacing(8);
    arrangeFilters(false);
    setFilterLayout(m_filters);

    m_labels = new QPushButton(this);
    m_labels->setObjectName(QStringLiteral("printLabelsButton"));
    toolRow()->addWidget(m_labels);
    connect(newButton(), &QPushButton::clicked, this, &ProductsPage::newProduct);
    connect(editButton(), &QPushButton::clicked, this, [this] { editProduct(currentSku()); });
    connect(archiveButton(), &QPushButton::clicked, this, &ProductsPage::toggleArchived);
    connect(m_labels, &QPushButton::clicked, this, &ProductsPage::printLabels);
    connect(importButton(), &QPushButton::clicked, this, &ProductsPage::importProducts);
    connect(exportButton(), &QPushButton::clicked, this, &ProductsPage::exportProducts);
    setShortcut(m_labels, QKeySequence::Print);
    orderTabs({m_category, m_oblast, m_village, m_producer, m_state}, {m_labels});

    retranslateUi();
    reload();
}

ProductsPage::~ProductsPage() = default;

void ProductsPage::arrangeFilters(bool narrow)
{
    // Wide: one row of five filters under the search box. Narrow (a 1024 x 768 screen): the filters
    // in two rows, so that each shows its choice.
    for (QWidget* w : std::initializer_list<QWidget*>{m_category, m_oblast, m_village, m_producer, m_state})
        m_filters->removeWidget(w);
    const int columns = narrow ? 3 : 5;
    const QList<QWidget*> combos{m_category, m_oblast, m_village, m_producer, m_state};
    for (int i = 0; i < combos.size(); ++i)
        m_filters->addWidget(combos.at(i), i / columns, i % columns);
    for (int column = 0; column < 5; ++column)
        m_filters->setColumnStretch(column, column < columns ? 1 : 0);
    m_narrow = narrow;
}

void ProductsPage::resizeEvent(QResizeEvent* event)
{
    RecordListPage::resizeEvent(event);
    updateFilterArrangement();
}

void ProductsPage::updateFilterArrangement()
{
    // One row when every filter shows its whole choice in its fifth of the width, else two rows.
    const QList<QComboBox*> combos{m_category, m_oblast, m_village, m_producer, m_state};
    const int share = (width() - int(combos.size() - 1) * m_filters->horizontalSpacing()) / int(combos.size());
    int widest = 0;
    for (QComboBox* combo : combos)
        widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->currentText()) + ComboChrome);
    const bool narrow = widest > share;
    if (narrow != m_narrow)
        arrangeFilters(narrow);
}

void ProductsPage::updateFilterTips()
{
    // What the filter is, and its whole choice (which a narrow box may cut).
    const std::pair<QComboBox*, QString> tips[] = {
        {m_category, tr("Category")},
        {m_oblast, tr("Oblast of the producer's village")},
        {m_village, tr("Producer's village")},
        {m_producer, tr("Producer")},
        {m_state, tr("On sale, archived or all products")},
    };
    for (const auto& [combo, label] : tips)
        combo->setToolTip(label + QStringLiteral(": ") + combo->currentText());
}

void ProductsPage::reload()
{
    fillFilters();
    // Stock that cannot be read is shown as unknown, not as nothing on hand.
    const auto stock = StockLedger(m_db).onHandAll();
    m_model->setStock(stock ? stock.value() : QHash<QString, Quantity>(), stock.ok());
    runSearch();
}

void ProductsPage::fillFilters()
{
    const QString lang = language();
    QSettings settings;
    settings.beginGroup(settingsGroup());
    auto remembered = [&](QComboBox* combo, const QString& key) {
        return combo->count() > 0 ? combo->currentData().toString() : settings.value(key).toString();
    };
    const QString category = remembered(m_category, QStringLiteral("category"));
    const QString oblast = remembered(m_oblast, QStringLiteral("oblast"));
    const QString producer = remembered(m_producer, QStringLiteral("producer"));
    const QString state = remembered(m_state, QStringLiteral("state"));

    m_filling = true;
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    QHash<QString, LocalizedText> categoryNames;
    const auto categories = CatalogService(m_db).categories();
    if (!categories)
        showMessage(categories.message(), true);
    for (const Category& c : categories.ok() ? categories.value() : QList<Category>()) {
        m_category->addItem(c.name.in(lang), c.key);
        categoryNames.insert(c.key, c.name);
    }
    m_model->setCategoryNames(categoryNames);
    selectData(m_category, category);

    m_oblast->clear();
    m_oblast->addItem(tr("All oblasts"), QString());
    const auto oblasts = PlaceService(m_db).oblasts(lang);
    if (!oblasts)
        showMessage(oblasts.message(), true);
    for (const Oblast& o : oblasts.ok() ? oblasts.value() : QList<Oblast>())
        m_oblast->addItem(o.name.in(lang), o.id);
    selectData(m_oblast, oblast);
    fillVillages();

    m_producer->clear();
    m_producer->addItem(tr("All producers"), QString());
    ProducerFilter producers;
    producers.state = ProducerFilter::State::All;
    if (auto list = ProducerService(m_db).list(m_session, producers)) {
        for (const Producer& p : list.value())
            m_producer->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.id);
    }
    selectData(m_producer, producer);

    m_state->clear();
    m_state->addItem(tr("On sale"), QStringLiteral("active"));
    m_state->addItem(tr("Archived"), QStringLiteral("archived"));
    m_state->addItem(tr("All products"), QStringLiteral("all"));
    selectData(m_state, state.isEmpty() ? QStringLiteral("active") : state);
    m_filling = false;
}

void ProductsPage::fillVillages()
{
    const QString lang = language();
    const QString village = m_village->count() > 0
                                ? m_village->currentData().toString()
                                : QSettings().value(settingsGroup() + QStringLiteral("/village")).toString();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_village->clear();
    m_village->addItem(tr("All villages"), QString());
    const auto villages = PlaceService(m_db).villages(m_oblast->currentData().toString(), QString(), lang);
    if (!villages)
        showMessage(villages.message(), true);
    for (const Village& v : villages.ok() ? villages.value() : QList<Village>())
        m_village->addItem(v.name.in(lang), v.id);
    selectData(m_village, village);
    m_filling = wasFilling;
}

void ProductsPage::filterChanged()
{
    if (m_filling)
        return;
    if (sender() == m_oblast)
        fillVillages();
    updateFilterArrangement();
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("category"), m_category->currentData());
    settings.setValue(QStringLiteral("oblast"), m_oblast->currentData());
    settings.setValue(QStringLiteral("village"), m_village->currentData());
    settings.setValue(QStringLiteral("producer"), m_producer->currentData());
    settings.setValue(QStringLiteral("state"), m_state->currentData());
    runSearch();
}

ProductFilter ProductsPage::filter() const
{
    ProductFilter f;
    f.category = m_category->currentData().toString();
    f.oblastId = m_oblast->currentData().toString();
    f.villageId = m_village->currentData().toString();
    f.producerId = m_producer->currentData().toString();
    const QString state = m_state->currentData().toString();
    f.state = state == QLatin1String("archived") ? ProductFilter::State::Archived
              : state == QLatin1String("all")    ? ProductFilter::State::All
                                                 : ProductFilter::State::Active;
    f.limit = PageLimit;
    return f;
}

void ProductsPage::listRecords()
{
    const QStringList selected = selectedSkus();
    const ProductFilter f = filter();
    CatalogService catalog(m_db);
    const auto found = catalog.search(searchField()->text(), f, language());
    m_model->setLanguage(language());
    m_model->setProducts(found.ok() ? found.value() : QList<Product>());
    sortAsHeaderShows();
    if (!found) {
        // The catalogue could not be read: say so, never show an empty list as if there were none.
        statusLabel()->setText(found.message());
        showMessage(found.message(), true);
        updateButtons();
        return;
    }

    const int shown = int(found.value().size());
    if (shown >= PageLimit) {
        const auto counted = catalog.count(searchField()->text(), f);
        const int total = counted.ok() ? counted.value() : shown;
        statusLabel()->setText(tr("Showing the first %1 of %2 products: type more of a name or choose a filter to "
                                  "narrow the list.")
                                   .arg(shown)
                                   .arg(total));
    } else if (shown == 0 && !searchField()->text().trimmed().isEmpty()) {
        statusLabel()->setText(tr("No product matches “%1”. Try part of a word, the SKU or the barcode.")
                                   .arg(searchField()->text().trimmed()));
    } else {
        statusLabel()->setText(tr("%n product(s)", nullptr, shown));
    }
    for (const QString& sku : selected)
        selectSku(sku);
    updateButtons();
}

QString ProductsPage::currentSku() const
{
    const QModelIndex current = view()->selectionModel()->currentIndex();
    if (current.isValid() && view()->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return current.data(ProductTableModel::SkuRole).toString();
    const QStringList skus = selectedSkus();
    return skus.isEmpty() ? QString() : skus.first();
}

void ProductsPage::openCurrent()
{
    editProduct(currentSku());
}

QStringList ProductsPage::selectedSkus() const
{
    QStringList out;
    QModelIndexList rows = view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        out << index.data(ProductTableModel::SkuRole).toString();
    return out;
}

bool ProductsPage::selectSku(const QString& sku)
{
    const int row = m_model->rowOfSku(sku);
    if (row < 0)
        return false;
    const QModelIndex index = proxy()->mapFromSource(m_model->index(row, 0));
    view()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    view()->scrollTo(index);
    return true;
}

void ProductsPage::updateButtons()
{
    const QStringList skus = selectedSkus();
    const Product* product = m_model->product(m_model->rowOfSku(currentSku()));
    const QString refusal = m_canEdit ? QString() : Roles::refusal(Permission::EditCatalog).message;
    newButton()->setEnabled(m_canEdit);
    // Whoever may not change a product may still open it to read.
    editButton()->setEnabled(product);
    archiveButton()->setEnabled(m_canEdit && product);
    importButton()->setEnabled(m_canEdit);
    editButton()->setText(m_canEdit ? tr("Edit") : tr("Open"));
    archiveButton()->setText(product && !product->active ? tr("Restore") : tr("Archive"));
    setButtonTip(newButton(), m_canEdit ? tr("Add a product") : refusal);
    setButtonTip(editButton(), m_canEdit ? tr("Change the selected product (or Enter in the table)")
                                         : tr("Open the selected product (or Enter in the table)"));
    setButtonTip(archiveButton(), m_canEdit ? (product && !product->active ? tr("Put the product on sale again")
                                                                           : tr("Archive the selected product"))
                                            : refusal);
    setButtonTip(importButton(), m_canEdit ? tr("Add or change products from a spreadsheet (CSV)") : refusal);
    setButtonTip(exportButton(), tr("Write every product to a spreadsheet (CSV)"));
    m_labels->setEnabled(!skus.isEmpty());
    setButtonTip(m_labels, skus.isEmpty() ? tr("Select the products to label in the table first.")
                                          : tr("Print price labels for the selected products"));
}

void ProductsPage::newProduct()
{
    ProductEditor editor(m_db, m_session, QString(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QString sku = editor.savedProduct().sku;
    reload();
    view()->clearSelection();
    if (!selectSku(sku)) {
        searchField()->setText(sku);
        runPendingSearch();
        selectSku(sku);
    }
    showMessage(tr("The product %1 was added.").arg(sku), false);
}

void ProductsPage::editProduct(const QString& sku)
{
    if (sku.isEmpty())
        return;
    ProductEditor editor(m_db, m_session, sku, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    reload();
    view()->clearSelection();
    selectSku(editor.savedProduct().sku);
    showMessage(tr("The product %1 was saved.").arg(editor.savedProduct().sku), false);
}

void ProductsPage::toggleArchived()
{
    const QString sku = currentSku();
    const int modelRow = m_model->rowOfSku(sku);
    const Product* product = m_model->product(modelRow);
    if (!product)
        return;
    const bool restore = !product->active;
    if (!restore) {
        const QString name = product->name.in(language());
        const QString onHand = m_model->index(modelRow, ProductTableModel::Stock).data().toString();
        const QString question =
            tr("Archive the product “%1” (%2)?").arg(name, sku) + QStringLiteral("\n\n") +
            (onHand.isEmpty() ? tr("Its stock on hand could not be read.") : tr("On hand: %1.").arg(onHand)) +
            QLatin1Char(' ') + tr("It is kept with its history but no longer sold. You can undo this.");
        if (!confirm(tr("Archive product"), question, tr("Archive")))
            return;
    }
    const int row = view()->selectionModel()->currentIndex().row();
    CatalogService catalog(m_db);
    const Status done = restore ? catalog.reactivate(m_session, sku) : catalog.archive(m_session, sku);
    if (!done) {
        showMessage(done.message(), true);
        return;
    }
    runSearch();
    // The keyboard stays in the table, on the row that took the archived one's place.
    view()->clearSelection();
    if (!selectSku(sku) && proxy()->rowCount() > 0)
        selectRow(std::clamp(row, 0, proxy()->rowCount() - 1));
    view()->setFocus(Qt::OtherFocusReason);
    if (restore) {
        showMessage(tr("The product %1 is on sale again.").arg(sku), false);
        return;
    }
    showMessage(tr("The product %1 was archived: it is kept with its history but no longer sold.").arg(sku), false,
                [this, sku] {
                    const Status undone = CatalogService(m_db).reactivate(m_session, sku);
                    if (!undone) {
                        showMessage(undone.message(), true);
                        return;
                    }
                    runSearch();
                    view()->clearSelection();
                    selectSku(sku);
                    view()->setFocus(Qt::OtherFocusReason);
                    showMessage(tr("The product %1 is on sale again.").arg(sku), false);
                });
}

void ProductsPage::importProducts()
{
    ImportDialog dialog(m_db, m_session, ImportDialog::Kind::Products, this);
    dialog.exec();
    if (dialog.wasImported()) {
        reload();
        const ImportSummary& s = dialog.summary();
        showMessage(tr("Imported: %1 added, %2 changed.").arg(s.added).arg(s.changed), false);
    }
}

void ProductsPage::exportProducts()
{
    const auto target = askCsvExportTarget(this, tr("Export products"), QStringLiteral("products.csv"));
    if (!target)
        return;
    auto written = exportTo(target->path, target->delimiter, target->overwrite);
    if (!written)
        showMessage(written.message(), true);
    else
        showMessage(
            tr("%n product(s) written to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(target->path)),
            false);
}

Result<int> ProductsPage::exportTo(const QString& path, QChar delimiter, Overwrite overwrite)
{
    ExportOptions options;
    options.delimiter = delimiter;
    options.overwrite = overwrite;
    options.language = language();
    return runCsvExport(
        this, m_db, tr("Export products"), tr("Writing the products to %1…").arg(QDir::toNativeSeparators(path)),
        [path, options](Database& db) {
            return CatalogExport(db).saveProducts(path, CatalogExport::allProducts(), options);
        });
}

void ProductsPage::printLabels()
{
    const QStringList skus = selectedSkus();
    if (skus.isEmpty())
        return;
    LabelDialog dialog(m_db, m_session, skus, this);
    dialog.exec();
    if (dialog.barcodesAssigned())
        runSearch();
}

void ProductsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillFilters();
        updateFilterArrangement();
        runSearch();
    }
    RecordListPage::changeEvent(event);
}

void ProductsPage::retranslateUi()
{
    searchField()->setPlaceholderText(tr("Search: barcode, SKU, name in any language, producer or village"));
    updateFilterTips();
    newButton()->setText(tr("New product"));
    m_labels->setText(tr("Labels…"));
    importButton()->setText(tr("Import…"));
    exportButton()->setText(tr("Export…"));
    m_model->setLanguage(language());
    m_model->retranslate();
    updateButtons();
}

} // namespace ovop::ui
