// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "models/core/Result.h"
#include "ui/documents/LabelData.h"
#include "models/store/FileGuard.h"

class QPagedPaintDevice;
class QPainter;

namespace ovop::ui {

// Price labels as PDF: each label shows the name, price, village and producer, an EAN/UPC barcode
// (libzint) at the bottom and a QR code (libqrencode) with the product's code at the top right,
// all as vectors. Every label is checked before anything is drawn: a bad barcode or QR text refuses
// the whole job with a message naming the label, and nothing is written.
class LabelRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LabelRenderer)

public:
    // The size of one label in millimetres: 63.5 x 33.9 (sheet) or 58 x 40 (single).
    static QSizeF labelSize(LabelFormat format);
    // Labels per A4 sheet (24) or per page (1).
    static int labelsPerPage(LabelFormat format);
    // The page size and where label `cell` (0 .. labelsPerPage - 1, row by row) sits on it, in millimetres.
    static QSizeF pageSize(LabelFormat format);
    static QRectF cellRect(LabelFormat format, int cell);

    // Checks every label and the options without drawing anything.
    static Status check(const QList<LabelData>& labels, const LabelOptions& options = {});
    // Prints the labels on a paged device (a QPrinter, a QPdfWriter), setting its page size and
    // drawing from the paper's corner: a 58 x 40 mm page per label, or A4 sheets.
    static Status print(QPagedPaintDevice& device, const QList<LabelData>& labels, const LabelOptions& options = {});
    // The labels as a PDF document in memory.
    static Result<QByteArray> renderPdf(const QList<LabelData>& labels, const LabelOptions& options = {});
    // The labels as a PDF file, written whole or not at all.
    // Written through a temporary file; an existing file is replaced only with Overwrite::Allow.
    static Status writePdf(const QString& path, const QList<LabelData>& labels, const LabelOptions& options = {},
                           Overwrite overwrite = Overwrite::Refuse);

    // Paints one label into `rect` (painter units; the label's aspect ratio is kept by the caller),
    // for previews and printing through QPrinter.
    static Status paint(QPainter& painter, const QRectF& rect, const LabelData& label, LabelFormat format);
    // One label as an image at `dpi` dots per inch, white background, for a preview on screen.
    static Result<QImage> preview(const LabelData& label, LabelFormat format, int dpi = 200);
};

} // namespace ovop::ui
