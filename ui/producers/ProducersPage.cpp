// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/producers/ProducersPage.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

#include "ui/catalog/ImportDialog.h"
#include "models/catalog/ProducerService.h"
#include "models/exchange/CatalogExport.h"
#include "ui/producers/OverdueBadgeDelegate.h"
#include "ui/producers/ProducerEditor.h"
#include "ui/producers/ProducerTableModel.h"
#include "models/store/Database.h"
#include "ui/widgets/CsvExportPath.h"
#include "ui/widgets/FormHelpers.h"
#include "ui/widgets/TableColumns.h"

namespace ovop::ui {

ProducersPage::ProducersPage(Database& db, const Session& session, QWidget* parent)
    : RecordListPage(db, session, QStringLiteral("producer"), QStringLiteral("producers"), parent),
      m_canEdit(session.can(Permission::EditCatalog)), m_model(new ProducerTableModel(this))
{
    view()->setItemDelegateForColumn(ProducerTableModel::Overdue, new OverdueBadgeDelegate(view()));
    setKeyColumns({ProducerTableModel::Code, ProducerTableModel::Name});
    // The kind, the oblast, women-led and the terms are there for those who choose them in the
    // header's menu.
    setTableModel(
        m_model, ProducerTableModel::SortRole, ProducerTableModel::Name,
        {ProducerTableModel::Kind, ProducerTableModel::Oblast, ProducerTableModel::WomenLed, ProducerTableModel::Terms},
        ProducerTableModel::Name, QAbstractItemView::SingleSelection);
    columns()->setYielding(
        {ProducerTableModel::Kind, ProducerTableModel::Village, ProducerTableModel::Oblast, ProducerTableModel::Terms});
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProducersPage::updateButtons);

    QSettings settings;
    settings.beginGroup(settingsGroup());
    m_overdueOnly = new QCheckBox(this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_overdueOnly->setChecked(settings.value(QStringLiteral("overdueOnly")).toBool());
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this] {
        saveFilters();
        runSearch();
    });
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("producerStateFilter"));
    m_state->addItem(QString(), QStringLiteral("active"));
    m_state->addItem(QString(), QStringLiteral("archived"));
    m_state->addItem(QString(), QStringLiteral("all"));
    const int state = m_state->findData(settings.value(QStringLiteral("state")).toString());
    m_state->setCurrentIndex(state >= 0 ? state : 0);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        saveFilters();
        runSearch();
    });
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_state);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    setFilterLayout(filters);

    connect(newButton(), &QPushButton::clicked, this, &ProducersPage::newProducer);
    connect(editButton(), &QPushButton::clicked, this, [this] { editProducer(currentCode()); });
    connect(archiveButton(), &QPushButton::clicked, this, &ProducersPage::toggleArchived);
    connect(importButton(), &QPushButton::clicked, this, &ProducersPage::importProducers);
    connect(exportButton(), &QPushButton::clicked, this, &ProducersPage::exportProducers);
    orderTabs({m_state, m_overdueOnly}, {});

    retranslateUi();
    reload();
}

void ProducersPage::reload()
{
    runSearch();
}

ProducerFilter ProducersPage::filter() const
{
    ProducerFilter f;
    f.search = searchField()->text().trimmed();
    f.overdueOnly = m_overdueOnly->isChecked();
    const QString state = m_state->currentData().toString();
    f.state = state == QLatin1String("archived") ? ProducerFilter::State::Archived
              : state == QLatin1String("all")    ? ProducerFilter::State::All
                                                 : ProducerFilter::State::Active;
    return f;
}

void ProducersPage::listRecords()
{
    const QString selected = currentCode();
    ProducerService service(m_db);
    auto producers = service.list(m_session, filter());
    m_model->setLanguage(language());
    if (!producers) {
        m_model->setProducers({}, m_db.now().date());
        showMessage(producers.message(), true);
    } else {
        m_model->setProducers(producers.value(), m_db.now().date());
    }
    sortAsHeaderShows();
    const auto overdueRead = service.overdueCount();
    const int overdue = overdueRead.ok() ? overdueRead.value() : 0; // a failed read shows with the list
    QString status = tr("%n producer(s) shown", nullptr, m_model->rowCount());
    if (overdue > 0)
        status += QStringLiteral(" · ") +
                  tr("%n producer(s) with a working-conditions visit overdue", nullptr, overdue);
    statusLabel()->setText(status);
    statusLabel()->setProperty("role", overdue > 0 ? QStringLiteral("error") : QStringLiteral("hint"));
    repolish(statusLabel());
    if (!selected.isEmpty())
        selectCode(selected);
    updateButtons();
}

QString ProducersPage::currentCode() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ProducerTableModel::CodeRole).toString();
}

void ProducersPage::openCurrent()
{
    editProducer(currentCode());
}

bool ProducersPage::selectCode(const QString& code)
{
    const int row = m_model->rowOfCode(code);
    if (row < 0)
        return false;
    const QModelIndex index = proxy()->mapFromSource(m_model->index(row, 0));
    view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    view()->scrollTo(index);
    return true;
}

