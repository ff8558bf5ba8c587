// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "producers/ProducersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "catalog/ImportDialog.h"
#include "catalog/ProducerService.h"
#include "core/Language.h"
#include "exchange/CatalogExport.h"
#include "producers/OverdueBadgeDelegate.h"
#include "producers/ProducerEditor.h"
#include "producers/ProducerTableModel.h"
#include "store/Database.h"
#include "widgets/CsvExportPath.h"
#include "widgets/FormHelpers.h"

namespace ovop::ui {

namespace {
const QString SettingsGroup = QStringLiteral("producersPage");
constexpr int SearchPauseMs = 150;
} // namespace

ProducersPage::ProducersPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_canEdit(session.can(Permission::EditCatalog)),
      m_model(new ProducerTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("producersPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProducerTableModel::SortRole);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ProducersPage::runSearch);

    QSettings settings;
    settings.beginGroup(SettingsGroup);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("producerSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    m_overdueOnly = new QCheckBox(this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_overdueOnly->setChecked(settings.value(QStringLiteral("overdueOnly")).toBool());
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this] {
        saveSettings();
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
        saveSettings();
        runSearch();
    });

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newProducerButton"));
    m_new->setProperty("role", QStringLiteral("primary"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editProducerButton"));
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archiveProducerButton"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importProducersButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportProducersButton"));
    connect(m_new, &QPushButton::clicked, this, &ProducersPage::newProducer);
    connect(m_edit, &QPushButton::clicked, this, [this] { editProducer(currentCode()); });
    connect(m_archive, &QPushButton::clicked, this, &ProducersPage::toggleArchived);
    connect(m_import, &QPushButton::clicked, this, &ProducersPage::importProducers);
    connect(m_export, &QPushButton::clicked, this, &ProducersPage::exportProducers);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("producersStatus"));
    m_status->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("producersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("producersTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ProducerTableModel::Overdue, new OverdueBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(40);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[ProducerTableModel::ColumnCount] = {150, 80, 220, 120, 110, 190, 150, 110, 170, 110};
    for (int column = 0; column < ProducerTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setSortIndicator(ProducerTableModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    header->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
    connect(header, &QHeaderView::sectionResized, this, &ProducersPage::saveSettings);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ProducersPage::saveSettings);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProducersPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editProducer(currentCode()); });

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_state);
    auto* tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_new);
    tools->addWidget(m_edit);
    tools->addWidget(m_archive);
    tools->addStretch(1);
    tools->addWidget(m_overdueOnly);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_import);
    bottom->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    retranslateUi();
    reload();
}

QString ProducersPage::language() const
{
    const QString current = Language::current();
    return current.isEmpty() ? m_session.language : current;
}

void ProducersPage::reload()
{
    runSearch();
}

ProducerFilter ProducersPage::filter() const
{
    ProducerFilter f;
    f.search = m_search->text().trimmed();
    f.overdueOnly = m_overdueOnly->isChecked();
    const QString state = m_state->currentData().toString();
    f.state = state == QLatin1String("archived") ? ProducerFilter::State::Archived
              : state == QLatin1String("all")    ? ProducerFilter::State::All
                                                 : ProducerFilter::State::Active;
    return f;
}

bool ProducersPage::searchPending() const
{
    return m_searchTimer->isActive();
}

void ProducersPage::runPendingSearch()
{
    runSearch();
}

void ProducersPage::runSearch()
{
    m_searchTimer->stop();
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
    m_proxy->sort(m_view->horizontalHeader()->sortIndicatorSection(), m_view->horizontalHeader()->sortIndicatorOrder());
    m_view->resizeColumnToContents(ProducerTableModel::Overdue); // the badge's text, in the language
    const int overdue = service.overdueCount();
    QString status = tr("%n producer(s) shown", nullptr, m_model->rowCount());
    if (overdue > 0)
        status += QStringLiteral(" · ") +
                  tr("%n producer(s) with a working-conditions visit overdue", nullptr, overdue);
    m_status->setText(status);
    m_status->setProperty("role", overdue > 0 ? QStringLiteral("error") : QStringLiteral("hint"));
    repolish(m_status);
    if (!selected.isEmpty())
        selectCode(selected);
    updateButtons();
}

QString ProducersPage::currentCode() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ProducerTableModel::CodeRole).toString();
}

bool ProducersPage::selectCode(const QString& code)
{
    const int row = m_model->rowOfCode(code);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(index);
    return true;
}

void ProducersPage::updateButtons()
{
    const Producer* producer = m_model->producer(m_model->rowOfCode(currentCode()));
    const QString refusal = m_canEdit ? QString() : Roles::refusal(Permission::EditCatalog).message;
    m_new->setEnabled(m_canEdit);
    m_edit->setEnabled(producer != nullptr);
    m_archive->setEnabled(m_canEdit && producer);
    m_import->setEnabled(m_canEdit);
    for (QPushButton* button : {m_new, m_archive, m_import})
        button->setToolTip(refusal);
    m_edit->setText(m_canEdit ? tr("Edit") : tr("Open"));
    m_archive->setText(producer && !producer->active ? tr("Restore") : tr("Archive"));
}

void ProducersPage::showMessage(const QString& text, bool error)
{
    showFormMessage(m_message, text, error);
}

void ProducersPage::saveSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("overdueOnly"), m_overdueOnly->isChecked());
    settings.setValue(QStringLiteral("state"), m_state->currentData());
    settings.setValue(QStringLiteral("columns"), m_view->horizontalHeader()->saveState());
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
    ProducerService service(m_db);
    const Status done = restore ? service.reactivate(m_session, code) : service.archive(m_session, code);
    if (!done) {
        showMessage(done.message(), true);
        return;
    }
    runSearch();
    showMessage(restore ? tr("The producer %1 is active again.").arg(code)
                        : tr("The producer %1 was archived.").arg(code),
                false);
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
    QWidget::changeEvent(event);
}

void ProducersPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Filter: name, code or village"));
    m_overdueOnly->setText(tr("Visit overdue only"));
    m_overdueOnly->setToolTip(tr("Producers with no working-conditions visit in the last 12 months"));
    m_state->setItemText(0, tr("Active producers"));
    m_state->setItemText(1, tr("Archived"));
    m_state->setItemText(2, tr("All producers"));
    m_new->setText(tr("New producer"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_model->setLanguage(language());
    m_model->retranslate();
    updateButtons();
}

} // namespace ovop::ui
