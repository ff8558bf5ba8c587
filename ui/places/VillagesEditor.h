// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QMap>
#include <QWidget>

#include "models/core/Result.h"
#include "models/people/Session.h"
#include "models/places/Place.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;

// The villages where producers live, as oblast → district → village with their names in Kyrgyz,
// Russian and English, for the Settings page: choose a village to rename it or move it to another
// district, or add a new one. Changes go through PlaceService (Permission::ChangeSettings, audited);
// a refused name is explained beside its field. Put it on a page with one line:
//     tabs->addTab(new VillagesEditor(db, session), VillagesEditor::title());
class VillagesEditor : public QWidget
{
    Q_OBJECT

public:
    VillagesEditor(Database& db, const Session& session, QWidget* parent = nullptr);

    // "Villages", translated: the title of the tab or section.
    static QString title();

    void reload();
    // Shows a village in the form (by id); false when there is none.
    bool selectVillage(const QString& id);
    // Empties the form for a new village (in the oblast/district selected in the tree, if any).
    void startNew();
    // Saves the form: a new village, or the one selected. True when the service accepted it.
    bool save();
    QString selectedVillage() const { return m_villageId; }

    QTreeWidget* tree() const { return m_tree; }
    QComboBox* oblastField() const { return m_oblast; }
    QComboBox* districtField() const { return m_district; }
    QLineEdit* nameField(const QString& language) const;
    FieldError* fieldError(const QString& key) const { return m_errors.value(key); }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }
    QLabel* messageLabel() const { return m_message; }

Q_SIGNALS:
    void villageSaved(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillTree();
    void fillDistricts();
    void itemChosen(QTreeWidgetItem* item);
    void showProblems(const FieldProblems& problems);
    void clearProblems();
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void retranslateUi();
    QString language() const;

    Database& m_db;
    Session m_session;
    bool m_canEdit;
    QString m_villageId; // the village in the form; empty for a new one
    QTreeWidget* m_tree;
    QLabel* m_formHeading;
    QComboBox* m_oblast;
    QComboBox* m_district;
    QLineEdit* m_nameKy;
    QLineEdit* m_nameRu;
    QLineEdit* m_nameEn;
    QMap<QString, FieldError*> m_errors;
    QMap<QString, QLabel*> m_labels;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_new;
};

} // namespace ovop::ui
