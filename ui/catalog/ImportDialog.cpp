// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/catalog/ImportDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/catalog/ImportPreviewModel.h"
#include "ui/catalog/ImportProblemsPanel.h"
#include "models/core/Language.h"
#include "models/places/PlaceService.h"
#include "models/store/Database.h"
#include "ui/widgets/FileDialogs.h"

namespace ovop::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(32);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return ImportDialog::tr("tab");
    return QString(delimiter);
}

template <typename Plan>
void fillCommon(const Plan& plan, QList<ImportPreviewRow>& rows, int index)
{
    ImportPreviewRow& row = rows[index];
    const auto& source = plan.rows.at(index);
    row.line = source.line;
    row.action = source.action;
    row.changedFields = source.changedFields;
    for (const ImportProblem& problem : plan.problemsOn(source.line))
        row.problems << (problem.column.isEmpty() ? problem.message
                                                  : QStringLiteral("%1: %2").arg(problem.column, problem.message));
}

} // namespace

ImportDialog::ImportDialog(Database& db, const Session& session, Kind kind, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_kind(kind),
      m_productPlan(std::make_shared<std::optional<ProductImportPlan>>()),
      m_producerPlan(std::make_shared<std::optional<ProducerImportPlan>>()),
      m_workerSummary(std::make_shared<ImportSummary>()), m_preview(new ImportPreviewModel(this)),
      m_problems(new ImportProblemModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setMinimumSize(900, 620);

    m_heading = new QLabel(this);
    m_heading->setProperty("role", QStringLiteral("subheading"));
    m_hint = new QLabel(this);
    m_hint->setProperty("role", QStringLiteral("hint"));
    m_hint->setWordWrap(true);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseImportFile"));
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMinimumHeight(28);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelImportWork"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("importSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewHeading = new QLabel(this);
    m_previewHeading->setProperty("role", QStringLiteral("subheading"));
    m_previewView = makeTable(m_preview, this);
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_problemPanel = new ImportProblemsPanel(m_problems, this);
    m_problemView = m_problemPanel->view();
    connect(m_problemPanel, &ImportProblemsPanel::message, this, &ImportDialog::showMessage);

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewHeading);
    previewLayout->addWidget(m_previewView, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(previewBox);
    m_splitter->addWidget(m_problemPanel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_notes = new QLabel(this);
    m_notes->setProperty("role", QStringLiteral("hint"));
    m_notes->setWordWrap(true);
    m_notes->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setProperty("role", QStringLiteral("primary"));
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeImportButton"));
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(fileRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(&m_watcher, &QFutureWatcher<WorkOutcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<WorkOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<WorkOutcome>::finished, this, &ImportDialog::workFinished);

    retranslateUi();
    setBusy(Stage::Idle);
    // Columns as wide as their contents and headers; the changes and problems take the rest.
    QHeaderView* header = m_previewView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPreviewModel::Name, QHeaderView::Interactive);
    m_previewView->setColumnWidth(ImportPreviewModel::Name, 220);
    header->setSectionResizeMode(ImportPreviewModel::Changes, QHeaderView::Stretch);
    // As much of the screen as it can have: the rows and problems of a file are what it is for.
    if (const QScreen* screen = this->screen()) {
        const QRect room = screen->availableGeometry();
        resize(qBound(minimumWidth(), room.width() - 40, 1200), qBound(minimumHeight(), room.height() - 40, 900));
    }
}

ImportDialog::~ImportDialog()
{
    // The worker holds its own database and shared copies of what it writes; let it end first.
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString ImportDialog::language() const
{
    const QString current = Language::current();
    return current.isEmpty() ? m_session.language : current;
}

bool ImportDialog::isBusy() const
{
    return m_stage != Stage::Idle;
}

bool ImportDialog::hasPlan() const
{
    return m_kind == Kind::Products ? m_productPlan->has_value() : m_producerPlan->has_value();
}

void ImportDialog::chooseFile()
{
    const QString path = chooseFileToOpen(this, tr("Choose a CSV file"), QFileInfo(m_path).path(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString& path)
{
    if (isBusy())
        return;
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_problemPanel->setSourceFile(path);
    m_productPlan->reset();
    m_producerPlan->reset();
    m_preview->setRows({});
    m_problems->setProblems({});
    m_summaryLabel->clear();
    m_notes->hide();
    showMessage(QString(), false);

    const Session session = m_session;
    DatabaseWork work;
    if (m_kind == Kind::Products) {
        auto plan = m_productPlan;
        work = [plan, session, path](Database& db, const ImportProgress& progress) {
            auto parsed = ProductImport(db).parseFile(session, path, progress);
            if (!parsed)
                return WorkOutcome{false, parsed.message()};
            *plan = std::move(parsed).value();
            return WorkOutcome{true, QString()};
        };
    } else {
        auto plan = m_producerPlan;
        work = [plan, session, path](Database& db, const ImportProgress& progress) {
            auto parsed = ProducerImport(db).parseFile(session, path, progress);
            if (!parsed)
                return WorkOutcome{false, parsed.message()};
            *plan = std::move(parsed).value();
            return WorkOutcome{true, QString()};
        };
    }
    setBusy(Stage::Parsing);
    m_watcher.setFuture(runWithOwnDatabase(m_db, std::move(work)));
}

void ImportDialog::startImport()
{
    if (isBusy() || !planReady() || m_imported)
        return;
    const Session session = m_session;
    auto summary = m_workerSummary;
    DatabaseWork work;
    if (m_kind == Kind::Products) {
        auto plan = m_productPlan;
        work = [plan, summary, session](Database& db, const ImportProgress& progress) {
            auto applied = ProductImport(db).apply(session, **plan, progress);
            if (!applied)
                return WorkOutcome{false, applied.message()};
            *summary = applied.value();
            return WorkOutcome{true, QString()};
        };
    } else {
        auto plan = m_producerPlan;
        work = [plan, summary, session](Database& db, const ImportProgress& progress) {
            auto applied = ProducerImport(db).apply(session, **plan, progress);
            if (!applied)
                return WorkOutcome{false, applied.message()};
            *summary = applied.value();
            return WorkOutcome{true, QString()};
        };
    }
    showMessage(QString(), false);
    setBusy(Stage::Applying);
    m_watcher.setFuture(runWithOwnDatabase(m_db, std::move(work)));
}

void ImportDialog::cancelWork()
{
    if (isBusy())
        m_watcher.cancel();
}

void ImportDialog::reject()
{
    if (isBusy()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

void ImportDialog::workFinished()
{
    const Stage stage = m_stage;
    const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
    const WorkOutcome outcome = cancelled ? WorkOutcome{false, QString()} : m_watcher.result();
    setBusy(Stage::Idle);

    if (stage == Stage::Parsing) {
        if (cancelled) {
            m_productPlan->reset();
            m_producerPlan->reset();
            showMessage(tr("Reading the file was cancelled. Nothing was imported."), true);
        } else if (!outcome.ok) {
            showMessage(outcome.message, true);
        } else {
            showPlan();
        }
        updateButtons();
        Q_EMIT parsed(!cancelled && outcome.ok);
        return;
    }

    if (cancelled) {
        showMessage(tr("The import was cancelled. Nothing was changed."), true);
    } else if (!outcome.ok) {
        showMessage(outcome.message, true);
    } else {
        m_imported = true;
        m_summary = *m_workerSummary;
        showMessage(tr("Imported: %1 added, %2 changed, %3 unchanged.")
                        .arg(m_summary.added)
                        .arg(m_summary.changed)
                        .arg(m_summary.unchanged),
                    false);
    }
    updateButtons();
    Q_EMIT imported(!cancelled && outcome.ok);
}

void ImportDialog::showPlan()
{
    const QString lang = language();
    QList<ImportPreviewRow> rows;
    QList<ImportProblem> problems;
    QStringList notes;
    QString summary;
    auto describe = [&summary](const auto& plan) {
        summary = tr("%1 (%2, separated by “%3”)")
                      .arg(plan.fileName, plan.encoding, delimiterName(plan.delimiter));
        // The good rows and the rows with problems are counted apart.
        summary += QLatin1Char('\n') +
                   tr("%n row(s): ", nullptr, int(plan.rows.size())) +
                   tr("%1 new, %2 changed, %3 unchanged.")
                       .arg(plan.count(ImportAction::New))
                       .arg(plan.count(ImportAction::Changed))
                       .arg(plan.count(ImportAction::Unchanged));
        if (plan.rowsWithProblems() > 0)
            summary += QLatin1Char(' ') + tr("%n row(s) with problems.", nullptr, plan.rowsWithProblems());
    };

    if (m_kind == Kind::Products && m_productPlan->has_value()) {
        const ProductImportPlan& plan = **m_productPlan;
        rows.resize(plan.rows.size());
        for (int i = 0; i < plan.rows.size(); ++i) {
            fillCommon(plan, rows, i);
            const Product& product = plan.rows.at(i).value;
            rows[i].key = product.sku;
            rows[i].name = product.name.in(lang);
            rows[i].detail = product.price.tyiyn() > 0 ? product.price.format(lang) : QString();
        }
        problems = plan.problems;
        notes = plan.notes;
        describe(plan);
    } else if (m_kind == Kind::Producers && m_producerPlan->has_value()) {
        const ProducerImportPlan& plan = **m_producerPlan;
        PlaceService places(m_db);
        QHash<QString, QString> villageNames;
        rows.resize(plan.rows.size());
        for (int i = 0; i < plan.rows.size(); ++i) {
            fillCommon(plan, rows, i);
            const Producer& producer = plan.rows.at(i).value;
            rows[i].key = producer.code;
            rows[i].name = producer.name;
            if (!producer.villageId.isEmpty() && !villageNames.contains(producer.villageId)) {
                // A name that cannot be read is left out of the preview; the plan itself was read whole.
                const auto village = places.village(producer.villageId);
                villageNames.insert(producer.villageId,
                                    village && village.value() ? village.value()->name.in(lang) : QString());
            }
            rows[i].detail = producer.villageName.isEmpty() ? villageNames.value(producer.villageId)
                                                            : producer.villageName.in(lang);
        }
        problems = plan.problems;
        notes = plan.notes;
        describe(plan);
    }

    m_preview->setRows(rows);
    m_problems->setProblems(problems);
    // With problems, they take most of the height: they are what the user has to read now.
    const int height = m_splitter->height();
    m_splitter->setSizes(problems.isEmpty() ? QList<int>{height - height / 4, height / 4}
                                            : QList<int>{height / 3, height - height / 3});
    if (!problems.isEmpty())
        summary += QLatin1Char('\n') +
                   tr("%n problem(s): nothing will be imported until the file is corrected.", nullptr,
                      int(problems.size()));
    m_summaryLabel->setText(summary);
    m_summaryLabel->setProperty("role", problems.isEmpty() ? QString() : QStringLiteral("error"));
    m_summaryLabel->style()->unpolish(m_summaryLabel);
    m_summaryLabel->style()->polish(m_summaryLabel);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    retranslateUi();
}

void ImportDialog::setBusy(Stage stage)
{
    m_stage = stage;
    const bool busy = stage != Stage::Idle;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the first report of the worker
        m_progress->setValue(0);
    }
    m_choose->setEnabled(!busy && !m_imported);
    updateButtons();
}

bool ImportDialog::planReady() const
{
    if (m_kind == Kind::Products && m_productPlan->has_value())
        return !(*m_productPlan)->hasProblems() && (*m_productPlan)->hasChanges();
    if (m_kind == Kind::Producers && m_producerPlan->has_value())
        return !(*m_producerPlan)->hasProblems() && (*m_producerPlan)->hasChanges();
    return false;
}

void ImportDialog::updateButtons()
{
    const bool ready = planReady();
    m_import->setEnabled(ready && !isBusy() && !m_imported);
    if (m_imported)
        m_import->setToolTip(tr("This file was imported."));
    else if (!hasPlan())
        m_import->setToolTip(tr("Choose a file first."));
    else if (!ready && m_problems->rowCount() > 0)
        m_import->setToolTip(tr("Correct the problems listed below in the file, then open it again."));
    else if (!ready)
        m_import->setToolTip(tr("Every row is already in the catalogue as the file says: nothing to import."));
    else
        m_import->setToolTip(QString());
    m_close->setEnabled(m_stage != Stage::Applying);
}

void ImportDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!text.isEmpty());
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (hasPlan() && !isBusy())
            showPlan(); // the summary and the names in the new language
        else
            retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    const bool products = m_kind == Kind::Products;
    setWindowTitle(products ? tr("Import products") : tr("Import producers"));
    m_heading->setText(products ? tr("Import products from a CSV file") : tr("Import producers from a CSV file"));
    const QStringList required = products ? ProductImport::requiredColumns() : ProducerImport::requiredColumns();
    m_hint->setText(tr("Columns are matched by their names in the header row, in any order; required: %1. "
                       "UTF-8 or Windows-1251, separated by commas or semicolons. Nothing is imported while any "
                       "row has a problem.")
                        .arg(required.join(QStringLiteral(", "))));
    m_file->setPlaceholderText(tr("No file chosen"));
    m_choose->setText(tr("Choose file…"));
    m_cancel->setText(tr("Cancel"));
    m_previewHeading->setText(tr("Rows of the file"));
    m_problemPanel->retranslateUi();
    m_import->setText(tr("Import"));
    m_close->setText(tr("Close"));
    m_preview->setKeyHeaders(products ? tr("SKU") : tr("Code"),
                             products ? tr("Name", "of a product") : tr("Name", "of a producer"),
                             products ? tr("Price") : tr("Village"));
    m_preview->retranslate();
    m_problems->retranslate();
    updateButtons();
}

} // namespace ovop::ui
