// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#pragma once

#include <QString>
#include <QStringList>

// Reading printed documents back as a person with a scanner would: pages rendered to images with
// pdftoppm (poppler-utils), barcodes and QR codes read with zbarimg (zbar-tools).
namespace ovop::test {

// Whether pdftoppm, pdftotext and zbarimg are installed; otherwise `missing` names what to install.
bool scanToolsAvailable(QString& missing);

// Renders every page of the PDF to an image (PPM: nothing spent on compression) at `dpi` in `dir`;
// the image paths in page order.
// Empty with `error` set when pdftoppm fails.
QStringList renderPages(const QString& pdfPath, const QString& dir, int dpi, QString& error);

// Every symbol zbarimg reads in the image, as its raw text, sorted. UPC-A codes come back as 12
// digits (zbarimg's UPC-A reading is turned on). Empty when nothing is read.
QStringList scanImage(const QString& imagePath, QString& error);
// The same for several images read by one zbarimg, per image in the order given.
QList<QStringList> scanImages(const QStringList& imagePaths, QString& error);

// The text poppler extracts from the PDF (to see that the words are real text in a real font).
QString pdfText(const QString& pdfPath, QString& error);

} // namespace ovop::test
