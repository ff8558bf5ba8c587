// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <optional>

#include <QDialog>

#include "models/core/Result.h"
#include "models/payouts/ProducerReturnService.h"
#include "models/people/Session.h"
#include "models/store/FileGuard.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ovop {
class Database;
}

namespace ovop::ui {

// Giving unsold goods back to a producer: scan or type a SKU or barcode (Enter adds it, with the
// quantity beside it), Delete takes the selected line out, Ctrl+Enter records the return; then
// the document both sides sign can be saved as PDF (Ctrl+S), in the shop's receipt language.
class ProducerReturnDialog : public QDialog
{
    Q_OBJECT

public:
    ProducerReturnDialog(Database& db, const Session& session, const QString& producerId, QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* quantityEdit() const { return m_quantity; }
    QLineEdit* noteEdit() const { return m_note; }
    QTableWidget* linesTable() const { return m_lines; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* giveBackButton() const { return m_giveBack; }
    QPushButton* saveButton() const { return m_save; }
    const std::optional<ProducerReturn>& recorded() const { return m_done; }

    // Adds the product of a code with the quantity typed (the quantity field's when empty).
    Status addCode(const QString& code, const QString& quantity = {});
    Status giveBack();
    Status writePdf(const QString& path, Overwrite overwrite);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void savePdf();
    void showMessage(const QString& text, bool error);

    Database& m_db;
    Session m_session;
    QString m_producerId;
    QList<ProducerReturnService::Line> m_chosen;
    std::optional<ProducerReturn> m_done;
    QLineEdit* m_code;
    QLineEdit* m_quantity;
    QLineEdit* m_note;
    QTableWidget* m_lines;
    QLabel* m_message;
    QPushButton* m_giveBack;
    QPushButton* m_save;
};

} // namespace ovop::ui
