// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QDialog>
#include <QMap>

#include "models/core/Result.h"
#include "models/people/Session.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace ovop {
class Database;
}

namespace ovop::ui {

class FieldError;

// The frame of a dialog that adds or changes one record (a product, a producer, …): two columns of
// form rows in a scroll area, each field with its label and an error shown under it, and below them
// a message line beside Save and Cancel (outside the scroll area, so always in view). Each field keeps
// a line under it for its error, so that the form does not move when errors appear. Without the
// permission to change the record the dialog is read-only: the fields look it, there is no Save,
// Cancel says Close. Closing (Esc, Cancel) with unsaved changes asks first: save, discard or keep
// editing.
//
// The editor builds its columns with addRow(), gives every widget its text (in its own words, so
// that each editor keeps its translations) and saves in save().
class RecordEditor : public QDialog
{
    Q_OBJECT

public:
    bool isReadOnly() const { return m_readOnly; }
    // Validates and saves; true when the service accepted it (the dialog is then accepted).
    virtual bool save() = 0;

    // For tests: the editor of a field key, its error label, the buttons, the message line.
    QWidget* field(const QString& key) const { return m_fields.value(key); }
    FieldError* fieldError(const QString& key) const { return m_errors.value(key); }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* messageLabel() const { return m_message; }
    // True when the form differs from the record as it was opened (or last marked clean).
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    // Asks first when there are unsaved changes.
    void reject() override;

protected:
    // name names the widgets: "product" gives the dialog "productEditor", the message line
    // "productEditorMessage" and the buttons "saveProductButton" and "cancelProductButton".
    // Without editPermission the editor is read-only.
    RecordEditor(Database& db, const Session& session, const QString& name, Permission editPermission, QWidget* parent);

    // The texts of the frame, in the editor's words.
    struct FrameTexts
    {
        QString save;
        QString cancel;
        QString close;        // Cancel's text while read-only
        QString nothingSaved; // when fields were refused and no other message says why
    };
    void setFrameTexts(const FrameTexts& texts);

    // Row labels wrap onto several lines (for long field names in Kyrgyz or Russian), each at least
    // minimumWidth wide. Set before the first addRow().
    void setWrappingLabels(int minimumWidth);
    // Adds a row for key to form: its label, editor and, under it, the error label.
    void addRow(QFormLayout* form, const QString& key, QWidget* editor);
    // Shows another widget under a key (when the row's editor is a box holding it).
    void setField(const QString& key, QWidget* editor);
    // The error label of a problem that has no row of its own, placed by the editor.
    void addError(const QString& key, FieldError* error);
    // Gives the row labels their texts, by key.
    void setLabelTexts(const QMap<QString, QString>& texts);
    // The two columns, side by side in a scroll area above the message line and the buttons, which
    // are made here: call it in the constructor once the columns are built, before the rest.
    void setColumns(QWidget* left, QWidget* right);

    // Remembers the form as it is now as the unchanged state (call once the record is shown).
    void markClean();
    // Changes the form holds outside its fields (a photo, for instance).
    virtual bool hasOtherChanges() const { return false; }

    // Clears the problems and the message; false, with the refusal shown, when read-only.
    bool startSave();
    // Each problem beside its field; the others (or nothingSaved) in the message line.
    virtual void showProblems(const FieldProblems& problems);
    virtual void clearProblems();
    // A refused save: its problems beside the fields, or its message when it has none.
    void showRefusal(const QString& message, const FieldProblems& problems);
    void showMessage(const QString& text, bool error);

    // Enables Save and names Cancel for the mode; the editor makes its fields read-only itself, then
    // calls restyleFields() so that they look it.
    virtual void setReadOnly(bool readOnly);
    void restyleFields();
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override;
    // The language names and lists are shown in.
    QString language() const;

    Database& m_db;
    Session m_session;

private:
    void updateButtons();
    QStringList formState() const;

    QString m_name;
    Permission m_editPermission;
    bool m_readOnly;
    int m_labelMinimumWidth = -1; // no wrapping
    FrameTexts m_texts;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QMap<QString, QWidget*> m_fields;
    QMap<QString, FieldError*> m_errors;
    QMap<QString, QLabel*> m_labels;
    QStringList m_clean;
};

} // namespace ovop::ui
