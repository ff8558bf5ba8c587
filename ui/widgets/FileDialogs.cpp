// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "ui/widgets/FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QHeaderView>
#include <QScreen>
#include <QStandardPaths>
#include <QTreeView>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>

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

// Sizes and times in the application's language. Qt's file model writes them in the system's locale
// (a Kyrgyz user on an English system read "463 bytes"), which no translation file reaches.
class LocalisedSizesAndTimes : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    static constexpr int SizeColumn = 1;
    static constexpr int TimeColumn = 3;

    QVariant data(const QModelIndex& index, int role) const override
    {
        const auto* files = qobject_cast<const QFileSystemModel*>(sourceModel());
        if (files && role == Qt::DisplayRole && (index.column() == SizeColumn || index.column() == TimeColumn)) {
            const QModelIndex source = mapToSource(index);
            const QLocale locale; // the application's language (Language::install)
            if (index.column() == TimeColumn)
                return locale.toString(files->lastModified(source), QStringLiteral("dd.MM.yyyy HH:mm"));
            if (files->isDir(source))
                return QString();
            return locale.formattedDataSize(files->size(source), 1, QLocale::DataSizeTraditionalFormat);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString run(QFileDialog& dialog, QString* selectedFilter)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(nameOnlyIcons());
    dialog.setProxyModel(new LocalisedSizesAndTimes(&dialog));
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    // Large enough for the name, size, kind and date of each file, within the screen.
    dialog.setViewMode(QFileDialog::Detail);
    if (const QScreen* screen = dialog.screen()) {
        const QRect room = screen->availableGeometry();
        dialog.resize(qMin(room.width() - 40, 960), qMin(room.height() - 40, 600));
    }
    if (auto* view = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))) {
        view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
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

std::pair<QString, Overwrite> chooseExportPath(QWidget* parent, const QString& title, const QString& name,
                                               const QString& filter, const QString& ending)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = chooseFileToSave(parent, title, folder + QLatin1Char('/') + name, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(ending, Qt::CaseInsensitive))
        return {path + ending, Overwrite::Refuse};
    return {path, Overwrite::Allow};
}

} // namespace ovop::ui
