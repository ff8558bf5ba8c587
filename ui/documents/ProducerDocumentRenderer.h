// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "models/core/Result.h"
#include "models/payouts/ProducerDocuments.h"
#include "models/store/FileGuard.h"

class QPagedPaintDevice;
class QPrinter;

namespace ovop::ui {

// A producer's statement or the document of goods given back (ProducerDocuments' layout) on A4
// pages: real text in DejaVu Sans (Kyrgyz Ң Ө Ү print), the table's header again on every page,
// rows wrapped rather than cut, then the totals and a signature line for each side.
class ProducerDocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ProducerDocumentRenderer)

public:
    static Result<QByteArray> renderPdf(const PrintedDocument& doc);
    // The PDF written to a file, whole or not at all (an existing file only with Overwrite::Allow).
    static Status writePdf(const QString& path, const PrintedDocument& doc, Overwrite overwrite = Overwrite::Refuse);
    // On a system printer, on its own paper.
    static Status print(QPrinter* printer, const PrintedDocument& doc);

private:
    static Status paint(QPagedPaintDevice* device, const PrintedDocument& doc);
};

} // namespace ovop::ui
