// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/Result.h"
#include "models/stock/ReorderList.h"
#include "models/store/FileGuard.h"

class QPrinter;

namespace ovop::ui {

// The reorder list on A4 pages: a heading per producer (name, code, village, phone) and a table of
// what to order, in the language given (product and village names; the words come from the
// installed translation). DejaVu Sans, so Ң Ө Ү print.
class ReorderDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReorderDocument)

public:
    static Result<QByteArray> renderPdf(const QList<ReorderGroup>& groups, const QString& language,
                                        const QString& title = {});
    static Status writePdf(const QString& path, const QList<ReorderGroup>& groups, const QString& language,
                           Overwrite overwrite = Overwrite::Refuse, const QString& title = {});
    // On A4 paper of a printer the user chose.
    static Status print(QPrinter& printer, const QList<ReorderGroup>& groups, const QString& language,
                        const QString& title = {});
};

} // namespace ovop::ui
