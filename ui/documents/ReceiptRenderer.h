// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include "models/core/Result.h"
#include "models/sales/ReceiptLayout.h"
#include "models/store/FileGuard.h"

class QPainter;
class QPrinter;

namespace ovop::ui {

// Receipts and shift reports (ReceiptLayout's rows) on paper: a thermal printer's raster image and
// its ESC/POS bytes, a PDF page of real text, or any printer through QPrinter. Text is drawn with
// DejaVu Sans, so Kyrgyz letters (Ң Ө Ү) print whatever code pages a printer knows; long rows wrap,
// never cut off. The receipt number is drawn as a Code 128 barcode, QR rows as QR codes.
class ReceiptRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)

public:
    // The printable width of a thermal printer at 8 dots per millimetre: 384 dots on 58 mm paper,
    // 576 on 80 mm; 0 for another paper width.
    static int dotsWide(int paperMm);

    // The receipt as a white image dotsWide dots wide (at least 200) and as high as it needs, in
    // QImage::Format_Mono: pixel value 1 is a black dot, 0 white, row bytes most significant bit
    // first, as a printer takes them. Null image when dotsWide is below 200.
    static QImage raster(const PrintedReceipt& receipt, int dotsWide);

    // The bytes for an ESC/POS thermal printer (58 or 80 mm paper; empty for another width):
    //   1B 40                      ESC @      initialise the printer
    //   then, for each band of at most MaxBandRows rows of the raster image, top to bottom:
    //   1D 76 30 00 xL xH yL yH    GS v 0     raster bit image, normal density (m = 0), with
    //                                         xL + 256 xH bytes per row (dots / 8) and
    //                                         yL + 256 yH rows in the band,
    //   d1 ... dk                             k = bytes per row x rows, row by row, the most
    //                                         significant bit the leftmost dot, 1 = black
    //   1B 64 03                   ESC d 3    print and feed three lines
    //   1D 56 42 00                GS V 66 0  feed to the cutter and cut partially
    // Pixels are black or white already (raster() draws without anti-aliasing and keeps dots
    // darker than mid grey), so the same receipt always gives the same bytes.
    static QByteArray escPos(const PrintedReceipt& receipt, int paperMm);
    static constexpr int MaxBandRows = 255;

    // The receipt as a PDF of real text: one page paperMm wide (58 or 80; other widths as 80) and
    // exactly as long as the receipt, as a receipt printer's PDF driver or an e-mail would take it.
    static Result<QByteArray> renderPdf(const PrintedReceipt& receipt, int paperMm = 80);
    // The same PDF written to a file, whole or not at all (an existing file only with Overwrite::Allow).
    static Status writePdf(const QString& path, const PrintedReceipt& receipt, int paperMm = 80,
                           Overwrite overwrite = Overwrite::Refuse);

    // Prints the receipt on a system printer, as wide as the printer's printable area (at most
    // 80 mm of it) and over as many pages as the printer's paper needs, breaking between rows.
    static Status print(QPrinter* printer, const PrintedReceipt& receipt);
};

} // namespace ovop::ui
