// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>

namespace ovop::ui {

namespace {

// Icons and kinds from the name alone: nothing is opened to look inside.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo& info) const override
    {
        return icon(info.isDir() ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("ovop::ui::FileDialogs", "Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? QCoreApplication::translate("ovop::ui::FileDialogs", "File") : suffix.toUpper();
    }
};

QFileIconProvider* nameOnlyIcons()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

QString run(QFileDialog& dialog, QString* selectedFilter)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(nameOnlyIcons());
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString chooseFileToOpen(QWidget* parent, const QString& title, const QString& folder, const QString& filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setObjectName(QStringLiteral("openFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, nullptr);
}

QString chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                         QString* selectedFilter)
{
    QFileDialog dialog(parent, title, suggestedPath, filter);
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile); // asks before replacing an existing file
    return run(dialog, selectedFilter);
}

} // namespace ovop::ui