void ProducersPage::updateButtons()
{
    const Producer* producer = m_model->producer(m_model->rowOfCode(currentCode()));
    const QString refusal = m_canEdit ? QString() : Roles::refusal(Permission::EditCatalog).message;
    newButton()->setEnabled(m_canEdit);
    editButton()->setEnabled(producer != nullptr);
    archiveButton()->setEnabled(m_canEdit && producer);
    importButton()->setEnabled(m_canEdit);
    editButton()->setText(m_canEdit ? tr("Edit") : tr("Open"));
    archiveButton()->setText(producer && !producer->active ? tr("Restore") : tr("Archive"));
    setButtonTip(newButton(), m_canEdit ? tr("Add a producer") : refusal);
    setButtonTip(editButton(), m_canEdit ? tr("Change the selected producer (or Enter in the table)")
                                         : tr("Open the selected producer (or Enter in the table)"));
    setButtonTip(archiveButton(), m_canEdit ? (producer && !producer->active ? tr("Make the producer active again")
                                                                             : tr("Archive the selected producer"))
                                            : refusal);
    setButtonTip(importButton(), m_canEdit ? tr("Add or change producers from a spreadsheet (CSV)") : refusal);
    setButtonTip(exportButton(), tr("Write every producer to a spreadsheet (CSV)"));
}

void ProducersPage::saveFilters()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("overdueOnly"), m_overdueOnly->isChecked());
    settings.setValue(QStringLiteral("state"), m_state->currentData());
}

void ProducersPage::newProducer()
{
    ProducerEditor editor(m_db, m_session, QString(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    runSearch();
    selectCode(editor.savedProducer().code);
    showMessage(tr("The producer %1 was added.").arg(editor.savedProducer().code), false);
}

void ProducersPage::editProducer(const QString& code)
{
    if (code.isEmpty())
        return;
    ProducerEditor editor(m_db, m_session, code, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    runSearch();
    selectCode(editor.savedProducer().code);
    showMessage(tr("The producer %1 was saved.").arg(editor.savedProducer().code), false);
}

void ProducersPage::toggleArchived()
{
    const QString code = currentCode();
    const Producer* producer = m_model->producer(m_model->rowOfCode(code));
    if (!producer)
        return;
    const bool restore = !producer->active;
    if (!restore && !confirm(tr("Archive producer"),
                             tr("Archive the producer “%1” (%2)?").arg(producer->name, code) + QStringLiteral("\n\n") +
                                 tr("They are kept with their history and products. You can undo this."),
                             tr("Archive")))
        return;
    const int row = view()->selectionModel()->currentIndex().row();
    ProducerService service(m_db);
    const Status done = restore ? service.reactivate(m_session, code) : service.archive(m_session, code);
    if (!done) {
        showMessage(done.message(), true);
        return;
    }
    runSearch();
    // The keyboard stays in the table, on the row that took the archived one's place.
    if (!selectCode(code) && proxy()->rowCount() > 0)
        selectRow(std::clamp(row, 0, proxy()->rowCount() - 1));
    view()->setFocus(Qt::OtherFocusReason);
    if (restore) {
        showMessage(tr("The producer %1 is active again.").arg(code), false);
        return;
    }
    showMessage(tr("The producer %1 was archived.").arg(code), false, [this, code] {
        const Status undone = ProducerService(m_db).reactivate(m_session, code);
        if (!undone) {
            showMessage(undone.message(), true);
            return;
        }
        runSearch();
        selectCode(code);
        view()->setFocus(Qt::OtherFocusReason);
        showMessage(tr("The producer %1 is active again.").arg(code), false);
    });
}

void ProducersPage::importProducers()
{
    ImportDialog dialog(m_db, m_session, ImportDialog::Kind::Producers, this);
    dialog.exec();
    if (dialog.wasImported()) {
        runSearch();
        const ImportSummary& s = dialog.summary();
        showMessage(tr("Imported: %1 added, %2 changed.").arg(s.added).arg(s.changed), false);
    }
}

void ProducersPage::exportProducers()
{
    const auto target = askCsvExportTarget(this, tr("Export producers"), QStringLiteral("producers.csv"));
    if (!target)
        return;
    auto written = exportTo(target->path, target->delimiter, target->overwrite);
    if (!written)
        showMessage(written.message(), true);
    else
        showMessage(
            tr("%n producer(s) written to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(target->path)),
            false);
}

Result<int> ProducersPage::exportTo(const QString& path, QChar delimiter, Overwrite overwrite)
{
    ExportOptions options;
    options.delimiter = delimiter;
    options.overwrite = overwrite;
    options.language = language();
    const Session session = m_session;
    return runCsvExport(
        this, m_db, tr("Export producers"), tr("Writing the producers to %1…").arg(QDir::toNativeSeparators(path)),
        [session, path, options](Database& db) {
            return CatalogExport(db).saveProducers(session, path, CatalogExport::allProducers(), options);
        });
}

void ProducersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        runSearch();
    }
    RecordListPage::changeEvent(event);
}

void ProducersPage::retranslateUi()
{
    searchField()->setPlaceholderText(tr("Filter: name, code or village"));
    m_overdueOnly->setText(tr("Visit overdue only"));
    m_overdueOnly->setToolTip(tr("Producers with no working-conditions visit in the last 12 months"));
    m_state->setItemText(0, tr("Active producers"));
    m_state->setItemText(1, tr("Archived"));
    m_state->setItemText(2, tr("All producers"));
    newButton()->setText(tr("New producer"));
    importButton()->setText(tr("Import…"));
    exportButton()->setText(tr("Export…"));
    m_model->setLanguage(language());
    m_model->retranslate();
    updateButtons();
}

} // namespace ovop::ui
