// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include "models/catalog/Producer.h"
#include "models/core/Result.h"
#include "models/store/FileGuard.h"
#include "ui/widgets/RecordListPage.h"

class QCheckBox;
class QComboBox;

namespace ovop::ui {

class ProducerTableModel;

// The producer register (managers and administrators): a filter box, "overdue only", the list with
// the overdue flag, and the editor with the due-diligence record. Import and export as CSV.
class ProducersPage : public RecordListPage
{
    Q_OBJECT

public:
    ProducersPage(Database& db, const Session& session, QWidget* parent = nullptr);

    void reload();
    ProducerFilter filter() const;

    ProducerTableModel* model() const { return m_model; }
    QLineEdit* filterField() const { return searchField(); }
    QCheckBox* overdueOnlyBox() const { return m_overdueOnly; }
    QComboBox* stateFilter() const { return m_state; }

    QString currentCode() const;
    bool selectCode(const QString& code);

    void newProducer();
    void editProducer(const QString& code);
    void toggleArchived();
    void importProducers();
    void exportProducers();
    // Writes every producer (active and archived) to a CSV file; the number written.
    Result<int> exportTo(const QString& path, QChar delimiter = QLatin1Char(','),
                         Overwrite overwrite = Overwrite::Refuse);

protected:
    void changeEvent(QEvent* event) override;
    void openCurrent() override;

private:
    void listRecords() override;
    void updateButtons();
    void saveFilters();
    void retranslateUi();

    bool m_canEdit;
    ProducerTableModel* m_model;
    QCheckBox* m_overdueOnly;
    QComboBox* m_state;
};

} // namespace ovop::ui
